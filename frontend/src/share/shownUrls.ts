// The url of a link the applicant just made. The API answers it once (it keeps only a fingerprint of
// the token), so this tab keeps it in memory (never on the phone's storage) to show it again on the
// screens of this visit; it is forgotten on reload, on log out, and when the link is revoked.
import { onSessionChange } from '../auth/session';

const urls = new Map<string, string>();

export const shownUrl = (linkId: string): string | undefined => urls.get(linkId);
export const keepShownUrl = (linkId: string, url: string): void => void urls.set(linkId, url);
export const forgetShownUrl = (linkId: string): void => void urls.delete(linkId);

onSessionChange((session) => {
  if (session.status !== 'signedIn') urls.clear();
});
