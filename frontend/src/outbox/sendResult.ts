// What became of one call to the API, in the terms the outbox acts on.
import type { FormErrors } from '../api/problem';
import type { Feedback, FeedbackInput, Story, StoryInput } from '../api/types';

/** `T`: what the API stores (a story, a piece of feedback). */
export type SendResult<T = Story> =
  | { kind: 'stored'; item: T; etag: string }
  | { kind: 'deleted' }
  /** No answer: offline, or the connection dropped. Try again later. */
  | { kind: 'noAnswer' }
  /** The API answered but could not do it now (5xx, 429). Try again later. */
  | { kind: 'busy'; message: string; retryAfterMs?: number }
  /** The API refused the content (400, 409, 413, 422…): retrying as is won't help. */
  | { kind: 'refused'; errors: FormErrors }
  /** 412: the item changed since the version the change was based on. */
  | { kind: 'stale' }
  | { kind: 'notFound' }
  /** 401 even after a refresh: the session is over; the change waits for the next login. */
  | { kind: 'signedOut' };

export interface StorySender {
  create(input: StoryInput, idempotencyKey: string): Promise<SendResult>;
  update(id: string, input: StoryInput, ifMatch: string | null): Promise<SendResult>;
  remove(id: string, ifMatch: string | null): Promise<SendResult>;
  fetch(id: string): Promise<SendResult>;
}

export interface FeedbackSender {
  createFeedback(input: FeedbackInput, idempotencyKey: string): Promise<SendResult<Feedback>>;
}
