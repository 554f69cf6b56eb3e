// Loading what a screen shows from the API: "Loading…", then the data, or a
// sentence and "Try again".
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FormErrors } from '../api/problem';

type Answer<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };
export type Loading<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; value: T };

export function useLoad<T>(load: () => Promise<Answer<T>>, deps: unknown[] = []): [Loading<T>, () => void] {
  const [state, setState] = useState<Loading<T>>({ status: 'loading' });
  const reload = () => {
    void load().then((answer) =>
      setState(
        answer.ok
          ? { status: 'loaded', value: answer.value }
          : { status: 'failed', message: [...answer.errors.form, ...Object.values(answer.errors.fields)].join(' ') },
      ),
    );
  };
  useEffect(reload, deps);
  return [state, reload];
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
