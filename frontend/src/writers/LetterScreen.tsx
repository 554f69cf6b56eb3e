// One letter request, from the board: what happened and when (each step dated
// by the applicant, with a note), the last step corrected when it was a
// mis-tap, the dated history, and the ERAS facts (Letter ID, waiver, soft
// deadline, reminders, received day). The moves offered are the API's own
// (`allowedNext`), so the phone copies no flow rule. Loaded on first use.
import { useState } from 'preact/hooks';
import type { Letter } from '../api/types';
import { messagesPath, packetPath, paths } from '../app/router';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { day } from './dates';
import { dayOf } from './letterDates';
import { LetterFactsForm, WaiverPanel } from './LetterFacts';
import { LetterKindForm } from './LetterKindForm';
import { LetterMoveForm } from './LetterMoveForm';
import { statusOf } from './labels';
import { getLetter } from './writersApi';
import { WriterPageSection } from '../share/WriterPageSection';
import { boardLine, historyLines, historyWord } from '../share/writerWords';

export function LetterScreen({ id }: { id: string }) {
  const [state, retry] = useQuery(['letter', id], () => getLetter(id));
  return (
    <section>
      <Loaded state={state} retry={retry}>
        {(letter) => <LetterDetail initial={letter} />}
      </Loaded>
      <p class="back">
        <a href={paths.letters}>Back to the letters board</a>
      </p>
    </section>
  );
}

function LetterDetail({ initial }: { initial: Letter }) {
  const [letter, setLetter] = useState(initial);
  const [news, setNews] = useState<string | null>(null);
  const saved = (said: string) => (next: Letter) => {
    setLetter(next);
    setNews(said);
  };
  const deadline = letter.softDeadline ?? letter.softDeadlineSuggested ?? letter.suggestedSoftDeadline;
  return (
    <>
      <PageHeading title={`Letter from ${letter.attendingName}`} />
      <p class="card-meta">
        Now: <strong>{statusOf(letter.status, letter.services)}</strong>
        {deadline && ` · Soft deadline ${day(deadline)}${letter.softDeadline ? '' : ' (suggested)'}`}
      </p>
      <p role="status" class={news ? 'notice' : ''}>
        {news}
      </p>
      <WriterWordLine letter={letter} />
      <LetterMoveForm key={`move-${letter.version}`} letter={letter} onMoved={(moved, said) => saved(said)(moved)} />
      <History letter={letter} />
      <WriterPageSection letter={letter} />
      <LetterKindForm key={`kind-${letter.version}`} letter={letter} onSaved={saved('Saved.')} />
      <WaiverPanel letter={letter} onSaved={saved('Recorded: you waived your right to see this letter.')} />
      <LetterFactsForm key={`facts-${letter.version}`} letter={letter} onSaved={saved('ERAS details saved.')} />
      <p class="form-actions">
        <a class="button small" href={packetPath(letter.attendingId!)}>
          Packet
        </a>
        <a class="button small" href={messagesPath({ letterId: letter.id! })}>
          Emails and scripts
        </a>
      </p>
    </>
  );
}

/** The writer's latest word from their page, with what to do about it. */
function WriterWordLine({ letter }: { letter: Letter }) {
  const line = boardLine(letter);
  return line ? <p class="writer-word warning-line">{line}</p> : null;
}

/** The steps recorded and the writer's own words, in date order. */
function History({ letter }: { letter: Letter }) {
  const lines = historyLines(letter);
  const writer = letter.attendingName ?? 'The writer';
  return (
    <section aria-labelledby="letter-history">
      <h2 id="letter-history">History</h2>
      {lines.length === 0 ? (
        <p class="muted">Nothing recorded yet: {letter.attendingName} is a candidate.</p>
      ) : (
        <ol class="history">
          {lines.map((line, index) =>
            line.kind === 'word' ? (
              <li key={index} class="writer-said">
                <time dateTime={line.at}>{day(dayOf(line.at))}</time>
                {': '}
                {historyWord(writer, line.word)}
                {line.word.answer === 'UPLOADED' && <span class="muted"> (their word: you confirm receipt yourself)</span>}
              </li>
            ) : (
              <li key={index} class={line.entry.correction ? 'correction' : ''}>
                <time dateTime={line.at}>{day(dayOf(line.at))}</time>
                {': '}
                {line.entry.correction && <strong>Corrected: </strong>}
                {statusOf(line.entry.from, letter.services)} → {statusOf(line.entry.to, letter.services)}
                {line.entry.note && <span class="muted"> — {line.entry.note}</span>}
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
