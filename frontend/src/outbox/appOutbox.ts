// The app's one outbox: the signed-in applicant's waiting changes as a store
// the screens render, and the triggers that send them: right after each
// change, on app start, when the phone comes back online or back to the
// front, and on a backoff timer while the API can't be reached.
import { api, tokens } from '../api/client';
import { newIdempotencyKey } from '../api/idempotencyKey';
import type { FeedbackInput, Story, StoryInput } from '../api/types';
import { currentUser, onSessionChange } from '../auth/session';
import { kv } from '../offline/appStorage';
import { onReconnect } from '../shared/connection';
import { invalidateQueries } from '../shared/query';
import { createStore, useStore } from '../shared/store';
import { clearStories, storyDeleted, storyStored } from '../story/storyStore';
import { createDelivered } from './delivered';
import { createOutbox, type SyncEvents } from './outbox';
import { createFeedbackSender } from './feedbackSender';
import { createStorySender } from './storySender';
import { isFeedbackEntry, type FeedbackEntry, type OutboxEntry, type StoryEntry, type StoryRef } from './types';

const sessionLost = () => !tokens.refreshToken();
const delivered = createDelivered();
const outbox = createOutbox({
  kv,
  sender: delivered.stories(createStorySender(api, sessionLost)),
  feedbackSender: delivered.feedback(createFeedbackSender(api, sessionLost)),
  newKey: newIdempotencyKey,
});

/** The API's id of what a waiting create made, once answered: lists lay waiting entries over
 *  fresh reads with it, so nothing shows twice (see outbox/delivered). */
export const deliveredIdOf = delivered.idOf;

export const outboxEntries = createStore<OutboxEntry[]>([]);
/** True while a sync pass runs: the list says "Sending…" rather than "Pending". */
export const syncing = createStore(false);

export function useOutbox(): OutboxEntry[] {
  return useStore(outboxEntries);
}

export function useSyncing(): boolean {
  return useStore(syncing);
}

// Other tabs of the app share the outbox: tell them when it changes.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('lorkit-outbox');
if (channel) channel.onmessage = () => void reload();

let userId: string | null = currentUser()?.id ?? null;

async function reload(): Promise<void> {
  const forUser = userId;
  const entries = forUser ? await outbox.entries(forUser) : [];
  if (forUser !== userId) return;
  const feedbackBefore = outboxEntries.get().filter(isFeedbackEntry).length;
  outboxEntries.set(entries);
  // Feedback left the outbox (here or in another tab): the lists of feedback read it again.
  if (entries.filter(isFeedbackEntry).length < feedbackBefore) invalidateQueries(['feedback']);
}

async function changed(): Promise<void> {
  await reload();
  channel?.postMessage('changed');
}

function signedInUser(): string {
  const user = currentUser();
  if (!user) throw new Error('Not logged in');
  return user.id;
}

export async function queueCreate(input: StoryInput): Promise<StoryEntry> {
  const entry = await outbox.queueCreate(signedInUser(), input);
  await changed();
  syncSoon();
  return entry;
}

export async function queueUpdate(ref: StoryRef, input: StoryInput, base: Story | null): Promise<StoryEntry> {
  const entry = await outbox.queueUpdate(signedInUser(), ref, input, base);
  await changed();
  syncSoon();
  return entry;
}

export async function queueDelete(ref: StoryRef, base: Story | null): Promise<void> {
  await outbox.queueDelete(signedInUser(), ref, base);
  await changed();
  syncSoon();
}

export async function queueFeedback(input: FeedbackInput): Promise<FeedbackEntry> {
  const entry = await outbox.queueFeedback(signedInUser(), input);
  await changed();
  syncSoon();
  return entry;
}

/** Feedback the API refused, fixed on the phone: sent again. False when it is no longer waiting. */
export async function refixFeedback(localKey: string, input: FeedbackInput): Promise<boolean> {
  const fixed = await outbox.refixFeedback(signedInUser(), localKey, input);
  await changed();
  syncSoon();
  return !!fixed;
}

/** Conflict: send mine anyway. Returns the local id my version now goes by when
 *  the story was deleted elsewhere (it comes back as a new story). */
export async function keepMine(entry: StoryEntry): Promise<string | null> {
  const movedTo = await outbox.keepMine(signedInUser(), entry.seq);
  if (movedTo && entry.storyId) await storyDeleted(entry.storyId);
  await changed();
  syncSoon();
  return movedTo;
}

/** Gives up a change (and those made on top of it), and shows the story as the API has it now. */
export async function dropChange(entry: OutboxEntry): Promise<void> {
  await outbox.drop(signedInUser(), entry.seq);
  if (entry.resource === 'feedback') {
    // Nothing on the API to show instead: the feedback was never stored.
  } else if (entry.theirs) await storyStored(entry.theirs.story);
  else if (entry.state === 'conflict' && entry.storyId) await storyDeleted(entry.storyId);
  await changed();
}

/** The account is gone: its waiting changes go too. */
export async function forgetOutboxOf(userId: string): Promise<void> {
  await outbox.forget(userId);
  await changed();
}

// ---- Sending ----------------------------------------------------------------

/** Stories logged offline, by local id, once the API has created them: a
 *  screen showing one by its local id moves to the real one. */
const createdAs = new Map<string, string>();

export function createdIdOf(localKey: string): string | undefined {
  return createdAs.get(localKey);
}

const events: SyncEvents = {
  async stored(entry, story) {
    if (entry.op === 'create') createdAs.set(entry.storyKey, story.id);
    await storyStored(story);
    await changed();
  },
  async deleted(entry) {
    if (entry.storyId) await storyDeleted(entry.storyId);
    await changed();
  },
  async feedbackStored(entry, feedback) {
    if (feedback.id) createdAs.set(entry.storyKey, feedback.id);
    await changed();
  },
};

let running: Promise<void> | null = null;
/** Asked for while a pass was running: run another one after it (null: not asked). */
let again: { skipWaits: boolean } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Starts a sync pass now (or right after the one running). `skipWaits`: the
 *  connection just came back, so don't wait out the backoff. */
export function syncSoon({ skipWaits = false } = {}): void {
  if (running) {
    again = { skipWaits: skipWaits || !!again?.skipWaits };
    return;
  }
  clearTimeout(timer);
  running = pass(skipWaits).finally(() => {
    running = null;
    const next = again;
    again = null;
    if (next) syncSoon(next);
  });
}

async function pass(skipWaits: boolean): Promise<void> {
  const forUser = userId;
  if (!forUser) return;
  syncing.set(true);
  try {
    // One tab at a time sends (the others see the results through the channel).
    const report = await oneTabAtATime(() => outbox.sync(forUser, events, { skipWaits }));
    await reload();
    if (report?.retryAt) timer = setTimeout(() => syncSoon(), Math.max(0, report.retryAt - Date.now()));
  } catch {
    // Storage failed (quota, private mode): keep what is shown and try again later.
    timer = setTimeout(() => syncSoon(), 30_000);
  } finally {
    syncing.set(false);
  }
}

async function oneTabAtATime<T>(work: () => Promise<T>): Promise<T | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return work();
  return locks.request('lorkit-outbox-sync', { ifAvailable: true }, (lock) => (lock ? work() : null));
}

onSessionChange((session) => {
  const next = session.status === 'signedIn' ? session.user.id : null;
  if (next === userId) return;
  userId = next;
  if (!next) clearStories(); // nothing of the last applicant stays on screen
  clearTimeout(timer);
  void reload().then(() => next && syncSoon());
});

onReconnect(() => syncSoon({ skipWaits: true }));
globalThis.document?.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && outboxEntries.get().length > 0) syncSoon({ skipWaits: true });
});
