// On a letter's card: what kind of letter it is (target specialty, another US
// specialty, research; standardized or narrative) and what the writer said when
// asked (a strong letter or a plain yes). The portfolio check reads both; the API defaults the type to
// the target specialty until it is set here.
import { useState } from 'preact/hooks';
import { allMessages } from '../api/result';
import type { Commitment, Letter, LetterType } from '../api/types';
import { Field, FormErrorList } from '../shared/Field';
import { COMMITMENT_ANSWER_LABELS, LETTER_TYPE_LABELS } from './labels';
import { updateLetter } from './writersApi';
import { api } from '../api/client';
import { callApi } from '../api/result';
import { useQuery } from '../shared/query';
import { asksForSpecialty, specialtyChoices } from './specialtyChoices';

const getProfile = () => callApi(() => api.GET('/api/v1/profile'));

const TYPES = Object.keys(LETTER_TYPE_LABELS) as LetterType[];
const ANSWERS = Object.keys(COMMITMENT_ANSWER_LABELS) as Commitment[];

export function LetterKindForm({ letter, onSaved }: { letter: Letter; onSaved(letter: Letter): void }) {
  const [type, setType] = useState<LetterType>(letter.letterType ?? 'TARGET_SPECIALTY');
  const [answer, setAnswer] = useState<Commitment | ''>(letter.commitment ?? '');
  const [standardized, setStandardized] = useState(letter.standardized === true);
  const [forSpecialty, setForSpecialty] = useState(letter.forSpecialty ?? '');
  const [profile] = useQuery(['profile'], getProfile);
  const choices = specialtyChoices(profile.status === 'loaded' ? profile.value : null, letter.forSpecialty);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const said = letter.commitment ? COMMITMENT_ANSWER_LABELS[letter.commitment] : 'not recorded';

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await updateLetter(letter, {
      letterType: type,
      commitment: answer || null,
      standardized,
      forSpecialty: forSpecialty || null,
    });
    setBusy(false);
    if (!result.ok) return setErrors(allMessages(result.errors));
    setErrors([]);
    onSaved(result.value);
  }

  return (
    <details>
      <summary>
        {LETTER_TYPE_LABELS[letter.letterType ?? 'TARGET_SPECIALTY']}
        {letter.standardized ? ' · Standardized' : ''}
        {letter.forSpecialty ? ` · For ${letter.forSpecialty}` : ''} · They said: {said}
      </summary>
      <form onSubmit={save} noValidate aria-busy={busy}>
        <Field label="Kind of letter" name="letterType">
          {(a11y) => (
            <select {...a11y} value={type} onChange={(e) => setType(e.currentTarget.value as LetterType)}>
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {LETTER_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {asksForSpecialty(choices) && (
          <Field label="For which specialty" name="forSpecialty" hint="ERAS lets you label a letter for one specialty.">
            {(a11y) => (
              <select {...a11y} value={forSpecialty} onChange={(e) => setForSpecialty(e.currentTarget.value)}>
                {choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <label class="checkbox">
          <input
            type="checkbox"
            name="standardized"
            checked={standardized}
            onChange={(e) => setStandardized(e.currentTarget.checked)}
          />
          A standardized letter (SLOE, SLOR or the portal form), not a narrative one
        </label>
        <Field label="What they said when you asked" name="commitment">
          {(a11y) => (
            <select {...a11y} value={answer} onChange={(e) => setAnswer(e.currentTarget.value as Commitment | '')}>
              <option value="">Not recorded yet</option>
              {ANSWERS.map((c) => (
                <option key={c} value={c}>
                  {COMMITMENT_ANSWER_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormErrorList messages={errors} />
        <button type="submit" class="button small" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
          <span class="visually-hidden"> for {letter.attendingName}</span>
        </button>
      </form>
    </details>
  );
}
