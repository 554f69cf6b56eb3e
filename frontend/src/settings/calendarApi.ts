// The private calendar feed. Only a fingerprint of its secret is stored, so the
// address can be shown once, when it is made; making a new one ends the old.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { CalendarFeed } from '../api/types';

export function newCalendarFeed(): Promise<Result<CalendarFeed>> {
  return callApi(() => api.POST('/api/v1/calendar/token'));
}

/** The full address to paste into a calendar app: the API answers a path on its own host (this one). */
export function feedUrl(feed: CalendarFeed, origin: string = globalThis.location?.origin ?? ''): string | null {
  if (!feed.path?.startsWith('/')) return null;
  return new URL(feed.path, origin).toString();
}
