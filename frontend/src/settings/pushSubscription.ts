// Phone notifications in this browser: ask permission, subscribe with the API's
// VAPID key, and hand the subscription to the API (or take it back). The
// browser pieces come in as arguments, so the flow is tested without a browser.
import type { PushSubscriptionInput } from '../api/types';
import type { KeyValueStorage } from '../shared/browserStorage';

/** The applicationServerKey: base64url text to the bytes pushManager.subscribe wants. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export interface PushBrowser {
  supported: boolean;
  /** What the browser says before anything is asked: 'denied' means the applicant (or the browser) blocked it. */
  permission: () => NotificationPermission;
  requestPermission: () => Promise<NotificationPermission>;
  subscription: () => Promise<PushSubscription | null>;
  subscribe: (key: Uint8Array<ArrayBuffer>) => Promise<PushSubscription>;
}

export interface PushApi {
  vapidKey: () => Promise<string | null>;
  save: (subscription: PushSubscriptionInput) => Promise<string | null>;
  remove: (id: string) => Promise<boolean>;
}

/** `unavailable`: the browser's own push service refused or did not answer (a browser without one, as in
 *  some privacy builds and test browsers); `failed`: LORkit could not be reached. */
export type EnableOutcome = 'subscribed' | 'unsupported' | 'denied' | 'unavailable' | 'failed';

/** Where the API's id of this browser's subscription is kept, to take it back later. */
export const SUBSCRIPTION_ID_KEY = 'lorkit.push-subscription-id';

export async function enablePush(browser: PushBrowser, api: PushApi, store: KeyValueStorage): Promise<EnableOutcome> {
  if (!browser.supported) return 'unsupported';
  const permission = await browser.requestPermission();
  if (permission !== 'granted') return 'denied';
  const key = await api.vapidKey();
  if (!key) return 'failed';
  let subscription: PushSubscription;
  try {
    subscription = (await browser.subscription()) ?? (await browser.subscribe(keyBytes(key)));
  } catch {
    return 'unavailable';
  }
  const id = await api.save(subscription.toJSON() as PushSubscriptionInput);
  if (!id) return 'failed';
  store.setItem(SUBSCRIPTION_ID_KEY, id);
  return 'subscribed';
}

/** Whether this browser holds a subscription LORkit knows (made here, and not dropped since by a log out). */
export const subscribedHere = (store: KeyValueStorage): boolean => store.getItem(SUBSCRIPTION_ID_KEY) !== null;

/** Stops pushes to this browser: the API forgets it, then the browser drops the subscription. */
export async function disablePush(browser: PushBrowser, api: PushApi, store: KeyValueStorage): Promise<boolean> {
  const subscription = browser.supported ? await browser.subscription() : null;
  let id = store.getItem(SUBSCRIPTION_ID_KEY);
  if (!id && subscription) id = await api.save(subscription.toJSON() as PushSubscriptionInput);
  if (id && !(await api.remove(id))) return false;
  store.removeItem(SUBSCRIPTION_ID_KEY);
  await subscription?.unsubscribe();
  return true;
}

/**
 * On log out: this phone stops getting the leaving applicant's notifications, so whoever logs in next does not
 * get them (and subscribing again gives them a new endpoint of their own). The browser drops its subscription
 * first: that needs no connection, and the push service then refuses the old endpoint, which makes the API
 * forget it at its next push. Then `api`, speaking for the leaving session (null: there is none left), is asked
 * to forget it now. Never throws: nothing here may stop a log out.
 */
export async function forgetPushOnLogOut(browser: PushBrowser, api: PushApi | null, store: KeyValueStorage): Promise<void> {
  let id = store.getItem(SUBSCRIPTION_ID_KEY);
  store.removeItem(SUBSCRIPTION_ID_KEY);
  let subscription: PushSubscriptionInput | null = null;
  try {
    const current = browser.supported ? await browser.subscription() : null;
    subscription = (current?.toJSON() as PushSubscriptionInput | undefined) ?? null;
    await current?.unsubscribe();
  } catch {
    // The browser refused: its subscription stays, but the API below still forgets it for this account.
  }
  if (!api || (!id && !subscription)) return;
  // No id kept (storage cleared since): posting the endpoint again answers this account's row for it.
  if (!id && subscription) id = await api.save(subscription);
  if (id) await api.remove(id);
}

/** This browser's push machinery, or `supported: false` (iPhone Safari outside an installed app, old browsers). */
export function realPushBrowser(): PushBrowser {
  const supported =
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    typeof window !== 'undefined' &&
    'PushManager' in window &&
    'Notification' in window;
  return {
    supported,
    permission: () => (supported ? Notification.permission : 'denied'),
    requestPermission: () => Notification.requestPermission(),
    // getRegistration, not ready: ready waits for ever where no service worker was registered (a log out
    // must not hang on it); no worker means no subscription.
    subscription: async () => (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription() ?? null,
    subscribe: async (key) =>
      (await navigator.serviceWorker.ready).pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }),
  };
}
