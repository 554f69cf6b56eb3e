// The portfolio: the applicant's letters against the rule of 2-4, with the
// API's counts and checks. Read only: nothing here is worked out on the phone.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { Portfolio } from '../api/types';

export function getPortfolio(): Promise<Result<Portfolio>> {
  return callApi(() => api.GET('/api/v1/portfolio'));
}
