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
import { STATUS_LABELS } from './labels';
import { getLetter } from './writersApi';

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
        Now: <strong>{STATUS_LABELS[letter.status!]}</strong>
        {deadline && ` · Soft deadline ${day(deadline)}${letter.softDeadline ? '' : ' (suggested)'}`}
      </p>
      <p role="status" class={news ? 'notice' : ''}>
        {news}
      </p>
      <LetterMoveForm key={`move-${letter.version}`} letter={letter} onMoved={(moved, said) => saved(said)(moved)} />
      <History letter={letter} />
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

function History({ letter }: { letter: Letter }) {
  const history = letter.history ?? [];
  return (
    <section aria-labelledby="letter-history">
      <h2 id="letter-history">History</h2>
      {history.length === 0 ? (
        <p class="muted">Nothing recorded yet: {letter.attendingName} is a candidate.</p>
      ) : (
        <ol class="history">
          {history.map((h, index) => (
            <li key={index} class={h.correction ? 'correction' : ''}>
              <time dateTime={h.at}>{day(dayOf(h.at!))}</time>
              {': '}
              {h.correction && <strong>Corrected: </strong>}
              {STATUS_LABELS[h.from!]} → {STATUS_LABELS[h.to!]}
              {h.note && <span class="muted"> — {h.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
