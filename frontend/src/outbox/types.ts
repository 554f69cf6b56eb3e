// The outbox: every change the applicant makes to a story is written here
// first (IndexedDB), then sent to the API in order. Nothing is lost to a dead
// connection, a reload or a closed tab.
import type { FormErrors } from '../api/problem';
import type { Story, StoryInput } from '../api/types';

export type OutboxOp = 'create' | 'update' | 'delete';

export type EntryState =
  /** Waiting to be sent (again). */
  | 'pending'
  /** The API refused the content (4xx): the applicant has to change it. Never retried as is. */
  | 'invalid'
  /** Someone changed or deleted the story meanwhile (412/404): the applicant chooses. */
  | 'conflict';

/** The story as it is on the API now, fetched when a change came back stale. */
export interface TheirVersion {
  story: Story;
  etag: string;
}

export interface OutboxEntry {
  /** Sending order: lower first. */
  seq: number;
  /** Whose change it is: only their session sends it. */
  userId: string;
  op: OutboxOp;
  /** Which story the change is about, stable from the first keystroke: the API's
   *  id, or for a story logged offline a local id (`local-…`) until it is created. */
  storyKey: string;
  /** The API's id, once known. */
  storyId: string | null;
  /** Creates: the same key on every try, so a replay after a lost answer creates nothing new. */
  idempotencyKey?: string;
  /** Updates and deletes: the ETag of the version the applicant changed. `null`
   *  means "the version the change queued before this one produces". */
  ifMatch: string | null;
  /** Creates and updates: the content to store. */
  input?: StoryInput;
  /** Updates and deletes: the version the applicant saw, to show what changed on a conflict. */
  base?: Story | null;
  queuedAt: string;
  /** Times sent so far. More than 0 means the API may already have it: the entry is never rewritten then. */
  attempts: number;
  /** Epoch ms before which it is not sent again (backoff). */
  notBefore: number;
  state: EntryState;
  /** Why the last try did not go through: shown with the entry. */
  lastError?: string;
  /** `invalid`: the API's complaints, by input. */
  errors?: FormErrors;
  /** `conflict`: the story on the API now, or null when it was deleted there. */
  theirs?: TheirVersion | null;
}

/** The part of a story that the screens know when they queue a change. */
export interface StoryRef {
  storyKey: string;
  storyId: string | null;
  /** The ETag of the version shown to the applicant (null for a story not created yet). */
  etag: string | null;
}
