// Log in and Create account share one form: the register mode only adds a name.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import { paths } from '../app/router';
import { Field, FormErrorList } from '../shared/Field';
import { useFlash } from '../shared/flash';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { SecondFactorChoices, SecondFactorFields, type FactorMode } from './SecondFactorFields';
import { logIn, register, type SecondFactor } from './session';
import { validateCredentials } from './validate';
import { FlashNotice } from '../shared/Notices';

/** @param sessionEnded the saved login was refused while the app was in use: say why this screen is here. */
export function AuthScreen({ mode, sessionEnded = false }: { mode: 'login' | 'register'; sessionEnded?: boolean }) {
  /** Why this screen is here, when another screen said (e.g. the account was just deleted). */
  const flash = useFlash();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  /** Set once the API said the password is right but a code is needed too. */
  const [factor, setFactor] = useState<FactorMode | null>(null);
  const [code, setCode] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const isRegister = mode === 'register';

  // Keep what was typed when switching between the two modes, but not the old messages.
  useEffect(() => {
    setErrors(NO_ERRORS);
    setFactor(null);
  }, [mode]);

  function secondFactor(): SecondFactor | undefined {
    if (!factor) return undefined;
    return factor === 'app' ? { totpCode: code.replace(/\s/g, '') } : { recoveryCode: code.trim() };
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const local = validateCredentials({ email, password, displayName }, mode);
    if (factor && !code.trim()) local[factor === 'app' ? 'totpCode' : 'recoveryCode'] = 'Please enter the code.';
    let result: FormErrors | null = { fields: local, form: [] };
    if (Object.keys(local).length === 0) {
      setBusy(true);
      result = isRegister
        ? await register({ email: email.trim(), password, displayName: displayName.trim() })
        : await logIn(email.trim(), password, secondFactor());
      setBusy(false);
    }
    if (result && 'secondFactor' in result && result.secondFactor && !factor) {
      // Password accepted: the next step is the code, so put the cursor there.
      setFactor('app');
      setErrors(NO_ERRORS);
      requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>('input[name="totpCode"]')?.focus());
      return;
    }
    // On success the session changes and the app shell swaps this screen out.
    if (result) {
      setErrors(result);
      requestAnimationFrame(() => focusFirstProblem(form.current));
    }
  }

  const title = isRegister ? 'Create your account' : 'Log in';
  return (
    <section class="auth">
      <p class="tagline">Turn your US clinical experience into strong letters of recommendation.</p>
      <PageHeading title={title} />
      <FlashNotice message={flash} />
      {sessionEnded && !isRegister && (
        <p class="notice" role="status">
          Your session ended, so please log in again. Anything you logged or were typing is kept on this phone and sent once
          you're back in.
        </p>
      )}
      <form ref={form} onSubmit={submit} noValidate aria-busy={busy}>
        {isRegister && (
          <Field label="Your name" name="displayName" hint="How LORkit greets you." error={errors.fields.displayName}>
            {(a11y) => (
              <input
                {...a11y}
                type="text"
                autocomplete="name"
                value={displayName}
                onInput={(e) => setDisplayName(e.currentTarget.value)}
              />
            )}
          </Field>
        )}
        {factor && <SecondFactorFields mode={factor} code={code} errors={errors.fields} onCode={setCode} />}
        <div hidden={!!factor}>
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
          <Field
            label="Password"
            name="password"
            hint={isRegister ? 'At least 8 characters. A short phrase is easy to remember and hard to guess.' : undefined}
            error={errors.fields.password}
          >
            {(a11y) => {
              const props = {
                ...a11y,
                autocomplete: isRegister ? 'new-password' : 'current-password',
                value: password,
                onInput: (e: Event) => setPassword((e.currentTarget as HTMLInputElement).value),
              };
              // Same input element either way (Preact only swaps the attribute), so focus and caret stay.
              return showPassword ? <input {...props} type="text" /> : <input {...props} type="password" />;
            }}
          </Field>
          <label class="checkbox">
            <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.currentTarget.checked)} />
            Show password
          </label>
        </div>
        <FormErrorList messages={errors.form} />
        {!isRegister && !factor && (
          <p class="forgot">
            <a href={paths.forgotPassword}>Forgot your password?</a>
          </p>
        )}
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? (isRegister ? 'Creating your account…' : 'Logging in…') : isRegister ? 'Create account' : 'Log in'}
        </button>
        {factor && (
          <SecondFactorChoices
            mode={factor}
            onMode={(next) => {
              setFactor(next);
              setCode('');
              setErrors(NO_ERRORS);
            }}
            onCancel={() => {
              setFactor(null);
              setCode('');
              setErrors(NO_ERRORS);
            }}
          />
        )}
      </form>
      <p class="switch">
        {isRegister ? 'Already have an account? ' : 'New to LORkit? '}
        <a href={isRegister ? paths.login : paths.register}>{isRegister ? 'Log in' : 'Create an account'}</a>
      </p>
    </section>
  );
}
