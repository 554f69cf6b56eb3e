// The rotation and witnesses of the last story logged: the next story is most
// often from the same rotation, with the same attending, so the log form
// starts with them chosen (one tap to change).
import { browserStorage } from '../shared/browserStorage';
import type { Draft } from './draft';

type Links = Pick<Draft, 'rotationId' | 'witnessAttendingIds'>;

const storage = browserStorage();
const keyOf = (userId: string) => `lorkit.lastLinks.${userId}`;

export function lastLinks(userId: string): Partial<Links> {
  try {
    const saved = JSON.parse(storage.getItem(keyOf(userId)) ?? '{}') as Partial<Links>;
    return {
      ...(typeof saved.rotationId === 'string' ? { rotationId: saved.rotationId } : {}),
      ...(Array.isArray(saved.witnessAttendingIds) ? { witnessAttendingIds: saved.witnessAttendingIds.filter((id) => typeof id === 'string') } : {}),
    };
  } catch {
    return {};
  }
}

export function rememberLinks(userId: string, draft: Links): void {
  storage.setItem(keyOf(userId), JSON.stringify({ rotationId: draft.rotationId, witnessAttendingIds: draft.witnessAttendingIds }));
}

export function forgetLinks(userId: string): void {
  storage.removeItem(keyOf(userId));
}
