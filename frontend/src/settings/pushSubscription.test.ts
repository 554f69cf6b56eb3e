import { describe, expect, it } from 'vitest';
import {
  disablePush,
  enablePush,
  forgetPushOnLogOut,
  keyBytes,
  SUBSCRIPTION_ID_KEY,
  type PushApi,
  type PushBrowser,
} from './pushSubscription';
import { formOf, toInput } from './notificationForm';

function memoryStore(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

const subscriptionJson = {
  endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
  keys: { p256dh: 'BCVx', auth: 'BTBZ' },
};

function fakeBrowser(permission: NotificationPermission, calls: string[]): PushBrowser {
  let current: PushSubscription | null = null;
  const subscription = {
    toJSON: () => subscriptionJson,
    unsubscribe: async () => {
      calls.push('unsubscribe');
      current = null;
      return true;
    },
  } as unknown as PushSubscription;
  return {
    supported: true,
    permission: () => 'default',
    requestPermission: async () => permission,
    subscription: async () => current,
    subscribe: async (key) => {
      calls.push(`subscribe:${key.length}`);
      current = subscription;
      return subscription;
    },
  };
}

function fakeApi(calls: string[]): PushApi {
  return {
    vapidKey: async () => 'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8',
    save: async (s) => {
      calls.push(`save:${s.endpoint}`);
      return 'sub-1';
    },
    remove: async (id) => {
      calls.push(`remove:${id}`);
      return true;
    },
  };
}

/** A phone subscribed through enablePush, with the calls of that forgotten. */
async function subscribedPhone() {
  const calls: string[] = [];
  const browser = fakeBrowser('granted', calls);
  const store = memoryStore();
  await enablePush(browser, fakeApi(calls), store);
  calls.length = 0;
  return { calls, browser, store };
}

describe('phone notifications', () => {
  it('turns the base64url VAPID key into the 65 bytes of an uncompressed P-256 point', () => {
    const bytes = keyBytes('BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8');
    expect(bytes.length).toBe(65);
    expect(bytes[0]).toBe(4);
    expect(bytes[64]).toBe(0x0f);
  });

  it('asks permission, subscribes with the server key and hands the subscription to the API', async () => {
    const calls: string[] = [];
    const store = memoryStore();
    expect(await enablePush(fakeBrowser('granted', calls), fakeApi(calls), store)).toBe('subscribed');
    expect(calls).toEqual(['subscribe:65', 'save:https://fcm.googleapis.com/fcm/send/abc']);
    expect(store.getItem(SUBSCRIPTION_ID_KEY)).toBe('sub-1');
  });

  it('stops without subscribing when notifications are blocked', async () => {
    const calls: string[] = [];
    expect(await enablePush(fakeBrowser('denied', calls), fakeApi(calls), memoryStore())).toBe('denied');
    expect(calls).toEqual([]);
  });

  it('says so when the browser has no push at all (iPhone Safari outside the installed app)', async () => {
    const browser = { ...fakeBrowser('granted', []), supported: false };
    expect(await enablePush(browser, fakeApi([]), memoryStore())).toBe('unsupported');
  });

  it('tells a browser whose push service refuses (no push service here) from LORkit out of reach', async () => {
    const calls: string[] = [];
    const noPushService: PushBrowser = {
      ...fakeBrowser('granted', calls),
      subscribe: () => Promise.reject(new DOMException('Registration failed - push service not available', 'AbortError')),
    };
    expect(await enablePush(noPushService, fakeApi(calls), memoryStore())).toBe('unavailable');
    expect(calls).toEqual([]);
    const lorkitAway: PushApi = { ...fakeApi(calls), save: async () => null };
    expect(await enablePush(fakeBrowser('granted', calls), lorkitAway, memoryStore())).toBe('failed');
  });

  it('turning off makes the API forget this browser, then drops the browser subscription', async () => {
    const { calls, browser, store } = await subscribedPhone();
    expect(await disablePush(browser, fakeApi(calls), store)).toBe(true);
    expect(calls).toEqual(['remove:sub-1', 'unsubscribe']);
    expect(store.getItem(SUBSCRIPTION_ID_KEY)).toBeNull();
  });

  it("logging out drops this browser's subscription and makes the API forget it, so the next person gets nothing", async () => {
    const { calls, browser, store } = await subscribedPhone();
    await forgetPushOnLogOut(browser, fakeApi(calls), store);
    expect(calls).toEqual(['unsubscribe', 'remove:sub-1']);
    expect(await browser.subscription()).toBeNull();
    expect(store.getItem(SUBSCRIPTION_ID_KEY)).toBeNull();
  });

  it('with no session left to ask the API (account deleted, password reset), the browser still drops it', async () => {
    const { calls, browser, store } = await subscribedPhone();
    await forgetPushOnLogOut(browser, null, store);
    expect(calls).toEqual(['unsubscribe']);
    expect(store.getItem(SUBSCRIPTION_ID_KEY)).toBeNull();
  });

  it('with the kept id lost, learns it by posting the endpoint again, then has it forgotten', async () => {
    const { calls, browser, store } = await subscribedPhone();
    store.clear();
    await forgetPushOnLogOut(browser, fakeApi(calls), store);
    expect(calls).toEqual(['unsubscribe', 'save:https://fcm.googleapis.com/fcm/send/abc', 'remove:sub-1']);
  });

  it('a browser that refuses, or an API out of reach, never stops the log out', async () => {
    const calls: string[] = [];
    const store = memoryStore();
    store.setItem(SUBSCRIPTION_ID_KEY, 'sub-1');
    const refusing: PushBrowser = {
      ...fakeBrowser('granted', calls),
      subscription: () => Promise.reject(new DOMException('no push service', 'AbortError')),
    };
    const unreachable: PushApi = { ...fakeApi(calls), remove: async (id) => (calls.push(`remove:${id}`), false) };
    await expect(forgetPushOnLogOut(refusing, unreachable, store)).resolves.toBeUndefined();
    expect(calls).toEqual(['remove:sub-1']);
    expect(store.getItem(SUBSCRIPTION_ID_KEY)).toBeNull();
  });

  it('does nothing on a phone that never subscribed', async () => {
    const calls: string[] = [];
    await forgetPushOnLogOut(fakeBrowser('granted', calls), fakeApi(calls), memoryStore());
    expect(calls).toEqual([]);
  });

  it('sends no quiet hours when they are switched off, and both times when on', () => {
    const form = formOf({
      digest: 'WEEKLY',
      digestWeekday: 'FRIDAY',
      digestAt: '18:00',
      quietFrom: '22:00',
      quietUntil: '07:00',
      urgentNotes: true,
      emailEnabled: false,
      pushEnabled: true,
      timeZone: 'America/Chicago',
      phones: 1,
      nextDigestAt: null,
      version: 3,
    });
    expect(toInput(form)).toMatchObject({ digest: 'WEEKLY', digestWeekday: 'FRIDAY', quietFrom: '22:00', quietUntil: '07:00' });
    expect(toInput({ ...form, quiet: false })).toMatchObject({ quietFrom: null, quietUntil: null });
  });
});
