// Dates as the applicant reads them. A story's `occurredOn` is a calendar day
// (YYYY-MM-DD), not an instant: parsing it with new Date() would read it as
// UTC midnight and show the day before anywhere west of Greenwich.

/** Today's calendar day in the applicant's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day a story happened: its own date if given, else the day it was logged. */
export function storyDay(story: { occurredOn?: string | null; createdAt?: string }): string {
  if (story.occurredOn) return story.occurredOn;
  return story.createdAt ? today(new Date(story.createdAt)) : '';
}

/** "12 Mar 2025"-style text for a YYYY-MM-DD day, in the browser's language. */
export function formatDay(day: string, locale?: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(year, month - 1, date),
  );
}

/** "12 Mar, 14:05"-style text for an instant, in the browser's language and time zone. */
export function formatMoment(instant: string, locale?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(date);
}
