import type { User } from '../api/types';
import { logOut } from '../auth/session';
import { paths } from './router';

export function Header({ user }: { user: User | null }) {
  return (
    <header class="app-header">
      <a class="brand" href={paths.stories}>
        LORkit
      </a>
      {user && (
        <div class="who">
          <span class="name">{user.displayName ?? user.email}</span>
          <button type="button" class="link-button" onClick={() => void logOut()}>
            Log out
          </button>
        </div>
      )}
    </header>
  );
}
