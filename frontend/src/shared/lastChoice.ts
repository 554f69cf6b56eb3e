// The choices of the last item logged (its rotation, its attending…): the next
// one is most often from the same rotation, with the same attending, so a log
// form starts with them chosen (one tap to change). Per applicant.
import { browserStorage, type KeyValueStorage } from './browserStorage';

export type Choice = Record<string, string | string[]>;

/** @param name which form's choices, e.g. "lastLinks" for stories */
export function createLastChoice<T extends Choice>(name: string, storage: KeyValueStorage = browserStorage()) {
  const keyOf = (userId: string) => `lorkit.${name}.${userId}`;
  return {
    /** Only the well-formed values of what was saved: it may come from an older version of the app. */
    load(userId: string): Partial<T> {
      try {
        const saved = JSON.parse(storage.getItem(keyOf(userId)) ?? '{}') as Record<string, unknown>;
        const good = Object.entries(saved).filter(
          ([, value]) => typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')),
        );
        return Object.fromEntries(good) as Partial<T>;
      } catch {
        return {};
      }
    },
    remember(userId: string, choice: T): void {
      try {
        storage.setItem(keyOf(userId), JSON.stringify(choice));
      } catch {
        // Storage full: the next form just starts empty.
      }
    },
  };
}
