// Delete the account for good. Two steps, since nothing brings it back: the
// password (a borrowed, logged-in phone is not enough), then an explicit
// "Delete for good" in a dialog that says what goes. Afterwards this phone
// forgets the account too and shows the login screen.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS } from '../api/problem';
import { currentUser } from '../auth/session';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Field, FormErrorList } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { useCall } from '../shared/useCall';
import { deleteAccount } from './dataRightsApi';
import { forgetDeletedAccount } from './forgetAccount';

export function DeleteAccountPanel() {
  const [password, setPassword] = useState('');
  const { busy, errors, setErrors, run } = useCall();
  const confirm = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);

  function showProblem() {
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  function askToConfirm(event: Event) {
    event.preventDefault();
    if (!password) {
      setErrors({ fields: { password: 'Enter your password to confirm it is you.' }, form: [] });
      return showProblem();
    }
    setErrors(NO_ERRORS);
    confirm.current?.showModal();
  }

  async function deleteForGood() {
    const userId = currentUser()?.id;
    const result = await run(() => deleteAccount(password));
    if (!result?.ok) return showProblem();
    setPassword('');
    if (userId) await forgetDeletedAccount(userId);
  }

  return (
    <section class="panel" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete my account</h2>
      <p>
        Erases your account and everything in it: stories, attendings, letters, plan, sessions. It can't be undone, so download
        your data first if you may want it.
      </p>
      <form ref={form} onSubmit={askToConfirm} noValidate aria-busy={busy}>
        <Field label="Your password" name="password" error={errors.fields.password}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <FormErrorList messages={errors.form} />
        <button type="submit" class="button danger">
          Delete my account…
        </button>
      </form>
      <ConfirmDialog
        dialog={confirm}
        title="Delete your account for good?"
        confirmLabel="Delete for good"
        cancelLabel="Keep my account"
        busyLabel="Deleting…"
        onConfirm={deleteForGood}
      >
        <p>Everything in LORkit goes now, on the server and on this phone. There is no way to get it back.</p>
      </ConfirmDialog>
    </section>
  );
}
