// After the account is deleted on the server: nothing of it may stay on this
// phone either. Drafts, last choices, changes still waiting to be sent and
// the offline copy all go, then the login screen says what happened.
import { logOut } from '../auth/session';
import { navigate } from '../app/router';
import { forgetOutboxOf } from '../outbox/appOutbox';
import { browserStorage, removeEverythingOf } from '../shared/browserStorage';
import { showOnNextScreen } from '../shared/flash';

export async function forgetDeletedAccount(userId: string): Promise<void> {
  removeEverythingOf(browserStorage(), userId);
  await forgetOutboxOf(userId);
  showOnNextScreen('Your account and everything in it are deleted, on LORkit and on this phone.');
  // Its sessions died with it: nothing to revoke.
  await logOut({ revoke: false });
  navigate({ name: 'login' }, { replace: true });
}
