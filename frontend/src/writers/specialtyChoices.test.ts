import { describe, expect, it } from 'vitest';
import type { Profile } from '../api/types';
import { asksForSpecialty, specialtyChoices } from './specialtyChoices';

const sheet = (targetSpecialty: string | null, secondSpecialty: string | null) =>
  ({ targetSpecialty, secondSpecialty }) as Profile;

describe('for which specialty', () => {
  it('offers General and both specialties of the target sheet', () => {
    const choices = specialtyChoices(sheet('internal medicine', 'family med'), null);
    expect(choices.map((c) => c.value)).toEqual(['', 'internal medicine', 'family med']);
    expect(asksForSpecialty(choices)).toBe(true);
  });
  it('does not ask with one specialty', () => {
    expect(asksForSpecialty(specialtyChoices(sheet('Internal Medicine', null), null))).toBe(false);
  });
  it("keeps the letter's own label once, whatever its case", () => {
    expect(specialtyChoices(sheet('Internal Medicine', null), 'internal medicine').map((c) => c.value)).toEqual([
      '',
      'Internal Medicine',
    ]);
    expect(specialtyChoices(sheet('Internal Medicine', null), 'pediatrics').map((c) => c.value)).toEqual([
      '',
      'Internal Medicine',
      'pediatrics',
    ]);
  });
});
