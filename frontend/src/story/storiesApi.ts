// The story reads the screens make, with failures turned into messages.
// Writes (create, edit, delete) go through the outbox instead (src/outbox).
import { api, tokens } from '../api/client';
import { offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import type { Story, StoryPage } from '../api/types';

export const PAGE_SIZE = 20;

/** `offline`: no answer at all, as opposed to an answer that is an error. */
export type Result<T> = { ok: true; value: T } | { ok: false; offline: boolean; errors: FormErrors };

export async function listStories(page: number): Promise<Result<StoryPage>> {
  try {
    const { data, error, response } = await api.GET('/api/v1/stories', {
      params: { query: { page, size: PAGE_SIZE } },
    });
    if (data) return { ok: true, value: data };
    return { ok: false, offline: refreshFailed(response), errors: problemToFormErrors(error, response.status, []) };
  } catch {
    return { ok: false, offline: true, errors: offlineErrors() };
  }
}

/** One story with its ETag (the version an edit must name in If-Match). */
export async function getStory(id: string): Promise<Result<{ story: Story; etag: string }> & { notFound?: boolean }> {
  try {
    const { data, error, response } = await api.GET('/api/v1/stories/{id}', { params: { path: { id } } });
    if (data) return { ok: true, value: { story: data, etag: response.headers.get('ETag') ?? `"${data.version}"` } };
    return {
      ok: false,
      offline: refreshFailed(response),
      notFound: response.status === 404,
      errors: problemToFormErrors(error, response.status, []),
    };
  } catch {
    return { ok: false, offline: true, errors: offlineErrors() };
  }
}

/** A 401 while the refresh token is still kept means the refresh itself got no
 *  answer (a refused one forgets the token and logs out): that is being offline. */
function refreshFailed(response: Response): boolean {
  return response.status === 401 && !!tokens.refreshToken();
}
