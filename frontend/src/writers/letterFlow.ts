// The order letters go through their statuses, for the board's groups and the
// portfolio's counts. Which moves are allowed is the API's to say: each letter
// carries its `allowedNext`, and the phone keeps no copy of the rule.
import type { LetterStatus } from '../api/types';

export const STATUS_ORDER: LetterStatus[] = [
  'CANDIDATE',
  'SIGNALED',
  'ASKED',
  'AGREED',
  'PACKET_SENT',
  'REQUESTED_IN_ERAS',
  'RECEIVED',
  'IMPORTED',
  'DECLINED',
  'BOUNCED',
  'WITHDRAWN',
];
