// Creates the API has answered, by Idempotency-Key: the id the API gave each. Recorded the moment
// the answer arrives, before the outbox removes the entry and before a list read after that answer
// can come back, so a screen that lays waiting entries over a fresh list can tell that an entry
// still on screen is the listed item, and show it once (a delivered feedback showed twice).
import type { OutboxEntry } from './types';
import type { FeedbackSender, StorySender } from './sendResult';

export function createDelivered() {
  const idByKey = new Map<string, string>();
  const record = (key: string, id: string | undefined) => id && idByKey.set(key, id);
  return {
    /** The API's id of what this entry created, once the API answered it (else undefined). */
    idOf: (entry: Pick<OutboxEntry, 'storyId' | 'idempotencyKey'>): string | undefined =>
      entry.storyId ?? (entry.idempotencyKey ? idByKey.get(entry.idempotencyKey) : undefined),
    stories(sender: StorySender): StorySender {
      return {
        ...sender,
        async create(input, key) {
          const result = await sender.create(input, key);
          if (result.kind === 'stored') record(key, result.item.id);
          return result;
        },
      };
    },
    feedback(sender: FeedbackSender): FeedbackSender {
      return {
        async createFeedback(input, key) {
          const result = await sender.createFeedback(input, key);
          if (result.kind === 'stored') record(key, result.item.id);
          return result;
        },
      };
    },
  };
}

export type Delivered = ReturnType<typeof createDelivered>;
export type DeliveredId = Delivered['idOf'];
