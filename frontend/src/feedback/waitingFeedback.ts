// The feedback still to show as waiting on the phone above the API's list: an entry whose create
// the API has answered is that list's item once the list is read again, so it shows once, there.
import type { Feedback } from '../api/types';
import type { DeliveredId } from '../outbox/delivered';
import type { FeedbackEntry } from '../outbox/types';

export function stillWaiting(waiting: FeedbackEntry[], listed: readonly Feedback[], deliveredId: DeliveredId): FeedbackEntry[] {
  const ids = new Set(listed.map((f) => f.id));
  return waiting.filter((entry) => {
    const id = deliveredId(entry);
    return !(id && ids.has(id));
  });
}
