// Add or edit an attending, with the rotations worked together and the dates
// (they decide the days together, one of the letter-writer rules). Loaded on first use.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Attending, AttendingInput, AttendingRole, Rotation } from '../api/types';
import { feedbackListPath, navigate, packetPath, paths } from '../app/router';
import { Field } from '../shared/Field';
import { showOnNextScreen } from '../shared/flash';
import { focusFirstProblem } from '../shared/focus';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { dayRange } from './dates';
import { ROLE_LABELS } from './labels';
import { getAttending, listRotations, saveAttending } from './writersApi';
import { FormFooter } from '../shared/FormFooter';

type Link = NonNullable<AttendingInput['rotations']>[number];

const EMPTY: AttendingInput = { name: '', role: 'CORE_FACULTY', hasSeenMePresent: false, rotations: [] };

export function AttendingForm({ id }: { id?: string }) {
  const [state, retry] = useQuery(['attending', id], async () => {
    const [attending, rotations] = await Promise.all([
      id ? getAttending(id) : Promise.resolve({ ok: true as const, value: null }),
      listRotations(),
    ]);
    if (!attending.ok) return attending;
    if (!rotations.ok) return rotations;
    return { ok: true as const, value: { attending: attending.value, rotations: rotations.value } };
  });
  return (
    <section>
      <PageHeading title={id ? 'Edit attending' : 'Add an attending'} />
      <Loaded state={state} retry={retry}>
        {({ attending, rotations }) => <AttendingFields attending={attending} rotations={rotations} />}
      </Loaded>
    </section>
  );
}

/** The form itself, for the attending loaded (null: a new one) and the rotations to link. */
export function AttendingFields({ attending, rotations }: { attending: Attending | null; rotations: Rotation[] }) {
  const [input, setInput] = useState<AttendingInput>(() => (attending ? inputOf(attending) : EMPTY));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = (key: keyof AttendingInput) => (value: unknown) => setInput((i) => ({ ...i, [key]: value }));
  const links = input.rotations ?? [];
  const linkOf = (rotationId: string) => links.find((l) => l.rotationId === rotationId);

  function toggleRotation(rotation: Rotation, on: boolean) {
    // Ticking a rotation assumes the whole of it; the dates can be narrowed after.
    const next = on
      ? [...links, { rotationId: rotation.id!, from: rotation.startsOn, to: rotation.endsOn }]
      : links.filter((l) => l.rotationId !== rotation.id);
    set('rotations')(next);
  }
  function setLinkDate(rotationId: string, key: 'from' | 'to', value: string) {
    set('rotations')(links.map((l) => (l.rotationId === rotationId ? { ...l, [key]: value || null } : l)));
  }

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    const fields: Record<string, string> = {};
    if (!input.name.trim()) fields.name = "Please enter the attending's name.";
    let result: FormErrors = { fields, form: [] };
    if (Object.keys(fields).length === 0) {
      setSaving(true);
      const answer = await saveAttending({ ...input, name: input.name.trim() }, attending ?? undefined);
      setSaving(false);
      if (answer.ok) {
        showOnNextScreen('Attending saved.');
        return navigate({ name: 'attendings' });
      }
      result =
        answer.status === 412
          ? { fields: {}, form: ['This attending was changed on another device. Go back and open it again.'] }
          : answer.errors;
    }
    setErrors(result);
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  const text = (key: 'name' | 'degree' | 'specialty' | 'institution', label: string) => (
    <Field label={label} name={key} error={errors.fields[key]}>
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          autocomplete="off"
          value={input[key] ?? ''}
          onInput={(e) => set(key)(e.currentTarget.value || (key === 'name' ? '' : null))}
        />
      )}
    </Field>
  );
  const email = (key: 'email' | 'coordinatorEmail', label: string, hint?: string) => (
    <Field label={label} name={key} hint={hint} error={errors.fields[key]}>
      {(a11y) => (
        <input
          {...a11y}
          type="email"
          inputMode="email"
          autocapitalize="off"
          spellcheck={false}
          value={input[key] ?? ''}
          onInput={(e) => set(key)(e.currentTarget.value || null)}
        />
      )}
    </Field>
  );

  return (
    <form ref={form} onSubmit={save} noValidate aria-busy={saving}>
      {text('name', 'Name')}
      {text('degree', 'Degree (optional)')}
      <Field
        label="How to greet them (optional)"
        name="addressAs"
        hint={
          input.addressAs?.trim()
            ? `Emails and scripts open with “Dear ${input.addressAs.trim()},”. Leave it empty to let LORkit choose from the name and degree.`
            : `Emails and scripts open with “Dear ${attending?.greeting || 'Dr. Surname'},”${attending?.greeting ? '' : ' (from the name and a doctoral degree)'}. Write another way if they prefer, e.g. Prof. Okafor.`
        }
        error={errors.fields.addressAs}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            autocomplete="off"
            maxLength={100}
            value={input.addressAs ?? ''}
            onInput={(e) => set('addressAs')(e.currentTarget.value || null)}
          />
        )}
      </Field>
      <Field
        label="Role"
        name="role"
        hint="Program directors and core faculty weigh most with programs."
        error={errors.fields.role}
      >
        {(a11y) => (
          <select {...a11y} value={input.role} onChange={(e) => set('role')(e.currentTarget.value as AttendingRole)}>
            {(Object.keys(ROLE_LABELS) as AttendingRole[]).map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('specialty', 'Specialty (optional)')}
      {text('institution', 'Hospital or clinic (optional)')}
      {email('email', 'Email (optional)')}
      {email('coordinatorEmail', "Coordinator's email (optional)", 'Often the best way to reach a busy program director.')}
      <label class="checkbox">
        <input
          type="checkbox"
          checked={!!input.hasSeenMePresent}
          onChange={(e) => set('hasSeenMePresent')(e.currentTarget.checked)}
        />
        Has seen me present or care for patients
      </label>

      <fieldset class="field choices">
        <legend>Rotations we worked together</legend>
        {rotations.length === 0 && (
          <p class="hint">
            No rotations yet. <a href={paths.rotations}>Add one first</a> to count your days together.
          </p>
        )}
        {rotations.map((rotation) => {
          const link = linkOf(rotation.id!);
          const label = `${rotation.institution} (${dayRange(rotation.startsOn, rotation.endsOn)})`;
          return (
            <div key={rotation.id}>
              <label class="checkbox">
                <input type="checkbox" checked={!!link} onChange={(e) => toggleRotation(rotation, e.currentTarget.checked)} />
                {label}
              </label>
              {link && (
                <LinkDates rotation={rotation} link={link} onDate={(key, value) => setLinkDate(rotation.id!, key, value)} />
              )}
            </div>
          );
        })}
        {errors.fields.rotations && <p class="field-error">{errors.fields.rotations}</p>}
      </fieldset>

      <Field label="Notes (optional)" name="notes" error={errors.fields.notes}>
        {(a11y) => (
          <textarea {...a11y} rows={3} value={input.notes ?? ''} onInput={(e) => set('notes')(e.currentTarget.value || null)} />
        )}
      </Field>
      <FormFooter errors={errors.form} saving={saving} submitLabel="Save attending" cancel={paths.attendings} />
      {attending?.id && (
        <p class="form-actions">
          <a class="button small" href={feedbackListPath(attending.id)}>
            Their feedback
          </a>
          <a class="button small" href={packetPath(attending.id)}>
            Their packet
          </a>
        </p>
      )}
    </form>
  );
}

function LinkDates({
  rotation,
  link,
  onDate,
}: {
  rotation: Rotation;
  link: Link;
  onDate(key: 'from' | 'to', value: string): void;
}) {
  return (
    <div class="link-row">
      <Field label="From" name={`from-${rotation.id}`}>
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            min={rotation.startsOn}
            max={rotation.endsOn}
            value={link.from ?? ''}
            onInput={(e) => onDate('from', e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="To" name={`to-${rotation.id}`}>
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            min={rotation.startsOn}
            max={rotation.endsOn}
            value={link.to ?? ''}
            onInput={(e) => onDate('to', e.currentTarget.value)}
          />
        )}
      </Field>
    </div>
  );
}

/** The writable fields of a stored attending (a PUT replaces them all). */
function inputOf(a: Attending): AttendingInput {
  return {
    name: a.name ?? '',
    degree: a.degree ?? null,
    role: a.role!,
    specialty: a.specialty ?? null,
    institution: a.institution ?? null,
    email: a.email ?? null,
    coordinatorEmail: a.coordinatorEmail ?? null,
    addressAs: a.addressAs ?? null,
    notes: a.notes ?? null,
    hasSeenMePresent: a.hasSeenMePresent ?? false,
    rotations: (a.rotations ?? []).map((l) => ({ rotationId: l.rotationId!, from: l.from ?? null, to: l.to ?? null })),
  };
}
