// The notification settings, this browser's push subscription and the digest mails' unsubscribe, through
// the one API client.
import { api } from '../api/client';
import type { ApiClient } from '../api/createApi';
import { callApi, type Result } from '../api/result';
import type { PushApi } from './pushSubscription';

/** The unsubscribe page's one POST: the digest mail's token is the proof, no login (RFC 8058's address). */
export function stopEmails(token: string): Promise<Result<void>> {
  return callApi(() => api.POST('/api/v1/notifications/unsubscribe', { params: { query: { token } } }));
}

/** This browser's subscription as `client`'s session sees it (the app's own, or a leaving one's). */
export const pushApiOf = (client: ApiClient): PushApi => ({
  async vapidKey() {
    try {
      const { data } = await client.GET('/api/v1/push/vapid-public-key');
      return data?.publicKey ?? null;
    } catch {
      return null;
    }
  },
  async save(subscription) {
    try {
      const { data } = await client.POST('/api/v1/me/push-subscriptions', { body: subscription });
      return data?.id ?? null;
    } catch {
      return null;
    }
  },
  async remove(id) {
    try {
      const { response } = await client.DELETE('/api/v1/me/push-subscriptions/{id}', { params: { path: { id } } });
      // Already gone (404) is what we wanted.
      return response.ok || response.status === 404;
    } catch {
      return false;
    }
  },
});

export const pushApi = pushApiOf(api);
