// What shows while a saved login is being checked, or can't be checked.
import { OFFLINE_MESSAGE } from '../api/problem';
import { logOut, resumeSession } from '../auth/session';
import { PageHeading } from '../shared/PageHeading';

export function Starting() {
  return (
    <p class="muted centered" role="status">
      Opening LORkit…
    </p>
  );
}

export function Unreachable() {
  return (
    <section>
      <PageHeading title="You're offline" />
      <p>{OFFLINE_MESSAGE} Your stories are safe on the server.</p>
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void resumeSession()}>
          Try again
        </button>
        <button type="button" class="button" onClick={() => void logOut()}>
          Log out
        </button>
      </div>
    </section>
  );
}
