import type { User } from '../api/types';
import { logOut } from '../auth/session';
import { useOnline } from '../offline/connection';
import { outboxEntries } from '../outbox/appOutbox';
import { paths } from './router';

/** Changes not sent yet stay on the phone (for this applicant's next login):
 *  say so before logging out, rather than let it look as if they were lost. */
function confirmLogOut(): boolean {
  const waiting = outboxEntries.get().length;
  if (waiting === 0) return true;
  const what = waiting === 1 ? '1 change has' : `${waiting} changes have`;
  return confirm(`${what} not reached LORkit yet. They stay on this phone and are sent when you log in again. Log out anyway?`);
}

export function Header({ user }: { user: User | null }) {
  const isOnline = useOnline();
  return (
    <header class="app-header">
      <a class="brand" href={paths.stories}>
        LORkit
      </a>
      {/* Always present, so screen readers announce the change when the connection drops. */}
      <span class="connection" role="status">
        {!isOnline && <span class="offline-pill">Offline</span>}
      </span>
      {user && (
        <div class="who">
          <span class="name">{user.displayName ?? user.email}</span>
          <button type="button" class="link-button" onClick={() => confirmLogOut() && void logOut()}>
            Log out
          </button>
        </div>
      )}
    </header>
  );
}
