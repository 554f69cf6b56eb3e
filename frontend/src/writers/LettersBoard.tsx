// The letters board: every writer by status (one group per status on a
// phone), each with the day of its last step and its soft deadline. Steps are
// recorded, dated and corrected on the letter's own screen (LetterScreen), not
// by one tap here. Loaded on first use.
import { useState } from 'preact/hooks';
import type { Attending, Letter } from '../api/types';
import { formPath, letterPath, packetPath } from '../app/router';
import { PortfolioSummary } from '../portfolio/PortfolioSummary';
import { Field, FormErrorList } from '../shared/Field';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { PageHeading } from '../shared/PageHeading';
import { day } from './dates';
import { statusOf } from './labels';
import { STATUS_ORDER } from './letterFlow';
import { dayOf } from './letterDates';
import { createLetter, listAttendings, listLetters } from './writersApi';
import { BackToMore } from '../app/BackToMore';
import { boardLine } from '../share/writerWords';
import '../share/share.css';

export function LettersBoard() {
  // Each letter added or moved: the portfolio card asks the API again.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const [state, retry] = useQuery(['letters'], async () => {
    const [letters, attendings] = await Promise.all([listLetters(), listAttendings(true)]);
    if (!letters.ok) return letters;
    if (!attendings.ok) return attendings;
    return { ok: true as const, value: { letters: letters.value, attendings: attendings.value } };
  });
  return (
    <section>
      <PageHeading title="Letters board" />
      <PortfolioSummary changes={changes} />
      <Loaded state={state} retry={retry}>
        {({ letters, attendings }) => <Board initial={letters} attendings={attendings} onChange={changed} />}
      </Loaded>
      <BackToMore />
    </section>
  );
}

function Board({ initial, attendings, onChange }: { initial: Letter[]; attendings: Attending[]; onChange(): void }) {
  const [letters, setLetters] = useState(initial);
  const [news, setNews] = useState<string | null>(null);
  const replace = (letter: Letter) => {
    setLetters((all) =>
      all.some((l) => l.id === letter.id) ? all.map((l) => (l.id === letter.id ? letter : l)) : [...all, letter],
    );
    onChange();
  };
  const without = attendings.filter((a) => !letters.some((l) => l.attendingId === a.id));

  return (
    <>
      <p role="status" class={news ? 'notice' : ''}>
        {news}
      </p>
      <AddWriter
        attendings={without}
        onAdded={(letter) => {
          replace(letter);
          setNews(`${letter.attendingName} added as a candidate.`);
        }}
      />
      {letters.length === 0 && <p class="empty">No writers on the board yet. Add the attendings you may ask for a letter.</p>}
      {STATUS_ORDER.map((status) => {
        const group = letters.filter((l) => l.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} class="board-group" aria-labelledby={`group-${status}`}>
            <h2 id={`group-${status}`}>
              {statusOf(
                status,
                group.flatMap((l) => l.services ?? []),
              )}{' '}
              ({group.length})
            </h2>
            <ul class="card-list">
              {group.map((letter) => (
                <LetterCard key={letter.id} letter={letter} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function AddWriter({ attendings, onAdded }: { attendings: Attending[]; onAdded(letter: Letter): void }) {
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (attendings.length === 0) {
    return (
      <p>
        <a class="button" href={formPath('attendingForm')}>
          Add an attending
        </a>
      </p>
    );
  }
  const pick = chosen || attendings[0]!.id!;
  async function add(event: Event) {
    event.preventDefault();
    setBusy(true);
    const answer = await createLetter(pick);
    setBusy(false);
    if (!answer.ok) return setErrors([...answer.errors.form, ...Object.values(answer.errors.fields)]);
    setErrors([]);
    setChosen('');
    onAdded(answer.value);
  }
  return (
    <form class="panel" onSubmit={add} noValidate aria-busy={busy}>
      <Field label="Add a writer to the board" name="attendingId" hint="Best writers first.">
        {(a11y) => (
          <select {...a11y} value={pick} onChange={(e) => setChosen(e.currentTarget.value)}>
            {attendings.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.letterEligible?.eligible ? '' : ' (not yet eligible)'}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormErrorList messages={errors} />
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add as a candidate'}
      </button>
    </form>
  );
}

function LetterCard({ letter }: { letter: Letter }) {
  const deadline = letter.softDeadline ?? letter.softDeadlineSuggested ?? letter.suggestedSoftDeadline;
  const last = (letter.history ?? []).at(-1);
  const word = boardLine(letter);
  return (
    <li class="card letter">
      <h3 class="card-title">
        <a href={letterPath(letter.id!)}>{letter.attendingName}</a>
      </h3>
      <p class="card-meta">
        {statusOf(letter.status, letter.services)}
        {last?.at && ` since ${day(dayOf(last.at))}`}
        {deadline && ` · Soft deadline ${day(deadline)}${letter.softDeadline ? '' : ' (suggested)'}`}
      </p>
      {word && <p class="writer-word warning-line">{word}</p>}
      <p class="form-actions">
        <a class="button small" href={letterPath(letter.id!)}>
          {(letter.allowedNext ?? []).length > 0 ? 'Record a step' : 'Open'}
          <span class="visually-hidden"> for {letter.attendingName}</span>
        </a>
        <a class="button small" href={packetPath(letter.attendingId!)}>
          Packet<span class="visually-hidden"> for {letter.attendingName}</span>
        </a>
      </p>
    </li>
  );
}
