// Add or edit a program: its name, specialty and letter requirements, and
// (once the application is sent) the lock on its letters, asked twice because
// it can't be undone. Loaded on first use.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Program, ProgramInput } from '../api/types';
import { navigate, paths, programPath } from '../app/router';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Field } from '../shared/Field';
import { showOnNextScreen } from '../shared/flash';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { today } from '../story/dates';
import { getProgram, saveProgram } from './programsApi';
import { FormFooter } from '../shared/FormFooter';

type Requirement = 'lettersRequired' | 'fromUsClinicians' | 'inSpecialty';

/** The form's contents: numbers as typed ('' leaves them to the API's defaults). */
interface ProgramDraft {
  name: string;
  specialty: string;
  lettersRequired: string;
  fromUsClinicians: string;
  inSpecialty: string;
  addedOn: string;
  notes: string;
  locked: boolean;
}

export function ProgramForm({ id }: { id?: string }) {
  const [state, retry] = useQuery<Program | null>(['program', id], async () =>
    id ? getProgram(id) : { ok: true as const, value: null },
  );
  return (
    <section>
      <PageHeading title={id ? 'Edit program' : 'Add a program'} />
      <Loaded state={state} retry={retry}>
        {(program) => <ProgramFields program={program} />}
      </Loaded>
    </section>
  );
}

function ProgramFields({ program }: { program: Program | null }) {
  const [draft, setDraft] = useState<ProgramDraft>(() => draftOf(program));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const lockQuestion = useRef<HTMLDialogElement>(null);
  const set =
    <K extends keyof ProgramDraft>(key: K) =>
    (value: ProgramDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const wasLocked = !!program?.locked;

  function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    // Locking can't be undone: ask first.
    if (draft.locked && !wasLocked) lockQuestion.current?.showModal();
    else void save();
  }

  async function save() {
    const fields: Record<string, string> = {};
    if (!draft.name.trim()) fields.name = "Please enter the program's name.";
    if (!draft.specialty.trim()) fields.specialty = 'Please enter its specialty.';
    let result: FormErrors = { fields, form: [] };
    if (Object.keys(fields).length === 0) {
      setSaving(true);
      const answer = await saveProgram(inputOf(draft), program ?? undefined);
      setSaving(false);
      if (answer.ok) {
        showOnNextScreen('Program saved.');
        return navigate({ name: 'program', id: answer.value.id! });
      }
      result =
        answer.status === 412
          ? { fields: {}, form: ['This program was changed on another device. Go back and open it again.'] }
          : answer.errors;
    }
    setErrors(result);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  const text = (key: 'name' | 'specialty', label: string, hint?: string) => (
    <Field label={label} name={key} hint={hint} error={errors.fields[key]}>
      {(a11y) => <input {...a11y} type="text" value={draft[key]} onInput={(e) => set(key)(e.currentTarget.value)} />}
    </Field>
  );
  const count = (key: Requirement, label: string, hint?: string) => (
    <Field label={label} name={key} hint={hint} error={errors.fields[key]}>
      {(a11y) => (
        <input
          {...a11y}
          type="number"
          inputMode="numeric"
          min={0}
          max={4}
          step={1}
          value={draft[key]}
          onInput={(e) => set(key)(e.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={saving}>
      {text('name', 'Program name')}
      {text('specialty', 'Specialty')}
      <fieldset class="field choices">
        <legend>Letters it asks for</legend>
        <p class="hint">From the program's page. At most 4 letters can go to one program.</p>
        {count('lettersRequired', 'How many letters', 'Leave empty for 3.')}
        {count('fromUsClinicians', 'How many from US clinicians (optional)')}
        {count('inSpecialty', 'How many from its specialty (optional)')}
      </fieldset>
      <Field
        label="Added to my list on (optional)"
        name="addedOn"
        hint="Programs added late are the ones easiest to forget when assigning letters."
        error={errors.fields.addedOn}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            max={today()}
            value={draft.addedOn}
            onInput={(e) => set('addedOn')(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="Notes (optional)" name="notes" error={errors.fields.notes}>
        {(a11y) => <textarea {...a11y} rows={3} value={draft.notes} onInput={(e) => set('notes')(e.currentTarget.value)} />}
      </Field>
      {program && (
        <label class="checkbox">
          <input
            type="checkbox"
            name="locked"
            checked={draft.locked}
            disabled={wasLocked}
            onChange={(e) => set('locked')(e.currentTarget.checked)}
          />
          {wasLocked ? 'Application sent: its letters are locked' : 'I sent my application: lock its letters (cannot be undone)'}
        </label>
      )}
      {errors.fields.locked && <p class="field-error">{errors.fields.locked}</p>}
      <FormFooter
        errors={errors.form}
        saving={saving}
        submitLabel="Save program"
        cancel={program?.id ? programPath(program.id) : paths.programs}
      />
      <ConfirmDialog
        dialog={lockQuestion}
        title="Lock this program's letters?"
        confirmLabel="Yes, lock them"
        cancelLabel="Not yet"
        danger={false}
        onConfirm={() => void save()}
      >
        <p>
          Do this once the application is sent in ERAS. The letters assigned to it can't be changed afterwards, here or in ERAS.
        </p>
      </ConfirmDialog>
    </form>
  );
}

function draftOf(program: Program | null): ProgramDraft {
  const r = program?.requirements;
  const number = (value?: number) => (value === undefined ? '' : String(value));
  return {
    name: program?.name ?? '',
    specialty: program?.specialty ?? '',
    lettersRequired: number(r?.lettersRequired),
    fromUsClinicians: number(r?.fromUsClinicians),
    inSpecialty: number(r?.inSpecialty),
    addedOn: program?.addedOn ?? '',
    notes: program?.notes ?? '',
    locked: program?.locked ?? false,
  };
}

/** The writable fields (a PUT replaces them all). Numbers not given are left to the API's defaults;
 *  one that isn't a whole number is sent as typed, for the API to say what is wrong with it. */
function inputOf(draft: ProgramDraft): ProgramInput {
  const number = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    name: draft.name.trim(),
    specialty: draft.specialty.trim(),
    requirements: {
      lettersRequired: number(draft.lettersRequired),
      fromUsClinicians: number(draft.fromUsClinicians),
      inSpecialty: number(draft.inSpecialty),
    },
    addedOn: draft.addedOn || null,
    notes: draft.notes.trim() || null,
    locked: draft.locked,
  };
}
