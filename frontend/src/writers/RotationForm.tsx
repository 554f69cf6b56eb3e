// Add or edit a rotation, with its letter-potential checklist. Loaded on first use.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Rotation, RotationInput, RotationKind } from '../api/types';
import { navigate, paths } from '../app/router';
import { Field } from '../shared/Field';
import { showOnNextScreen } from '../shared/flash';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { ROTATION_KIND_LABELS } from './labels';
import { getRotation, saveRotation } from './writersApi';
import { FormFooter } from '../shared/FormFooter';

const CHECKLIST = [
  ['supervisedByLetterWriter', 'Supervised by a PD, APD, core faculty, clerkship director or a long-term attending'],
  ['canPresentPatients', 'I can present patients'],
  ['canWriteNotes', 'I can write notes'],
  ['observedRepeatedly', 'The same attending sees me work again and again'],
  ['worksWithResidents', 'I work with residents or fellows'],
  ['shadowingOnly', 'Shadowing only'],
  ['largeGroup', 'One of a large group of students'],
] as const;

const EMPTY: RotationInput = { institution: '', kind: 'OBSERVERSHIP', startsOn: '', endsOn: '' };

export function RotationForm({ id }: { id?: string }) {
  const [state, retry] = useQuery<Rotation | null>(['rotation', id], async () =>
    id ? getRotation(id) : { ok: true as const, value: null },
  );
  return (
    <section>
      <PageHeading title={id ? 'Edit rotation' : 'Add a rotation'} />
      <Loaded state={state} retry={retry}>
        {(rotation) => <RotationFields rotation={rotation} />}
      </Loaded>
    </section>
  );
}

/** The form itself, for the rotation loaded (null: a new one). */
export function RotationFields({ rotation }: { rotation: Rotation | null }) {
  const [input, setInput] = useState<RotationInput>(() => (rotation ? inputOf(rotation) : EMPTY));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = (key: keyof RotationInput) => (value: unknown) => setInput((i) => ({ ...i, [key]: value }));

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    const fields: Record<string, string> = {};
    if (!input.institution.trim()) fields.institution = 'Please name the hospital or clinic.';
    if (!input.startsOn) fields.startsOn = 'Please give the first day.';
    if (!input.endsOn) fields.endsOn = 'Please give the last day.';
    else if (input.startsOn && input.endsOn < input.startsOn) fields.endsOn = 'The last day must be on or after the first day.';
    let result: FormErrors = { fields, form: [] };
    if (Object.keys(fields).length === 0) {
      setSaving(true);
      const answer = await saveRotation({ ...input, institution: input.institution.trim() }, rotation ?? undefined);
      setSaving(false);
      if (answer.ok) {
        showOnNextScreen('Rotation saved.');
        return navigate({ name: 'rotations' });
      }
      result =
        answer.status === 412
          ? { fields: {}, form: ['This rotation was changed on another device. Go back and open it again.'] }
          : answer.errors;
    }
    setErrors(result);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  const text = (key: 'institution' | 'location' | 'specialty', label: string, hint?: string) => (
    <Field label={label} name={key} hint={hint} error={errors.fields[key]}>
      {(a11y) => <input {...a11y} type="text" value={input[key] ?? ''} onInput={(e) => set(key)(e.currentTarget.value)} />}
    </Field>
  );

  return (
    <form ref={form} onSubmit={save} noValidate aria-busy={saving}>
      {text('institution', 'Hospital or clinic')}
      {text('specialty', 'Specialty (optional)')}
      {text('location', 'City and state (optional)')}
      <Field label="Kind" name="kind" error={errors.fields.kind}>
        {(a11y) => (
          <select {...a11y} value={input.kind} onChange={(e) => set('kind')(e.currentTarget.value as RotationKind)}>
            {(Object.keys(ROTATION_KIND_LABELS) as RotationKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {ROTATION_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="First day" name="startsOn" error={errors.fields.startsOn}>
        {(a11y) => <input {...a11y} type="date" value={input.startsOn} onInput={(e) => set('startsOn')(e.currentTarget.value)} />}
      </Field>
      <Field label="Last day" name="endsOn" hint="Two weeks or more gives a writer enough to say." error={errors.fields.endsOn}>
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            min={input.startsOn || undefined}
            value={input.endsOn}
            onInput={(e) => set('endsOn')(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="field choices">
        <legend>On this rotation</legend>
        {CHECKLIST.map(([key, label]) => (
          <label key={key} class="checkbox">
            <input type="checkbox" checked={!!input[key]} onChange={(e) => set(key)(e.currentTarget.checked)} />
            {label}
          </label>
        ))}
      </fieldset>
      <FormFooter errors={errors.form} saving={saving} submitLabel="Save rotation" cancel={paths.rotations} />
    </form>
  );
}

/** The writable fields of a stored rotation (a PUT replaces them all). */
function inputOf(rotation: Rotation): RotationInput {
  const { institution, location, specialty, kind, startsOn, endsOn } = rotation;
  const checks = Object.fromEntries(CHECKLIST.map(([key]) => [key, rotation[key] ?? false]));
  return { institution, location, specialty, kind: kind!, startsOn: startsOn!, endsOn: endsOn!, ...checks } as RotationInput;
}
