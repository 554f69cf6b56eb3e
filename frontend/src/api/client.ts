// The app's single API client and token store. Everything that talks to the
// API imports `api` from here.
import { apiAnswered } from '../shared/connection';
import { memoryStorage } from '../shared/browserStorage';
import { createApi, type ApiClient } from './createApi';
import { createTokenStore } from './tokens';

export const tokens = createTokenStore();
export const { client: api, refresh } = createApi({ tokens, onAnswer: apiAnswered });

/**
 * A client that speaks for a session this app has just let go of (a log out's last calls, made after the
 * screen has changed): its tokens live in memory only and are gone with it. No access token: it refreshes
 * first with the refresh token, as the app's own client does.
 */
export function clientOf(session: { accessToken: string | null; refreshToken: string }): ApiClient {
  const own = createTokenStore(memoryStorage());
  own.save({ accessToken: session.accessToken ?? '', refreshToken: session.refreshToken });
  return createApi({ tokens: own }).client;
}
