// The applicant's stories as last loaded from the API, shared by the list and
// the detail screen, and kept on the phone (offline/lastLoaded) so both work
// with no connection. Loaded as every query is (shared/query's runQuery: the
// kept copy first, the answer kept); on top of it only what the list adds:
// pages, and the changes the outbox got through laid over a page read before
// they arrived. Changes still waiting in the outbox are laid over them by
// pendingView.ts; this holds only what the API has confirmed.
import type { Result } from '../api/result';
import type { Story } from '../api/types';
import { lastLoaded } from '../offline/appStorage';
import { runQuery, type CopyPlace, type Loading } from '../shared/query';
import { createStore, useStore } from '../shared/store';
import { listStories } from './storiesApi';

interface StoryPage {
  items: Story[];
  total: number;
}

export interface StoriesState {
  userId: string | null;
  items: Story[];
  total: number;
  /** Pages loaded from the API since the app opened (0: none yet). */
  nextPage: number;
  /** When the items shown were loaded from the API (ISO instant). */
  loadedAt: string | null;
  /** The API could not be reached: the items are the copy kept on the phone. */
  fromCopy: boolean;
  loading: boolean;
  /** The API answered with an error (not "no connection"): say so. */
  error: string | null;
}

const EMPTY: StoriesState = {
  userId: null,
  items: [],
  total: 0,
  nextPage: 0,
  loadedAt: null,
  fromCopy: false,
  loading: false,
  error: null,
};
/** Enough for the home screen to be useful offline without filling the phone. */
const KEPT_ON_PHONE = 100;

export const stories = createStore<StoriesState>(EMPTY);

export function useStories(): StoriesState {
  return useStore(stories);
}

const change = (update: Partial<StoriesState>) => stories.set({ ...stories.get(), ...update });

function forUser(userId: string): StoriesState {
  if (stories.get().userId !== userId) stories.set({ ...EMPTY, userId });
  return stories.get();
}

/** The first page as kept on the phone, read and written the way every kept query is (shared/query).
 *  What is kept is the list as shown: the API's answer with the changes that got through meanwhile
 *  laid over it (runQuery keeps the copy after the answer is shown). */
function firstPageCopy(userId: string): CopyPlace<StoryPage> {
  return {
    read: async () => {
      const copy = await lastLoaded.stories(userId);
      return copy && { value: { items: copy.items, total: copy.total }, loadedAt: copy.loadedAt };
    },
    keep: () => keepCopyOf(userId),
  };
}

/** `page` 0 reloads the list (the phone's copy first, while the API is asked); a later page adds to it. */
export async function loadPage(userId: string, page: number): Promise<void> {
  const before = forUser(userId);
  change({ loading: true, error: null });
  const since = lastChange;
  const empty = () => stories.get().nextPage === 0 && stories.get().items.length === 0;
  const show = (state: Loading<StoryPage>) => {
    if (stories.get().userId !== userId || state.status === 'loading') return; // logged out meanwhile
    if (state.status === 'failed') {
      // No answer and no copy: the list says it is offline; an answer that is an error is said.
      change(state.offline ? { loading: false, fromCopy: true } : { loading: false, fromCopy: false, error: state.message });
    } else if (state.fromCopy) {
      // The copy only fills a list that shows nothing yet.
      if (empty()) change({ items: state.value.items, total: state.value.total, loadedAt: state.loadedAt });
      if (!state.checking) change({ loading: false, fromCopy: true });
    } else {
      // The outbox may have got changes through while the page was on its way: they win.
      const items = replayChanges(state.value.items, since, page === 0);
      change({
        // Stories logged meanwhile shift the pages: drop the repeats.
        items: page === 0 ? items : mergeById(stories.get().items, items),
        total: state.value.total,
        nextPage: page + 1,
        loadedAt: state.loadedAt,
        fromCopy: false,
        loading: false,
      });
    }
  };
  const load = async (): Promise<Result<StoryPage>> => {
    const result = await listStories(page);
    if (result.ok) return { ok: true, value: { items: result.value.items ?? [], total: Number(result.value.total ?? 0) } };
    return { ok: false, errors: result.errors, ...(result.offline ? { offline: true as const } : {}) };
  };
  // Later pages are not kept: the phone keeps the first ones (KEPT_ON_PHONE), written with each change.
  const keptIn = page === 0 ? firstPageCopy(userId) : { read: async () => undefined, keep: () => keepCopyOf(userId) };
  await runQuery(load, show, { keptIn, copyFirst: page === 0 && before.nextPage === 0 && before.items.length === 0 });
}

/** Showing the copy because the API could not be reached, and it just answered
 *  something (the outbox got a change through, a detail loaded): load afresh.
 *  The browser's `online` event alone comes too early on some phones. */
export function reloadIfShowingCopy(): void {
  const { userId, fromCopy, loading } = stories.get();
  if (userId && fromCopy && !loading) void loadPage(userId, 0);
}

/** Changes the outbox got through, newest last, so a list read before one of
 *  them arrived cannot bring back the old version (or a deleted story). */
const recent: { seq: number; id: string; story: Story | null }[] = [];
let lastChange = 0;

function remember(id: string, story: Story | null): void {
  recent.push({ seq: ++lastChange, id, story });
  if (recent.length > 50) recent.shift();
}

function replayChanges(items: Story[], since: number, firstPage: boolean): Story[] {
  let result = items;
  for (const { seq, id, story } of recent) {
    if (seq <= since) continue;
    const listed = result.find((s) => s.id === id);
    if (!story) result = result.filter((s) => s.id !== id);
    else if (listed) result = result.map((s) => (s.id === id && s.version <= story.version ? story : s));
    else if (firstPage) result = [story, ...result];
  }
  return result;
}

/** A change the outbox got through: show it as the API stored it. */
export async function storyStored(story: Story): Promise<void> {
  remember(story.id, story);
  const state = stories.get();
  const known = state.items.some((s) => s.id === story.id);
  change({
    items: known ? state.items.map((s) => (s.id === story.id ? story : s)) : [story, ...state.items],
    total: known ? state.total : state.total + 1,
  });
  await keepCopy();
}

/** A fresher copy read from the API (detail screen): replaces the listed one, if listed. */
export async function storyRefreshed(story: Story): Promise<void> {
  const state = stories.get();
  if (!state.items.some((s) => s.id === story.id && s.version !== story.version)) return;
  change({ items: state.items.map((s) => (s.id === story.id ? story : s)) });
  await keepCopy();
}

/** Stories deleted since the app opened: a copy fetched before must not bring one back on screen. */
const deleted = new Set<string>();

export function wasDeleted(id: string): boolean {
  return deleted.has(id);
}

export async function storyDeleted(id: string): Promise<void> {
  deleted.add(id);
  remember(id, null);
  const state = stories.get();
  if (!state.items.some((s) => s.id === id)) return;
  change({ items: state.items.filter((s) => s.id !== id), total: Math.max(0, state.total - 1) });
  await keepCopy();
}

export function clearStories(): void {
  stories.set(EMPTY);
}

/** Logged out (or another applicant in) meanwhile: nothing of theirs is written. */
const keepCopyOf = (userId: string) => (stories.get().userId === userId ? keepCopy() : Promise.resolve());

async function keepCopy(): Promise<void> {
  const { userId, items, total, loadedAt } = stories.get();
  if (!userId) return;
  await lastLoaded.saveStories(userId, {
    items: items.slice(0, KEPT_ON_PHONE),
    total,
    loadedAt: loadedAt ?? new Date().toISOString(),
  });
}

function mergeById(first: Story[], more: Story[]): Story[] {
  const seen = new Set(first.map((s) => s.id));
  return [...first, ...more.filter((s) => !seen.has(s.id))];
}
