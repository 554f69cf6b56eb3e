import { describe, expect, it } from 'vitest';
import { groupInFours, secondFactorOn } from './securityText';

describe('groupInFours', () => {
  it('splits the secret into groups of four', () => {
    expect(groupInFours('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupInFours('ABCDEF')).toBe('ABCD EF');
  });
});

describe('secondFactorOn', () => {
  const at = '2026-11-25T19:30:00Z';
  it('reads the newest on/off event', () => {
    expect(
      secondFactorOn([
        { kind: 'LOGIN_SUCCEEDED', occurredAt: at },
        { kind: 'SECOND_FACTOR_ENABLED', occurredAt: at },
      ]),
    ).toBe(true);
    expect(
      secondFactorOn([
        { kind: 'SECOND_FACTOR_DISABLED', occurredAt: at },
        { kind: 'SECOND_FACTOR_ENABLED', occurredAt: at },
      ]),
    ).toBe(false);
  });
  it('cannot tell without such an event', () => {
    expect(secondFactorOn([{ kind: 'LOGIN_SUCCEEDED', occurredAt: at }])).toBeNull();
  });
});
