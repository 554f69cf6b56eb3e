import { beforeEach, describe, expect, it } from 'vitest';
import { createApi } from './createApi';
import { createTokenStore, type TokenStore } from './tokens';

/** A stand-in API: access tokens "A1", "A2"… and refresh tokens "R1", "R2"…,
 *  where each refresh token works once and only the newest access token is valid. */
class FakeApi {
  generation = 1;
  refreshCalls = 0;
  offline = false;
  seen: { path: string; auth: string | null; body: string }[] = [];

  fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const request = input as Request;
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = new URL(request.url).pathname;
    const body = await request.text();
    this.seen.push({ path, auth: request.headers.get('Authorization'), body });

    if (path === '/api/v1/auth/refresh') {
      this.refreshCalls++;
      await new Promise((resolve) => setTimeout(resolve, 5)); // let concurrent callers pile up
      if (JSON.parse(body).refreshToken !== `R${this.generation}`) return problem(401);
      this.generation++;
      return json(200, {
        accessToken: `A${this.generation}`,
        refreshToken: `R${this.generation}`,
        expiresIn: 900,
        tokenType: 'Bearer',
      });
    }
    if (path === '/api/v1/auth/login') return problem(401);
    if (request.headers.get('Authorization') !== `Bearer A${this.generation}`) return problem(401);
    if (path === '/api/v1/stories' && request.method === 'POST') return json(201, { id: 's1', ...JSON.parse(body) });
    return json(200, { id: 'u1', email: 'ana@example.org', displayName: 'Ana', createdAt: '2025-01-01T00:00:00Z' });
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function problem(status: number): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Not signed in', status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('API client', () => {
  let server: FakeApi;
  let storage: ReturnType<typeof memoryStorage>;
  let tokens: TokenStore;
  let api: ReturnType<typeof createApi>;

  beforeEach(() => {
    server = new FakeApi();
    storage = memoryStorage();
    tokens = createTokenStore(storage);
    api = createApi({ tokens, baseUrl: 'http://lorkit.test', fetch: server.fetch });
  });

  it('keeps the access token in memory and the refresh token in storage', () => {
    tokens.save({ accessToken: 'A1', refreshToken: 'R1' });
    expect(tokens.accessToken()).toBe('A1');
    expect([...storage.map.values()]).toEqual(['R1']);
    tokens.clear();
    expect(tokens.accessToken()).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('sends the access token as a Bearer header', async () => {
    tokens.save({ accessToken: 'A1', refreshToken: 'R1' });
    const { data } = await api.client.GET('/api/v1/me');
    expect(data?.displayName).toBe('Ana');
    expect(server.seen[0]?.auth).toBe('Bearer A1');
  });

  it('on a 401, refreshes once, stores the rotated tokens and replays the call with its body', async () => {
    tokens.save({ accessToken: 'expired', refreshToken: 'R1' });
    const { data, response } = await api.client.POST('/api/v1/stories', {
      params: { header: { 'Idempotency-Key': 'k-1' } },
      body: { summary: 'Presented at morning report.' },
    });
    expect(response.status).toBe(201);
    expect(data?.summary).toBe('Presented at morning report.');
    expect(server.refreshCalls).toBe(1);
    expect(tokens.accessToken()).toBe('A2');
    expect(tokens.refreshToken()).toBe('R2');
    expect(server.seen.map((s) => s.path)).toEqual(['/api/v1/stories', '/api/v1/auth/refresh', '/api/v1/stories']);
    expect(server.seen[2]).toMatchObject({ auth: 'Bearer A2', body: '{"summary":"Presented at morning report."}' });
  });

  it('with only a refresh token (app opened from the copy on the phone), refreshes before the call', async () => {
    storage.setItem('lorkit.refreshToken', 'R1');
    const results = await Promise.all([api.client.GET('/api/v1/me'), api.client.GET('/api/v1/stories')]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200]);
    expect(server.seen.map((s) => s.path)).toEqual(['/api/v1/auth/refresh', '/api/v1/me', '/api/v1/stories']);
    expect(server.seen.slice(1).map((s) => s.auth)).toEqual(['Bearer A2', 'Bearer A2']);
  });

  it('shares one refresh between calls that fail together (each refresh token works once)', async () => {
    tokens.save({ accessToken: 'expired', refreshToken: 'R1' });
    const results = await Promise.all([api.client.GET('/api/v1/me'), api.client.GET('/api/v1/me'), api.client.GET('/api/v1/me')]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(server.refreshCalls).toBe(1);
    expect(tokens.refreshToken()).toBe('R2');
  });

  it('retries only once: a second 401 is returned to the caller', async () => {
    tokens.save({ accessToken: 'expired', refreshToken: 'R1' });
    const realFetch = server.fetch;
    // The API refuses every non-auth call, even with a fresh token.
    server.fetch = async (input) => {
      const request = input as Request;
      return request.url.includes('/auth/') ? realFetch(request) : problem(401);
    };
    api = createApi({ tokens, baseUrl: 'http://lorkit.test', fetch: (input) => server.fetch(input) });
    const { response } = await api.client.GET('/api/v1/me');
    expect(response.status).toBe(401);
    expect(server.refreshCalls).toBe(1);
  });

  it('forgets the tokens when the refresh token is refused, and tells listeners', async () => {
    tokens.save({ accessToken: 'expired', refreshToken: 'stolen-or-old' });
    let notified = 0;
    tokens.subscribe(() => notified++);
    const { response } = await api.client.GET('/api/v1/me');
    expect(response.status).toBe(401);
    expect(tokens.refreshToken()).toBeNull();
    expect(tokens.accessToken()).toBeNull();
    expect(notified).toBe(1);
  });

  it('keeps the refresh token when the API cannot be reached', async () => {
    tokens.save({ accessToken: 'expired', refreshToken: 'R1' });
    server.offline = true;
    expect(await api.refresh()).toBe('unreachable');
    expect(tokens.refreshToken()).toBe('R1');
  });

  it('ignores a refresh answer without both tokens (the contract does not mark them required)', async () => {
    tokens.save({ accessToken: 'expired', refreshToken: 'R1' });
    const broken = createApi({
      tokens,
      baseUrl: 'http://lorkit.test',
      fetch: async () => json(200, { tokenType: 'Bearer' }),
    });
    expect(await broken.refresh()).toBe('unreachable');
    expect(tokens.refreshToken()).toBe('R1');
  });

  it('never refreshes for a failed login (401 there means a wrong password)', async () => {
    tokens.save({ accessToken: 'A1', refreshToken: 'R1' });
    const { response } = await api.client.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'wrong-one' } });
    expect(response.status).toBe(401);
    expect(server.refreshCalls).toBe(0);
    expect(server.seen[0]?.auth).toBeNull();
  });

  it('sends the access token with "log out everywhere" and "send the confirmation again", made while logged in', async () => {
    tokens.save({ accessToken: 'A1', refreshToken: 'R1' });
    const everywhere = await api.client.POST('/api/v1/auth/logout-everywhere', { params: { query: { endShareLinks: true } } });
    const verification = await api.client.POST('/api/v1/auth/email-verification');
    expect([everywhere.response.status, verification.response.status]).toEqual([200, 200]);
    expect(server.seen.map((s) => [s.path, s.auth])).toEqual([
      ['/api/v1/auth/logout-everywhere', 'Bearer A1'],
      ['/api/v1/auth/email-verification', 'Bearer A1'],
    ]);
  });

  it('resumes a session from the stored refresh token alone (as after a reload)', async () => {
    storage.setItem('lorkit.refreshToken', 'R1');
    const reloaded = createTokenStore(storage);
    const afterReload = createApi({ tokens: reloaded, baseUrl: 'http://lorkit.test', fetch: server.fetch });
    expect(reloaded.accessToken()).toBeNull();
    expect(await afterReload.refresh()).toBe('refreshed');
    expect(reloaded.accessToken()).toBe('A2');
  });
});
