// The story's rotation and witnesses: what lets a packet put the story in
// front of the right writer, and only that writer. Both pickers show online
// and offline (from the phone's copy of the lists, see useLinkChoices), so
// whatever the story is linked to is what the applicant sees chosen here.
import { useEffect } from 'preact/hooks';
import type { Attending } from '../api/types';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { useLinkChoices, type LinkChoices } from '../writers/useLinkChoices';
import type { Draft } from './draft';
import { RotationPicker } from '../shared/RotationPicker';

export { useLinkChoices };

interface Props {
  choices: LinkChoices | null;
  draft: Draft;
  errors: Record<string, string>;
  onChange(links: Partial<Draft>): void;
  /** The witnesses of the last story logged: offered as one tap, never chosen for the applicant. */
  lastWitnesses?: readonly string[];
}

export function StoryLinks({ choices, draft, errors, onChange, lastWitnesses = [] }: Props) {
  // A rotation or witness deleted since: don't send an id the API no longer knows. Only the API's
  // own lists say so; the phone's copy may simply be older than a writer added on another device.
  useEffect(() => {
    if (!choices || choices.fromCopy) return;
    const rotationGone = !!draft.rotationId && !choices.rotations.some((r) => r.id === draft.rotationId);
    const witnesses = draft.witnessAttendingIds.filter((id) => choices.attendings.some((a) => a.id === id));
    if (rotationGone || witnesses.length !== draft.witnessAttendingIds.length) {
      onChange({ ...(rotationGone ? { rotationId: '' } : {}), witnessAttendingIds: witnesses });
    }
  }, [choices]);
  if (!choices || (choices.rotations.length === 0 && choices.attendings.length === 0)) return null;
  const { rotations, attendings } = choices;
  // Those who worked with the applicant on the chosen rotation first: the likely witnesses.
  const onRotation = (a: Attending) => !!draft.rotationId && (a.rotations ?? []).some((l) => l.rotationId === draft.rotationId);
  const ordered = [...attendings.filter(onRotation), ...attendings.filter((a) => !onRotation(a))];
  const options = ordered.map((a) => ({ value: a.id!, label: a.name! }));
  // Chosen on another device after this phone's copy was kept: still shown, so nothing is sent unseen.
  for (const id of draft.witnessAttendingIds) {
    if (!options.some((o) => o.value === id))
      options.push({ value: id, label: 'A writer added since this phone last had a connection' });
  }
  const nameOf = (id: string) => attendings.find((a) => a.id === id)?.name;
  const last = lastWitnesses.filter((id) => nameOf(id));
  const offerLast = last.length > 0 && last.length === lastWitnesses.length && !sameSet(last, draft.witnessAttendingIds);
  return (
    <>
      {choices.fromCopy && <p class="hint">No connection: these lists are the ones last loaded on this phone.</p>}
      {rotations.length > 0 && (
        <RotationPicker
          label="Rotation"
          rotations={rotations}
          value={draft.rotationId}
          error={errors.rotationId}
          onChange={(rotationId) => onChange({ rotationId })}
        />
      )}
      {options.length > 0 && (
        <CheckboxGroup
          legend="Who saw it?"
          hint="Only the writers you tick will see this story in their packet."
          error={errors.witnessAttendingIds}
          options={options}
          chosen={draft.witnessAttendingIds}
          onChange={(witnessAttendingIds) => onChange({ witnessAttendingIds })}
          inline
        />
      )}
      {offerLast && (
        <p>
          <button type="button" class="button small chip" onClick={() => onChange({ witnessAttendingIds: last })}>
            Same as last time: {last.map(nameOf).join(', ')}
          </button>
        </p>
      )}
    </>
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
