import { describe, expect, it } from 'vitest';
import type { Profile } from '../api/types';
import { sheetOf, sheetProblems, toProfileInput } from './sheet';

const saved: Profile = {
  targetSpecialty: 'Internal Medicine',
  season: 2027,
  erasOpensOn: '2027-06-05',
  submissionTargetOn: '2027-09-24',
  strengths: ['CLINICAL_REASONING'],
  strengthsNote: null,
  cvReady: true,
  cvUpdatedOn: null,
  personalStatementStatus: 'DRAFT',
  personalStatementUpdatedOn: null,
  timeZone: 'America/Chicago',
  updatedAt: '2026-11-25T19:30:00Z',
  version: 3,
} as Profile;

describe('target sheet', () => {
  it('round-trips a saved sheet', () => {
    expect(toProfileInput(sheetOf(saved))).toMatchObject({
      season: 2027,
      strengths: ['CLINICAL_REASONING'],
      timeZone: 'America/Chicago',
      strengthsNote: null,
    });
  });
  it('keeps a second specialty, and needs the target specialty for it', () => {
    const both = { ...sheetOf({ ...saved, secondSpecialty: 'Family Medicine' } as Profile) };
    expect(toProfileInput(both)).toMatchObject({ targetSpecialty: 'Internal Medicine', secondSpecialty: 'Family Medicine' });
    expect(toProfileInput(sheetOf(saved)).secondSpecialty).toBeNull();
    expect(sheetProblems({ ...both, targetSpecialty: ' ' })).toEqual({
      secondSpecialty: 'Please fill in your target specialty first.',
    });
  });
  it('checks the year and the order of the dates', () => {
    const sheet = { ...sheetOf(saved), season: '27', submissionTargetOn: '2027-06-01' };
    expect(Object.keys(sheetProblems(sheet)).sort()).toEqual(['season', 'submissionTargetOn']);
  });
});
