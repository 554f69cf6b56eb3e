// Change the password. The API ends the other sessions and gives this one new tokens.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import { validateCredentials } from '../auth/validate';
import { Field, FormErrorList } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { changePassword } from './securityApi';

export function PasswordSection({ onChanged }: { onChanged(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const fields: Record<string, string> = {};
    if (!current) fields.currentPassword = 'Please enter the password you use now.';
    const rules = validateCredentials({ email: 'x@x', password: next, displayName: 'x' }, 'register');
    if (rules.password) fields.newPassword = rules.password;
    let result: FormErrors = { fields, form: [] };
    if (Object.keys(fields).length === 0) {
      setBusy(true);
      const answer = await changePassword(current, next);
      setBusy(false);
      if (answer.ok) {
        setCurrent('');
        setNext('');
        setErrors(NO_ERRORS);
        setDone(true);
        onChanged();
        return;
      }
      result = answer.errors;
    }
    setErrors(result);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  return (
    <section class="panel" aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      <form ref={form} onSubmit={submit} noValidate aria-busy={busy}>
        <Field label="Current password" name="currentPassword" error={errors.fields.currentPassword}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autocomplete="current-password"
              value={current}
              onInput={(e) => setCurrent(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label="New password"
          name="newPassword"
          hint="At least 8 characters; 15 or more is better. A few unrelated words work well."
          error={errors.fields.newPassword}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autocomplete="new-password"
              value={next}
              onInput={(e) => setNext(e.currentTarget.value)}
            />
          )}
        </Field>
        <FormErrorList messages={errors.form} />
        {done && (
          <p class="notice" role="status">
            Password changed. Your other devices were logged out.
          </p>
        )}
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
