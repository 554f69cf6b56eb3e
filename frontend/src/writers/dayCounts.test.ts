import { describe, expect, it } from 'vitest';
import { dayCountsLine, monthDay } from './dayCounts';

const TODAY = '2026-12-01';

describe("an attending's days, in words", () => {
  it('says so far, by the end and the day two weeks are reached (the PD from Nov 23 to Dec 13)', () => {
    expect(dayCountsLine({ daysWorkedTogether: 7, daysWorkedByEnd: 15, twoWeeksReachedOn: '2026-12-04' }, TODAY)).toBe(
      '7 working days so far, 15 by the end (two weeks reached on December 4)',
    );
  });

  it('says one number when the periods are over (core faculty Nov 16–29)', () => {
    expect(dayCountsLine({ daysWorkedTogether: 10, daysWorkedByEnd: 10, twoWeeksReachedOn: '2026-11-27' }, TODAY)).toBe(
      '10 working days together (two weeks reached on November 27)',
    );
  });

  it('says when two working weeks are never reached, and the year of a day in another year', () => {
    expect(dayCountsLine({ daysWorkedTogether: 0, daysWorkedByEnd: 4, twoWeeksReachedOn: null }, TODAY)).toBe(
      '0 working days so far, 4 by the end (short of two working weeks)',
    );
    expect(monthDay('2027-01-22', TODAY)).toBe('January 22, 2027');
    expect(dayCountsLine({ daysWorkedTogether: 1 }, TODAY)).toBe('1 working day so far');
  });
});
