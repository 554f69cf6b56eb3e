// Where the session's tokens live (SESSION.md explains the choice):
// the access token only in memory, the refresh token in localStorage.

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

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

/** localStorage, or memory when it is missing or blocked (some private modes throw on access). */
function browserStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = '__lorkit_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}
