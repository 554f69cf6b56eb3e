// The outbox's calls to the API, each answer sorted into what the outbox does next.
import type { ApiClient } from '../api/createApi';
import { problemToFormErrors } from '../api/problem';
import type { Story } from '../api/types';
import { STORY_INPUTS } from '../story/storyInputs';
import type { SendResult, StorySender } from './sendResult';

/** Hospital Wi-Fi can hold a request for minutes without failing it: give up
 *  sooner and try again later (creates are safe to repeat, edits are checked). */
const ANSWER_TIMEOUT_MS = 30_000;

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** @param sessionLost true once the tokens were refused: a 401 then means "log in again",
 *  not "the refresh could not get through" (which is just no answer). */
export function createStorySender(api: ApiClient, sessionLost: () => boolean): StorySender {
  const timeout = () => AbortSignal.timeout(ANSWER_TIMEOUT_MS);

  async function call(request: () => Promise<Answer>): Promise<SendResult> {
    let answer: Answer;
    try {
      answer = await request();
    } catch {
      return { kind: 'noAnswer' };
    }
    return sortAnswer(answer, sessionLost());
  }

  return {
    create: (input, idempotencyKey) =>
      call(() => api.POST('/api/v1/stories', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: input, signal: timeout() })),
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

export function sortAnswer({ data, error, response }: Answer, sessionLost: boolean): SendResult {
  const { status } = response;
  if (status === 204) return { kind: 'deleted' };
  if (response.ok && isStory(data)) return { kind: 'stored', story: data, etag: response.headers.get('ETag') ?? `"${data.version}"` };
  if (status === 401) return sessionLost ? { kind: 'signedOut' } : { kind: 'noAnswer' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 412) return { kind: 'stale' };
  if (status === 408 || status === 429 || status >= 500 || response.ok) {
    const retryAfterMs = retryAfter(response.headers.get('Retry-After'));
    const [message] = problemToFormErrors(error, status >= 500 || response.ok ? 503 : status, []).form;
    return { kind: 'busy', message: message!, ...(retryAfterMs ? { retryAfterMs } : {}) };
  }
  return { kind: 'refused', errors: problemToFormErrors(error, status, STORY_INPUTS) };
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return ms > 0 ? Math.min(ms, 60 * 60_000) : undefined;
}

function isStory(value: unknown): value is Story {
  return typeof value === 'object' && value !== null && typeof (value as Story).id === 'string';
}
