// What the applicant is typing, kept on the phone at every keystroke until it
// is saved: a 12-hour shift, a login that ran out, a tab the phone killed in
// the background, none of them may cost a note. localStorage, because it is
// read synchronously: the form opens with the text already in it.
import { browserStorage, removeKeysStartingWith, type KeyValueStorage } from '../shared/browserStorage';
import { EMPTY_DRAFT, type Draft } from './draft';

const PREFIX = 'lorkit.draft.';

export function createDraftStore(storage: KeyValueStorage = browserStorage()) {
  // Per applicant and per story ("new" for the log form): a shared phone never shows someone else's text.
  const key = (userId: string, storyKey: string) => `${PREFIX}${userId}.${storyKey}`;
  return {
    load(userId: string, storyKey: string): Draft | null {
      try {
        const text = storage.getItem(key(userId, storyKey));
        return text ? { ...EMPTY_DRAFT, ...(JSON.parse(text) as Partial<Draft>) } : null;
      } catch {
        return null; // unreadable: start from the story
      }
    },
    save(userId: string, storyKey: string, draft: Draft): void {
      try {
        storage.setItem(key(userId, storyKey), JSON.stringify(draft));
      } catch {
        // Storage full: the outbox still gets the story on Save.
      }
    },
    clear(userId: string, storyKey: string): void {
      storage.removeItem(key(userId, storyKey));
    },
    /** Every draft of one applicant: when the account is deleted, nothing of it stays on the phone. */
    clearAll(userId: string): void {
      removeKeysStartingWith(storage, key(userId, ''));
    },
  };
}

export const drafts = createDraftStore();
