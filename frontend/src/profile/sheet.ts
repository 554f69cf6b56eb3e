// The target sheet as the form holds it (strings, as inputs give them), and
// the API body made from it.
import type { Competency, PersonalStatementStatus, Profile, ProfileInput } from '../api/types';

export interface Sheet {
  targetSpecialty: string;
  secondSpecialty: string;
  season: string;
  erasOpensOn: string;
  submissionTargetOn: string;
  strengths: Competency[];
  strengthsNote: string;
  cvReady: boolean;
  cvUpdatedOn: string;
  personalStatementStatus: PersonalStatementStatus;
  personalStatementUpdatedOn: string;
  timeZone: string;
}

/** The phone's own time zone, the likeliest answer for a sheet never saved. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function sheetOf(profile: Profile): Sheet {
  return {
    targetSpecialty: profile.targetSpecialty ?? '',
    secondSpecialty: profile.secondSpecialty ?? '',
    season: profile.season == null ? '' : String(profile.season),
    erasOpensOn: profile.erasOpensOn ?? '',
    submissionTargetOn: profile.submissionTargetOn ?? '',
    strengths: profile.strengths ?? [],
    strengthsNote: profile.strengthsNote ?? '',
    cvReady: profile.cvReady ?? false,
    cvUpdatedOn: profile.cvUpdatedOn ?? '',
    personalStatementStatus: profile.personalStatementStatus ?? 'NOT_STARTED',
    personalStatementUpdatedOn: profile.personalStatementUpdatedOn ?? '',
    // A never-saved sheet says UTC: offer the phone's zone instead.
    timeZone: profile.updatedAt ? (profile.timeZone ?? 'UTC') : deviceTimeZone(),
  };
}

/** Checks the API would make too, answered at once. */
export function sheetProblems(sheet: Sheet): Record<string, string> {
  const problems: Record<string, string> = {};
  const season = sheet.season.trim();
  if (season && !(/^\d{4}$/.test(season) && +season >= 2000 && +season <= 2100)) {
    problems.season = 'Please enter a year, like 2027.';
  }
  const second = sheet.secondSpecialty.trim();
  if (second && !sheet.targetSpecialty.trim()) {
    problems.secondSpecialty = 'Please fill in your target specialty first.';
  }
  if (sheet.erasOpensOn && sheet.submissionTargetOn && sheet.submissionTargetOn < sheet.erasOpensOn) {
    problems.submissionTargetOn = 'Please pick a day on or after the day ERAS opens.';
  }
  return problems;
}

export function toProfileInput(sheet: Sheet): ProfileInput {
  const text = (value: string) => value.trim() || null;
  return {
    targetSpecialty: text(sheet.targetSpecialty),
    secondSpecialty: text(sheet.secondSpecialty),
    season: sheet.season.trim() ? Number(sheet.season) : null,
    erasOpensOn: sheet.erasOpensOn || null,
    submissionTargetOn: sheet.submissionTargetOn || null,
    strengths: sheet.strengths,
    strengthsNote: text(sheet.strengthsNote),
    cvReady: sheet.cvReady,
    cvUpdatedOn: sheet.cvUpdatedOn || null,
    personalStatementStatus: sheet.personalStatementStatus,
    personalStatementUpdatedOn: sheet.personalStatementUpdatedOn || null,
    timeZone: sheet.timeZone || 'UTC',
  };
}
