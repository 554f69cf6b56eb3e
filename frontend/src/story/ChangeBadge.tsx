import type { ShownStory } from './pendingView';
import { changeLabel } from './changeLabel';

/** The mark on a story whose changes are still in the outbox, or need the applicant. */
export function ChangeBadge({ shown, withDetail = false }: { shown: ShownStory; withDetail?: boolean }) {
  const label = changeLabel(shown);
  if (!label) return null;
  return (
    <p class={`change-badge ${label.tone}`}>
      <span class="badge-text">{label.text}</span>
      {withDetail && label.detail && <span class="badge-detail"> {label.detail}</span>}
    </p>
  );
}
