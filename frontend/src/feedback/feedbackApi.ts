// Feedback read and changed online: the list with its filters, one piece with
// its version, edits and deletes with If-Match. New feedback goes through the
// outbox instead (outbox/appOutbox.ts), so it is never lost offline.
import { api } from '../api/client';
import { callApi, ifMatch, type Result } from '../api/result';
import type { Feedback, FeedbackInput, FeedbackKind } from '../api/types';
import { FEEDBACK_INPUTS } from './feedbackInputs';

export interface FeedbackFilter {
  attendingId?: string;
  rotationId?: string;
  kind?: FeedbackKind;
}

export function listFeedback(filter: FeedbackFilter): Promise<Result<Feedback[]>> {
  const query = Object.fromEntries(Object.entries(filter).filter(([, value]) => value));
  return callApi(async () => {
    const answer = await api.GET('/api/v1/feedback', { params: { query: { size: 100, sort: 'receivedOn,desc', ...query } } });
    return { ...answer, data: answer.data?.items };
  }, []);
}

export function getFeedback(id: string): Promise<Result<Feedback>> {
  return callApi(() => api.GET('/api/v1/feedback/{id}', { params: { path: { id } } }), []);
}

export function updateFeedback(existing: Feedback, input: FeedbackInput): Promise<Result<Feedback>> {
  return callApi(
    () =>
      api.PUT('/api/v1/feedback/{id}', {
        params: { path: { id: existing.id! }, header: ifMatch(existing.version) },
        body: input,
      }),
    FEEDBACK_INPUTS,
  );
}

export function deleteFeedback(existing: Feedback): Promise<Result<void>> {
  return callApi(
    () => api.DELETE('/api/v1/feedback/{id}', { params: { path: { id: existing.id! }, header: ifMatch(existing.version) } }),
    [],
  );
}
