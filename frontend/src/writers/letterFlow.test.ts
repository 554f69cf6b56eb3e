import { describe, expect, it } from 'vitest';
import { allowedNext, STATUS_ORDER } from './letterFlow';

describe('letter flow', () => {
  it('offers the moves the API allows', () => {
    expect(allowedNext('CANDIDATE')).toEqual(['SIGNALED', 'ASKED']);
    expect(allowedNext('ASKED')).toEqual(['AGREED', 'DECLINED']);
    expect(allowedNext('RECEIVED')).toEqual([]);
  });
  it('lists every status once on the board', () => {
    expect(new Set(STATUS_ORDER).size).toBe(8);
  });
});
