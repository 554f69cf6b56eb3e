// The outbox: every change the applicant makes to a story, and every piece of
// feedback logged, is written here first (IndexedDB), then sent to the API in
// order. Nothing is lost to a dead connection, a reload or a closed tab.
import type { FormErrors } from '../api/problem';
import type { FeedbackInput, Story, StoryInput } from '../api/types';

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

/** What an entry is about. Stories can be created, edited and deleted offline;
 *  feedback is only created offline (it is logged in the corridor, and edited at a desk). */
export type OutboxResource = 'stories' | 'feedback';

/** What every entry has, whatever it is about. */
interface EntryCommon {
  /** Sending order: lower first. */
  seq: number;
  /** Whose change it is: only their session sends it. */
  userId: string;
  op: OutboxOp;
  /** Which item the change is about, stable from the first keystroke: the API's
   *  id, or for an item logged offline a local id (`local-…`) until it is created.
   *  (Named for stories, the first kind of entry: entries already stored keep their shape.) */
  storyKey: string;
  /** The API's id, once known. */
  storyId: string | null;
  /** Creates: the same key on every try, so a replay after a lost answer creates nothing new. */
  idempotencyKey?: string;
  /** Updates and deletes: the ETag of the version the applicant changed. `null`
   *  means "the version the change queued before this one produces". */
  ifMatch: string | null;
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
}

/** A change to a story. Entries stored before feedback joined the outbox have no `resource`. */
export interface StoryEntry extends EntryCommon {
  resource?: 'stories';
  /** Creates and updates: the content to store. */
  input?: StoryInput;
  /** Updates and deletes: the version the applicant saw, to show what changed on a conflict. */
  base?: Story | null;
  /** `conflict`: the story on the API now, or null when it was deleted there. */
  theirs?: TheirVersion | null;
}

/** A piece of feedback logged on the phone, waiting to be created. */
export interface FeedbackEntry extends EntryCommon {
  resource: 'feedback';
  op: 'create';
  input: FeedbackInput;
}

export type OutboxEntry = StoryEntry | FeedbackEntry;

export const isStoryEntry = (e: OutboxEntry): e is StoryEntry => e.resource !== 'feedback';
export const isFeedbackEntry = (e: OutboxEntry): e is FeedbackEntry => e.resource === 'feedback';

/** The part of a story that the screens know when they queue a change. */
export interface StoryRef {
  storyKey: string;
  storyId: string | null;
  /** The ETag of the version shown to the applicant (null for a story not created yet). */
  etag: string | null;
}
