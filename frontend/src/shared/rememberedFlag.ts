// A yes/no choice of the applicant's that the phone remembers (per applicant,
// in localStorage as `lorkit.<name>.<userId>`, so deleting the account takes
// it too): e.g. "Hide done steps" on the plan.
import { browserStorage, type KeyValueStorage } from './browserStorage';

export function createRememberedFlag(name: string, storage: KeyValueStorage = browserStorage()) {
  const keyOf = (userId: string) => `lorkit.${name}.${userId}`;
  return {
    /** Off unless this applicant turned it on. */
    get(userId: string): boolean {
      try {
        return storage.getItem(keyOf(userId)) === 'on';
      } catch {
        return false;
      }
    },
    set(userId: string, on: boolean): void {
      try {
        if (on) storage.setItem(keyOf(userId), 'on');
        else storage.removeItem(keyOf(userId));
      } catch {
        // Storage full or blocked: the choice holds until the screen closes.
      }
    },
  };
}
