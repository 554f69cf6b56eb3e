// The day a letter step happened, as the API records it. The applicant picks a
// calendar day; the API keeps instants and refuses one in the future, so today
// is sent as now (noon may still be ahead) and an earlier day as its noon in
// the applicant's time zone, which stays that day in every zone's reading.
import { today } from '../story/dates';

export function momentOf(day: string, now = new Date()): string {
  if (!day || day >= today(now)) return now.toISOString();
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!, 12, 0, 0).toISOString();
}

/** The calendar day of a history entry's instant, in the applicant's time zone. */
export const dayOf = (instant: string): string => today(new Date(instant));
