// The client of the public pages (a writer's page, an adviser's view: #/s/<token>): typed by the same
// contract, but it never sends the applicant's token (no Authorization header, no refresh) nor any
// cookie (`credentials: 'omit'`). The link's token in the address is the only proof. Kept apart from
// api/client.ts so a page opened on a writer's computer can never speak for whoever is logged in there.
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export interface PublicApiOptions {
  baseUrl?: string;
  fetch?: (input: Request) => Promise<Response>;
}

export function createPublicApi({ baseUrl = '', fetch }: PublicApiOptions = {}) {
  return createClient<paths>({ baseUrl, credentials: 'omit', ...(fetch ? { fetch } : {}) });
}

export type PublicApiClient = ReturnType<typeof createPublicApi>;

export const publicApi = createPublicApi();
