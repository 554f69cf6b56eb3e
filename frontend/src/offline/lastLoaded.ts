// The last data loaded from the API, kept on the phone so the app opens and
// shows the applicant's Today, portfolio, stories and the log forms' pickers with no connection at all. Per
// applicant; forgotten on log out.
import type { Portfolio, Story, Today, User } from '../api/types';
import type { KeptCopy } from '../shared/query';
import type { KeyValue } from './keyValue';

const USER_KEY = 'lastLoaded.me';
/** What is kept per applicant: `lastLoaded.<what>.<userId>`. */
const KEPT = ['stories', 'today', 'portfolio', 'linkChoices'] as const;
type Kept = (typeof KEPT)[number];
const keyOf = (what: Kept, userId: string) => `lastLoaded.${what}.${userId}`;

export interface SavedStories {
  items: Story[];
  total: number;
  /** When they were loaded from the API (ISO instant). */
  loadedAt: string;
}

/** A screen's answer from the API as kept on the phone (shared/query's kept copy). */
export type SavedCopy<T> = KeptCopy<T>;

export function createLastLoaded(kv: KeyValue) {
  // Failing to keep a copy must never break the screen that loaded the data.
  const quietly = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch {
      return fallback;
    }
  };
  return {
    user: () => quietly(() => kv.get<User>(USER_KEY), undefined),
    saveUser: (user: User) => quietly(() => kv.set(USER_KEY, user), undefined),
    stories: (userId: string) => quietly(() => kv.get<SavedStories>(keyOf('stories', userId)), undefined),
    saveStories: (userId: string, stories: SavedStories) => quietly(() => kv.set(keyOf('stories', userId), stories), undefined),
    today: (userId: string) => quietly(() => kv.get<SavedCopy<Today>>(keyOf('today', userId)), undefined),
    saveToday: (userId: string, today: SavedCopy<Today>) => quietly(() => kv.set(keyOf('today', userId), today), undefined),
    portfolio: (userId: string) => quietly(() => kv.get<SavedCopy<Portfolio>>(keyOf('portfolio', userId)), undefined),
    savePortfolio: (userId: string, portfolio: SavedCopy<Portfolio>) =>
      quietly(() => kv.set(keyOf('portfolio', userId), portfolio), undefined),
    /** The rotations and attendings the log forms pick from (see shared/useLinkChoices). */
    linkChoices: <T>(userId: string) => quietly(() => kv.get<SavedCopy<T>>(keyOf('linkChoices', userId)), undefined),
    saveLinkChoices: <T>(userId: string, choices: SavedCopy<T>) =>
      quietly(() => kv.set(keyOf('linkChoices', userId), choices), undefined),
    async forget(userId: string | undefined): Promise<void> {
      await quietly(() => kv.del(USER_KEY), undefined);
      if (userId) for (const what of KEPT) await quietly(() => kv.del(keyOf(what, userId)), undefined);
    },
  };
}

export type LastLoaded = ReturnType<typeof createLastLoaded>;
