// The one way a screen reads from the API (issue 15: useLoad, keptLoad/useKeptLoad and the
// story list each did this their own way). A query has a key, a loader through the generated
// client (api/result's callApi) and, for a screen that must open with no connection, the place
// where its last answer is kept on the phone (offline/appStorage: IndexedDB through idb-keyval).
// Then the copy shows at once, the API's answer replaces it and is kept for next time; with no
// answer the copy stays, marked as a copy. Only what the API answered is shown: nothing is worked
// out on the phone. After a change, `invalidateQueries(prefix)` reloads the screens showing it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { oneLine, type Result } from '../api/result';
import { onApiAnswer, onReconnect, useOnline } from './connection';

/** What a query is about, e.g. `['feedback', attendingId]`: invalidating `['feedback']` reloads it. */
export type QueryKey = readonly unknown[];

/** An answer as kept on the phone. */
export interface KeptCopy<T> {
  value: T;
  /** When it was loaded from the API (ISO instant). */
  loadedAt: string;
}

/** Where a query's copy is kept (see offline/appStorage). */
export interface CopyPlace<T> {
  read(): Promise<KeptCopy<T> | undefined>;
  keep(copy: KeptCopy<T>): Promise<void>;
}

/** Where what is shown comes from. */
export interface Freshness {
  /** When the value shown was loaded from the API (ISO instant). */
  loadedAt: string;
  /** The API could not be reached (or not yet): this is the copy kept on the phone. */
  fromCopy: boolean;
  /** The API is still being asked. */
  checking: boolean;
}

export type Loading<T> =
  | { status: 'loading' }
  /** `offline`: no answer at all, and no copy to show. */
  | { status: 'failed'; message: string; offline?: true }
  | ({ status: 'loaded'; value: T } & Freshness);

export interface RunOptions<T> {
  keptIn?: CopyPlace<T>;
  /** Show the copy while the API is asked: on opening the screen, not when something is shown already. */
  copyFirst?: boolean;
  now?: () => string;
}

/** One load: the states to show, in order, through `show`. The kept copy is written after
 *  `show` saw the answer. */
export async function runQuery<T>(
  load: () => Promise<Result<T>>,
  show: (state: Loading<T>) => void,
  { keptIn, copyFirst = true, now = () => new Date().toISOString() }: RunOptions<T> = {},
): Promise<void> {
  let answered = false;
  const copyRead = (keptIn?.read() ?? Promise.resolve(undefined)).then((copy) => {
    // The copy may be read after the answer came: then it is older, and stays unseen.
    if (copy && copyFirst && !answered) show({ status: 'loaded', ...copy, fromCopy: true, checking: true });
    return copy;
  });
  const result = await load();
  answered = true;
  if (result.ok) {
    const fresh = { value: result.value, loadedAt: now() };
    show({ status: 'loaded', ...fresh, fromCopy: false, checking: false });
    await keptIn?.keep(fresh);
    return;
  }
  const copy = await copyRead;
  // An answer that is an error is said, not hidden behind an older copy.
  if (result.offline && copy) show({ status: 'loaded', ...copy, fromCopy: true, checking: false });
  else show({ status: 'failed', message: oneLine(result.errors), ...(result.offline ? { offline: true as const } : {}) });
}

interface Shown {
  key: QueryKey;
  reload(): void;
}
/** The queries on screen now, for invalidateQueries. */
const onScreen = new Set<Shown>();

const sameStart = (key: QueryKey, prefix: QueryKey) => prefix.every((part, i) => JSON.stringify(part) === JSON.stringify(key[i]));

/** Something changed on the API (the outbox got a change through, a form saved): every query
 *  on screen whose key starts with `prefix` loads again. */
export function invalidateQueries(prefix: QueryKey): void {
  for (const query of onScreen) if (sameStart(query.key, prefix)) query.reload();
}

export interface QueryOptions<T> {
  /** Keep the answer on the phone there, show it first and when offline, and load again when the
   *  connection comes back (or when the API answers anything while the copy shows). */
  keptIn?: CopyPlace<T>;
}

/** Loads on first render and whenever the key changes. Answers for an older key, or for a
 *  screen that is gone, are dropped. */
export function useQuery<T>(
  key: QueryKey,
  load: () => Promise<Result<T>>,
  options: QueryOptions<T> = {},
): [Loading<T>, () => void] {
  const [state, setState] = useState<Loading<T>>({ status: 'loading' });
  const shown = useRef(state);
  shown.current = state;
  // The latest render's loader and place: a retry uses what the screen shows now.
  const latest = useRef({ load, keptIn: options.keptIn });
  latest.current = { load, keptIn: options.keptIn };
  const run = useRef(0);
  const inFlight = useRef(false);

  const reload = () => {
    const mine = ++run.current;
    inFlight.current = true;
    const { load: loadNow, keptIn } = latest.current;
    void runQuery(loadNow, (next) => mine === run.current && setState(next), {
      keptIn,
      copyFirst: shown.current.status !== 'loaded',
    }).finally(() => {
      if (mine === run.current) inFlight.current = false;
    });
  };

  useEffect(() => {
    reload();
    const entry = { key, reload };
    onScreen.add(entry);
    const stops = options.keptIn
      ? [
          onReconnect(reload),
          onApiAnswer(() => {
            const now = shown.current;
            if (!inFlight.current && now.status === 'loaded' && now.fromCopy) reload();
          }),
        ]
      : [];
    return () => {
      run.current++; // answers still on their way are for a screen that is gone
      onScreen.delete(entry);
      stops.forEach((stop) => stop());
    };
  }, [JSON.stringify(key)]);
  return [state, reload];
}

/** The copy shown offline, if that is what the screen shows: the copy is on screen and the API did
 *  not answer, or the phone knows it has no connection. Then the screen says so (OfflineNote). */
export function useShownOffline<T>(state: Loading<T>): Freshness | null {
  const isOnline = useOnline();
  if (state.status !== 'loaded') return null;
  return (state.fromCopy && !state.checking) || !isOnline ? state : null;
}
