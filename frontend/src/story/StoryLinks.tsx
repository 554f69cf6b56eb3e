// The story's rotation and witnesses (and, under details, its competencies):
// what lets a packet put the story in front of the right writer. The lists
// come from the API when online; offline, the choices already made are kept.
import { useEffect } from 'preact/hooks';
import type { Attending } from '../api/types';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { useLinkChoices, type LinkChoices } from '../shared/useLinkChoices';
import type { Draft } from './draft';
import { RotationPicker } from '../shared/RotationPicker';

export { useLinkChoices };
type Choices = LinkChoices;

interface Props {
  choices: Choices | null;
  draft: Draft;
  errors: Record<string, string>;
  onChange(links: Partial<Draft>): void;
}

export function StoryLinks({ choices, draft, errors, onChange }: Props) {
  // A remembered rotation or witness may have been deleted since: don't send an id the API no longer knows.
  useEffect(() => {
    if (!choices) return;
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
  return (
    <>
      {rotations.length > 0 && (
        <RotationPicker label="Rotation" rotations={rotations} value={draft.rotationId} error={errors.rotationId} onChange={(rotationId) => onChange({ rotationId })} />
      )}
      {ordered.length > 0 && (
        <CheckboxGroup
          legend="Who saw it?"
          hint="The attendings who could mention it in a letter."
          error={errors.witnessAttendingIds}
          options={ordered.map((a) => ({ value: a.id!, label: a.name! }))}
          chosen={draft.witnessAttendingIds}
          onChange={(witnessAttendingIds) => onChange({ witnessAttendingIds })}
        />
      )}
    </>
  );
}
