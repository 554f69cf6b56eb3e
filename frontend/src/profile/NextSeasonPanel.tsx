// For an applicant who did not match: start the next season from this one.
// Asks first, saying what will happen; then shows the API's own account of
// what it did (letters marked for import, requests still open, what stays with
// the season left, what was kept).
import { useState } from 'preact/hooks';
import { allMessages } from '../api/result';
import type { NextSeason } from '../api/types';
import { FormErrorList } from '../shared/Field';
import { startNextSeason } from './nextSeasonApi';

type Step = { step: 'idle' } | { step: 'confirming' } | { step: 'done'; result: NextSeason };

export function NextSeasonPanel({ onStarted }: { onStarted(): void }) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    const result = await startNextSeason();
    setBusy(false);
    if (!result.ok) return setErrors(allMessages(result.errors));
    setErrors([]);
    setState({ step: 'done', result: result.value });
    onStarted();
  }

  return (
    <section aria-labelledby="next-season-title">
      <h2 id="next-season-title" class="form-section">
        Applying again next season
      </h2>
      {state.step === 'done' ? (
        <div role="status">
          <p>
            <strong>{state.result.into}</strong> started.
          </p>
          <ul>
            {(state.result.summary ?? []).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : state.step === 'confirming' ? (
        <div class="card">
          <p>Starting the next season:</p>
          <ul>
            <li>moves your target sheet on by one season, and your submission date by one year;</li>
            <li>
              marks the letters you already have for import, with the date they carry (a letter more than 7 years old can't be
              imported: it stays with this season);
            </li>
            <li>suggests asking those writers for an updated letter;</li>
            <li>lists requests that are still open: those you haven't made in ERAS yet go on as they are;</li>
            <li>
              leaves requests already made in ERAS for this year's application, and writers who said no, with this season: you can
              ask them again as new requests;
            </li>
            <li>keeps your stories, feedback, rotations, writers and programs as they are.</li>
          </ul>
          <p>It can't be undone from here.</p>
          <FormErrorList messages={errors} />
          <button type="button" class="button primary" disabled={busy} onClick={() => void start()}>
            {busy ? 'Starting…' : 'Yes, start the next season'}
          </button>{' '}
          <button type="button" class="button" disabled={busy} onClick={() => setState({ step: 'idle' })}>
            Not now
          </button>
        </div>
      ) : (
        <>
          <p class="muted">Didn't match this time? Carry your letters and notes into the next season.</p>
          <button type="button" class="button" onClick={() => setState({ step: 'confirming' })}>
            Start the next season…
          </button>
        </>
      )}
    </section>
  );
}
