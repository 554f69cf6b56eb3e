// Keeps every keystroke of a form on the phone (see draftStore.ts), but only once something was
// typed: an untouched form leaves nothing behind. A layout effect runs right after the render the
// keystroke caused; a plain effect waits for the next animation frame, which a busy or
// backgrounded phone may never give before it kills the tab.
import { useLayoutEffect } from 'preact/hooks';
import type { DraftStore } from './draftStore';

export function useKeptDraft<T extends object>(
  store: DraftStore<T>,
  userId: string,
  itemKey: string,
  draft: T,
  untouched: boolean,
): void {
  useLayoutEffect(() => {
    if (untouched) store.clear(userId, itemKey);
    else store.save(userId, itemKey, draft);
  }, [draft]);
}
