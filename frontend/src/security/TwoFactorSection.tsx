// The authenticator app as a second factor: turn on with the password (add the
// secret to the app, confirm with its first code, save the recovery codes), or
// turn off with the password.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { TotpEnrolment } from '../api/types';
import { Field, FormErrorList } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { RecoveryCodes } from './RecoveryCodes';
import { confirmTotp, disableTotp, startTotp } from './securityApi';
import { groupInFours } from './securityText';
import { OneTimeCodeInput } from '../shared/OneTimeCodeInput';

type Step = { name: 'idle' } | { name: 'enrolling'; enrolment: TotpEnrolment } | { name: 'codes'; codes: string[] };

export function TwoFactorSection({ on, onChanged }: { on: boolean; onChanged(): void }) {
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [input, setInput] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  function fail(next: FormErrors) {
    setErrors(next);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  async function start(event: Event) {
    event.preventDefault();
    if (!input) return fail({ fields: { password: 'Please enter your password.' }, form: [] });
    setBusy(true);
    const result = await startTotp(input);
    setBusy(false);
    if (!result.ok) {
      // 409: it is on already (turned on from another device since this screen loaded).
      if (result.status === 409) onChanged();
      return fail(result.errors);
    }
    setErrors(NO_ERRORS);
    setInput('');
    setStep({ name: 'enrolling', enrolment: result.value });
  }

  async function confirm(event: Event) {
    event.preventDefault();
    const code = input.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) return fail({ fields: { code: 'Please enter the 6 digits your app shows.' }, form: [] });
    setBusy(true);
    const result = await confirmTotp(code);
    setBusy(false);
    if (!result.ok) return fail(result.errors);
    setErrors(NO_ERRORS);
    setStep({ name: 'codes', codes: result.value });
  }

  async function turnOff(event: Event) {
    event.preventDefault();
    if (!input) return fail({ fields: { password: 'Please enter your password.' }, form: [] });
    setBusy(true);
    const result = await disableTotp(input);
    setBusy(false);
    if (!result.ok) return fail(result.errors);
    setInput('');
    setErrors(NO_ERRORS);
    onChanged();
  }

  if (step.name === 'codes') {
    return (
      <RecoveryCodes
        codes={step.codes}
        onDone={() => {
          setStep({ name: 'idle' });
          onChanged();
        }}
      />
    );
  }

  /** Turning the second step on or off both ask for the password: a stolen session alone can do neither. */
  const passwordField = (label: string) => (
    <Field label={label} name="password" error={errors.fields.password}>
      {(a11y) => (
        <input
          {...a11y}
          type="password"
          autocomplete="current-password"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <section class="panel" aria-labelledby="totp-title">
      <h2 id="totp-title">Authenticator app</h2>
      {step.name === 'enrolling' ? (
        <form ref={form} onSubmit={confirm} noValidate aria-busy={busy}>
          <ol class="steps">
            <li>
              <p>Add LORkit to your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…).</p>
              <p>
                <a class="button" href={step.enrolment.otpauthUri}>
                  Open in my authenticator app
                </a>
              </p>
              <p>Or choose “enter a setup key” in the app and type this key:</p>
              <p class="secret">{groupInFours(step.enrolment.secret)}</p>
              <details>
                <summary>Show the full setup link</summary>
                <p class="long-text">{step.enrolment.otpauthUri}</p>
              </details>
            </li>
            <li>
              <Field
                label="Code from your authenticator app"
                name="code"
                hint="The 6 digits LORkit now shows in the app."
                error={errors.fields.code}
              >
                {(a11y) => <OneTimeCodeInput a11y={a11y} value={input} onInput={setInput} />}
              </Field>
            </li>
          </ol>
          <FormErrorList messages={errors.form} />
          <div class="form-actions">
            <button type="submit" class="button primary" disabled={busy}>
              {busy ? 'Checking…' : 'Turn on'}
            </button>
            <button type="button" class="button" onClick={() => setStep({ name: 'idle' })}>
              Cancel
            </button>
          </div>
        </form>
      ) : on ? (
        <form ref={form} onSubmit={turnOff} noValidate aria-busy={busy}>
          <p>
            <strong>On.</strong> Logging in asks for a code from your authenticator app after your password.
          </p>
          {passwordField('Password, to turn it off')}
          <FormErrorList messages={errors.form} />
          <button type="submit" class="button danger" disabled={busy}>
            {busy ? 'Turning off…' : 'Turn off the authenticator app'}
          </button>
        </form>
      ) : (
        <form ref={form} onSubmit={start} noValidate aria-busy={busy}>
          <p>
            <strong>Off.</strong> Add a second step to logging in: a code from an app on your phone, so a stolen password is not
            enough.
          </p>
          {passwordField('Password, to turn it on')}
          <FormErrorList messages={errors.form} />
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Starting…' : 'Turn on the authenticator app'}
          </button>
        </form>
      )}
    </section>
  );
}
