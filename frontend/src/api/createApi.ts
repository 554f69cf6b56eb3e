// Builds the one API client: typed by the contract, with a middleware that
// sends the access token and, when the API answers 401, refreshes the tokens
// once and replays the call. Kept as a factory so tests can pass a fake fetch.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { isTokenPair, type TokenStore } from './tokens';

/** `rejected`: the refresh token is no longer valid (it is then forgotten).
 *  `unreachable`: no answer (offline, server down); the token is kept for later. */
export type RefreshResult = 'refreshed' | 'rejected' | 'unreachable';

export interface ApiOptions {
  tokens: TokenStore;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Called on every answer from the API, whatever its status: proof the connection works. */
  onAnswer?: () => void;
}

export function createApi({ tokens, baseUrl = '', fetch, onAnswer }: ApiOptions) {
  const client = createClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}) });

  // Each refresh token works once, so concurrent 401s must share one refresh:
  // a second call with the same token would be refused and log the user out.
  let refreshing: Promise<RefreshResult> | null = null;
  function refresh(): Promise<RefreshResult> {
    refreshing ??= refreshOnce().finally(() => (refreshing = null));
    return refreshing;
  }

  async function refreshOnce(): Promise<RefreshResult> {
    const refreshToken = tokens.refreshToken();
    if (!refreshToken) return 'rejected';
    try {
      const { data, response } = await client.POST('/api/v1/auth/refresh', { body: { refreshToken } });
      if (isTokenPair(data)) {
        tokens.save(data);
        return 'refreshed';
      }
      if (response.status === 400 || response.status === 401) {
        tokens.clear();
        return 'rejected';
      }
      return 'unreachable';
    } catch {
      return 'unreachable';
    }
  }

  client.use(bearerWithRefresh(tokens, refresh));
  if (onAnswer) client.use({ onResponse: () => void onAnswer() });
  return { client, refresh };
}

export type ApiClient = ReturnType<typeof createApi>['client'];

/** The two auth calls made while logged in: they need the access token like any other call. */
const SIGNED_IN_AUTH_CALLS = new Set(['/api/v1/auth/logout-everywhere', '/api/v1/auth/email-verification']);

/** Auth calls carry their credentials in the body, and a 401 there means
 *  "wrong password" or "bad refresh token": never refresh-and-retry them. */
function isAuthCall(request: Request): boolean {
  const path = new URL(request.url, 'http://localhost').pathname;
  return path.startsWith('/api/v1/auth/') && !SIGNED_IN_AUTH_CALLS.has(path);
}

function bearerWithRefresh(tokens: TokenStore, refresh: () => Promise<RefreshResult>): Middleware {
  // A fetched Request's body is spent, so keep an unsent copy to replay.
  const replays = new Map<string, { copy: Request; tokenSent: string | null }>();

  return {
    async onRequest({ request, id }) {
      if (isAuthCall(request)) return undefined;
      // Opened from the phone's copy (or the token was dropped): get a token
      // first rather than be refused, which costs a round trip on slow Wi-Fi.
      if (!tokens.accessToken() && tokens.refreshToken()) await refresh();
      const token = tokens.accessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      replays.set(id, { copy: request.clone(), tokenSent: token });
      return request;
    },
    async onResponse({ response, id, options }) {
      const replay = replays.get(id);
      replays.delete(id);
      if (!replay || response.status !== 401) return undefined;
      // Another call may already have refreshed while this one was in flight.
      if (tokens.accessToken() === replay.tokenSent && (await refresh()) !== 'refreshed') return undefined;
      const token = tokens.accessToken();
      if (!token) return undefined;
      replay.copy.headers.set('Authorization', `Bearer ${token}`);
      return options.fetch(replay.copy);
    },
    onError({ id }) {
      replays.delete(id);
      return undefined;
    },
  };
}
