// Opened from the confirmation mail's link (#/verify-email?token=…), on any device, signed in or not.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import { offlineErrors, problemToFormErrors } from '../api/problem';
import { paths } from '../app/router';
import { ErrorLines } from '../shared/Notices';
import { PageHeading } from '../shared/PageHeading';
import { currentUser, reloadUser } from './session';

type State = { step: 'confirming' } | { step: 'confirmed' } | { step: 'failed'; messages: string[] };

export function VerifyEmailScreen({ token }: { token: string }) {
  const [state, setState] = useState<State>({ step: 'confirming' });

  useEffect(() => {
    void (async () => {
      try {
        const { error, response } = await api.POST('/api/v1/auth/email-verification/complete', { body: { token } });
        if (response.ok) {
          setState({ step: 'confirmed' });
          if (currentUser()) await reloadUser();
          return;
        }
        setState({ step: 'failed', messages: problemToFormErrors(error, response.status, []).form });
      } catch {
        setState({ step: 'failed', messages: offlineErrors().form });
      }
    })();
  }, [token]);

  return (
    <section class="auth">
      <PageHeading title="Confirm your address" />
      {state.step === 'confirming' && <p role="status">Confirming…</p>}
      {state.step === 'confirmed' && (
        <p class="notice" role="status">
          Thank you: your address is confirmed. If you ever forget your password, LORkit can mail you a link there.
        </p>
      )}
      {state.step === 'failed' && <ErrorLines messages={state.messages} />}
      <p>
        <a class="button" href={paths.today}>
          Open LORkit
        </a>
      </p>
    </section>
  );
}
