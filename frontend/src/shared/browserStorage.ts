// localStorage, or memory when it is missing or blocked (some private modes
// throw on access): the app keeps working, it just forgets on reload.

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

export function browserStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = '__lorkit_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}

export function memoryStorage(): KeyValueStorage {
  const memory = new Map<string, string>();
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
    key: (index) => [...memory.keys()][index] ?? null,
    get length() {
      return memory.size;
    },
  };
}

/**
 * Removes everything the app keeps per applicant on this phone: drafts, last choices (every such
 * key is `lorkit.<what>.<userId>` or `lorkit.<what>.<userId>.<item>`), and only that applicant's.
 * Used when the account is deleted; a new kind of per-applicant key is covered without a change here.
 */
export function removeEverythingOf(storage: KeyValueStorage, userId: string): void {
  if (!storage.key || storage.length === undefined || !userId) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith('lorkit.') && (key.endsWith(`.${userId}`) || key.includes(`.${userId}.`))) keys.push(key);
  }
  keys.forEach((key) => storage.removeItem(key));
}
