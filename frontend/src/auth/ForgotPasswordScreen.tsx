// Forgot password: the address goes to the API, which mails a link if an account uses it. The answer
// is the same either way, so the screen shows the API's own sentence and never guesses.
import { useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { NO_ERRORS, offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import { paths } from '../app/router';
import { Field, FormErrorList } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { validateEmail } from './validate';

export function ForgotPasswordScreen() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const problem = validateEmail(email);
    let result: FormErrors = problem ? { fields: { email: problem }, form: [] } : NO_ERRORS;
    if (!problem) {
      setBusy(true);
      try {
        const { data, error, response } = await api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } });
        if (data) {
          setSent(data.message);
          setBusy(false);
          return;
        }
        result = problemToFormErrors(error, response.status, ['email']);
      } catch {
        result = offlineErrors();
      }
      setBusy(false);
    }
    setErrors(result);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  return (
    <section class="auth">
      <PageHeading title="Forgot your password?" />
      {sent ? (
        <>
          <p class="notice" role="status">
            {sent}
          </p>
          <p>The link opens LORkit, where you choose a new password. You can close this screen.</p>
        </>
      ) : (
        <form ref={form} onSubmit={submit} noValidate aria-busy={busy}>
          <p>Enter the address you log in with. We'll mail you a link to choose a new password.</p>
          <Field label="Email" name="email" error={errors.fields.email}>
            {(a11y) => (
              <input
                {...a11y}
                type="email"
                inputMode="email"
                autocomplete="email"
                autocapitalize="off"
                spellcheck={false}
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
          <FormErrorList messages={errors.form} />
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Sending…' : 'Send me a link'}
          </button>
        </form>
      )}
      <p class="switch">
        Remembered it? <a href={paths.login}>Log in</a>
      </p>
    </section>
  );
}
