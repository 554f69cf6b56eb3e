// The "Open in mail app" address of an email. The API already sends a mailto:
// link (RFC 6068); it is used as is, but only if it really is a mailto: link,
// since an href is executable. When the API has none (no address known yet,
// say), one is built here from the same fields, so the applicant can still
// open a filled-in email and type the address.
import type { Message } from '../api/types';

export function mailtoHref(message: Pick<Message, 'inPerson' | 'to' | 'cc' | 'subject' | 'body' | 'mailto'>): string | null {
  if (message.inPerson) return null;
  if (message.mailto && /^mailto:/i.test(message.mailto)) return message.mailto;
  if (!message.to && !message.subject) return null;
  return buildMailto({ to: message.to ?? '', cc: message.cc ?? '', subject: message.subject ?? '', body: message.body ?? '' });
}

/** RFC 6068: each part percent-encoded as UTF-8; line breaks in the body as CRLF (%0D%0A). */
export function buildMailto({ to, cc, subject, body }: { to: string; cc: string; subject: string; body: string }): string {
  const fields: [string, string][] = [];
  if (cc) fields.push(['cc', encodeAddresses(cc)]);
  if (subject) fields.push(['subject', encodeURIComponent(subject)]);
  if (body) fields.push(['body', encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))]);
  const query = fields.map(([key, value]) => `${key}=${value}`).join('&');
  return `mailto:${encodeAddresses(to)}${query ? `?${query}` : ''}`;
}

/** Addresses keep their "@" and the commas between them readable; anything else is encoded. */
function encodeAddresses(list: string): string {
  return list
    .split(',')
    .map((address) => encodeURIComponent(address.trim()).replace(/%40/g, '@'))
    .filter(Boolean)
    .join(',');
}
