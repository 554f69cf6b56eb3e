import { describe, expect, it } from 'vitest';
import { rotationRunningOn } from './runningRotation';

// The season of issue 13: a 4-week IM externship, a 2-week observership in January.
const externship = { id: 'im-ext', startsOn: '2026-11-16', endsOn: '2026-12-13' };
const observership = { id: 'obs', startsOn: '2027-01-11', endsOn: '2027-01-22' };

describe('the rotation a story defaults to', () => {
  it('is the one running on the day the story happened, both ends included', () => {
    const rotations = [observership, externship];
    expect(rotationRunningOn(rotations, '2026-12-01')).toBe('im-ext');
    expect(rotationRunningOn(rotations, '2026-11-16')).toBe('im-ext');
    expect(rotationRunningOn(rotations, '2026-12-13')).toBe('im-ext');
    expect(rotationRunningOn(rotations, '2027-01-22')).toBe('obs');
  });

  it('is none between rotations, before the first and after the last', () => {
    const rotations = [externship, observership];
    expect(rotationRunningOn(rotations, '2026-12-24')).toBe('');
    expect(rotationRunningOn(rotations, '2026-11-15')).toBe('');
    expect(rotationRunningOn(rotations, '2027-01-23')).toBe('');
    expect(rotationRunningOn([], '2026-12-01')).toBe('');
  });

  it('is the one that started last when two overlap, whatever their order in the list', () => {
    const elective = { id: 'cards', startsOn: '2026-11-30', endsOn: '2026-12-04' }; // one odd week inside the externship
    expect(rotationRunningOn([externship, elective], '2026-12-02')).toBe('cards');
    expect(rotationRunningOn([elective, externship], '2026-12-02')).toBe('cards');
    expect(rotationRunningOn([elective, externship], '2026-12-07')).toBe('im-ext');
  });

  it('is the one ending first when two overlapping ones start the same day', () => {
    const short = { id: 'short', startsOn: '2026-11-16', endsOn: '2026-11-20' };
    expect(rotationRunningOn([externship, short], '2026-11-18')).toBe('short');
  });

  it('counts a one-day rotation and one without an end date as that day only', () => {
    const oneDay = { id: 'day', startsOn: '2027-02-03', endsOn: '2027-02-03' };
    const noEnd = { id: 'open', startsOn: '2027-03-01', endsOn: '' };
    expect(rotationRunningOn([oneDay, noEnd], '2027-02-03')).toBe('day');
    expect(rotationRunningOn([oneDay, noEnd], '2027-03-01')).toBe('open');
    expect(rotationRunningOn([oneDay, noEnd], '2027-03-02')).toBe('');
  });

  it('reads dates across a year end (a 19-day rotation over New Year)', () => {
    const overNewYear = { id: 'ny', startsOn: '2026-12-21', endsOn: '2027-01-08' };
    expect(rotationRunningOn([overNewYear], '2027-01-02')).toBe('ny');
    expect(rotationRunningOn([overNewYear], '2026-12-20')).toBe('');
  });
});
