// "Confirm your address", on More while the account's address is not confirmed: the link sent at
// registration may be lost or expired, so the applicant can send a new one.
import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { offlineErrors, problemToFormErrors } from '../api/problem';
import { useSession } from '../auth/session';
import { ErrorLines } from '../shared/Notices';

export function ConfirmAddressPanel() {
  const session = useSession();
  const [sent, setSent] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (session.status !== 'signedIn' || session.user.emailVerifiedAt) return null;

  async function resend() {
    setBusy(true);
    try {
      const { data, error, response } = await api.POST('/api/v1/auth/email-verification');
      if (data) {
        setSent(data.message);
        setProblems([]);
      } else setProblems(problemToFormErrors(error, response.status, []).form);
    } catch {
      setProblems(offlineErrors().form);
    }
    setBusy(false);
  }

  return (
    <div class="notice confirm-address">
      <p>
        <strong>Confirm your address.</strong> We mailed a link to {session.user.email}. Once it's confirmed, LORkit can send you
        a link there if you forget your password.
      </p>
      {sent ? (
        <p role="status">{sent}</p>
      ) : (
        <button type="button" class="button" disabled={busy} onClick={() => void resend()}>
          {busy ? 'Sending…' : 'Send a new link'}
        </button>
      )}
      <ErrorLines messages={problems} />
    </div>
  );
}
