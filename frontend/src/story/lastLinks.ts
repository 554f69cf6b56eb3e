// The rotation and witnesses of the last story logged (see shared/lastChoice.ts).
import { createLastChoice } from '../shared/lastChoice';
import type { Draft } from './draft';

type Links = Pick<Draft, 'rotationId' | 'witnessAttendingIds'>;

const last = createLastChoice<Links>('lastLinks');

export const lastLinks = (userId: string): Partial<Links> => last.load(userId);

export function rememberLinks(userId: string, draft: Links): void {
  last.remember(userId, { rotationId: draft.rotationId, witnessAttendingIds: draft.witnessAttendingIds });
}
