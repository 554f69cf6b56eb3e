// One plan step: its status, day and reason; what shows it done; "Mark done"
// (today, or another day: for "submit ERAS" the day matters), and "Undo" for a
// hand tick. Where to act on it opens from its link.
import { useState } from 'preact/hooks';
import type { Checkpoint } from '../api/types';
import { Field, FormErrorList } from '../shared/Field';
import { useCall } from '../shared/useCall';
import { checkpointTarget } from '../today/actionTarget';
import { day } from '../writers/dates';
import { CHECKPOINT_STATUS_LABELS, checkpointElementId, pillClass } from './labels';
import { tickCheckpoint, untickCheckpoint } from './planApi';

interface Props {
  checkpoint: Checkpoint;
  focused: boolean;
  onTicked(checkpoint: Checkpoint): void;
  onUnticked(): void;
}

export function CheckpointCard({ checkpoint: c, focused, onTicked, onUnticked }: Props) {
  const { busy, errors, run } = useCall();
  const [on, setOn] = useState('');
  const done = c.status === 'DONE';
  const target = checkpointTarget(c.id, c.link);

  /** From the form: the day chosen; from "Mark done": today. */
  async function tick(event?: Event) {
    event?.preventDefault();
    const result = await run(() => tickCheckpoint(c.id!, event ? on || undefined : undefined));
    if (result?.ok) {
      setOn('');
      onTicked(result.value);
    }
  }
  async function untick() {
    const result = await run(() => untickCheckpoint(c.id!));
    if (result?.ok) onUnticked();
  }

  return (
    <li id={checkpointElementId(c.id!)} class={`card checkpoint${focused ? ' focus' : ''}${done ? ' done' : ''}`}>
      <h3 class="card-title">{c.title}</h3>
      <p class="card-meta">
        <span class={`pill ${pillClass(c.status)}`}>{c.status ? CHECKPOINT_STATUS_LABELS[c.status] : ''}</span>
        {c.dueOn ? `By ${day(c.dueOn)}` : 'Not dated yet'}
      </p>
      <p>{c.why}</p>
      {c.doneBecause && <p class="notice">{c.doneBecause}</p>}
      {target && (
        <p>
          <a class="event-link" href={target}>
            Go to where it's done
          </a>
        </p>
      )}
      <FormErrorList messages={errors.form} />
      {c.tickedOn ? (
        <div class="form-actions">
          <button type="button" class="button small" disabled={busy} onClick={() => void untick()}>
            {busy ? 'Saving…' : 'Undo my tick'}
          </button>
        </div>
      ) : (
        !done && (
          <>
            <div class="form-actions">
              <button type="button" class="button small primary" disabled={busy} onClick={() => void tick()}>
                {busy ? 'Saving…' : 'Mark done'}
              </button>
            </div>
            <details open={!!errors.fields.on}>
              <summary>Done on another day?</summary>
              <form class="date-choice" onSubmit={tick} noValidate aria-busy={busy}>
                <Field label="The day you did it" name="on" error={errors.fields.on}>
                  {(a11y) => <input {...a11y} type="date" value={on} onInput={(e) => setOn(e.currentTarget.value)} />}
                </Field>
                <button type="submit" class="button small" disabled={busy}>
                  Save that day
                </button>
              </form>
            </details>
          </>
        )
      )}
    </li>
  );
}
