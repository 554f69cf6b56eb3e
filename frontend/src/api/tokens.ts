// Where the session's tokens live (the README's "Sessions in the app" explains the choice):
// the access token only in memory, the refresh token in localStorage.
import { browserStorage, type KeyValueStorage } from '../shared/browserStorage';

const REFRESH_TOKEN_KEY = 'lorkit.refreshToken';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/** The contract does not mark the token fields as required: check before trusting them. */
export function isTokenPair(value: { accessToken?: string; refreshToken?: string } | undefined): value is TokenPair {
  return !!value?.accessToken && !!value.refreshToken;
}

export interface TokenStore {
  accessToken(): string | null;
  refreshToken(): string | null;
  save(tokens: TokenPair): void;
  clear(): void;
  /** Calls `listener` after every save or clear; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createTokenStore(storage: KeyValueStorage = browserStorage()): TokenStore {
  let accessToken: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    accessToken: () => accessToken,
    // Read storage each time: another tab may have rotated the token since.
    refreshToken: () => storage.getItem(REFRESH_TOKEN_KEY),
    save(tokens) {
      accessToken = tokens.accessToken;
      storage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
      notify();
    },
    clear() {
      accessToken = null;
      storage.removeItem(REFRESH_TOKEN_KEY);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
