// The story form, for logging a story and for editing one: one sentence is
// enough; the rest hides under "More details". What is typed is kept on the
// phone at every keystroke (formDraft.ts) until Save puts it in the outbox.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { StoryKind } from '../api/types';
import { currentUser } from '../auth/session';
import { Field } from '../shared/Field';
import { focusFirstProblem, focusOnOpen } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { useKeptDraft } from '../shared/useKeptDraft';
import { today } from './dates';
import { DETAIL_INPUTS, draftProblems, sameDraft, type Draft } from './draft';
import { drafts } from './formDraft';
import { KIND_LABELS } from './kinds';
import { PhiLive } from './PhiLive';
import { usePhiCheck } from './usePhiCheck';
import { useRotationByDate } from './useRotationByDate';
import { StoryLinks, useLinkChoices } from './StoryLinks';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { COMPETENCIES, COMPETENCY_LABELS } from '../shared/competencies';
import { RestoredDraftNotice } from '../shared/Notices';
import { FormFooter } from '../shared/FormFooter';
import { FormFieldTags } from './FormFieldTags';

export interface StoryFormProps {
  heading: string;
  /** Shown above the form (e.g. the choice between a story and feedback). */
  before?: ComponentChildren;
  /** Whose draft this is: "new" for the log form, else the story's key. */
  draftKey: string;
  /** The form's contents when no draft is kept. */
  initial: Draft;
  /** Problems already known, e.g. the API refused this change while the applicant was away. */
  initialErrors?: FormErrors;
  submitLabel: string;
  /** Puts the story in the outbox and leaves the screen; may throw with a message for the form. */
  onSave(draft: Draft): Promise<void>;
  /** Leaves without saving. The draft stays on the phone: a stray tap must not cost a note. */
  onCancel(): void;
  /** A new story: the rotation running on its day is chosen (visibly, and changed with the day
   *  until the applicant picks one), and focus starts in the text box. */
  fresh?: boolean;
  /** The witnesses of the last story, offered as a "same as last time" button. */
  lastWitnesses?: readonly string[];
}

export function StoryForm({
  heading,
  before,
  draftKey,
  initial,
  initialErrors = NO_ERRORS,
  submitLabel,
  onSave,
  onCancel,
  fresh = false,
  lastWitnesses,
}: StoryFormProps) {
  const userId = currentUser()?.id ?? 'anonymous';
  const [kept] = useState(() => drafts.load(userId, draftKey));
  // A draft kept by an older version of the app may lack newer fields.
  const [draft, setDraft] = useState<Draft>(kept ? { ...initial, ...kept } : initial);
  const [restored, setRestored] = useState(!!kept && !sameDraft(kept, initial));
  const [errors, setErrors] = useState<FormErrors>(initialErrors);
  const [saving, setSaving] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(() => DETAIL_INPUTS.some((name) => initialErrors.fields[name]));
  const form = useRef<HTMLFormElement>(null);
  const choices = useLinkChoices();
  const summary = useRef<HTMLTextAreaElement>(null);
  // What the form holds when the applicant has typed nothing: `initial` with the rotation running today.
  const [untouched, setUntouched] = useState(initial);
  const byDate = useRotationByDate(fresh && !kept, choices, draft, (rotationId, { untouched: blank }) => {
    setDraft((d) => ({ ...d, rotationId }));
    if (blank) setUntouched((u) => ({ ...u, rotationId }));
  });
  useEffect(() => {
    if (fresh) focusOnOpen(summary.current);
  }, []);
  const phi = usePhiCheck({
    summary: draft.summary,
    title: draft.title,
    whatIDid: draft.whatIDid,
    whatItShows: draft.whatItShows,
  });

  useKeptDraft(drafts, userId, draftKey, draft, sameDraft(draft, untouched));

  const update =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    const problems = draftProblems(draft);
    if (problems) return showErrors({ fields: problems, form: [] });
    setSaving(true);
    try {
      await onSave(draft);
      drafts.clear(userId, draftKey);
    } catch (error) {
      setSaving(false);
      showErrors({
        fields: {},
        form: [error instanceof Error ? error.message : 'This story could not be kept. Please try again.'],
      });
    }
  }

  function startOver() {
    drafts.clear(userId, draftKey);
    setDraft(untouched);
    byDate.restart(untouched.rotationId);
    setRestored(false);
  }

  function showErrors(next: FormErrors) {
    setErrors(next);
    if (DETAIL_INPUTS.some((name) => next.fields[name])) setDetailsOpen(true);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  // On the log form the title waits under "More details" (the first sentence makes one): the
  // quick path is text, rotation, witnesses, Save. When editing, it is in sight.
  const titleField = (
    <>
      <Field
        label="Title (optional)"
        name="title"
        hint="If you leave it empty, we use your first sentence."
        error={errors.fields.title}
      >
        {(a11y) => <input {...a11y} type="text" value={draft.title} onInput={(e) => update('title')(e.currentTarget.value)} />}
      </Field>
      <PhiLive text={draft.title} warnings={phi.title} onChange={update('title')} />
    </>
  );

  return (
    <section>
      <PageHeading title={heading} />
      {before}
      {restored && <RestoredDraftNotice onStartOver={startOver} />}
      <form ref={form} class="story-form" onSubmit={save} noValidate aria-busy={saving}>
        <Field
          label="What happened?"
          name="summary"
          hint="A sentence or two is enough. Leave out anything that could identify a patient: names, exact dates, record numbers."
          error={errors.fields.summary}
        >
          {(a11y) => (
            <textarea
              {...a11y}
              ref={summary}
              rows={3}
              value={draft.summary}
              onInput={(e) => update('summary')(e.currentTarget.value)}
            />
          )}
        </Field>
        <PhiLive text={draft.summary} warnings={phi.summary} onChange={update('summary')} />
        {!fresh && titleField}
        <StoryLinks
          choices={choices}
          draft={draft}
          errors={errors.fields}
          lastWitnesses={lastWitnesses}
          onChange={(links) => setDraft((d) => ({ ...d, ...links }))}
        />

        <details open={detailsOpen} onToggle={(e) => setDetailsOpen(e.currentTarget.open)}>
          <summary>More details</summary>
          {fresh && titleField}
          <Field label="When did it happen?" name="occurredOn" error={errors.fields.occurredOn}>
            {(a11y) => (
              <input
                {...a11y}
                type="date"
                max={today()}
                value={draft.occurredOn}
                onInput={(e) => update('occurredOn')(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="What kind of story is it?" name="kind" error={errors.fields.kind}>
            {(a11y) => (
              <select {...a11y} value={draft.kind} onChange={(e) => update('kind')(e.currentTarget.value as StoryKind)}>
                {(Object.keys(KIND_LABELS) as StoryKind[]).map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="What I did" name="whatIDid" error={errors.fields.whatIDid}>
            {(a11y) => (
              <textarea {...a11y} rows={3} value={draft.whatIDid} onInput={(e) => update('whatIDid')(e.currentTarget.value)} />
            )}
          </Field>
          <PhiLive text={draft.whatIDid} warnings={phi.whatIDid} onChange={update('whatIDid')} />
          <Field
            label="What it shows about me"
            name="whatItShows"
            hint="For example: clinical reasoning, teamwork, taking feedback well."
            error={errors.fields.whatItShows}
          >
            {(a11y) => (
              <textarea
                {...a11y}
                rows={3}
                value={draft.whatItShows}
                onInput={(e) => update('whatItShows')(e.currentTarget.value)}
              />
            )}
          </Field>
          <PhiLive text={draft.whatItShows} warnings={phi.whatItShows} onChange={update('whatItShows')} />
          <CheckboxGroup
            legend="What it shows (competencies)"
            error={errors.fields.competencies}
            options={COMPETENCIES.map((value) => ({ value, label: COMPETENCY_LABELS[value] }))}
            chosen={draft.competencies}
            onChange={update('competencies')}
          />
          <label class="checkbox">
            <input
              type="checkbox"
              name="includeInPacket"
              checked={draft.includeInPacket}
              onChange={(e) => update('includeInPacket')(e.currentTarget.checked)}
            />
            Include in the packet I send to letter writers
          </label>
          {errors.fields.includeInPacket && <p class="field-error">{errors.fields.includeInPacket}</p>}
        </details>
        <FormFieldTags chosen={draft.formFields} error={errors.fields.formFields} onChange={update('formFields')} />

        <FormFooter errors={errors.form} saving={saving} submitLabel={submitLabel} cancel={onCancel} />
      </form>
    </section>
  );
}
