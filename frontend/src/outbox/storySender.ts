// The outbox's calls to the story API, each answer sorted into what the outbox
// does next (sortAnswer serves the feedback sender too).
import type { ApiClient } from '../api/createApi';
import { problemToFormErrors } from '../api/problem';
import type { Story } from '../api/types';
import { STORY_INPUTS } from '../story/storyInputs';
import type { SendResult, StorySender } from './sendResult';

/** Hospital Wi-Fi can hold a request for minutes without failing it: give up
 *  sooner and try again later (creates are safe to repeat, edits are checked). */
const ANSWER_TIMEOUT_MS = 30_000;
export const answerTimeout = () => AbortSignal.timeout(ANSWER_TIMEOUT_MS);

export interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** @param sessionLost true once the tokens were refused: a 401 then means "log in again",
 *  not "the refresh could not get through" (which is just no answer). */
export function createStorySender(api: ApiClient, sessionLost: () => boolean): StorySender {
  const timeout = answerTimeout;
  const call = (request: () => Promise<Answer>) => callForOutbox<Story>(request, sessionLost, STORY_INPUTS);

  return {
    create: (input, idempotencyKey) =>
      call(() =>
        api.POST('/api/v1/stories', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: input,
          signal: timeout(),
        }),
      ),
    update: (id, input, ifMatch) =>
      call(() =>
        api.PUT('/api/v1/stories/{id}', {
          params: { path: { id }, header: ifMatch ? { 'If-Match': ifMatch } : {} },
          body: input,
          signal: timeout(),
        }),
      ),
    remove: (id, ifMatch) =>
      call(() =>
        api.DELETE('/api/v1/stories/{id}', {
          params: { path: { id }, header: ifMatch ? { 'If-Match': ifMatch } : {} },
          signal: timeout(),
        }),
      ),
    fetch: (id) => call(() => api.GET('/api/v1/stories/{id}', { params: { path: { id } }, signal: timeout() })),
  };
}

/** One call, with no answer at all (offline, timeout) sorted as `noAnswer`. */
export async function callForOutbox<T>(
  request: () => Promise<Answer>,
  sessionLost: () => boolean,
  inputs: readonly string[],
): Promise<SendResult<T>> {
  let answer: Answer;
  try {
    answer = await request();
  } catch {
    return { kind: 'noAnswer' };
  }
  return sortAnswer<T>(answer, sessionLost(), inputs);
}

/** @param inputs the form's inputs, so a refusal's messages land next to them. */
export function sortAnswer<T = Story>(
  { data, error, response }: Answer,
  sessionLost: boolean,
  inputs: readonly string[] = STORY_INPUTS,
): SendResult<T> {
  const { status } = response;
  if (status === 204) return { kind: 'deleted' };
  if (response.ok && hasId(data))
    return { kind: 'stored', item: data as T, etag: response.headers.get('ETag') ?? `"${data.version}"` };
  if (status === 401) return sessionLost ? { kind: 'signedOut' } : { kind: 'noAnswer' };
  // A 404 that names a field is about the content (a rotation or attending deleted
  // meanwhile), not about the item itself: the applicant has to choose another.
  if (status === 404 && namesFields(error)) return { kind: 'refused', errors: problemToFormErrors(error, status, inputs) };
  if (status === 404) return { kind: 'notFound' };
  if (status === 412) return { kind: 'stale' };
  if (status === 408 || status === 429 || status >= 500 || response.ok) {
    const retryAfterMs = retryAfter(response.headers.get('Retry-After'));
    const [message] = problemToFormErrors(error, status >= 500 || response.ok ? 503 : status, []).form;
    return { kind: 'busy', message: message!, ...(retryAfterMs ? { retryAfterMs } : {}) };
  }
  return { kind: 'refused', errors: problemToFormErrors(error, status, inputs) };
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return ms > 0 ? Math.min(ms, 60 * 60_000) : undefined;
}

function hasId(value: unknown): value is { id: string; version?: number } {
  return typeof value === 'object' && value !== null && typeof (value as Story).id === 'string';
}

function namesFields(problem: unknown): boolean {
  const errors = (problem as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0;
}
