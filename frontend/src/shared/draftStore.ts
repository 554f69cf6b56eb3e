// What the applicant is typing in a form, kept on the phone at every keystroke
// until it is saved: a 12-hour shift, a login that ran out, a tab the phone
// killed in the background, none of them may cost a note. localStorage,
// because it is read synchronously: the form opens with the text already in it.
import { browserStorage, type KeyValueStorage } from './browserStorage';

/** @param prefix one per kind of form, e.g. "lorkit.draft." for stories
 *  @param empty  the empty form: a draft kept by an older version of the app may lack newer fields */
export function createDraftStore<T extends object>(prefix: string, empty: T, storage: KeyValueStorage = browserStorage()) {
  // Per applicant and per item ("new" for a log form): a shared phone never shows someone else's text.
  const key = (userId: string, itemKey: string) => `${prefix}${userId}.${itemKey}`;
  return {
    load(userId: string, itemKey: string): T | null {
      try {
        const text = storage.getItem(key(userId, itemKey));
        return text ? { ...empty, ...(JSON.parse(text) as Partial<T>) } : null;
      } catch {
        return null; // unreadable: start from the item
      }
    },
    save(userId: string, itemKey: string, draft: T): void {
      try {
        storage.setItem(key(userId, itemKey), JSON.stringify(draft));
      } catch {
        // Storage full: the outbox still gets it on Save.
      }
    },
    clear(userId: string, itemKey: string): void {
      storage.removeItem(key(userId, itemKey));
    },
  };
}

export type DraftStore<T extends object> = ReturnType<typeof createDraftStore<T>>;
