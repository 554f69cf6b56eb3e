// The outbox's rules: what queuing a change does to the changes already
// waiting, and how one sync pass sends them. Storage, the API and the clock
// are passed in, so the rules are tested without a browser (outbox.test.ts).
//
// Ordering: changes to one story are sent strictly in the order they were
// made; a change held back (offline, refused, in conflict) holds back the later
// changes to that story only, never the other stories.
//
// Feedback logged offline waits here too, as creates only: each piece is its
// own item, so it never holds back a story nor a story it.
import type { Feedback, FeedbackInput, Story, StoryInput } from '../api/types';
import type { KeyValue } from '../offline/keyValue';
import { rebase, sameContent } from '../story/storyFields';
import { retryDelay } from './backoff';
import type { FeedbackSender, SendResult, StorySender } from './sendResult';
import { isStoryEntry, type FeedbackEntry, type OutboxEntry, type StoryEntry, type StoryRef } from './types';

const KEY = 'outbox';
export const LOCAL_ID_PREFIX = 'local-';

export interface OutboxDeps {
  kv: KeyValue;
  sender: StorySender;
  /** Absent (tests of stories only): feedback entries wait, as if offline. */
  feedbackSender?: FeedbackSender;
  newKey: () => string;
  now?: () => number;
  random?: () => number;
}

/** Told as each change reaches the API, so the screens and the offline copy follow. */
export interface SyncEvents {
  stored?(entry: StoryEntry, story: Story): void | Promise<void>;
  deleted?(entry: StoryEntry): void | Promise<void>;
  feedbackStored?(entry: FeedbackEntry, feedback: Feedback): void | Promise<void>;
}

export interface SyncReport {
  sent: number;
  /** Why the pass ended: everything sendable went, or the API can't be reached, is busy, or wants a new login. */
  stopped: 'done' | 'noAnswer' | 'busy' | 'signedOut';
  /** When a held-back change may be sent again (epoch ms), if any is waiting for time to pass. */
  retryAt: number | null;
}

export type Outbox = ReturnType<typeof createOutbox>;

export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_ID_PREFIX);
}

export function createOutbox({ kv, sender, feedbackSender, newKey, now = Date.now, random = Math.random }: OutboxDeps) {
  const iso = () => new Date(now()).toISOString();

  /** Changes one user's entries in a single transaction; returns what `change` returns. */
  async function edit<R>(
    userId: string,
    change: (mine: OutboxEntry[], nextSeq: number) => { mine: OutboxEntry[]; result: R },
  ): Promise<R> {
    let result!: R;
    await kv.update<OutboxEntry[]>(KEY, (all = []) => {
      const others = all.filter((e) => e.userId !== userId);
      const nextSeq = all.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
      const outcome = change(sorted(all.filter((e) => e.userId === userId)), nextSeq);
      result = outcome.result;
      return [...others, ...outcome.mine];
    });
    return result;
  }

  function newEntry(
    userId: string,
    seq: number,
    fields: Pick<StoryEntry, 'op' | 'storyKey' | 'storyId' | 'ifMatch'> & Partial<StoryEntry>,
  ): StoryEntry {
    return { seq, userId, queuedAt: iso(), attempts: 0, notBefore: 0, state: 'pending', ...fields };
  }

  /** A story's own entries (feedback is never about a story). */
  const storyEntries = (mine: OutboxEntry[], storyKey: string) =>
    mine.filter((e): e is StoryEntry => isStoryEntry(e) && e.storyKey === storyKey);

  /** Unsent so far (or refused, so certainly not stored): its content may still be rewritten. */
  const rewritable = (e: OutboxEntry) => (e.state === 'pending' && e.attempts === 0) || e.state === 'invalid';

  async function entries(userId: string): Promise<OutboxEntry[]> {
    const all = (await kv.get<OutboxEntry[]>(KEY)) ?? [];
    return sorted(all.filter((e) => e.userId === userId));
  }

  /** A new story. Its local id names it in the list until the API gives it one. */
  function queueCreate(userId: string, input: StoryInput): Promise<StoryEntry> {
    return edit(userId, (mine, seq) => {
      const entry = newEntry(userId, seq, {
        op: 'create',
        storyKey: `${LOCAL_ID_PREFIX}${newKey()}`,
        storyId: null,
        ifMatch: null,
        idempotencyKey: newKey(),
        input,
      });
      return { mine: [...mine, entry], result: entry };
    });
  }

  /** An edit. Folded into the story's last waiting change when that was never
   *  sent (one request instead of two); else queued after it. */
  function queueUpdate(userId: string, ref: StoryRef, input: StoryInput, base: Story | null): Promise<StoryEntry> {
    return edit(userId, (mine, seq) => {
      const last = storyEntries(mine, ref.storyKey).pop();
      if (last?.op === 'delete') throw new Error('This story is waiting to be deleted.');
      if (last?.state === 'conflict') throw new Error('Choose which version to keep first.');
      if (last && rewritable(last)) {
        const folded: StoryEntry = {
          ...last,
          input,
          state: 'pending',
          attempts: 0,
          notBefore: 0,
          errors: undefined,
          lastError: undefined,
          // A refused create stored nothing: a fresh key makes sure the fixed one is not answered from the refusal.
          ...(last.op === 'create' && last.state === 'invalid' ? { idempotencyKey: newKey() } : {}),
        };
        return { mine: mine.map((e) => (e === last ? folded : e)), result: folded };
      }
      const entry = newEntry(userId, seq, {
        op: 'update',
        storyKey: ref.storyKey,
        storyId: last?.storyId ?? ref.storyId,
        ifMatch: last ? null : ref.etag,
        input,
        base,
      });
      return { mine: [...mine, entry], result: entry };
    });
  }

  /** A delete. Changes never sent are simply dropped; a story that never left
   *  the phone needs no request at all (then null is returned). */
  function queueDelete(userId: string, ref: StoryRef, base: Story | null): Promise<StoryEntry | null> {
    return edit(userId, (mine, seq) => {
      const forStory = storyEntries(mine, ref.storyKey);
      const queuedDelete = forStory.find((e) => e.op === 'delete');
      if (queuedDelete) return { mine, result: queuedDelete };
      // A create never sent means the API has never heard of the story: forget it all.
      if (forStory.some((e) => e.op === 'create' && rewritable(e))) {
        return { mine: mine.filter((e) => e.storyKey !== ref.storyKey), result: null };
      }
      const dropped = forStory.filter(rewritable);
      const kept = mine.filter((e) => !dropped.includes(e as StoryEntry));
      const stillQueued = forStory.filter((e) => !dropped.includes(e));
      const storyId = stillQueued.at(-1)?.storyId ?? ref.storyId;
      if (!storyId && stillQueued.length === 0) return { mine: kept, result: null };
      const entry = newEntry(userId, seq, {
        op: 'delete',
        storyKey: ref.storyKey,
        storyId,
        ifMatch: stillQueued.length > 0 ? null : (dropped.find((e) => e.op === 'update')?.ifMatch ?? ref.etag),
        base,
      });
      return { mine: [...kept, entry], result: entry };
    });
  }

  /** Conflict, "keep mine": send my change again over their version. When they
   *  deleted the story, my edit comes back as a new story, under a new local id
   *  (returned, so the screen can follow it). */
  function keepMine(userId: string, seq: number): Promise<string | null> {
    return edit(userId, (mine) => {
      let movedTo: string | null = null;
      const next = mine.map((e) => {
        if (e.seq !== seq || e.state !== 'conflict' || !isStoryEntry(e)) return e;
        const retry = { ...e, state: 'pending' as const, attempts: 0, notBefore: 0, lastError: undefined, theirs: undefined };
        // Mine wins for what I edited; what I did not touch (fields my form doesn't show) stays theirs.
        if (e.theirs)
          return {
            ...retry,
            ifMatch: e.theirs.etag,
            base: e.theirs.story,
            ...(e.input ? { input: rebase(e.input, e.theirs.story) } : {}),
          };
        if (e.op !== 'update') return e; // deleting what is already deleted: drop is the only way out
        movedTo = `${LOCAL_ID_PREFIX}${newKey()}`;
        return { ...retry, op: 'create' as const, storyKey: movedTo, storyId: null, ifMatch: null, idempotencyKey: newKey() };
      });
      return { mine: next, result: movedTo };
    });
  }

  /** Conflict, "take theirs", or a refused change given up: drops it and the
   *  later changes to that story (they were made on top of it). Returns the
   *  dropped entry, whose `theirs` is what the API has now. */
  function drop(userId: string, seq: number): Promise<OutboxEntry | null> {
    return edit(userId, (mine) => {
      const entry = mine.find((e) => e.seq === seq);
      if (!entry) return { mine, result: null };
      const kept = mine.filter((e) => !(e.storyKey === entry.storyKey && e.seq >= seq));
      return { mine: kept, result: entry };
    });
  }

  /** `change` holds state only (attempts, waits, errors), never what the entry is about. */
  async function patch(
    userId: string,
    seq: number,
    change: Partial<Omit<StoryEntry, 'resource' | 'op' | 'input' | 'base'>>,
  ): Promise<OutboxEntry | undefined> {
    return edit(userId, (mine) => {
      let changed: OutboxEntry | undefined;
      const next = mine.map((e) => (e.seq === seq ? (changed = { ...e, ...change } as OutboxEntry) : e));
      return { mine: next, result: changed };
    });
  }

  /** The first change that may go now, in order. */
  function nextToSend(mine: OutboxEntry[], at: number): OutboxEntry | undefined {
    const heldStories = new Set<string>();
    for (const e of mine) {
      if (heldStories.has(e.storyKey)) continue;
      if (e.state === 'pending' && e.notBefore <= at) return e;
      heldStories.add(e.storyKey);
    }
    return undefined;
  }

  function send(e: StoryEntry): Promise<SendResult> {
    if (e.op === 'create') return sender.create(e.input!, e.idempotencyKey!);
    if (!e.storyId) return Promise.resolve<SendResult>({ kind: 'notFound' });
    if (e.op === 'update') return sender.update(e.storyId, e.input!, e.ifMatch);
    return sender.remove(e.storyId, e.ifMatch);
  }

  /** After a 412 or 404: was it our own earlier try whose answer was lost, or someone else? */
  async function settleStale(e: StoryEntry): Promise<SendResult | { kind: 'conflict'; theirs: StoryEntry['theirs'] }> {
    const current = e.storyId ? await sender.fetch(e.storyId) : ({ kind: 'notFound' } as const);
    if (current.kind === 'notFound') return e.op === 'delete' ? { kind: 'deleted' } : { kind: 'conflict', theirs: null };
    if (current.kind !== 'stored') return current;
    if (e.op === 'update' && sameContent(current.item, e.input!)) return current;
    return { kind: 'conflict', theirs: { story: current.item, etag: current.etag } };
  }

  /** Sends what can go now, oldest first, until done or the API can't be reached.
   *  `skipWaits`: send even what is waiting out a backoff (the connection just came back). */
  async function sync(userId: string, events: SyncEvents = {}, { skipWaits = false } = {}): Promise<SyncReport> {
    let sent = 0;
    for (;;) {
      const mine = await entries(userId);
      const next = nextToSend(mine, skipWaits ? Infinity : now());
      if (!next) return { sent, stopped: 'done', retryAt: earliestRetry(mine, now()) };

      // Counted before sending, in one transaction with reading what to send: from
      // now on the API may have it, so it is never rewritten (an edit made meanwhile
      // queues behind it instead of changing what goes out).
      const e = await patch(userId, next.seq, { attempts: next.attempts + 1 });
      if (!e) continue; // dropped meanwhile (e.g. deleted before it was ever sent)
      const attempts = e.attempts;
      let result: SendResult<Story | Feedback> | { kind: 'conflict'; theirs: StoryEntry['theirs'] };
      if (isStoryEntry(e)) {
        result = await send(e);
        if (result.kind === 'stale' || (result.kind === 'notFound' && e.op !== 'create')) result = await settleStale(e);
      } else {
        result = feedbackSender ? await feedbackSender.createFeedback(e.input, e.idempotencyKey!) : { kind: 'noAnswer' };
      }

      switch (result.kind) {
        case 'stored':
        case 'deleted': {
          const stored = result.kind === 'stored' ? result : null;
          await edit(userId, (current) => ({
            mine: current
              .filter((x) => x.seq !== e.seq)
              .map((x) =>
                // The story's later changes build on this one: give them its id and new version.
                stored && x.storyKey === e.storyKey ? { ...x, storyId: stored.item.id!, ifMatch: x.ifMatch ?? stored.etag } : x,
              ),
            result: undefined,
          }));
          sent++;
          if (!isStoryEntry(e)) await events.feedbackStored?.(e, stored!.item as Feedback);
          else if (stored) await events.stored?.(e, stored.item as Story);
          else await events.deleted?.(e);
          break;
        }
        case 'refused':
          await patch(userId, e.seq, { state: 'invalid', errors: result.errors, lastError: result.errors.form[0] });
          break;
        case 'conflict':
          await patch(userId, e.seq, { state: 'conflict', theirs: result.theirs, lastError: undefined });
          break;
        case 'noAnswer':
        case 'busy': {
          const wait = result.kind === 'busy' && result.retryAfterMs ? result.retryAfterMs : retryDelay(attempts, random);
          const retryAt = now() + wait;
          await patch(userId, e.seq, { notBefore: retryAt, lastError: result.kind === 'busy' ? result.message : undefined });
          return { sent, stopped: result.kind, retryAt };
        }
        case 'signedOut':
          // Not the change's fault: it goes as it is after the next login.
          await patch(userId, e.seq, { attempts: e.attempts - 1 });
          return { sent, stopped: 'signedOut', retryAt: null };
        case 'stale':
        case 'notFound':
          // settleStale turned these into the cases above; a create is never stale.
          await patch(userId, e.seq, {
            state: 'invalid',
            lastError: isStoryEntry(e) ? 'LORkit could not find this story.' : 'LORkit could not find what this refers to.',
          });
          break;
      }
    }
  }

  /** Feedback logged on the phone, under a local id until the API has it. */
  function queueFeedback(userId: string, input: FeedbackInput): Promise<FeedbackEntry> {
    return edit(userId, (mine, seq) => {
      const entry: FeedbackEntry = {
        seq,
        userId,
        resource: 'feedback',
        op: 'create',
        storyKey: `${LOCAL_ID_PREFIX}${newKey()}`,
        storyId: null,
        ifMatch: null,
        idempotencyKey: newKey(),
        input,
        queuedAt: iso(),
        attempts: 0,
        notBefore: 0,
        state: 'pending',
      };
      return { mine: [...mine, entry], result: entry };
    });
  }

  /** Feedback the API refused, fixed by the applicant (or feedback not sent yet,
   *  changed): it goes again as a new create, since nothing was stored. */
  function refixFeedback(userId: string, storyKey: string, input: FeedbackInput): Promise<FeedbackEntry | null> {
    return edit(userId, (mine) => {
      let fixed: FeedbackEntry | null = null;
      const next = mine.map((e) => {
        if (e.resource !== 'feedback' || e.storyKey !== storyKey || !rewritable(e)) return e;
        fixed = {
          ...e,
          input,
          state: 'pending',
          attempts: 0,
          notBefore: 0,
          errors: undefined,
          lastError: undefined,
          ...(e.state === 'invalid' ? { idempotencyKey: newKey() } : {}),
        };
        return fixed;
      });
      return { mine: next, result: fixed };
    });
  }

  /** Drops every waiting change of one applicant (their account was deleted: there is nowhere to send them). */
  function forget(userId: string): Promise<void> {
    return edit(userId, () => ({ mine: [], result: undefined }));
  }

  return { entries, queueCreate, queueUpdate, queueDelete, keepMine, drop, sync, queueFeedback, refixFeedback, forget };
}

function sorted(entries: OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

function earliestRetry(mine: OutboxEntry[], at: number): number | null {
  const waiting = mine.filter((e) => e.state === 'pending' && e.notBefore > at).map((e) => e.notBefore);
  return waiting.length > 0 ? Math.min(...waiting) : null;
}
