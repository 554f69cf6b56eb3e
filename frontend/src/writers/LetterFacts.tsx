// A letter's ERAS facts, as the applicant copies them from MyERAS: the Letter
// ID (each used once), the soft deadline given to the writer (the rule's day
// filled in until changed), the reminders sent and the day it was received.
// The waiver has its own panel: it is asked once, because ERAS makes it final.
import { useRef, useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Letter } from '../api/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Field, FormErrorList } from '../shared/Field';
import { today } from '../story/dates';
import { day } from './dates';
import { updateLetter } from './writersApi';

interface Props {
  letter: Letter;
  onSaved(letter: Letter): void;
}

export function LetterFactsForm({ letter, onSaved }: Props) {
  const suggested = letter.softDeadlineSuggested ?? letter.suggestedSoftDeadline ?? '';
  const [erasLetterId, setErasLetterId] = useState(letter.erasLetterId ?? '');
  const [softDeadline, setSoftDeadline] = useState(letter.softDeadline ?? suggested);
  const [receivedOn, setReceivedOn] = useState(letter.receivedOn ?? '');
  const [datedOn, setDatedOn] = useState(letter.letterDatedOn ?? '');
  const [reminders, setReminders] = useState<string[]>(letter.remindersSent ?? []);
  const [reminderDay, setReminderDay] = useState(today());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    const answer = await updateLetter(letter, {
      erasLetterId: erasLetterId.trim() || null,
      softDeadline: softDeadline || null,
      receivedOn: receivedOn || null,
      letterDatedOn: datedOn || null,
      remindersSent: reminders,
    });
    setBusy(false);
    if (!answer.ok) return setErrors(answer.errors);
    setErrors(NO_ERRORS);
    onSaved(answer.value);
  }

  return (
    <form class="panel" onSubmit={save} noValidate aria-busy={busy} aria-labelledby="eras-facts">
      <h2 id="eras-facts">In ERAS</h2>
      <Field
        label="ERAS Letter ID"
        name="erasLetterId"
        hint="MyERAS shows it once you confirm the letter entry; each ID is used for one letter only."
        error={errors.fields.erasLetterId}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            autoComplete="off"
            maxLength={64}
            value={erasLetterId}
            onInput={(e) => setErasLetterId(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        label="Soft deadline given to the writer"
        name="softDeadline"
        hint={
          suggested
            ? `Filled in with ${day(suggested)}: three weeks before your submission target, room for a reminder.`
            : 'Set a submission target on your target sheet for a suggestion.'
        }
        error={errors.fields.softDeadline}
      >
        {(a11y) => <input {...a11y} type="date" value={softDeadline} onInput={(e) => setSoftDeadline(e.currentTarget.value)} />}
      </Field>
      <fieldset class="field">
        <legend>Reminders sent</legend>
        {reminders.length === 0 ? (
          <p class="hint">None yet.</p>
        ) : (
          <ul class="plain-list">
            {reminders.map((sent) => (
              <li key={sent}>
                {day(sent)}{' '}
                <button type="button" class="link-button" onClick={() => setReminders(reminders.filter((r) => r !== sent))}>
                  Remove<span class="visually-hidden"> the reminder of {day(sent)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <Field label="A reminder sent on" name="remindersSent" error={errors.fields.remindersSent}>
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              max={today()}
              value={reminderDay}
              onInput={(e) => setReminderDay(e.currentTarget.value)}
            />
          )}
        </Field>
        <button
          type="button"
          class="button small"
          disabled={!reminderDay}
          onClick={() => setReminders([...new Set([...reminders, reminderDay])].sort())}
        >
          Add this reminder
        </button>
      </fieldset>
      <Field
        label="Received on"
        name="receivedOn"
        hint="The day ERAS showed the letter as received."
        error={errors.fields.receivedOn}
      >
        {(a11y) => (
          <input {...a11y} type="date" max={today()} value={receivedOn} onInput={(e) => setReceivedOn(e.currentTarget.value)} />
        )}
      </Field>
      {letter.status === 'IMPORTED' && (
        <Field
          label="Date on the letter"
          name="letterDatedOn"
          hint="An imported letter keeps the date it was written; at most 7 years back."
          error={errors.fields.letterDatedOn}
        >
          {(a11y) => (
            <input {...a11y} type="date" max={today()} value={datedOn} onInput={(e) => setDatedOn(e.currentTarget.value)} />
          )}
        </Field>
      )}
      <FormErrorList messages={errors.form} />
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save ERAS details'}
      </button>
    </form>
  );
}

/** The waiver of the right to see the letter: what it means, asked once, final. */
export function WaiverPanel({ letter, onSaved }: Props) {
  const question = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  if (letter.waivedRightToSee) {
    return (
      <section class="panel" aria-labelledby="waiver">
        <h2 id="waiver">Right to see the letter</h2>
        <p>You waived your right to see this letter. ERAS keeps that choice for good, and so does LORkit.</p>
      </section>
    );
  }
  async function waive() {
    const answer = await updateLetter(letter, { waivedRightToSee: true });
    if (!answer.ok) return setErrors([...answer.errors.form, ...Object.values(answer.errors.fields)]);
    onSaved(answer.value);
  }
  return (
    <section class="panel" aria-labelledby="waiver">
      <h2 id="waiver">Right to see the letter</h2>
      <p>
        When you add this letter in MyERAS, you choose whether to waive your right to read it. Waiving tells programs the writer
        could speak freely, and most programs expect it. Once the entry is confirmed, ERAS does not let you change the choice.
      </p>
      <button type="button" class="button" onClick={() => question.current?.showModal()}>
        I waived my right to see it
      </button>
      <FormErrorList messages={errors} />
      <ConfirmDialog
        dialog={question}
        title="Record the waiver?"
        confirmLabel="Yes, I waived it"
        cancelLabel="Not yet"
        busyLabel="Saving…"
        danger={false}
        onConfirm={waive}
      >
        <p>Record it once you chose it in MyERAS for {letter.attendingName}'s letter. It cannot be undone, in ERAS or here.</p>
      </ConfirmDialog>
    </section>
  );
}
