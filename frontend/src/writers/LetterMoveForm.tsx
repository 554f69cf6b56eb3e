// The next step of a letter, dated: which of the moves the API allows from
// here, the day it happened (today unless changed, always in sight) and a
// note. A final step (received, declined) asks first. Under it, the last step
// can be corrected: the history keeps both the step and its correction.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Letter, LetterStatus } from '../api/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Field, FormErrorList } from '../shared/Field';
import { RadioGroup } from '../shared/RadioGroup';
import { today } from '../story/dates';
import { day } from './dates';
import { dayOf, momentOf } from './letterDates';
import { MOVE_LABELS, STATUS_LABELS } from './labels';
import { lastStandingMove } from './lastMove';
import { correctLetter, moveLetter } from './writersApi';

/** Steps after which there is nothing left to do with this writer: said aloud before they are recorded. */
const FINAL: readonly LetterStatus[] = ['RECEIVED', 'DECLINED'];

interface Props {
  letter: Letter;
  onMoved(letter: Letter, said: string): void;
}

export function LetterMoveForm({ letter, onMoved }: Props) {
  const next = letter.allowedNext ?? [];
  const [to, setTo] = useState<LetterStatus | null>(next.length === 1 ? next[0]! : null);
  const [when, setWhen] = useState(today());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLDialogElement>(null);

  async function send() {
    if (!to) return;
    setBusy(true);
    const answer = await moveLetter(letter, { to, at: momentOf(when), note });
    setBusy(false);
    if (!answer.ok) return setErrors(answer.errors);
    onMoved(answer.value, `${STATUS_LABELS[to]}, on ${day(when)}.`);
  }

  function record(event: Event) {
    event.preventDefault();
    if (!to) return setErrors({ fields: { to: 'Choose what happened.' }, form: [] });
    if (!when) return setErrors({ fields: { at: 'Give the day it happened.' }, form: [] });
    if (FINAL.includes(to)) question.current?.showModal();
    else void send();
  }

  return (
    <>
      {next.length > 0 ? (
        <form class="panel" onSubmit={record} noValidate aria-busy={busy}>
          <RadioGroup<LetterStatus>
            legend="What happened next?"
            name="to"
            error={errors.fields.to}
            options={next.map((s) => ({ value: s, label: MOVE_LABELS[s] }))}
            chosen={to}
            onChange={setTo}
          />
          <Field label="On which day?" name="at" hint="Today unless you change it." error={errors.fields.at}>
            {(a11y) => <input {...a11y} type="date" max={today()} value={when} onInput={(e) => setWhen(e.currentTarget.value)} />}
          </Field>
          <Field label="Note (optional)" name="note" error={errors.fields.note}>
            {(a11y) => (
              <input {...a11y} type="text" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            )}
          </Field>
          <FormErrorList messages={errors.form} />
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Record this step'}
          </button>
        </form>
      ) : (
        <p>This letter is at its last step.</p>
      )}
      {to && (
        <ConfirmDialog
          dialog={question}
          title={to === 'RECEIVED' ? 'Mark the letter as received?' : 'Record that they declined?'}
          confirmLabel={to === 'RECEIVED' ? 'Yes, it is in ERAS' : 'Yes, they declined'}
          cancelLabel="Not yet"
          busyLabel="Saving…"
          danger={to === 'DECLINED'}
          onConfirm={send}
        >
          <p>
            {to === 'RECEIVED'
              ? `Only once ERAS shows the letter from ${letter.attendingName} as received, on ${day(when)}. It is this letter's last step.`
              : `${letter.attendingName} said no, on ${day(when)}. It ends this writer's path; thank them, and choose a backup writer.`}
          </p>
          <p>If it was a slip, you can correct it right after.</p>
        </ConfirmDialog>
      )}
      {letter.canCorrectLast && <CorrectLast letter={letter} onCorrected={onMoved} />}
    </>
  );
}

/** Undo the last step: back to where the letter was, dated as that step was. */
function CorrectLast({ letter, onCorrected }: { letter: Letter; onCorrected: Props['onMoved'] }) {
  const last = lastStandingMove(letter.history);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  if (!last) return null;
  const back = last.from;

  async function correct(event: Event) {
    event.preventDefault();
    setBusy(true);
    const answer = await correctLetter(letter, { to: back, at: last!.at, note });
    setBusy(false);
    if (!answer.ok) return setErrors(answer.errors);
    onCorrected(answer.value, `Corrected: back to ${STATUS_LABELS[back]}. The history keeps both.`);
  }

  return (
    <details class="panel">
      <summary>Correct the last step</summary>
      <form onSubmit={correct} noValidate aria-busy={busy}>
        <p>
          Last step: {STATUS_LABELS[last.to]} on {day(dayOf(last.at))}. Undoing it puts the letter back to {STATUS_LABELS[back]};
          the history keeps both, marked as a correction.
        </p>
        <Field label="Why (optional)" name="note" error={errors.fields.note ?? errors.fields.to}>
          {(a11y) => <input {...a11y} type="text" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        <FormErrorList messages={[...errors.form, ...(errors.fields.at ? [errors.fields.at] : [])]} />
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Saving…' : `Undo "${MOVE_LABELS[last.to]}"`}
        </button>
      </form>
    </details>
  );
}
