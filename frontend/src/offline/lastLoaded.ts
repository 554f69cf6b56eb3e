// The last data loaded from the API, kept on the phone so the app opens and
// shows the applicant's stories with no connection at all. Forgotten on log out.
import type { Story, User } from '../api/types';
import type { KeyValue } from './keyValue';

const USER_KEY = 'lastLoaded.me';
const storiesKey = (userId: string) => `lastLoaded.stories.${userId}`;

export interface SavedStories {
  items: Story[];
  total: number;
  /** When they were loaded from the API (ISO instant). */
  loadedAt: string;
}

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
    stories: (userId: string) => quietly(() => kv.get<SavedStories>(storiesKey(userId)), undefined),
    saveStories: (userId: string, stories: SavedStories) => quietly(() => kv.set(storiesKey(userId), stories), undefined),
    async forget(userId: string | undefined): Promise<void> {
      await quietly(() => kv.del(USER_KEY), undefined);
      if (userId) await quietly(() => kv.del(storiesKey(userId)), undefined);
    },
  };
}
