// Login's second step, for accounts with an authenticator app: the password
// was right, now the 6-digit code (or, with the phone lost, a recovery code).
import { Field } from '../shared/Field';
import { OneTimeCodeInput } from '../shared/OneTimeCodeInput';

/** `app`: the code the authenticator app shows; `recovery`: one of the saved recovery codes. */
export type FactorMode = 'app' | 'recovery';

interface Props {
  mode: FactorMode;
  code: string;
  errors: Record<string, string>;
  onCode(code: string): void;
}

export function SecondFactorFields({ mode, code, errors, onCode }: Props) {
  const isApp = mode === 'app';
  return (
    <div class="second-factor">
      <p class="notice" role="status">
        Your password is right. One more step: this account is protected by an authenticator app.
      </p>
      {isApp ? (
        <Field
          key="app"
          label="Code from your authenticator app"
          name="totpCode"
          hint="6 digits. A new code appears every 30 seconds."
          error={errors.totpCode}
        >
          {(a11y) => <OneTimeCodeInput a11y={a11y} value={code} onInput={onCode} />}
        </Field>
      ) : (
        <Field
          key="recovery"
          label="Recovery code"
          name="recoveryCode"
          hint="One of the codes you saved when you turned on the authenticator app. Each works once."
          error={errors.recoveryCode}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              autocomplete="off"
              autocapitalize="off"
              spellcheck={false}
              maxLength={40}
              value={code}
              onInput={(e) => onCode(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
    </div>
  );
}

/** Below the Log in button: the other way to prove it, or back to another account. */
export function SecondFactorChoices({
  mode,
  onMode,
  onCancel,
}: {
  mode: FactorMode;
  onMode(mode: FactorMode): void;
  onCancel(): void;
}) {
  const isApp = mode === 'app';
  return (
    <div class="form-actions stacked">
      <button type="button" class="button" onClick={() => onMode(isApp ? 'recovery' : 'app')}>
        {isApp ? 'Use a recovery code instead' : 'Use my authenticator app instead'}
      </button>
      <button type="button" class="button" onClick={onCancel}>
        Use another account
      </button>
    </div>
  );
}
