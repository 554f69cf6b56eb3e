// "For which specialty": General, or one of the target sheet's specialties
// (the API accepts only those). A letter's own label stays offered even if the
// sheet no longer names it, so opening the form never changes it unseen.
import type { Profile } from '../api/types';

export interface SpecialtyChoice {
  value: string;
  label: string;
}

export function specialtyChoices(profile: Profile | null, current: string | null | undefined): SpecialtyChoice[] {
  const named = [profile?.targetSpecialty, profile?.secondSpecialty, current].filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
  const seen = new Set<string>();
  const choices: SpecialtyChoice[] = [{ value: '', label: 'General (every specialty you apply to)' }];
  for (const specialty of named) {
    const key = specialty.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    choices.push({ value: specialty, label: specialty });
  }
  return choices;
}

/** Worth asking only when there is more than one specialty to choose from (or a label already set). */
export const asksForSpecialty = (choices: SpecialtyChoice[]) => choices.length > 2;
