import { describe, expect, it } from 'vitest';
import { memoryStorage, removeEverythingOf } from './browserStorage';
import { createRememberedFlag } from './rememberedFlag';

describe('a remembered choice', () => {
  it('is off until the applicant turns it on, and stays as they left it', () => {
    const storage = memoryStorage();
    const flag = createRememberedFlag('planHideDone', storage);
    expect(flag.get('ana')).toBe(false);
    flag.set('ana', true);
    expect(createRememberedFlag('planHideDone', storage).get('ana')).toBe(true);
    flag.set('ana', false);
    expect(flag.get('ana')).toBe(false);
  });

  it("is each applicant's own on a shared phone", () => {
    const storage = memoryStorage();
    const flag = createRememberedFlag('planHideDone', storage);
    flag.set('ana', true);
    expect(flag.get('ben')).toBe(false);
  });

  it("leaves the phone with the applicant's account", () => {
    const storage = memoryStorage();
    const flag = createRememberedFlag('planHideDone', storage);
    flag.set('ana', true);
    flag.set('ben', true);
    removeEverythingOf(storage, 'ana');
    expect(flag.get('ana')).toBe(false);
    expect(flag.get('ben')).toBe(true);
  });

  it('reads as off when the storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    const flag = createRememberedFlag('planHideDone', blocked);
    expect(() => flag.set('ana', true)).not.toThrow();
    expect(flag.get('ana')).toBe(false);
  });
});
