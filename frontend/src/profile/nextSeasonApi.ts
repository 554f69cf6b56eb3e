// Starting the next season (reapplicants): one POST, the API says what it did.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { NextSeason } from '../api/types';

export function startNextSeason(): Promise<Result<NextSeason>> {
  return callApi(() => api.POST('/api/v1/profile/next-season'));
}
