// Log a story: one sentence is enough; the rest hides under "More details".
import { useRef, useState } from 'preact/hooks';
import { newIdempotencyKey } from '../api/idempotencyKey';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { StoryKind } from '../api/types';
import { navigate, paths } from '../app/router';
import { Field, FormErrorList } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { today } from './dates';
import { DETAIL_INPUTS, EMPTY_DRAFT, missingContent, toStoryInput, type Draft } from './draft';
import { KIND_LABELS } from './kinds';
import { lastSaved } from './lastSaved';
import { createStory } from './storiesApi';

export function StoryForm() {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  // One key for this story, kept across retries: if an answer is lost on bad
  // Wi-Fi and the applicant taps Save again, the API will not save it twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useRef<HTMLFormElement>(null);

  const update = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    const missing = missingContent(draft);
    if (missing) return showErrors({ fields: missing, form: [] });
    setSaving(true);
    const result = await createStory(toStoryInput(draft), idempotencyKey);
    setSaving(false);
    if (!result.ok) return showErrors(result.errors);
    lastSaved.set(result.value);
    navigate('stories');
  }

  function showErrors(next: FormErrors) {
    setErrors(next);
    if (DETAIL_INPUTS.some((name) => next.fields[name])) setDetailsOpen(true);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  return (
    <section>
      <PageHeading title="Log a story" />
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
              rows={4}
              value={draft.summary}
              onInput={(e) => update('summary')(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="Title (optional)" name="title" hint="If you leave it empty, we use your first sentence." error={errors.fields.title}>
          {(a11y) => (
            <input {...a11y} type="text" value={draft.title} onInput={(e) => update('title')(e.currentTarget.value)} />
          )}
        </Field>

        <details open={detailsOpen} onToggle={(e) => setDetailsOpen(e.currentTarget.open)}>
          <summary>More details</summary>
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

        <FormErrorList messages={errors.form} />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save story'}
          </button>
          <a class="button" href={paths.stories}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
