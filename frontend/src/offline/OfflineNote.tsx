// Said above a screen shown from the phone's copy: what it is, how old, and
// what still works.
import type { ComponentChildren } from 'preact';
import { formatMoment } from '../story/dates';

export function OfflineNote({ loadedAt, children }: { loadedAt: string | null | undefined; children: ComponentChildren }) {
  return (
    <p class="offline-note" role="status">
      <strong>You're offline — showing what was last loaded</strong>
      {loadedAt ? ` (${formatMoment(loadedAt)})` : ''}. {children}
    </p>
  );
}
