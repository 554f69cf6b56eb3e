// Ends every session of the account (a lost phone, a shared computer), this one included.
import { useRef, useState } from 'preact/hooks';
import { logOut } from '../auth/session';
import { FormErrorList } from '../shared/Field';
import { logOutEverywhereCall } from './securityApi';

export function LogOutEverywhere() {
  const confirm = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [endShareLinks, setEndShareLinks] = useState(false);

  async function run() {
    setBusy(true);
    const result = await logOutEverywhereCall(endShareLinks);
    setBusy(false);
    confirm.current?.close();
    if (!result.ok) return setErrors(result.errors.form);
    await logOut();
  }

  return (
    <section class="panel" aria-labelledby="everywhere-title">
      <h2 id="everywhere-title">Log out everywhere</h2>
      <p>
        Ends every session on every phone and computer, this one too. Use it if you lost a device or logged in on someone else's.
      </p>
      <FormErrorList messages={errors} />
      <button type="button" class="button danger" onClick={() => confirm.current?.showModal()}>
        Log out everywhere
      </button>
      <dialog ref={confirm} class="confirm" aria-labelledby="everywhere-confirm-title" aria-describedby="everywhere-confirm-text">
        <h2 id="everywhere-confirm-title">Log out everywhere?</h2>
        <p id="everywhere-confirm-text">
          You'll need your password (and your authenticator app, if it's on) to log in again on each device.
        </p>
        <label class="checkbox">
          <input type="checkbox" checked={endShareLinks} onChange={(e) => setEndShareLinks(e.currentTarget.checked)} />
          Also end the pages I shared (writer's pages and adviser views)
        </label>
        <p class="hint">Unticked, the links you gave your writers and advisers keep working.</p>
        <div class="form-actions">
          <button type="button" class="button" onClick={() => confirm.current?.close()}>
            Stay logged in
          </button>
          <button type="button" class="button danger-solid" disabled={busy} onClick={() => void run()}>
            {busy ? 'Logging out…' : 'Log out everywhere'}
          </button>
        </div>
      </dialog>
    </section>
  );
}
