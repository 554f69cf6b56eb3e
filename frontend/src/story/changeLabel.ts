// How a story's waiting changes are named on screen. Words, not only a
// colour: "Pending" must reach a screen reader and a colour-blind reader alike.
import type { ShownStory } from './pendingView';

export interface ChangeLabel {
  tone: 'pending' | 'problem';
  text: string;
  /** A second sentence: why it is held back, or what to do. */
  detail?: string;
}

export function changeLabel(shown: ShownStory): ChangeLabel | null {
  const { blocked, op } = shown;
  if (blocked?.state === 'conflict') {
    return {
      tone: 'problem',
      text: blocked.theirs ? 'Changed on another device' : 'Deleted on another device',
      detail: 'Open it to choose which version to keep.',
    };
  }
  if (blocked?.state === 'invalid') {
    const reason = blocked.lastError ?? Object.values(blocked.errors?.fields ?? {})[0];
    return { tone: 'problem', text: 'Not saved: needs a fix', detail: reason ?? 'Open it to see what to change.' };
  }
  if (!op) return null;
  const text =
    op === 'create' ? 'Pending: not sent yet' : op === 'update' ? 'Pending: edit not sent yet' : 'Pending: will be deleted';
  const busy = shown.changes.find((e) => e.lastError)?.lastError;
  return { tone: 'pending', text, detail: busy ? `${busy} We'll keep trying.` : 'Kept on this phone until LORkit has it.' };
}
