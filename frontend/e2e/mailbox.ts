// Reads what the API mailed, from the e2e mail server (mail-server.ts), as a person opens their inbox.
import { expect, type APIRequestContext } from '@playwright/test';

interface StoredMessage {
  subject?: string;
  mimeMessage: string;
}

export function mailboxUrl(): string | undefined {
  return process.env.LORKIT_E2E_MAILBOX_URL;
}

/**
 * Undoes quoted-printable (soft line breaks, =XX bytes) in the body, as mail clients do before showing a link.
 * The message's headers are never quoted-printable and stay as sent: a token in List-Unsubscribe may read
 * "token=F3SZ…", which decoding would turn into a byte (one run in sixteen failed on it).
 */
function unquote(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  const headers = end < 0 ? '' : raw.slice(0, end);
  const body = end < 0 ? raw : raw.slice(end);
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return headers + Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Waits for the newest mail to `address` whose subject is `subject` (or matches it); answers its decoded source. */
export async function awaitMail(request: APIRequestContext, address: string, subject: string | RegExp): Promise<string> {
  let found: StoredMessage | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${mailboxUrl()}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
        const messages: StoredMessage[] = response.ok() ? await response.json() : [];
        found = messages
          .filter((m) => (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject ?? '')))
          .at(-1);
        return !!found;
      },
      { timeout: 15_000, message: `a mail "${subject}" to ${address}` },
    )
    .toBe(true);
  return unquote(found!.mimeMessage);
}

/** The first link to the app in a mail's source. */
export function linkIn(source: string): string {
  const link = /https?:\/\/[^\s"<>]+#\/[a-z-]+\?token=[A-Za-z0-9_-]+/.exec(source)?.[0];
  if (!link) throw new Error(`No link in this mail:\n${source}`);
  return link;
}
