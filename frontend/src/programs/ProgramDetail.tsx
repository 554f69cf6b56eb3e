// One program: its requirements, what is still missing, and the letters that
// go to it, chosen from the letters board. The cap (4 per program) and the
// requirements are the API's: a refusal is shown next to the choice. Loaded on first use.
import { useRef, useState } from 'preact/hooks';
import type { Letter, Program } from '../api/types';
import { navigate, paths, programFormPath } from '../app/router';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { FormErrorList } from '../shared/Field';
import { showOnNextScreen, useFlash } from '../shared/flash';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { statusOf } from '../writers/labels';
import { listLetters } from '../writers/writersApi';
import { FLAG_LABELS, requirementsLine } from './labels';
import { Missing } from './ProgramList';
import { assignLetters, deleteProgram, getProgram } from './programsApi';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import { oneLine } from '../api/result';
import { FlashNotice } from '../shared/Notices';

const STALE = 'This program was changed on another device. Reload the page to see it.';

export function ProgramDetail({ id }: { id: string }) {
  const [state, retry] = useQuery(['program', id], async () => {
    const [program, letters] = await Promise.all([getProgram(id), listLetters()]);
    if (!program.ok) return program;
    if (!letters.ok) return letters;
    return { ok: true as const, value: { program: program.value, letters: letters.value } };
  });
  return state.status === 'loaded' ? (
    <Shown initial={state.value.program} letters={state.value.letters} />
  ) : (
    <section>
      <PageHeading title="Program" />
      <Loaded state={state} retry={retry}>
        {() => null}
      </Loaded>
    </section>
  );
}

function Shown({ initial, letters }: { initial: Program; letters: Letter[] }) {
  const [program, setProgram] = useState(initial);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  const confirm = useRef<HTMLDialogElement>(null);
  const flash = useFlash();

  async function remove() {
    const answer = await deleteProgram(program);
    if (!answer.ok) return setDeleteErrors([answer.status === 412 ? STALE : oneLine(answer.errors)]);
    showOnNextScreen('Program deleted.');
    navigate({ name: 'programs' });
  }

  return (
    <section>
      <PageHeading title={program.name ?? 'Program'} />
      <FlashNotice message={flash} />
      <p class="card-meta">{[program.specialty, requirementsLine(program)].filter(Boolean).join(' · ')}</p>
      <p>
        <span class={`pill ${program.requirementsMet ? 'ok' : 'no'}`}>
          {program.requirementsMet ? 'Letters complete' : 'Letters missing'}
        </span>
        {program.locked && <span class="pill no">Sent: letters locked</span>}
      </p>
      <Missing program={program} />
      <AssignedLetters program={program} letters={letters} />
      {program.locked ? (
        <p>The application was sent, so its letters are locked.</p>
      ) : (
        <Assign program={program} letters={letters} onSaved={setProgram} />
      )}
      {program.notes && <p class="long-text">{program.notes}</p>}
      <FormErrorList messages={deleteErrors} />
      <div class="form-actions">
        <a class="button" href={programFormPath(program.id)}>
          Edit program
        </a>
        <button type="button" class="button danger" onClick={() => confirm.current?.showModal()}>
          Delete program
        </button>
      </div>
      <ConfirmDialog
        dialog={confirm}
        title="Delete this program?"
        confirmLabel="Delete program"
        cancelLabel="Keep it"
        onConfirm={() => void remove()}
      >
        <p>The program and its choice of letters go; the letters themselves stay on your board.</p>
      </ConfirmDialog>
      <p class="back">
        <a href={paths.programs}>Back to programs</a>
      </p>
    </section>
  );
}

/** Each letter's state named in its own services (ERAS, ResidencyCAS), from the letters already loaded. */
export function AssignedLetters({ program, letters }: { program: Program; letters: Letter[] }) {
  const assigned = program.assignedLetters ?? [];
  const servicesOf = (letterId: string | undefined) => letters.find((l) => l.id === letterId)?.services;
  return (
    <>
      <h2 class="form-section">Letters going to it</h2>
      {assigned.length === 0 ? (
        <p class="muted">None yet.</p>
      ) : (
        <ul class="reasons">
          {assigned.map((l) => (
            <li key={l.letterId} class={(l.flags ?? []).length ? 'unmet' : 'met'}>
              {l.attendingName} ({statusOf(l.status, servicesOf(l.letterId))})
              {(l.flags ?? []).map((flag) => `: ${FLAG_LABELS[flag]}`).join('')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Assign({ program, letters, onSaved }: { program: Program; letters: Letter[]; onSaved(program: Program): void }) {
  const [chosen, setChosen] = useState<string[]>(() => (program.assignedLetters ?? []).map((l) => l.letterId!));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [news, setNews] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (letters.length === 0) {
    return (
      <p>
        No letters on your board yet. <a href={paths.letters}>Add writers on the letters board</a>, then choose here which go to
        this program.
      </p>
    );
  }

  async function save(event: Event) {
    event.preventDefault();
    setSaving(true);
    const answer = await assignLetters(program, chosen);
    setSaving(false);
    if (answer.ok) {
      setErrors(NO_ERRORS);
      setNews('Letters saved.');
      return onSaved(answer.value);
    }
    setNews(null);
    setErrors(answer.status === 412 ? { fields: {}, form: [STALE] } : answer.errors);
  }

  return (
    <form class="panel" onSubmit={save} noValidate aria-busy={saving}>
      <CheckboxGroup
        legend="Choose the letters for this program"
        hint="Up to 4 letters can go to one program."
        error={errors.fields.letterIds}
        options={letters.map((l) => ({ value: l.id!, label: `${l.attendingName} (${statusOf(l.status, l.services)})` }))}
        chosen={chosen}
        onChange={setChosen}
      />
      <FormErrorList messages={errors.form} />
      <p role="status" class={news ? 'notice' : ''}>
        {news}
      </p>
      <button type="submit" class="button primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save letters'}
      </button>
    </form>
  );
}
