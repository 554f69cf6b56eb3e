// A stand-in for POST /api/v1/feedback for the outbox tests: Idempotency-Key
// replays, the summative-needs-enthusiasm refusal, and the same bad-day
// switches as the fake story API.
import type { Feedback, FeedbackInput, FeedbackKind } from '../api/types';
import type { FeedbackSender, SendResult } from './sendResult';

export class FakeFeedbackApi implements FeedbackSender {
  stored = new Map<string, Feedback>();
  replays = new Map<string, Feedback>();
  keys: string[] = [];
  offline = false;
  loseAnswers = 0;
  private nextId = 1;

  createFeedback(input: FeedbackInput, key: string): Promise<SendResult<Feedback>> {
    this.keys.push(key);
    if (this.offline) return Promise.resolve({ kind: 'noAnswer' });
    const result = this.create(input, key);
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      return Promise.resolve({ kind: 'noAnswer' });
    }
    return Promise.resolve(result);
  }

  private create(input: FeedbackInput, key: string): SendResult<Feedback> {
    const replay = this.replays.get(key);
    if (replay) return { kind: 'stored', item: replay, etag: '"0"' };
    if (input.kind === 'SUMMATIVE' && !input.enthusiasm) {
      return { kind: 'refused', errors: { fields: { enthusiasm: 'Is required on SUMMATIVE feedback.' }, form: [] } };
    }
    const feedback: Feedback = {
      ...input,
      id: `f${this.nextId++}`,
      kind: (input.kind ?? 'FORMATIVE') as FeedbackKind,
      enthusiasm: (input.enthusiasm ?? null) as Feedback['enthusiasm'],
      receivedOn: input.receivedOn ?? '2025-03-01',
      formFields: input.formFields ?? [],
      version: 0,
    };
    this.stored.set(feedback.id!, feedback);
    this.replays.set(key, feedback);
    return { kind: 'stored', item: feedback, etag: '"0"' };
  }
}
