// Opened from the "Stop these emails" link of a digest mail (#/unsubscribe?token=…), on any device, signed
// in or not. Opening it changes nothing: mail scanners follow every link in a mail, so only the button
// (a POST of the mail's token) stops the emails.
import { useState } from 'preact/hooks';
import { allMessages } from '../api/result';
import { paths } from '../app/router';
import { ErrorLines } from '../shared/Notices';
import { PageHeading } from '../shared/PageHeading';
import { stopEmails } from './notificationsApi';

/** `refused`: the API answered no (an unknown link): its sentence stays, trying again would not help. */
type State = { step: 'asking' | 'stopping' | 'stopped' } | { step: 'failed'; messages: string[]; refused: boolean };

export function UnsubscribeScreen({ token }: { token: string }) {
  const [state, setState] = useState<State>({ step: 'asking' });

  async function stop() {
    setState({ step: 'stopping' });
    const result = await stopEmails(token);
    setState(
      result.ok
        ? { step: 'stopped' }
        : { step: 'failed', messages: allMessages(result.errors), refused: !result.offline && result.status !== 429 },
    );
  }

  const settingsLink = (
    <p>
      <a class="button" href={paths.notifications}>
        Open Settings › Notifications
      </a>
    </p>
  );

  if (state.step === 'stopped') {
    return (
      <section class="auth">
        <PageHeading title="Stop LORkit emails" />
        <p class="notice" role="status">
          Done: LORkit sends you no more emails about your next steps.
        </p>
        <p>To get them again, open Settings › Notifications and tick “Send them by email”.</p>
        {settingsLink}
      </section>
    );
  }
  const refused = state.step === 'failed' && state.refused;
  return (
    <section class="auth">
      <PageHeading title="Stop LORkit emails" />
      <p>This stops the emails with your next steps: the digest of Today, and the note when a letter is at risk.</p>
      <p class="hint">
        Phone notifications stay as they are. Mails you ask for yourself, like a link to reset your password, still come.
      </p>
      {state.step === 'failed' && <ErrorLines messages={state.messages} />}
      {refused ? (
        settingsLink
      ) : (
        <button type="button" class="button primary" disabled={state.step === 'stopping'} onClick={() => void stop()}>
          {state.step === 'stopping' ? 'Stopping…' : 'Stop these emails'}
        </button>
      )}
    </section>
  );
}
