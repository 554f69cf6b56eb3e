// A screen read from the API that still opens with no connection (Today): the
// copy kept on the phone shows at once, the API's answer replaces it and is
// kept for next time; with no answer, the copy stays, marked as a copy. Only
// what the API answered is shown: nothing is worked out on the phone.
import { oneLine, type Result } from '../api/result';
import type { Loading } from '../shared/useLoad';
import type { SavedCopy } from './lastLoaded';

export interface Shown<T> extends SavedCopy<T> {
  /** The API could not be reached (or not yet): this is the copy kept on the phone. */
  fromCopy: boolean;
  /** The API is still being asked. */
  checking: boolean;
}

/** Where a screen's copy is kept (see lastLoaded). */
export interface CopyPlace<T> {
  read(): Promise<SavedCopy<T> | undefined>;
  keep(copy: SavedCopy<T>): Promise<void>;
}

export interface KeptLoadOptions {
  /** Show the copy while the API is asked: on opening the screen, not when something is shown already. */
  copyFirst?: boolean;
  now?: () => string;
}

export async function loadKept<T>(
  place: CopyPlace<T>,
  load: () => Promise<Result<T>>,
  show: (state: Loading<Shown<T>>) => void,
  { copyFirst = true, now = () => new Date().toISOString() }: KeptLoadOptions = {},
): Promise<void> {
  let answered = false;
  const copyRead = place.read().then((copy) => {
    // The copy may be read after the answer came: then it is older, and stays unseen.
    if (copy && copyFirst && !answered) show({ status: 'loaded', value: { ...copy, fromCopy: true, checking: true } });
    return copy;
  });
  const result = await load();
  answered = true;
  if (result.ok) {
    const fresh = { value: result.value, loadedAt: now() };
    show({ status: 'loaded', value: { ...fresh, fromCopy: false, checking: false } });
    await place.keep(fresh);
    return;
  }
  const copy = await copyRead;
  // An answer that is an error is said, not hidden behind an older copy.
  if (result.offline && copy) show({ status: 'loaded', value: { ...copy, fromCopy: true, checking: false } });
  else show({ status: 'failed', message: oneLine(result.errors) });
}
