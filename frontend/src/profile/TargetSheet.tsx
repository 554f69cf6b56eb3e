// The target sheet: what the applicant aims for and when. Deadlines, soft
// deadlines and reminders elsewhere count back from these dates. Saved with
// If-Match, so an edit from another device is never overwritten unseen.
// Loaded on first use.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { NO_ERRORS, offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import type { PersonalStatementStatus } from '../api/types';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { COMPETENCIES, COMPETENCY_LABELS } from '../shared/competencies';
import { Field, FormErrorList } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { sheetOf, sheetProblems, toProfileInput, type Sheet } from './sheet';
import { BackToMore } from '../app/BackToMore';
import { NextSeasonPanel } from './NextSeasonPanel';

const STATEMENT_LABELS: Record<PersonalStatementStatus, string> = {
  NOT_STARTED: 'Not started',
  DRAFT: 'A working draft',
  FINAL: 'Final',
};

const INPUTS = [
  'targetSpecialty',
  'secondSpecialty',
  'season',
  'erasOpensOn',
  'submissionTargetOn',
  'strengths',
  'strengthsNote',
  'cvReady',
  'cvUpdatedOn',
  'personalStatementStatus',
  'personalStatementUpdatedOn',
  'timeZone',
] as const;

type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; etag: string };

export function TargetSheet() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  /** Reads the sheet; `keepMine` keeps what is typed and only takes the new version (after a clash). */
  async function load(keepMine = false) {
    try {
      const { data, response } = await api.GET('/api/v1/profile');
      if (!data) throw new Error(String(response.status));
      setLoaded({ status: 'loaded', etag: response.headers.get('ETag') ?? `"${data.version ?? 0}"` });
      if (!keepMine) setSheet(sheetOf(data));
    } catch {
      setLoaded({ status: 'failed', message: "We couldn't load your target sheet. Check your connection and try again." });
    }
  }

  useEffect(() => void load(), []);

  if (loaded.status !== 'loaded' || !sheet) {
    return (
      <section>
        <PageHeading title="Target sheet" />
        {loaded.status === 'failed' ? (
          <div class="form-errors" role="alert">
            <p>{loaded.message}</p>
            <button type="button" class="button" onClick={() => void load()}>
              Try again
            </button>
          </div>
        ) : (
          <p class="muted" role="status">
            Loading…
          </p>
        )}
      </section>
    );
  }

  const set =
    <K extends keyof Sheet>(key: K) =>
    (value: Sheet[K]) => {
      setSaved(null);
      setSheet((s) => (s ? { ...s, [key]: value } : s));
    };
  const etag = loaded.etag;

  async function save(event: Event) {
    event.preventDefault();
    if (saving || !sheet) return;
    const problems = sheetProblems(sheet);
    let result: FormErrors = { fields: problems, form: [] };
    if (Object.keys(problems).length === 0) {
      setSaving(true);
      try {
        const { data, error, response } = await api.PUT('/api/v1/profile', {
          params: { header: { 'If-Match': etag } },
          body: toProfileInput(sheet),
        });
        if (data) {
          setLoaded({ status: 'loaded', etag: response.headers.get('ETag') ?? `"${data.version ?? 0}"` });
          setSheet(sheetOf(data));
          setErrors(NO_ERRORS);
          setSaved('Target sheet saved.');
          setSaving(false);
          return;
        }
        if (response.status === 412) {
          await load(true);
          result = {
            fields: {},
            form: [
              'Your target sheet was changed on another device meanwhile. Your entries are still here: save again to keep them.',
            ],
          };
        } else {
          result = problemToFormErrors(error, response.status, INPUTS);
        }
      } catch {
        result = offlineErrors();
      }
      setSaving(false);
    }
    setErrors(result);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  const zones = timeZones(sheet.timeZone);
  return (
    <section>
      <PageHeading title="Target sheet" />
      <p class="muted">What you're aiming for. LORkit plans your letters and reminders from these dates.</p>
      <form ref={form} onSubmit={save} noValidate aria-busy={saving}>
        <Field
          label="Target specialty"
          name="targetSpecialty"
          hint="For example: Internal Medicine."
          error={errors.fields.targetSpecialty}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              value={sheet.targetSpecialty}
              onInput={(e) => set('targetSpecialty')(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label="Second specialty (optional)"
          name="secondSpecialty"
          hint="If you apply to two, for example Family Medicine as well. Each gets its own letter checks."
          error={errors.fields.secondSpecialty}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              value={sheet.secondSpecialty}
              onInput={(e) => set('secondSpecialty')(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label="Application season (year)"
          name="season"
          hint="The year you apply; the Match is the next spring."
          error={errors.fields.season}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              inputMode="numeric"
              maxLength={4}
              value={sheet.season}
              onInput={(e) => set('season')(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="ERAS opens on" name="erasOpensOn" error={errors.fields.erasOpensOn}>
          {(a11y) => (
            <input {...a11y} type="date" value={sheet.erasOpensOn} onInput={(e) => set('erasOpensOn')(e.currentTarget.value)} />
          )}
        </Field>
        <Field
          label="I plan to submit on"
          name="submissionTargetOn"
          hint="Letter deadlines are set 2–3 weeks before this day."
          error={errors.fields.submissionTargetOn}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              min={sheet.erasOpensOn || undefined}
              value={sheet.submissionTargetOn}
              onInput={(e) => set('submissionTargetOn')(e.currentTarget.value)}
            />
          )}
        </Field>

        <h2 class="form-section">Strengths to highlight</h2>
        <CheckboxGroup
          legend="What should your letters show?"
          hint="Pick the two or three you most want writers to vouch for."
          error={errors.fields.strengths}
          options={COMPETENCIES.map((value) => ({ value, label: COMPETENCY_LABELS[value] }))}
          chosen={sheet.strengths}
          onChange={set('strengths')}
        />
        <Field label="In your own words (optional)" name="strengthsNote" error={errors.fields.strengthsNote}>
          {(a11y) => (
            <textarea
              {...a11y}
              rows={3}
              value={sheet.strengthsNote}
              onInput={(e) => set('strengthsNote')(e.currentTarget.value)}
            />
          )}
        </Field>

        <h2 class="form-section">Documents</h2>
        <label class="checkbox">
          <input
            type="checkbox"
            name="cvReady"
            checked={sheet.cvReady}
            onChange={(e) => set('cvReady')(e.currentTarget.checked)}
          />
          My CV is up to date and at most 2 pages
        </label>
        <Field label="CV last updated on" name="cvUpdatedOn" error={errors.fields.cvUpdatedOn}>
          {(a11y) => (
            <input {...a11y} type="date" value={sheet.cvUpdatedOn} onInput={(e) => set('cvUpdatedOn')(e.currentTarget.value)} />
          )}
        </Field>
        <Field
          label="Personal statement"
          name="personalStatementStatus"
          hint="A working draft is enough for a letter packet."
          error={errors.fields.personalStatementStatus}
        >
          {(a11y) => (
            <select
              {...a11y}
              value={sheet.personalStatementStatus}
              onChange={(e) => set('personalStatementStatus')(e.currentTarget.value as PersonalStatementStatus)}
            >
              {(Object.keys(STATEMENT_LABELS) as PersonalStatementStatus[]).map((status) => (
                <option key={status} value={status}>
                  {STATEMENT_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Personal statement last worked on"
          name="personalStatementUpdatedOn"
          error={errors.fields.personalStatementUpdatedOn}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              value={sheet.personalStatementUpdatedOn}
              onInput={(e) => set('personalStatementUpdatedOn')(e.currentTarget.value)}
            />
          )}
        </Field>

        <Field
          label="Your time zone"
          name="timeZone"
          hint="Decides when “today” starts for your plan."
          error={errors.fields.timeZone}
        >
          {(a11y) => (
            <select {...a11y} value={sheet.timeZone} onChange={(e) => set('timeZone')(e.currentTarget.value)}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replace(/_/g, ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>

        <FormErrorList messages={errors.form} />
        {saved && (
          <p class="notice" role="status">
            {saved}
          </p>
        )}
        <button type="submit" class="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save target sheet'}
        </button>
      </form>
      <NextSeasonPanel onStarted={() => void load()} />
      <BackToMore />
    </section>
  );
}

/** Every zone the browser knows, with the current one kept even if it doesn't. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(['UTC', ...known]);
  all.add(current);
  return [...all];
}
