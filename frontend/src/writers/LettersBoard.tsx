// The letters board: every writer by status (one group per status on a
// phone), each with only the moves the status flow allows, its history and
// its soft deadline. Loaded on first use.
import { useState } from 'preact/hooks';
import type { Attending, Letter, LetterStatus } from '../api/types';
import { formPath, packetPath } from '../app/router';
import { PortfolioSummary } from '../portfolio/PortfolioSummary';
import { Field, FormErrorList } from '../shared/Field';
import { Loaded, useLoad } from '../shared/useLoad';
import { PageHeading } from '../shared/PageHeading';
import { day } from './dates';
import { MOVE_LABELS, STATUS_LABELS } from './labels';
import { LetterKindForm } from './LetterKindForm';
import { allowedNext, STATUS_ORDER } from './letterFlow';
import { createLetter, listAttendings, listLetters, moveLetter } from './writersApi';
import { BackToMore } from '../shared/Notices';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function LettersBoard() {
  // Each letter added or moved: the portfolio card asks the API again.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const [state, retry] = useLoad(async () => {
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
    setLetters((all) => (all.some((l) => l.id === letter.id) ? all.map((l) => (l.id === letter.id ? letter : l)) : [...all, letter]));
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
              {STATUS_LABELS[status]} ({group.length})
            </h2>
            <ul class="card-list">
              {group.map((letter) => (
                <LetterCard
                  key={letter.id}
                  letter={letter}
                  onMoved={(moved) => {
                    replace(moved);
                    setNews(`${moved.attendingName}: ${STATUS_LABELS[moved.status!]}.`);
                  }}
                  onSaved={(saved) => {
                    replace(saved);
                    setNews(`${saved.attendingName}: saved.`);
                  }}
                />
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

function LetterCard({ letter, onMoved, onSaved }: { letter: Letter; onMoved(letter: Letter): void; onSaved(letter: Letter): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Set from a 409: what the API says is allowed now (it knows best). */
  const [apiNext, setApiNext] = useState<LetterStatus[] | null>(null);
  const next = apiNext ?? allowedNext(letter.status!);
  const deadline = letter.softDeadline ?? letter.suggestedSoftDeadline;

  async function move(to: LetterStatus) {
    setBusy(true);
    const answer = await moveLetter(letter, to);
    setBusy(false);
    if (answer.ok) {
      setError(null);
      setApiNext(null);
      return onMoved(answer.value);
    }
    const allowed = (answer.problem as { allowedNext?: LetterStatus[] } | undefined)?.allowedNext;
    if (answer.status === 409 && allowed) {
      setApiNext(allowed);
      setError(
        allowed.length
          ? `That step isn't possible from here. Next can be: ${allowed.map((s) => STATUS_LABELS[s]).join(' or ')}.`
          : 'This letter is at its last step.',
      );
    } else setError([...answer.errors.form, ...Object.values(answer.errors.fields)].join(' '));
  }

  return (
    <li class="card letter">
      <h3 class="card-title">{letter.attendingName}</h3>
      <p class="card-meta">
        {STATUS_LABELS[letter.status!]}
        {deadline && ` · Soft deadline ${day(deadline)}${letter.softDeadline ? '' : ' (suggested)'}`}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <p>
        <a href={packetPath(letter.attendingId!)}>
          Packet<span class="visually-hidden"> for {letter.attendingName}</span>
        </a>
      </p>
      {next.length > 0 && (
        <div class="form-actions">
          {next.map((to) => (
            <button key={to} type="button" class={`button small ${to === 'DECLINED' ? 'danger' : ''}`} disabled={busy} onClick={() => void move(to)}>
              {MOVE_LABELS[to]}
            </button>
          ))}
        </div>
      )}
      {/* A new version (saved, or moved: a decline records the answer) starts the form afresh. */}
      <LetterKindForm key={letter.version} letter={letter} onSaved={onSaved} />
      {(letter.history ?? []).length > 0 && (
        <details>
          <summary>History</summary>
          <ol class="history">
            {(letter.history ?? []).map((h, index) => (
              <li key={index}>
                {STATUS_LABELS[h.from!]} → {STATUS_LABELS[h.to!]}, <time dateTime={h.at}>{WHEN.format(new Date(h.at!))}</time>
                {h.note && ` — ${h.note}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
