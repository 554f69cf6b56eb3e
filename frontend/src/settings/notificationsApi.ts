// The notification settings and this browser's push subscription, through the one API client.
import { api } from '../api/client';
import type { PushApi } from './pushSubscription';

export const pushApi: PushApi = {
  async vapidKey() {
    try {
      const { data } = await api.GET('/api/v1/push/vapid-public-key');
      return data?.publicKey ?? null;
    } catch {
      return null;
    }
  },
  async save(subscription) {
    try {
      const { data } = await api.POST('/api/v1/me/push-subscriptions', { body: subscription });
      return data?.id ?? null;
    } catch {
      return null;
    }
  },
  async remove(id) {
    try {
      const { response } = await api.DELETE('/api/v1/me/push-subscriptions/{id}', { params: { path: { id } } });
      // Already gone (404) is what we wanted.
      return response.ok || response.status === 404;
    } catch {
      return false;
    }
  },
};
