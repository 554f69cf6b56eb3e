// The season plan: read it, tick a checkpoint by hand, take a tick back. The
// API decides every date and status; the screen shows what it answers.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { Checkpoint, Plan } from '../api/types';

export function getPlan(): Promise<Result<Plan>> {
  return callApi(() => api.GET('/api/v1/plan'));
}

/** `on`: the day it was done ('' or absent: today, in the applicant's time zone). */
export function tickCheckpoint(id: string, on?: string): Promise<Result<Checkpoint>> {
  return callApi(
    () => api.POST('/api/v1/plan/{checkpointId}/done', { params: { path: { checkpointId: id } }, body: on ? { on } : {} }),
    ['on'],
  );
}

export function untickCheckpoint(id: string): Promise<Result<void>> {
  return callApi(() => api.DELETE('/api/v1/plan/{checkpointId}/done', { params: { path: { checkpointId: id } } }));
}
