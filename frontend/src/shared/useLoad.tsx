// Loading what a screen shows from the API: "Loading…", then the data, or a sentence and "Try again".
// One helper for every screen (useQuery); a screen that must open offline names where its last answer
// is kept on the phone (`keptIn`, see offline/appStorage): that copy shows at once, the API's answer
// replaces it and is kept for next time, and with no answer the copy stays, marked as a copy. Only
// what the API answered is shown: nothing is worked out on the phone.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormErrors } from '../api/problem';
import { oneLine } from '../api/result';
import { onApiAnswer, onReconnect } from './connection';

/** An API answer (api/result's Result, or a value a screen already has). */
type Answer<T> = { ok: true; value: T } | { ok: false; errors: FormErrors; offline?: true };
export type Loading<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; value: T };

/** A screen's answer from the API as kept on the phone. */
export interface SavedCopy<T> {
  value: T;
  /** When it was loaded from the API (ISO instant). */
  loadedAt: string;
}

/** Where a screen's copy is kept (offline/lastLoaded). */
export interface CopyPlace<T> {
  read(): Promise<SavedCopy<T> | undefined>;
  keep(copy: SavedCopy<T>): Promise<void>;
}

export interface Shown<T> extends SavedCopy<T> {
  /** The API could not be reached (or not yet): this is the copy kept on the phone. */
  fromCopy: boolean;
  /** The API is still being asked. */
  checking: boolean;
}

export interface Query<T> {
  load: () => Promise<Answer<T>>;
  /** Kept on the phone, so the screen opens offline; loaded again when the connection comes back. */
  keptIn?: CopyPlace<T>;
}

export interface RunOptions {
  /** Show the copy while the API is asked: on opening the screen, not when something is shown already. */
  copyFirst?: boolean;
  now?: () => string;
}

const NOWHERE: CopyPlace<never> = { read: async () => undefined, keep: async () => undefined };

/** Asks the API once, telling `show` each state in turn (the copy first, if one is kept). */
export async function runQuery<T>(
  { load, keptIn = NOWHERE }: Query<T>,
  show: (state: Loading<Shown<T>>) => void,
  { copyFirst = true, now = () => new Date().toISOString() }: RunOptions = {},
): Promise<void> {
  let answered = false;
  const copyRead = keptIn.read().then((copy) => {
    // The copy may be read after the answer came: then it is older, and stays unseen.
    if (copy && copyFirst && !answered) show({ status: 'loaded', value: { ...copy, fromCopy: true, checking: true } });
    return copy;
  });
  const result = await load();
  answered = true;
  if (result.ok) {
    const fresh = { value: result.value, loadedAt: now() };
    show({ status: 'loaded', value: { ...fresh, fromCopy: false, checking: false } });
    await keptIn.keep(fresh);
    return;
  }
  const copy = await copyRead;
  // An answer that is an error is said, not hidden behind an older copy.
  if (result.offline && copy) show({ status: 'loaded', value: { ...copy, fromCopy: true, checking: false } });
  else show({ status: 'failed', message: oneLine(result.errors) });
}

/** The query's state, loaded again when `deps` change; answers for a screen that is gone are dropped. */
export function useQuery<T>(query: Query<T>, deps: unknown[] = []): [Loading<Shown<T>>, () => void] {
  const [state, setState] = useState<Loading<Shown<T>>>({ status: 'loading' });
  const shown = useRef(state);
  shown.current = state;
  const run = useRef(0);
  const inFlight = useRef(false);

  const reload = () => {
    const mine = ++run.current;
    inFlight.current = true;
    void runQuery(query, (next) => mine === run.current && setState(next), {
      copyFirst: shown.current.status !== 'loaded',
    }).finally(() => {
      if (mine === run.current) inFlight.current = false;
    });
  };

  useEffect(() => {
    reload();
    // A copy on screen is refreshed as soon as the API can be reached again.
    const stopReconnect = query.keptIn ? onReconnect(reload) : () => {};
    const stopAnswer = query.keptIn
      ? onApiAnswer(() => {
          const now = shown.current;
          if (!inFlight.current && now.status === 'loaded' && now.value.fromCopy) reload();
        })
      : () => {};
    return () => {
      run.current++;
      stopReconnect();
      stopAnswer();
    };
  }, deps);
  return [state, reload];
}

/** useQuery for a screen that needs the value only (it is never kept on the phone). */
export function useLoad<T>(load: () => Promise<Answer<T>>, deps: unknown[] = []): [Loading<T>, () => void] {
  const [state, reload] = useQuery({ load }, deps);
  const value = useMemo<Loading<T>>(
    () => (state.status === 'loaded' ? { status: 'loaded', value: state.value.value } : state),
    [state],
  );
  return [value, reload];
}

/** Shows "Loading…" or the failure; renders `children` once loaded. */
export function Loaded<T>({
  state,
  retry,
  children,
}: {
  state: Loading<T>;
  retry(): void;
  children: (value: T) => ComponentChildren;
}) {
  if (state.status === 'loaded') return <>{children(state.value)}</>;
  if (state.status === 'failed') {
    return (
      <div class="form-errors" role="alert">
        <p>{state.message}</p>
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p class="muted" role="status">
      Loading…
    </p>
  );
}
