// Notifications: a digest of Today (daily or weekly, at a chosen time, never on
// a day with nothing to do), a note when a letter is at risk, phone pushes and
// quiet hours. Saved with If-Match like every record. Loaded on first use.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import { allMessages, callApi } from '../api/result';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { NotificationSettings } from '../api/types';
import { useSession } from '../auth/session';
import { Field, FormErrorList } from '../shared/Field';
import { RadioGroup } from '../shared/RadioGroup';
import { PageHeading } from '../shared/PageHeading';
import { browserStorage } from '../shared/browserStorage';
import { BackToMore } from '../app/BackToMore';
import { pushApi } from './notificationsApi';
import { formOf, toInput, type NotificationForm } from './notificationForm';
import { PhoneNotifications, phoneState, PUSH_SAID } from './PhoneNotifications';
import { disablePush, enablePush, realPushBrowser, subscribedHere } from './pushSubscription';
import '../shared/coach.css';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const FREQUENCIES = [
  { value: 'OFF', label: 'Never' },
  { value: 'DAILY', label: 'Every day' },
  { value: 'WEEKLY', label: 'Once a week' },
] as const;

/** The next digest as the applicant reads it: in the target sheet's zone (the one the times are in), with its date. */
const whenIn = (instant: string, timeZone: string | undefined) =>
  new Date(instant).toLocaleString(undefined, {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });

export function NotificationsScreen() {
  const session = useSession();
  const [settings, setSettings] = useState<NotificationSettings | null>(null);
  const [form, setForm] = useState<NotificationForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  /** Said next to what was tapped: under Save, and in the phone panel. */
  const [saved, setSaved] = useState<string | null>(null);
  const [pushSaid, setPushSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [browser] = useState(realPushBrowser);
  const storage = browserStorage();

  async function load() {
    const result = await callApi(() => api.GET('/api/v1/me/notifications'));
    if (result.ok) {
      setSettings(result.value);
      setForm(formOf(result.value));
    } else setErrors(result.errors);
  }
  useEffect(() => void load(), []);

  /** Saves `next`; answers whether it was saved (the failure's sentences are shown with the form). */
  async function save(next: NotificationForm): Promise<boolean> {
    if (!settings) return false;
    setBusy(true);
    const result = await callApi(
      () =>
        api.PUT('/api/v1/me/notifications', {
          body: toInput(next),
          headers: { 'If-Match': `"${settings.version}"` },
        }),
      ['digest', 'digestWeekday', 'digestAt', 'quietFrom', 'quietUntil'],
      { 412: 'These settings changed on another device meanwhile: we loaded them again. Make your change once more.' },
    );
    setBusy(false);
    if (result.ok) {
      setSettings(result.value);
      setForm(formOf(result.value));
      setErrors(NO_ERRORS);
      return true;
    }
    setErrors(result.errors);
    if (result.status === 412) void load();
    return false;
  }

  async function turnPush(on: boolean) {
    if (!form || !settings) return;
    setBusy(true);
    setSaved(null);
    if (on) {
      const outcome = await enablePush(browser, pushApi, storage);
      setBusy(false);
      if (outcome !== 'subscribed') return setPushSaid(PUSH_SAID[outcome]);
      setPushSaid((await save({ ...form, pushEnabled: true })) ? PUSH_SAID.subscribed : null);
    } else {
      const done = await disablePush(browser, pushApi, storage);
      setBusy(false);
      if (!done) return setPushSaid(PUSH_SAID.failed);
      // The other phones keep theirs: phone notifications stay on while one is left.
      const othersLeft = (settings.phones ?? 1) - 1 > 0;
      setPushSaid((await save({ ...form, pushEnabled: othersLeft })) ? PUSH_SAID.turnedOff : null);
    }
  }

  if (!settings || !form) {
    return (
      <section>
        <PageHeading title="Notifications" />
        {allMessages(errors).length ? <FormErrorList messages={allMessages(errors)} /> : <p role="status">Loading…</p>}
      </section>
    );
  }

  const set = (patch: Partial<NotificationForm>) => setForm({ ...form, ...patch });
  const user = session.status === 'signedIn' ? session.user : null;

  return (
    <section>
      <PageHeading title="Notifications" />
      <PhoneNotifications
        state={phoneState(settings, subscribedHere(storage), browser)}
        said={pushSaid}
        busy={busy}
        onTurn={(on) => void turnPush(on)}
      />
      <form
        class="panel"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setPushSaid(null);
          void save(form).then((done) => setSaved(done ? 'Saved.' : null));
        }}
      >
        <h2>Digest of Today</h2>
        <RadioGroup
          legend="How often"
          name="digest"
          options={FREQUENCIES}
          chosen={form.digest}
          error={errors.fields.digest}
          onChange={(digest) => set({ digest })}
        />
        {form.digest === 'WEEKLY' && (
          <Field label="Which day" name="digestWeekday" error={errors.fields.digestWeekday}>
            {(a11y) => (
              <select
                {...a11y}
                value={form.digestWeekday}
                onChange={(e) => set({ digestWeekday: e.currentTarget.value as NotificationForm['digestWeekday'] })}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {day.charAt(0) + day.slice(1).toLowerCase()}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {form.digest !== 'OFF' && (
          <TimeField
            label="What time"
            name="digestAt"
            hint={`In ${settings.timeZone}, the time zone of your target sheet. A day with nothing to do sends nothing.`}
            {...{ form, set, errors }}
          />
        )}
        {form.digest !== 'OFF' && settings.nextDigestAt && settings.digest === form.digest && (
          <p class="hint">Next digest: {whenIn(settings.nextDigestAt, settings.timeZone)}.</p>
        )}
        <label class="checkbox">
          <input type="checkbox" checked={form.urgentNotes} onChange={(e) => set({ urgentNotes: e.currentTarget.checked })} />
          <span>Tell me at once when a letter is at risk (a writer still silent a week before you submit)</span>
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={form.emailEnabled} onChange={(e) => set({ emailEnabled: e.currentTarget.checked })} />
          <span>Send them by email{user ? ` to ${user.email}` : ''}</span>
        </label>
        {form.emailEnabled && user && !user.emailVerifiedAt && (
          <p class="hint">
            Emails go to a confirmed address only. Open the link we mailed you (or send a new one from More) to confirm it.
          </p>
        )}
        <h2>Quiet hours</h2>
        <label class="checkbox">
          <input type="checkbox" checked={form.quiet} onChange={(e) => set({ quiet: e.currentTarget.checked })} />
          <span>Keep my phone quiet at night: notifications wait until the quiet hours end</span>
        </label>
        {form.quiet && (
          <>
            <TimeField label="From" name="quietFrom" {...{ form, set, errors }} />
            <TimeField label="Until" name="quietUntil" {...{ form, set, errors }} />
          </>
        )}
        <FormErrorList messages={errors.form} />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
        {saved && <p role="status">{saved}</p>}
      </form>
      <p class="muted">Notifications name your next steps only, never what you wrote in your stories or feedback.</p>
      <BackToMore />
    </section>
  );
}

/** A time of day (HH:MM) of the form, with the API's complaint about it under it. */
function TimeField(props: {
  label: string;
  name: 'digestAt' | 'quietFrom' | 'quietUntil';
  hint?: string;
  form: NotificationForm;
  set: (patch: Partial<NotificationForm>) => void;
  errors: FormErrors;
}) {
  const { name } = props;
  return (
    <Field label={props.label} name={name} {...(props.hint ? { hint: props.hint } : {})} error={props.errors.fields[name]}>
      {(a11y) => (
        <input {...a11y} type="time" value={props.form[name]} onInput={(e) => props.set({ [name]: e.currentTarget.value })} />
      )}
    </Field>
  );
}
