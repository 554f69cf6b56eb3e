// The outbox's call for feedback logged on the phone: a create with the
// Idempotency-Key kept across retries, so a lost answer never makes two.
import type { ApiClient } from '../api/createApi';
import type { Feedback } from '../api/types';
import { FEEDBACK_INPUTS } from '../feedback/feedbackInputs';
import type { FeedbackSender } from './sendResult';
import { answerTimeout, callForOutbox } from './storySender';

export function createFeedbackSender(api: ApiClient, sessionLost: () => boolean): FeedbackSender {
  return {
    createFeedback: (input, idempotencyKey) =>
      callForOutbox<Feedback>(
        () =>
          api.POST('/api/v1/feedback', {
            params: { header: { 'Idempotency-Key': idempotencyKey } },
            body: input,
            signal: answerTimeout(),
          }),
        sessionLost,
        FEEDBACK_INPUTS,
      ),
  };
}
