// After the account is deleted on the server: nothing of it may stay on this
// phone either. Drafts, the last links, changes still waiting to be sent and
// the offline copy all go, then the login screen says what happened.
import { logOut } from '../auth/session';
import { navigate } from '../app/router';
import { forgetOutboxOf } from '../outbox/appOutbox';
import { showOnNextScreen } from '../shared/flash';
import { drafts } from '../story/formDraft';
import { forgetLinks } from '../story/lastLinks';

export async function forgetDeletedAccount(userId: string): Promise<void> {
  drafts.clearAll(userId);
  forgetLinks(userId);
  await forgetOutboxOf(userId);
  showOnNextScreen('Your account and everything in it are deleted, on LORkit and on this phone.');
  // Its sessions died with it: nothing to revoke.
  await logOut({ revoke: false });
  navigate({ name: 'login' }, { replace: true });
}
