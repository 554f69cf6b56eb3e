import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, LONGEST_RETRY_MS, retryDelay } from './backoff';

describe('retryDelay', () => {
  it('doubles after each failure, up to five minutes', () => {
    const noJitter = () => 1;
    expect([1, 2, 3, 4].map((n) => retryDelay(n, noJitter))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelay(9, noJitter)).toBe(LONGEST_RETRY_MS);
    expect(retryDelay(500, noJitter)).toBe(LONGEST_RETRY_MS);
  });

  it('shortens each wait at random by at most half, so phones do not retry in step', () => {
    expect(retryDelay(1, () => 0)).toBe(FIRST_RETRY_MS / 2);
    for (let i = 0; i < 50; i++) {
      const delay = retryDelay(3);
      expect(delay).toBeGreaterThanOrEqual(4_000);
      expect(delay).toBeLessThanOrEqual(8_000);
    }
  });
});
