// An attending's days with the applicant, as the card says them: working days
// so far and by the end of the linked periods, and the day the two-week mark
// (ten working days) is or was reached. The numbers are the API's; this only
// puts them in words.
import type { Attending } from '../api/types';

/** "December 6", with the year when it is not this year's. */
export function monthDay(iso: string, todayIso: string): string {
  const [year, month, date] = iso.split('-').map(Number);
  const sameYear = iso.slice(0, 4) === todayIso.slice(0, 4);
  return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(
    new Date(year!, month! - 1, date!),
  );
}

type Counts = Pick<Attending, 'daysWorkedTogether' | 'daysWorkedByEnd' | 'twoWeeksReachedOn'>;

export function dayCountsLine(a: Counts, todayIso: string): string {
  const soFar = a.daysWorkedTogether ?? 0;
  const days = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;
  if (a.daysWorkedByEnd === undefined || a.daysWorkedByEnd === null) return `${days(soFar)} so far`;
  const byEnd =
    a.daysWorkedByEnd === soFar ? `${days(soFar)} together` : `${days(soFar)} so far, ${a.daysWorkedByEnd} by the end`;
  if (a.twoWeeksReachedOn) return `${byEnd} (two weeks reached on ${monthDay(a.twoWeeksReachedOn, todayIso)})`;
  return a.daysWorkedByEnd > 0 ? `${byEnd} (short of two working weeks)` : byEnd;
}
