// One rotation's per-rotation checks: the teaching talk, and the red-flag
// self-check (replaced on each save), with the API's advice for the letter
// strategy of that rotation.
import { useState } from 'preact/hooks';
import type { Habits, RedFlag, RotationCheck } from '../api/types';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { FormErrorList } from '../shared/Field';
import { useCall } from '../shared/useCall';
import { day, dayRange } from '../writers/dates';
import { checkIn, saveRedFlags } from './habitsApi';
import { RED_FLAG_LABELS, RED_FLAGS } from './labels';

const OPTIONS = RED_FLAGS.map((flag) => ({ value: flag, label: RED_FLAG_LABELS[flag] }));

export function RotationCheckCard({ check, onSaved }: { check: RotationCheck; onSaved(next: Habits, message: string): void }) {
  const talk = useCall();
  const flags = useCall();
  const [chosen, setChosen] = useState<RedFlag[]>(check.redFlags ?? []);

  async function gaveTalk() {
    const result = await talk.run(() => checkIn('TEACHING_PRESENTATION', check.rotationId));
    if (result?.ok) onSaved(result.value, `Teaching talk checked in for ${check.rotation}.`);
  }
  async function saveFlags(event: Event) {
    event.preventDefault();
    const result = await flags.run(() => saveRedFlags(check.rotationId!, chosen));
    if (result?.ok) onSaved(result.value, `Self-check saved for ${check.rotation}.`);
  }

  return (
    <li class="card">
      <h3 class="card-title">{check.rotation}</h3>
      <p class="card-meta">{dayRange(check.startsOn, check.endsOn)}</p>
      {check.teachingPresentationDone ? (
        <p class="pill ok">Teaching talk given</p>
      ) : (
        <div class="form-actions">
          <button type="button" class="button small" disabled={talk.busy} onClick={() => void gaveTalk()}>
            {talk.busy ? 'Saving…' : 'I gave my teaching talk'}
          </button>
        </div>
      )}
      <FormErrorList messages={talk.errors.form} />
      <form onSubmit={saveFlags} noValidate aria-busy={flags.busy}>
        <CheckboxGroup
          legend="Honest self-check: any red flags here?"
          hint={check.redFlagsCheckedOn ? `Last checked ${day(check.redFlagsCheckedOn)}.` : 'Tick none if all is well, and save.'}
          error={flags.errors.fields.flags}
          options={OPTIONS}
          chosen={chosen}
          onChange={setChosen}
        />
        <FormErrorList messages={flags.errors.form} />
        <button type="submit" class="button small" disabled={flags.busy}>
          {flags.busy ? 'Saving…' : 'Save self-check'}
        </button>
      </form>
      {check.advice && <p class={(check.redFlags ?? []).length > 0 ? 'warning-line' : 'muted'}>{check.advice}</p>}
    </li>
  );
}
