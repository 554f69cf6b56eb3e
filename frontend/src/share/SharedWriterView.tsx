// The writer's page: one letter, for the attending who writes it. First what they need on a
// busy day (the date, and the three buttons to say where the letter stands), then how to upload,
// the CV and personal statement, and the talking points. On paper it is the one-page packet: the
// buttons and the note box are left off.
import { useState } from 'preact/hooks';
import { oneLine } from '../api/result';
import type { SharedPage, SharedWriterPage, WriterAnswer, WriterWord } from '../api/types';
import { Field } from '../shared/Field';
import { PageHeading } from '../shared/PageHeading';
import { servicesSaid } from '../shared/services';
import { SharedPacket } from './SharedPacket';
import { answerSharedPage } from './sharedPageApi';
import { ANSWER_BUTTONS, ANSWER_ORDER, fullDay, recordedSentence, shortDay } from './writerWords';

interface Props {
  token: string;
  page: SharedPage;
  writer: SharedWriterPage;
}

export function SharedWriterView({ token, page, writer }: Props) {
  const applicant = page.applicantName?.trim() || 'The applicant';
  const service = servicesSaid(writer.services?.length ? writer.services : writer.service ? [writer.service] : []);
  return (
    <article class="shared-page writer-page">
      <p class="shared-from">Shared by {applicant} through LORkit</p>
      <PageHeading title={`Letter of recommendation for ${applicant}`} />
      <p class="greeting">Dear {writer.greeting?.trim() || writer.writerName || 'Doctor'},</p>
      <p>
        Thank you for writing my letter of recommendation{writer.forSpecialty ? ` for ${writer.forSpecialty}` : ''}. Everything
        for it is on this one page: when, how to upload it, and the moments you saw that you may want to mention.
      </p>
      <p class="signed">— {applicant}</p>

      <section class="shared-section" aria-labelledby="when-title">
        <h2 id="when-title">When</h2>
        {writer.softDeadline ? (
          <p>
            If you can, please upload it by <strong>{fullDay(writer.softDeadline)}</strong>. That is my own target date, set early
            so the letter is in before programs start reading; it is not an official deadline.
          </p>
        ) : (
          <p>There is no fixed date yet. As soon as you can is best: programs start reading when applications open.</p>
        )}
      </section>

      <Answers token={token} applicant={applicant} writer={writer} service={service} />

      <section class="shared-section" aria-labelledby="upload-title">
        <h2 id="upload-title">How to upload it ({service})</h2>
        {writer.standardizedForm && (
          <p>
            This specialty uses a standardized form: <strong>{writer.standardizedForm}</strong>.
          </p>
        )}
        <ol class="upload-steps">
          {(writer.uploadSteps ?? []).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <section class="shared-section" aria-labelledby="papers-title">
        <h2 id="papers-title">My CV and personal statement</h2>
        <ul class="plain-list">
          <li>CV: {readiness(writer.cvReady)}</li>
          <li>Personal statement: {readiness(writer.personalStatementReady)}</li>
        </ul>
        <p class="hint no-print">Need either one? Reply to my email and I will send it.</p>
      </section>

      {writer.packet && <SharedPacket packet={writer.packet} />}
      <p class="shared-foot no-print">
        This page is private to you: it has no login, keeps no cookies and is hidden from search engines. Please don't forward it.
      </p>
    </article>
  );
}

function readiness(ready: boolean | null | undefined): string {
  if (ready === true) return 'ready';
  if (ready === false) return 'not ready yet';
  return 'not recorded';
}

interface AnswersProps {
  token: string;
  applicant: string;
  writer: SharedWriterPage;
  service: string;
}

function Answers({ token, applicant, writer, service }: AnswersProps) {
  const [word, setWord] = useState<WriterWord | null>(writer.writerWord ?? null);
  const [recorded, setRecorded] = useState<WriterAnswer | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<WriterAnswer | null>(null);
  const [errors, setErrors] = useState<{ note?: string; form: string[] }>({ form: [] });
  const offered = ANSWER_ORDER.filter((answer) => (writer.answers ?? []).includes(answer));

  async function answer(chosen: WriterAnswer) {
    if (busy) return;
    setBusy(chosen);
    const result = await answerSharedPage(token, chosen, note);
    setBusy(null);
    if (!result.ok) {
      const { note: noteError, ...others } = result.errors.fields;
      return setErrors({ ...(noteError ? { note: noteError } : {}), form: [...result.errors.form, ...Object.values(others)] });
    }
    setErrors({ form: [] });
    setWord(result.value);
    setRecorded(chosen);
    setNote('');
  }

  return (
    <section class="shared-section panel answer-panel no-print" aria-labelledby="answer-title">
      <h2 id="answer-title">Tell {applicant} where it stands</h2>
      <p class="hint">
        One tap is enough. It tells {applicant} only; it changes nothing in {service}.
      </p>
      <div role="status" class={recorded ? 'notice' : ''}>
        {recorded && (
          <>
            <p>{recordedSentence(recorded, applicant)}</p>
            <p class="hint">Tapped the wrong one? Tap the right answer below: the latest one counts.</p>
          </>
        )}
      </div>
      {word?.answer && word.saidAt && !recorded && (
        <p class="said-before">
          You told {applicant} on {shortDay(word.saidAt)}: “{ANSWER_BUTTONS[word.answer]}”.
        </p>
      )}
      {offered.length > 0 && (
        <>
          <Field
            label={`A note for ${applicant} (optional)`}
            name="note"
            hint="For example: “I need your updated CV first.”"
            error={errors.note}
          >
            {(a11y) => (
              <textarea {...a11y} rows={2} maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            )}
          </Field>
          <div class="answer-buttons">
            {offered.map((choice) => (
              <button
                key={choice}
                type="button"
                class={`button ${choice === 'UPLOADED' ? 'primary' : ''}`}
                disabled={busy !== null}
                onClick={() => void answer(choice)}
              >
                {busy === choice ? 'Sending…' : ANSWER_BUTTONS[choice]}
              </button>
            ))}
          </div>
        </>
      )}
      {errors.form.length > 0 && (
        <div class="form-errors" role="alert">
          <p>{oneLine({ fields: {}, form: errors.form })}</p>
        </div>
      )}
    </section>
  );
}
