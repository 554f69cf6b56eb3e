// Opened from the reset mail's link (#/reset-password?token=…): choose a new password, then the app
// logs in with it. The API ends every session first, this phone's too, so the login is a fresh one.
import { useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { NO_ERRORS, offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import { navigate, paths } from '../app/router';
import { Field, FormErrorList } from '../shared/Field';
import { showOnNextScreen } from '../shared/flash';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { logIn, logOut } from './session';
import { validateNewPassword } from './validate';

export function ResetPasswordScreen({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  /** The link itself no longer works: offer a new one instead of the form. */
  const [linkDead, setLinkDead] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const problem = validateNewPassword(password);
    let result: FormErrors = problem ? { fields: { newPassword: problem }, form: [] } : NO_ERRORS;
    if (!problem) {
      setBusy(true);
      result = await resetAndLogIn(token, password, () => setLinkDead(true));
      setBusy(false);
    }
    setErrors(result);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  return (
    <section class="auth">
      <PageHeading title="Choose a new password" />
      {linkDead ? (
        <>
          <FormErrorList messages={errors.form} />
          <p>
            <a class="button primary" href={paths.forgotPassword}>
              Mail me a new link
            </a>
          </p>
        </>
      ) : (
        <form ref={form} onSubmit={submit} noValidate aria-busy={busy}>
          <p>This logs you out on every phone and computer, then logs you in here with the new password.</p>
          <Field
            label="New password"
            name="newPassword"
            hint="At least 8 characters. A short phrase is easy to remember and hard to guess."
            error={errors.fields.newPassword}
          >
            {(a11y) => {
              const props = {
                ...a11y,
                autocomplete: 'new-password',
                value: password,
                onInput: (e: Event) => {
                  setPassword((e.currentTarget as HTMLInputElement).value);
                  // The old complaint no longer describes what is typed now.
                  if (errors.fields.newPassword) setErrors(NO_ERRORS);
                },
              };
              return showPassword ? <input {...props} type="text" /> : <input {...props} type="password" />;
            }}
          </Field>
          <label class="checkbox">
            <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.currentTarget.checked)} />
            Show password
          </label>
          <FormErrorList messages={errors.form} />
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save and log in'}
          </button>
        </form>
      )}
    </section>
  );
}

/** Sets the password with the link's token, logs in and leaves this screen; answers what to show if it cannot. */
async function resetAndLogIn(token: string, newPassword: string, onLinkDead: () => void): Promise<FormErrors> {
  let email: string;
  try {
    const { data, error, response } = await api.POST('/api/v1/auth/password-reset/complete', {
      body: { token, newPassword },
    });
    if (!data) {
      const errors = problemToFormErrors(error, response.status, ['newPassword']);
      if (!errors.fields.newPassword) onLinkDead();
      return errors;
    }
    email = data.email;
  } catch {
    return offlineErrors();
  }
  // Whoever was logged in on this phone was logged out by the reset: forget that session here too.
  await logOut({ revoke: false });
  const login = await logIn(email, newPassword);
  if (login && 'secondFactor' in login && login.secondFactor) {
    showOnNextScreen('Your new password is saved. Log in with it and the code from your authenticator app.');
    navigate({ name: 'login' }, { replace: true });
    return NO_ERRORS;
  }
  if (login) {
    showOnNextScreen('Your new password is saved. Log in with it.');
    navigate({ name: 'login' }, { replace: true });
    return NO_ERRORS;
  }
  // Logged in: Today, as after any login (the screen said beforehand that other devices get logged out).
  navigate({ name: 'today' }, { replace: true });
  return NO_ERRORS;
}
