// Data made straight through the API, for what a test needs in place but does
// not test (e.g. four more writers to reach a program's cap of letters).
import { expect, type APIRequestContext } from '@playwright/test';
import { baseUrl, bearer, type Account } from './support';

export async function apiAs(request: APIRequestContext, account: Account) {
  const headers = await bearer(request, account);
  const url = (path: string) => `${baseUrl()}/api/v1${path}`;
  /** Any 2xx, or the test fails with the API's answer. */
  async function send(method: 'post' | 'put', path: string, data: unknown, extra: Record<string, string> = {}) {
    const response = await request[method](url(path), { headers: { ...headers, ...extra }, data });
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
    return response;
  }
  return {
    headers,
    send,
    async post<T = { id: string }>(path: string, data: unknown): Promise<T> {
      const response = await send('post', path, data);
      expect(response.status(), await response.text()).toBe(201);
      return response.json();
    },
    async get<T = unknown>(path: string): Promise<T> {
      const response = await request.get(url(path), { headers });
      expect(response.status()).toBe(200);
      return response.json();
    },
    /** The target sheet of the 2027 internal-medicine season (ERAS opens June 2, submission by September 8). */
    async seasonProfile(): Promise<void> {
      const profile = await request.get(url('/profile'), { headers });
      const etag = profile.headers()['etag'];
      await send(
        'put',
        '/profile',
        { targetSpecialty: 'internal medicine', season: 2027, erasOpensOn: '2027-06-02', submissionTargetOn: '2027-09-08' },
        etag ? { 'If-Match': etag } : {},
      );
    },
    /** An attending with a letter request on the board: one more possible letter. */
    async writerWithLetter(name: string): Promise<{ attendingId: string; letterId: string }> {
      const attending = await this.post('/attendings', { name, role: 'COMMUNITY_ATTENDING' });
      const letter = await this.post('/letters', { attendingId: attending.id });
      return { attendingId: attending.id, letterId: letter.id };
    },
  };
}
