// The shared pages' client speaks for nobody: whoever is logged in on this browser, its calls carry
// no Authorization header and no cookie.
import { describe, expect, it } from 'vitest';
import { createPublicApi } from './publicClient';

describe('the public client', () => {
  it('sends no Authorization header and asks the browser to send no cookies', async () => {
    const seen: Request[] = [];
    const client = createPublicApi({
      baseUrl: 'http://127.0.0.1:9',
      fetch: async (request) => {
        seen.push(request);
        return new Response(JSON.stringify({ kind: 'WRITER' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      },
    });
    const { data } = await client.GET('/api/v1/shared/{token}', { params: { path: { token: 'abc' } } });
    expect(data?.kind).toBe('WRITER');
    expect(seen).toHaveLength(1);
    expect(new URL(seen[0]!.url).pathname).toBe('/api/v1/shared/abc');
    expect(seen[0]!.headers.get('Authorization')).toBeNull();
    expect(seen[0]!.credentials).toBe('omit');
  });
});
