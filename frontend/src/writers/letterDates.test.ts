import { describe, expect, it } from 'vitest';
import { dayOf, momentOf } from './letterDates';

describe('the moment a letter step is recorded at', () => {
  const now = new Date(2026, 11, 1, 8, 30); // Dec 1, 2026, 08:30 on the phone, before rounds end

  it('is now for today, so a morning entry is never refused as "in the future"', () => {
    expect(momentOf('2026-12-01', now)).toBe(now.toISOString());
    expect(momentOf('', now)).toBe(now.toISOString());
  });

  it('is noon on the phone for an earlier day, read back as that same day', () => {
    const at = momentOf('2026-11-20', now);
    expect(new Date(at)).toEqual(new Date(2026, 10, 20, 12, 0, 0));
    expect(dayOf(at)).toBe('2026-11-20');
  });

  it('keeps the year of a day across New Year', () => {
    expect(dayOf(momentOf('2026-12-31', new Date(2027, 0, 4, 9)))).toBe('2026-12-31');
  });
});
