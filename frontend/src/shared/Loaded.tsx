// What a screen shows while its query (shared/query) runs: "Loading…", then the data, or the
// sentence and "Try again".
import type { ComponentChildren } from 'preact';
import type { Loading } from './query';

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
