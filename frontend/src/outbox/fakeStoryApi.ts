// A stand-in for the story API for the outbox tests: versions and ETags,
// Idempotency-Key replays, If-Match checks, and switches for the bad days
// (no connection, answers lost on the way back, a busy server).
import type { FormErrors } from '../api/problem';
import type { Story, StoryInput } from '../api/types';
import { storedForm } from '../story/storyFields';
import type { SendResult, StorySender } from './sendResult';

export class FakeStoryApi implements StorySender {
  stories = new Map<string, Story>();
  replays = new Map<string, Story>();
  calls: { method: string; id?: string; key?: string; ifMatch?: string | null }[] = [];
  /** No answer at all, and nothing done. */
  offline = false;
  /** The next N calls are done, but their answers are lost on the way back. */
  loseAnswers = 0;
  /** The next N calls get a 503 (or this result), and nothing is done. */
  busy = 0;
  busyResult: SendResult = { kind: 'busy', message: 'Something went wrong on our side.' };
  /** Refuses content: returns the form errors, or null to accept. */
  validate: (input: StoryInput) => FormErrors | null = () => null;
  signedOut = false;
  private nextId = 1;

  /** Someone else's edit, from another device. */
  editElsewhere(id: string, change: Partial<Story>): Story {
    const story = this.stories.get(id)!;
    const changed = { ...story, ...change, version: story.version + 1 };
    this.stories.set(id, changed);
    return changed;
  }

  private answer(done: () => SendResult): Promise<SendResult> {
    if (this.offline) return Promise.resolve({ kind: 'noAnswer' });
    if (this.signedOut) return Promise.resolve({ kind: 'signedOut' });
    if (this.busy > 0) {
      this.busy--;
      return Promise.resolve(this.busyResult);
    }
    const result = done();
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      return Promise.resolve({ kind: 'noAnswer' });
    }
    return Promise.resolve(result);
  }

  private stored(story: Story): SendResult {
    return { kind: 'stored', item: story, etag: `"${story.version}"` };
  }

  create(input: StoryInput, key: string): Promise<SendResult> {
    this.calls.push({ method: 'POST', key });
    return this.answer(() => {
      const replay = this.replays.get(key);
      if (replay) return this.stored(replay);
      const errors = this.validate(input);
      if (errors) return { kind: 'refused', errors };
      const at = new Date(2025, 0, 1).toISOString();
      const story: Story = {
        id: `s${this.nextId++}`,
        createdAt: at,
        updatedAt: at,
        version: 0,
        rotationId: input.rotationId ?? null,
        witnessAttendingIds: input.witnessAttendingIds ?? [],
        competencies: input.competencies ?? [],
        formFields: input.formFields ?? [],
        ...storedForm(input),
        phiWarnings: [],
        phiReviewed: false,
      };
      this.stories.set(story.id, story);
      this.replays.set(key, story);
      return this.stored(story);
    });
  }

  update(id: string, input: StoryInput, ifMatch: string | null): Promise<SendResult> {
    this.calls.push({ method: 'PUT', id, ifMatch });
    return this.answer(() => {
      const story = this.stories.get(id);
      if (!story) return { kind: 'notFound' };
      if (ifMatch && ifMatch !== `"${story.version}"`) return { kind: 'stale' };
      const errors = this.validate(input);
      if (errors) return { kind: 'refused', errors };
      // PUT replaces every writable field: what is not sent is cleared.
      const changed = {
        ...story,
        rotationId: input.rotationId ?? null,
        witnessAttendingIds: input.witnessAttendingIds ?? [],
        competencies: input.competencies ?? [],
        formFields: input.formFields ?? [],
        ...storedForm(input),
        version: story.version + 1,
      };
      this.stories.set(id, changed);
      return this.stored(changed);
    });
  }

  remove(id: string, ifMatch: string | null): Promise<SendResult> {
    this.calls.push({ method: 'DELETE', id, ifMatch });
    return this.answer(() => {
      const story = this.stories.get(id);
      if (!story) return { kind: 'notFound' };
      if (ifMatch && ifMatch !== `"${story.version}"`) return { kind: 'stale' };
      this.stories.delete(id);
      return { kind: 'deleted' };
    });
  }

  fetch(id: string): Promise<SendResult> {
    this.calls.push({ method: 'GET', id });
    return this.answer(() => {
      const story = this.stories.get(id);
      return story ? this.stored(story) : { kind: 'notFound' };
    });
  }
}
