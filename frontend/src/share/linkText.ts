// A shared link in plain words, for the applicant's screens: who it is for, whether it works, until
// when, and how often it was opened.
import type { ShareLink, ShareLinkState } from '../api/types';
import { fullDay, shortDay } from './writerWords';

export function linkTitle(link: Pick<ShareLink, 'kind' | 'writerName' | 'label'>): string {
  if (link.kind === 'WRITER') return `Writer's page for ${link.writerName ?? link.label ?? 'a writer'}`;
  return `Adviser view for ${link.label ?? 'an adviser'}`;
}

export const STATE_LABELS: Record<ShareLinkState, string> = {
  ACTIVE: 'Live',
  EXPIRED: 'Expired',
  REVOKED: 'Ended by you',
  ENDED: 'Ended',
};

/** Until when it works, or why and when it stopped. */
export function expiryLine(link: Pick<ShareLink, 'kind' | 'state' | 'expiresOn' | 'revokedAt'>): string {
  switch (link.state) {
    case 'REVOKED':
      return link.revokedAt ? `You ended it on ${shortDay(link.revokedAt)}.` : 'You ended it.';
    case 'ENDED':
      return link.kind === 'WRITER'
        ? 'It ended when the letter was received, or when you made a newer link for this letter.'
        : 'It ended.';
    case 'EXPIRED':
      return link.expiresOn ? `It expired on ${shortDay(link.expiresOn)}.` : 'It expired.';
    default:
      if (!link.expiresOn) return 'Until the letter is received.';
      return `Until ${fullDay(link.expiresOn)}.`;
  }
}

export function viewsLine(link: Pick<ShareLink, 'viewCount' | 'lastViewedAt'>): string {
  const count = link.viewCount ?? 0;
  if (count === 0 || !link.lastViewedAt) return 'Not opened yet.';
  return `Opened ${count === 1 ? 'once' : `${count} times`}, last on ${shortDay(link.lastViewedAt)}.`;
}

/** What an adviser sees through it. */
export function showsLine(link: Pick<ShareLink, 'kind' | 'showStories' | 'showFeedback'>): string {
  if (link.kind === 'WRITER') return 'Shows their packet, your soft deadline and the upload steps, with three buttons to answer.';
  const texts = [link.showStories && 'your story texts', link.showFeedback && 'feedback texts'].filter(Boolean);
  return `Shows your letters, portfolio check, plan and dates${texts.length ? `, and ${texts.join(' and ')}` : ', no story or feedback texts'}.`;
}

/** The ISO day `days` after `now`, in the phone's own calendar (the date input's value). */
export function isoDayAfter(days: number, now: Date = new Date()): string {
  const then = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}`;
}
