// The LORkit-Stories-Withheld header: how many stories the API left out of a
// packet because their privacy warnings are not reviewed yet.
export const WITHHELD_HEADER = 'LORkit-Stories-Withheld';

/** The count, or 0 when the header is missing or not a count (an old API, a proxy that drops it). */
export function storiesWithheld(headers: Pick<Headers, 'get'>): number {
  const value = headers.get(WITHHELD_HEADER)?.trim() ?? '';
  if (!/^\d+$/.test(value)) return 0;
  return Number(value);
}

export function withheldSentence(count: number): string {
  return count === 1
    ? '1 story withheld until you review its PHI warnings.'
    : `${count} stories withheld until you review their PHI warnings.`;
}

/** A file name for the writer's download folder: "talking-points-maya-lindqvist.pdf". */
export function packetFileName(attendingName: string | undefined): string {
  const slug = (attendingName ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(dr|prof)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `talking-points-${slug}.pdf` : 'talking-points.pdf';
}
