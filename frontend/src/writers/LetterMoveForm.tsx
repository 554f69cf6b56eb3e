// The next step of a letter, dated: which of the moves the API allows from
// here, the day it happened (today unless changed, always in sight) and a
// note. A final step (received, imported, declined, bounced, withdrawn) asks
// first; an imported letter also asks for the date it carries. Under it, the
// last step can be corrected: the history keeps both the step and its correction.
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Letter, LetterStatus } from '../api/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Field, FormErrorList } from '../shared/Field';
import { RadioGroup } from '../shared/RadioGroup';
import { today } from '../story/dates';
import { day } from './dates';
import { dayOf, momentOf } from './letterDates';
import { moveOf, statusOf } from './labels';
import { lastStandingMove } from './lastMove';
import { correctLetter, moveLetter, updateLetter } from './writersApi';

/** Steps after which there is nothing left to do with this writer: said aloud before they are recorded. */
const FINAL: readonly LetterStatus[] = ['RECEIVED', 'IMPORTED', 'DECLINED', 'BOUNCED', 'WITHDRAWN'];

/** Steps that end the writer's path without a letter: the confirmation is marked as such. */
const ENDS_PATH: readonly LetterStatus[] = ['DECLINED', 'BOUNCED', 'WITHDRAWN'];

interface Question {
  title: string;
  confirm: string;
  said: string;
}

/** What the confirmation asks before a final step, in the applicant's words. */
function questionFor(to: LetterStatus, name: string | null | undefined, when: string, datedOn: string): Question {
  const writer = name ?? 'The writer';
  switch (to) {
    case 'RECEIVED':
      return {
        title: 'Mark the letter as received?',
        confirm: 'Yes, it is in',
        said: `Only once the service shows the letter from ${writer} as received, on ${day(when)}. It is this letter's last step.`,
      };
    case 'IMPORTED':
      return {
        title: 'Mark the letter as imported?',
        confirm: 'Yes, it is imported',
        said: `The letter from ${writer}, dated ${day(datedOn)}, was imported from a prior season on ${day(when)}. It counts as in, and toward the 4 per program.`,
      };
    case 'BOUNCED':
      return {
        title: 'Record that the request bounced?',
        confirm: 'Yes, it bounced',
        said: `The request email to ${writer} did not arrive (${day(when)}). It ends this request; check the address, or choose a backup writer.`,
      };
    case 'WITHDRAWN':
      return {
        title: 'Withdraw this request?',
        confirm: 'Yes, withdraw it',
        said: `You withdrew the request to ${writer} on ${day(when)}. It ends this writer's path; thank them, and choose a backup writer if you need one.`,
      };
    default:
      return {
        title: 'Record that they declined?',
        confirm: 'Yes, they declined',
        said: `${writer} said no, on ${day(when)}. It ends this writer's path; thank them, and choose a backup writer.`,
      };
  }
}

interface Props {
  letter: Letter;
  onMoved(letter: Letter, said: string): void;
}

export function LetterMoveForm({ letter, onMoved }: Props) {
  const next = letter.allowedNext ?? [];
  const [to, setTo] = useState<LetterStatus | null>(next.length === 1 ? next[0]! : null);
  const [when, setWhen] = useState(today());
  const [note, setNote] = useState('');
  const [datedOn, setDatedOn] = useState(letter.letterDatedOn ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLDialogElement>(null);

  async function send() {
    if (!to) return;
    setBusy(true);
    let current = letter;
    if (to === 'IMPORTED' && datedOn !== (letter.letterDatedOn ?? '')) {
      // The API refuses IMPORTED without the letter's own date: store it first.
      const dated = await updateLetter(letter, { letterDatedOn: datedOn });
      if (!dated.ok) {
        setBusy(false);
        return setErrors(dated.errors);
      }
      current = dated.value;
    }
    const answer = await moveLetter(current, { to, at: momentOf(when), note });
    setBusy(false);
    if (!answer.ok) return setErrors(answer.errors);
    onMoved(answer.value, `${statusOf(to, letter.services)}, on ${day(when)}.`);
  }

  function record(event: Event) {
    event.preventDefault();
    if (!to) return setErrors({ fields: { to: 'Choose what happened.' }, form: [] });
    if (!when) return setErrors({ fields: { at: 'Give the day it happened.' }, form: [] });
    if (to === 'IMPORTED' && !datedOn) {
      return setErrors({ fields: { letterDatedOn: 'Give the date the letter carries (its watermark).' }, form: [] });
    }
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
            options={next.map((s) => ({ value: s, label: moveOf(s, letter.services) }))}
            chosen={to}
            onChange={setTo}
          />
          {to === 'IMPORTED' && (
            <Field
              label="The date on the letter"
              name="letterDatedOn"
              hint="The date the imported letter carries; at most 7 years back."
              error={errors.fields.letterDatedOn}
            >
              {(a11y) => (
                <input {...a11y} type="date" max={today()} value={datedOn} onInput={(e) => setDatedOn(e.currentTarget.value)} />
              )}
            </Field>
          )}
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
      {to && FINAL.includes(to) && (
        <FinalStepDialog
          dialog={question}
          asked={questionFor(to, letter.attendingName, when, datedOn)}
          danger={ENDS_PATH.includes(to)}
          onConfirm={send}
        />
      )}
      {letter.canCorrectLast && <CorrectLast letter={letter} onCorrected={onMoved} />}
    </>
  );
}

function FinalStepDialog(props: {
  dialog: RefObject<HTMLDialogElement | null>;
  asked: Question;
  danger: boolean;
  onConfirm(): Promise<void>;
}) {
  return (
    <ConfirmDialog
      dialog={props.dialog}
      title={props.asked.title}
      confirmLabel={props.asked.confirm}
      cancelLabel="Not yet"
      busyLabel="Saving…"
      danger={props.danger}
      onConfirm={props.onConfirm}
    >
      <p>{props.asked.said}</p>
      <p>If it was a slip, you can correct it right after.</p>
    </ConfirmDialog>
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
    onCorrected(answer.value, `Corrected: back to ${statusOf(back, letter.services)}. The history keeps both.`);
  }

  return (
    <details class="panel">
      <summary>Correct the last step</summary>
      <form onSubmit={correct} noValidate aria-busy={busy}>
        <p>
          Last step: {statusOf(last.to, letter.services)} on {day(dayOf(last.at))}. Undoing it puts the letter back to{' '}
          {statusOf(back, letter.services)}; the history keeps both, marked as a correction.
        </p>
        <Field label="Why (optional)" name="note" error={errors.fields.note ?? errors.fields.to}>
          {(a11y) => <input {...a11y} type="text" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        <FormErrorList messages={[...errors.form, ...(errors.fields.at ? [errors.fields.at] : [])]} />
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Saving…' : `Undo "${moveOf(last.to, letter.services)}"`}
        </button>
      </form>
    </details>
  );
}
