import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotencyKey';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('is a fresh UUID each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(UUID_V4);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('still works where randomUUID is missing (plain http on a local network)', () => {
    const withoutRandomUUID = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) } as Crypto;
    const key = newIdempotencyKey(withoutRandomUUID);
    expect(key).toMatch(UUID_V4);
    expect(key.length).toBeLessThanOrEqual(128);
  });
});
