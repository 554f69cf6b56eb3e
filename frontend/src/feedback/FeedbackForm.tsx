// The feedback form, for logging feedback and for changing it: who gave it and
// what they said come first; the date, my plan and the follow-up hide under
// "More details". What is typed is kept on the phone at every keystroke until
// Save (see shared/draftStore.ts).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Enthusiasm, FeedbackKind } from '../api/types';
import { currentUser } from '../auth/session';
import { paths } from '../app/router';
import { createDraftStore } from '../shared/draftStore';
import { Field } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { useKeptDraft } from '../shared/useKeptDraft';
import { RadioGroup } from '../shared/RadioGroup';
import { useLinkChoices, type LinkChoices } from '../writers/useLinkChoices';
import { today } from '../story/dates';
import { EMPTY_FEEDBACK, feedbackProblems, sameFeedbackDraft, type FeedbackDraft } from './feedbackDraft';
import { FEEDBACK_DETAIL_INPUTS } from './feedbackInputs';
import { ENTHUSIASM_CHOICES, FEEDBACK_KIND_HINTS, FEEDBACK_KIND_LABELS } from './labels';
import { RestoredDraftNotice } from '../shared/Notices';
import { RotationPicker } from '../shared/RotationPicker';
import { FormFooter } from '../shared/FormFooter';

const drafts = createDraftStore('lorkit.feedbackDraft.', EMPTY_FEEDBACK);

export interface FeedbackFormProps {
  heading: string;
  /** Whose draft this is: "new" for the log form, else the feedback's id or local key. */
  draftKey: string;
  initial: FeedbackDraft;
  /** Problems already known, e.g. the API refused it while the applicant was away. */
  initialErrors?: FormErrors;
  submitLabel: string;
  /** Saves and leaves the screen; answers the problems to show when it could not. */
  onSave(draft: FeedbackDraft): Promise<FormErrors | void>;
  /** Leaves without saving. The draft stays on the phone: a stray tap must not cost a note. */
  onCancel(): void;
  /** Shown above the form (e.g. the choice between a story and feedback). */
  before?: ComponentChildren;
  /** Shown after the form's buttons (e.g. Delete). */
  after?: ComponentChildren;
}

export function FeedbackForm({
  heading,
  draftKey,
  initial,
  initialErrors = NO_ERRORS,
  submitLabel,
  onSave,
  onCancel,
  before,
  after,
}: FeedbackFormProps) {
  const userId = currentUser()?.id ?? 'anonymous';
  const [kept] = useState(() => drafts.load(userId, draftKey));
  const [draft, setDraft] = useState<FeedbackDraft>(kept ?? initial);
  const [restored, setRestored] = useState(!!kept && !sameFeedbackDraft(kept, initial));
  const [errors, setErrors] = useState<FormErrors>(initialErrors);
  const [saving, setSaving] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(() => FEEDBACK_DETAIL_INPUTS.some((name) => initialErrors.fields[name]));
  const form = useRef<HTMLFormElement>(null);
  const choices = useLinkChoices({ copyForOffline: true });

  useKeptDraft(drafts, userId, draftKey, draft, sameFeedbackDraft(draft, initial));

  // A remembered attending or rotation may have been deleted since: don't send an id the API no longer knows.
  useEffect(() => {
    if (!choices || choices.fromCopy) return;
    const gone = (id: string, list: { id?: string }[]) => !!id && !list.some((item) => item.id === id);
    if (gone(draft.attendingId, choices.attendings) || gone(draft.rotationId, choices.rotations)) {
      setDraft((d) => ({
        ...d,
        attendingId: gone(d.attendingId, choices.attendings) ? '' : d.attendingId,
        rotationId: gone(d.rotationId, choices.rotations) ? '' : d.rotationId,
      }));
    }
  }, [choices]);

  const update =
    <K extends keyof FeedbackDraft>(key: K) =>
    (value: FeedbackDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  function showErrors(next: FormErrors) {
    setErrors(next);
    if (FEEDBACK_DETAIL_INPUTS.some((name) => next.fields[name])) setDetailsOpen(true);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    const problems = feedbackProblems(draft);
    if (problems) return showErrors({ fields: problems, form: [] });
    setSaving(true);
    const refused = await onSave(draft).catch((error: unknown) => ({
      fields: {},
      form: [error instanceof Error ? error.message : 'This feedback could not be kept. Please try again.'],
    }));
    if (refused) {
      setSaving(false);
      return showErrors(refused);
    }
    drafts.clear(userId, draftKey);
  }

  function startOver() {
    drafts.clear(userId, draftKey);
    setDraft(initial);
    setRestored(false);
  }

  const textArea = (name: 'wentWell' | 'toImprove' | 'myPlan' | 'whatIChanged', label: string, hint?: string) => (
    <Field label={label} name={name} hint={hint} error={errors.fields[name]}>
      {(a11y) => <textarea {...a11y} rows={3} value={draft[name]} onInput={(e) => update(name)(e.currentTarget.value)} />}
    </Field>
  );
  const dateInput = (name: 'receivedOn' | 'checkedBackOn', label: string, hint?: string) => (
    <Field label={label} name={name} hint={hint} error={errors.fields[name]}>
      {(a11y) => (
        <input {...a11y} type="date" max={today()} value={draft[name]} onInput={(e) => update(name)(e.currentTarget.value)} />
      )}
    </Field>
  );

  return (
    <section>
      <PageHeading title={heading} />
      {before}
      {restored && <RestoredDraftNotice onStartOver={startOver} />}
      <form ref={form} class="feedback-form" onSubmit={save} noValidate aria-busy={saving}>
        <WhoAndWhere
          choices={choices}
          draft={draft}
          errors={errors.fields}
          onChange={(links) => setDraft((d) => ({ ...d, ...links }))}
        />
        <RadioGroup<FeedbackKind>
          legend="What kind of feedback?"
          name="kind"
          error={errors.fields.kind}
          options={(Object.keys(FEEDBACK_KIND_LABELS) as FeedbackKind[]).map((value) => ({
            value,
            label: FEEDBACK_KIND_LABELS[value],
            hint: `(${FEEDBACK_KIND_HINTS[value]})`,
          }))}
          chosen={draft.kind}
          onChange={update('kind')}
        />
        {draft.kind === 'SUMMATIVE' && (
          <RadioGroup<Enthusiasm>
            legend="How did they sound about you?"
            name="enthusiasm"
            hint="Be honest with yourself: it decides whom to ask for a strong letter."
            error={errors.fields.enthusiasm}
            options={(Object.keys(ENTHUSIASM_CHOICES) as Enthusiasm[]).map((value) => ({
              value,
              label: ENTHUSIASM_CHOICES[value],
            }))}
            chosen={draft.enthusiasm}
            onChange={update('enthusiasm')}
          />
        )}
        {textArea('wentWell', 'What went well', 'In their words, as far as you remember them.')}
        {textArea('toImprove', 'What to improve')}

        <details open={detailsOpen} onToggle={(e) => setDetailsOpen(e.currentTarget.open)}>
          <summary>More details</summary>
          {dateInput('receivedOn', 'When did you get it?', 'Leave empty for today.')}
          {textArea('myPlan', 'My plan to act on it')}
          {textArea('whatIChanged', 'What I changed', 'Coming back to it later? Write what you did differently.')}
          {dateInput('checkedBackOn', 'When I checked back with them')}
        </details>

        <FormFooter errors={errors.form} saving={saving} submitLabel={submitLabel} cancel={onCancel} />
      </form>
      {after}
    </section>
  );
}

interface WhoProps {
  choices: LinkChoices | null;
  draft: FeedbackDraft;
  errors: Record<string, string>;
  onChange(links: Partial<FeedbackDraft>): void;
}

/** Who gave it (required) and on which rotation. */
function WhoAndWhere({ choices, draft, errors, onChange }: WhoProps) {
  if (!choices) {
    return (
      <p class="offline-note" role="status">
        {draft.attendingId
          ? 'Loading your attendings…'
          : 'Feedback needs the attending who gave it. Connect once so LORkit can list your attendings; after that you can log feedback offline too.'}
      </p>
    );
  }
  if (choices.attendings.length === 0) {
    return (
      <div class="empty">
        <p>Feedback comes from an attending: add them first.</p>
        <a class="button primary" href={paths.attendings}>
          Go to attendings
        </a>
      </div>
    );
  }
  // The rotations this attending worked with the applicant on come first: the likely ones.
  const attending = choices.attendings.find((a) => a.id === draft.attendingId);
  const linked = (id?: string) => (attending?.rotations ?? []).some((l) => l.rotationId === id);
  const rotations = [...choices.rotations.filter((r) => linked(r.id)), ...choices.rotations.filter((r) => !linked(r.id))];
  return (
    <>
      <Field label="Who gave it?" name="attendingId" error={errors.attendingId}>
        {(a11y) => (
          <select {...a11y} value={draft.attendingId} onChange={(e) => onChange({ attendingId: e.currentTarget.value })}>
            <option value="">Choose an attending</option>
            {choices.attendings.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rotations.length > 0 && (
        <RotationPicker
          label="Rotation (optional)"
          rotations={rotations}
          value={draft.rotationId}
          error={errors.rotationId}
          onChange={(rotationId) => onChange({ rotationId })}
        />
      )}
    </>
  );
}
