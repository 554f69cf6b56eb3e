// The log form's rotation, chosen for the applicant in sight: the one running
// on the story's day (today until a day is given), following the day as it
// changes, until the applicant picks one in the picker. An edit, or a draft
// brought back, keeps the rotation it has.
import { useEffect, useRef } from 'preact/hooks';
import type { LinkChoices } from '../writers/useLinkChoices';
import { today } from './dates';
import type { Draft } from './draft';
import { rotationRunningOn } from './runningRotation';

export function useRotationByDate(
  active: boolean,
  choices: LinkChoices | null,
  draft: Draft,
  choose: (rotationId: string, { untouched }: { untouched: boolean }) => void,
): { restart(rotationId: string): void } {
  // The rotation chosen by date; null once the applicant picked one (or the form is not new).
  const chosen = useRef<string | null>(active ? draft.rotationId : null);
  useEffect(() => {
    if (chosen.current === null || !choices) return;
    if (draft.rotationId !== chosen.current) {
      chosen.current = null;
      return;
    }
    const running = rotationRunningOn(choices.rotations, draft.occurredOn || today());
    chosen.current = running;
    if (running !== draft.rotationId) choose(running, { untouched: !draft.occurredOn });
  }, [choices, draft.occurredOn]);
  return {
    restart(rotationId: string) {
      if (active) chosen.current = rotationId;
    },
  };
}
