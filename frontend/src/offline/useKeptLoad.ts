// useLoad for a screen that opens offline (see keptLoad): loads again when the
// connection comes back, or when the API answers anything while the copy shows.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Result } from '../api/result';
import type { Loading } from '../shared/useLoad';
import { onApiAnswer, onReconnect, useOnline } from '../shared/connection';
import { loadKept, type CopyPlace, type Shown } from './keptLoad';

export function useKeptLoad<T>(
  place: CopyPlace<T>,
  load: () => Promise<Result<T>>,
  deps: unknown[] = [],
): [Loading<Shown<T>>, () => void] {
  const [state, setState] = useState<Loading<Shown<T>>>({ status: 'loading' });
  const shown = useRef(state);
  shown.current = state;
  const run = useRef(0);
  const inFlight = useRef(false);

  const reload = () => {
    const mine = ++run.current;
    inFlight.current = true;
    void loadKept(place, load, (next) => mine === run.current && setState(next), {
      copyFirst: shown.current.status !== 'loaded',
    }).finally(() => {
      if (mine === run.current) inFlight.current = false;
    });
  };

  useEffect(() => {
    reload();
    const stopReconnect = onReconnect(reload);
    const stopAnswer = onApiAnswer(() => {
      const now = shown.current;
      if (!inFlight.current && now.status === 'loaded' && now.value.fromCopy) reload();
    });
    return () => {
      run.current++; // answers still on their way are for a screen that is gone
      stopReconnect();
      stopAnswer();
    };
  }, deps);
  return [state, reload];
}

/** The copy shown offline, if that is what the screen shows: the copy is on screen and the API did
 *  not answer, or the phone knows it has no connection. Then the screen says so (OfflineNote). */
export function useShownOffline<T>(state: Loading<Shown<T>>): Shown<T> | null {
  const isOnline = useOnline();
  const shown = state.status === 'loaded' ? state.value : null;
  return shown && ((shown.fromCopy && !shown.checking) || !isOnline) ? shown : null;
}
