// Where LORkit keeps what must survive a reload, a closed tab or a dead
// battery: the outbox of unsent changes and the last data loaded. IndexedDB
// (through idb-keyval), because it holds far more than localStorage and does
// not block the page while writing.
import { createStore as createIdbStore, del, get, set, update, type UseStore } from 'idb-keyval';

export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Reads and writes in one transaction, so two tabs cannot overwrite each other's change. */
  update<T>(key: string, change: (old: T | undefined) => T): Promise<void>;
}

export function idbKeyValue(dbName = 'lorkit', storeName = 'kv'): KeyValue {
  let store: UseStore | null = null;
  const db = () => (store ??= createIdbStore(dbName, storeName));
  return {
    get: (key) => get(key, db()),
    set: (key, value) => set(key, value, db()),
    del: (key) => del(key, db()),
    update: (key, change) => update(key, change, db()),
  };
}

/** For browsers without IndexedDB (rare private modes) and for tests: lives as long as the page. */
export function memoryKeyValue(): KeyValue {
  const map = new Map<string, unknown>();
  // structuredClone: callers must not be able to change stored values by reference, as with IndexedDB.
  return {
    get: async <T>(key: string) => structuredClone(map.get(key)) as T | undefined,
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
    update: async <T>(key: string, change: (old: T | undefined) => T) =>
      void map.set(key, structuredClone(change(structuredClone(map.get(key)) as T | undefined))),
  };
}

export function browserKeyValue(): KeyValue {
  return typeof indexedDB === 'undefined' ? memoryKeyValue() : idbKeyValue();
}
