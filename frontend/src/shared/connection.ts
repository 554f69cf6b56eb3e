// Whether the browser thinks it is online. Only a hint (hospital Wi-Fi can be
// "connected" and useless): the outbox and the list learn the truth from each
// call, but this says when it is worth trying again at once.
import { createStore, useStore } from './store';

export const online = createStore<boolean>(globalThis.navigator?.onLine ?? true);
globalThis.addEventListener?.('online', () => online.set(true));
globalThis.addEventListener?.('offline', () => online.set(false));

export function useOnline(): boolean {
  return useStore(online);
}

/** Calls `listener` each time the browser comes back online; returns the unsubscribe function. */
export function onReconnect(listener: () => void): () => void {
  return online.subscribe((isOnline) => isOnline && listener());
}

const answerListeners = new Set<() => void>();

/** The API answered a call (any status): the connection works, whatever the
 *  browser's online flag said. Called by the API client on every answer. */
export function apiAnswered(): void {
  answerListeners.forEach((listener) => listener());
}

/** Calls `listener` after each answer from the API; returns the unsubscribe function. */
export function onApiAnswer(listener: () => void): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}
