// Days as the applicant reads them: "Jun 3, 2027". ISO days are formatted as
// calendar days (no time zone shift).
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function day(iso: string | null | undefined): string {
  return iso ? DAY.format(new Date(`${iso}T00:00:00Z`)) : '';
}

export function dayRange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '';
  return `${day(from) || '…'} – ${day(to) || '…'}`;
}
