import type { User } from '../api/types';
import { confirmLogOut } from '../auth/confirmLogOut';
import { logOut } from '../auth/session';
import { useOnline } from '../shared/connection';
import { paths } from './router';

export function Header({ user }: { user: User | null }) {
  const isOnline = useOnline();
  return (
    <header class="app-header">
      <a class="brand" href={paths.today}>
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
