import { describe, expect, it } from 'vitest';
import { formatDay, storyDay, today } from './dates';

describe('story dates', () => {
  it('shows a calendar day as that same day, whatever the time zone', () => {
    // new Date('2025-03-01') would be UTC midnight: 28 Feb in the Americas.
    expect(formatDay('2025-03-01', 'en-GB')).toBe('1 Mar 2025');
    expect(formatDay('2025-12-31', 'en-US')).toBe('Dec 31, 2025');
  });

  it('leaves text that is not a YYYY-MM-DD day as it is', () => {
    expect(formatDay('soon', 'en-GB')).toBe('soon');
  });

  it("uses the story's own date, else the local day it was logged", () => {
    expect(storyDay({ occurredOn: '2025-02-03', createdAt: '2025-05-01T10:00:00Z' })).toBe('2025-02-03');
    const createdAt = new Date(2025, 4, 1, 23, 30).toISOString(); // late evening, local time
    expect(storyDay({ occurredOn: null, createdAt })).toBe('2025-05-01');
  });

  it('formats today as YYYY-MM-DD', () => {
    expect(today(new Date(2024, 0, 9))).toBe('2024-01-09');
  });
});
