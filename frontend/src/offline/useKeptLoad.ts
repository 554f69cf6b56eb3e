// A screen read from the API that still opens with no connection (Today, the portfolio): useQuery
// with the place its copy is kept in (see shared/useLoad and appStorage).
import type { CopyPlace, Loading, Shown } from '../shared/useLoad';
import { useQuery } from '../shared/useLoad';
import { useOnline } from '../shared/connection';
import type { Result } from '../api/result';

export function useKeptLoad<T>(
  place: CopyPlace<T>,
  load: () => Promise<Result<T>>,
  deps: unknown[] = [],
): [Loading<Shown<T>>, () => void] {
  return useQuery({ load, keptIn: place }, deps);
}

/** The copy shown offline, if that is what the screen shows: the copy is on screen and the API did
 *  not answer, or the phone knows it has no connection. Then the screen says so (OfflineNote). */
export function useShownOffline<T>(state: Loading<Shown<T>>): Shown<T> | null {
  const isOnline = useOnline();
  const shown = state.status === 'loaded' ? state.value : null;
  return shown && ((shown.fromCopy && !shown.checking) || !isOnline) ? shown : null;
}
