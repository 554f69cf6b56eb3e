// @vitest-environment happy-dom
// Logging out on a phone stops that phone's notifications, through the app's real logOut: the browser drops
// its push subscription and the API is asked, for the leaving session, to forget it. Whoever logs in next on
// this phone gets none of the previous applicant's notifications, and the log out never waits for any of it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Seen {
  method: string;
  path: string;
  authorization: string | null;
  body: string;
}

// The network, stubbed before the app's client is made (it keeps the fetch it finds).
const net = vi.hoisted(() => {
  const state = {
    seen: [] as Seen[],
    answer: (_: Request): Promise<Response> => Promise.resolve(new Response(null, { status: 204 })),
  };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    state.seen.push({
      method: request.method,
      path: new URL(request.url).pathname,
      authorization: request.headers.get('Authorization'),
      body: await request.clone().text(),
    });
    return state.answer(request);
  }) as typeof fetch;
  return state;
});

import { tokens } from '../api/client';
import { currentUser, logOut } from '../auth/session';
import { SUBSCRIPTION_ID_KEY } from './pushSubscription';

const DELETE_ANAS_PHONE = '/api/v1/me/push-subscriptions/5e0c2b7a-1f4d-4c8e-9a3b-7d6e5f4c3b2a';

/** This phone's push machinery: one subscription, made while Ana was logged in. */
function phoneSubscribedToPush(hang = false) {
  const phone = { subscribed: true };
  const subscription = {
    toJSON: () => ({ endpoint: 'https://fcm.googleapis.com/fcm/send/ana-phone', keys: { p256dh: 'BCVx', auth: 'BTBZ' } }),
    unsubscribe: async () => ((phone.subscribed = false), true),
  };
  const registration = { pushManager: { getSubscription: async () => (phone.subscribed ? subscription : null) } };
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      getRegistration: () => (hang ? new Promise(() => {}) : Promise.resolve(registration)),
      ready: new Promise(() => {}),
    },
  });
  Object.assign(window, { PushManager: class {}, Notification: class {} });
  localStorage.setItem(SUBSCRIPTION_ID_KEY, DELETE_ANAS_PHONE.split('/').pop()!);
  return phone;
}

beforeEach(() => {
  net.seen.length = 0;
  tokens.save({ accessToken: 'ana-access', refreshToken: 'ana-refresh' });
});
afterEach(() => {
  net.answer = () => Promise.resolve(new Response(null, { status: 204 }));
  localStorage.clear();
});

const deletes = () => net.seen.filter((r) => r.method === 'DELETE');

describe('logging out on a phone', () => {
  it("drops the browser's subscription and has the API forget it, with the leaving session's token", async () => {
    const phone = phoneSubscribedToPush();
    await logOut();
    await vi.waitFor(() => expect(deletes()).toHaveLength(1));
    expect(deletes()[0]).toMatchObject({ path: DELETE_ANAS_PHONE, authorization: 'Bearer ana-access' });
    expect(phone.subscribed).toBe(false);
    expect(localStorage.getItem(SUBSCRIPTION_ID_KEY)).toBeNull();
    expect(net.seen.find((r) => r.path === '/api/v1/auth/logout')?.body).toBe('{"refreshToken":"ana-refresh"}');
    expect(tokens.refreshToken()).toBeNull();
  });

  it('with an access token gone stale, the leaving session refreshes for that call only: this phone stays logged out', async () => {
    phoneSubscribedToPush();
    net.answer = async (request) => {
      if (new URL(request.url).pathname === '/api/v1/auth/refresh')
        return Response.json({ accessToken: 'ana-access-2', refreshToken: 'ana-refresh-2', expiresIn: 900, tokenType: 'Bearer' });
      if (request.method === 'DELETE' && request.headers.get('Authorization') === 'Bearer ana-access')
        return new Response(null, { status: 401 });
      return new Response(null, { status: 204 });
    };
    await logOut();
    await vi.waitFor(() => expect(deletes()).toHaveLength(2));
    expect(deletes()[1]).toMatchObject({ path: DELETE_ANAS_PHONE, authorization: 'Bearer ana-access-2' });
    expect(tokens.refreshToken()).toBeNull();
    expect(tokens.accessToken()).toBeNull();
  });

  it('never waits for the push machinery or the API: the log out is done while both hang', async () => {
    phoneSubscribedToPush(true);
    // The revoke is awaited by logOut (as before), so it answers; everything of the push part hangs.
    net.answer = (request) =>
      new URL(request.url).pathname === '/api/v1/auth/logout'
        ? Promise.resolve(new Response(null, { status: 204 }))
        : new Promise(() => {});
    const done = logOut().then(() => 'logged out');
    const waited = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 500));
    expect(await Promise.race([done, waited])).toBe('logged out');
    expect(tokens.refreshToken()).toBeNull();
    expect(currentUser()).toBeNull();
  });
});
