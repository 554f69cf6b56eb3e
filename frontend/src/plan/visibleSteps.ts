// "Hide done steps": which of the plan's steps stay on screen. Only the API's
// status decides what is done; nothing about the plan is worked out here.
import type { Checkpoint } from '../api/types';

/** `keep`: steps shown whatever their status (the one Today opened, one ticked just now). */
export function visibleSteps(
  checkpoints: readonly Checkpoint[],
  hideDone: boolean,
  keep: ReadonlySet<string> = new Set(),
): Checkpoint[] {
  if (!hideDone) return [...checkpoints];
  return checkpoints.filter((c) => c.status !== 'DONE' || (c.id !== undefined && keep.has(c.id)));
}
