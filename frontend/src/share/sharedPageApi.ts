// The public side: the page a link opens, and the writer's three answers. Through the public client
// only (no login, no cookies), whoever is logged in on this browser.
import { publicApi, type PublicApiClient } from '../api/publicClient';
import { callApi, type Result } from '../api/result';
import type { SharedPage, WriterAnswer, WriterWord } from '../api/types';

export const GONE_MESSAGE = 'This link does not work any more. Ask the applicant for a new one.';
export const TOO_MANY_MESSAGE = 'Too many opens in a minute; try again shortly.';

const BY_STATUS = { 404: GONE_MESSAGE, 429: TOO_MANY_MESSAGE };

/** Opening the page counts one view. */
export function getSharedPage(token: string, client: PublicApiClient = publicApi): Promise<Result<SharedPage>> {
  return callApi(() => client.GET('/api/v1/shared/{token}', { params: { path: { token } } }), [], BY_STATUS);
}

export function answerSharedPage(
  token: string,
  answer: WriterAnswer,
  note: string,
  client: PublicApiClient = publicApi,
): Promise<Result<WriterWord>> {
  return callApi(
    () =>
      client.POST('/api/v1/shared/{token}/answers', {
        params: { path: { token } },
        body: { answer, note: note.trim() || null },
      }),
    ['note'],
    BY_STATUS,
  );
}
