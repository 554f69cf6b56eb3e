// Plan statuses and phases in plain words.
import type { Checkpoint, CheckpointStatus, PlanPhase } from '../api/types';

export const CHECKPOINT_STATUS_LABELS: Record<CheckpointStatus, string> = {
  OVERDUE: 'Overdue',
  DUE: 'Due this week',
  UPCOMING: 'Later',
  DONE: 'Done',
};

export const PHASE_LABELS: Record<PlanPhase, string> = {
  PREP: 'Before your first rotation: your kit',
  ROTATION: 'During each rotation',
  COMMITMENTS: 'Month 2: choosing and asking your writers',
  ERAS: 'Month 3: ERAS entries and requests',
  FINISH: 'Month 4 and after: checking, submitting, thanking',
};

export const PHASE_ORDER: PlanPhase[] = ['PREP', 'ROTATION', 'COMMITMENTS', 'ERAS', 'FINISH'];

/** The pill colour of a status. */
export function pillClass(status: Checkpoint['status']): string {
  return status === 'DONE' ? 'ok' : status === 'OVERDUE' ? 'overdue' : status === 'DUE' ? 'due' : 'no';
}

/** The element id of a step on the plan screen (Today links scroll to it). */
export const checkpointElementId = (id: string) => `checkpoint-${id}`;
