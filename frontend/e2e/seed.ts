// Data made straight through the API, for what a test needs in place but does
// not test (e.g. four more writers to reach a program's cap of letters).
import { expect, type APIRequestContext } from '@playwright/test';
import { baseUrl, type Account } from './support';

export async function apiAs(request: APIRequestContext, account: Account) {
  const login = await request.post(`${baseUrl()}/api/v1/auth/login`, { data: { email: account.email, password: account.password } });
  expect(login.status()).toBe(200);
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  return {
    async post<T = { id: string }>(path: string, data: unknown): Promise<T> {
      const response = await request.post(`${baseUrl()}/api/v1${path}`, { headers, data });
      expect(response.status(), await response.text()).toBe(201);
      return response.json();
    },
    async get<T = unknown>(path: string): Promise<T> {
      const response = await request.get(`${baseUrl()}/api/v1${path}`, { headers });
      expect(response.status()).toBe(200);
      return response.json();
    },
    /** An attending with a letter request on the board: one more possible letter. */
    async writerWithLetter(name: string): Promise<{ attendingId: string; letterId: string }> {
      const attending = await this.post('/attendings', { name, role: 'COMMUNITY_ATTENDING' });
      const letter = await this.post('/letters', { attendingId: attending.id });
      return { attendingId: attending.id, letterId: letter.id };
    },
  };
}
