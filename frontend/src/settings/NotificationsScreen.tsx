// Notifications: a digest of Today (daily or weekly, at a chosen time, never on
// a day with nothing to do), a note when a letter is at risk, phone pushes and
// quiet hours. Saved with If-Match like every record. Loaded on first use.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import { allMessages, callApi } from '../api/result';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { NotificationSettings } from '../api/types';
import { FormErrorList } from '../shared/Field';
import { PageHeading } from '../shared/PageHeading';
import { BackToMore } from '../app/BackToMore';
import { pushApi } from './notificationsApi';
import { formOf, toInput, type NotificationForm } from './notificationForm';
import { disablePush, enablePush, realPushBrowser, type EnableOutcome } from './pushSubscription';
import '../shared/coach.css';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

const PUSH_OUTCOME: Record<EnableOutcome, string> = {
  subscribed: 'This phone now gets your notifications.',
  unsupported:
    'This browser cannot show notifications. On an iPhone, add LORkit to your Home Screen (Share, Add to Home Screen) and open it from there.',
  denied: 'Notifications are blocked for LORkit. Allow them in your browser or phone settings, then try again.',
  failed: "We couldn't turn on notifications for this phone. Check your connection and try again.",
};

export function NotificationsScreen() {
  const [settings, setSettings] = useState<NotificationSettings | null>(null);
  const [form, setForm] = useState<NotificationForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    const result = await callApi(() => api.GET('/api/v1/me/notifications'));
    if (result.ok) {
      setSettings(result.value);
      setForm(formOf(result.value));
    } else setErrors(result.errors);
  }
  useEffect(() => void load(), []);

  async function save(next: NotificationForm, said: string) {
    if (!settings) return;
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
      setStatus(said);
    } else {
      setErrors(result.errors);
      if (result.status === 412) void load();
    }
  }

  async function turnPush(on: boolean) {
    if (!form) return;
    setBusy(true);
    const browser = realPushBrowser();
    if (on) {
      const outcome = await enablePush(browser, pushApi, localStorage);
      setBusy(false);
      if (outcome !== 'subscribed') return setStatus(PUSH_OUTCOME[outcome]);
      await save({ ...form, pushEnabled: true }, PUSH_OUTCOME.subscribed);
    } else {
      const done = await disablePush(browser, pushApi, localStorage);
      setBusy(false);
      if (!done) return setStatus(PUSH_OUTCOME.failed);
      await save({ ...form, pushEnabled: false }, 'This phone gets no more notifications from LORkit.');
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
  const next = settings.nextDigestAt
    ? new Date(settings.nextDigestAt).toLocaleString(undefined, { weekday: 'long', hour: 'numeric', minute: '2-digit' })
    : null;

  return (
    <section>
      <PageHeading title="Notifications" />
      <div class="panel">
        <h2>Phone notifications</h2>
        <p>
          {settings.pushEnabled && (settings.phones ?? 0) > 0
            ? `On for ${settings.phones === 1 ? '1 phone or browser' : `${settings.phones} phones or browsers`}.`
            : 'Off. Turn them on to get your digest and urgent notes on this phone.'}
        </p>
        <button type="button" class="button primary" disabled={busy} onClick={() => void turnPush(!settings.pushEnabled)}>
          {settings.pushEnabled ? 'Turn off on this phone' : 'Turn on phone notifications'}
        </button>
      </div>
      <form
        class="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void save(form, 'Saved.');
        }}
      >
        <h2>Digest of Today</h2>
        <fieldset>
          <legend>How often</legend>
          {(['OFF', 'DAILY', 'WEEKLY'] as const).map((value) => (
            <label key={value} class="choice">
              <input type="radio" name="digest" checked={form.digest === value} onChange={() => set({ digest: value })} />
              {value === 'OFF' ? 'Never' : value === 'DAILY' ? 'Every day' : 'Once a week'}
            </label>
          ))}
        </fieldset>
        {form.digest === 'WEEKLY' && (
          <label class="field">
            On
            <select
              value={form.digestWeekday}
              onChange={(e) => set({ digestWeekday: e.currentTarget.value as NotificationForm['digestWeekday'] })}
            >
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {day.charAt(0) + day.slice(1).toLowerCase()}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="field">
          At
          <input type="time" name="digestAt" value={form.digestAt} onInput={(e) => set({ digestAt: e.currentTarget.value })} />
        </label>
        <p class="hint">
          Times are in {settings.timeZone} (your target sheet). A day with nothing to do sends nothing.
          {next ? ` Next digest: ${next}.` : ''}
        </p>
        <label class="choice">
          <input type="checkbox" checked={form.urgentNotes} onChange={(e) => set({ urgentNotes: e.currentTarget.checked })} />
          Tell me at once when a letter is at risk (a writer still silent a week before you submit)
        </label>
        <label class="choice">
          <input type="checkbox" checked={form.emailEnabled} onChange={(e) => set({ emailEnabled: e.currentTarget.checked })} />
          Also by email
        </label>
        <h2>Quiet hours</h2>
        <label class="choice">
          <input type="checkbox" checked={form.quiet} onChange={(e) => set({ quiet: e.currentTarget.checked })} />
          Keep my phone quiet at night: notifications wait until the quiet hours end
        </label>
        {form.quiet && (
          <div class="form-row">
            <label class="field">
              From
              <input
                type="time"
                name="quietFrom"
                value={form.quietFrom}
                onInput={(e) => set({ quietFrom: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              Until
              <input
                type="time"
                name="quietUntil"
                value={form.quietUntil}
                onInput={(e) => set({ quietUntil: e.currentTarget.value })}
              />
            </label>
          </div>
        )}
        <FormErrorList messages={allMessages(errors)} />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
      {status && <p role="status">{status}</p>}
      <p class="muted">Notifications name your next steps only, never what you wrote in your stories or feedback.</p>
      <BackToMore />
    </section>
  );
}
