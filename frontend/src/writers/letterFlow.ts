// The letter status flow, as the API enforces it: the board offers only the
// moves it will accept. (If the API ever disagrees, its 409 names the allowed
// ones and the board shows those instead.)
import type { LetterStatus } from '../api/types';

const NEXT: Record<LetterStatus, LetterStatus[]> = {
  CANDIDATE: ['SIGNALED', 'ASKED'],
  SIGNALED: ['ASKED'],
  ASKED: ['AGREED', 'DECLINED'],
  AGREED: ['PACKET_SENT'],
  DECLINED: [],
  PACKET_SENT: ['REQUESTED_IN_ERAS'],
  REQUESTED_IN_ERAS: ['RECEIVED'],
  RECEIVED: [],
};

/** Board order: the statuses in the order letters go through them. */
export const STATUS_ORDER: LetterStatus[] = ['CANDIDATE', 'SIGNALED', 'ASKED', 'AGREED', 'PACKET_SENT', 'REQUESTED_IN_ERAS', 'RECEIVED', 'DECLINED'];

export function allowedNext(status: LetterStatus): LetterStatus[] {
  return NEXT[status] ?? [];
}
