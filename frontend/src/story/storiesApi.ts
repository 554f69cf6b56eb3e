// The story calls the screens make, with failures turned into messages.
import { api } from '../api/client';
import { newIdempotencyKey } from '../api/idempotencyKey';
import { offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import type { Story, StoryInput, StoryPage } from '../api/types';

export const PAGE_SIZE = 20;

export const STORY_INPUTS = ['title', 'summary', 'occurredOn', 'kind', 'whatIDid', 'whatItShows', 'includeInPacket'] as const;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

export async function listStories(page: number): Promise<Result<StoryPage>> {
  try {
    const { data, error, response } = await api.GET('/api/v1/stories', {
      params: { query: { page, size: PAGE_SIZE } },
    });
    if (data) return { ok: true, value: data };
    return { ok: false, errors: problemToFormErrors(error, response.status, []) };
  } catch {
    return { ok: false, errors: offlineErrors() };
  }
}

/**
 * @param idempotencyKey one per story the applicant means to save: a retry
 *   after a lost answer reuses it, so the API saves the story only once.
 */
export async function createStory(input: StoryInput, idempotencyKey: string = newIdempotencyKey()): Promise<Result<Story>> {
  try {
    const { data, error, response } = await api.POST('/api/v1/stories', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: input,
    });
    if (data) return { ok: true, value: data };
    return { ok: false, errors: problemToFormErrors(error, response.status, STORY_INPUTS) };
  } catch {
    return { ok: false, errors: offlineErrors() };
  }
}
