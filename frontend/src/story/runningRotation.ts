// Which rotation a story belongs to by default: the one running on the day it
// happened. The applicant sees it chosen in the picker and can change it; a
// day outside every rotation leaves the picker on "not on a rotation".
import type { Rotation } from '../api/types';

type Dated = Pick<Rotation, 'id' | 'startsOn' | 'endsOn'>;

/** The id of the rotation running on `day` (YYYY-MM-DD), or '' when none is.
 *  Both ends count. When two overlap (an elective inside a long externship, or
 *  the last week of one and the first of the next), the one that started last
 *  wins: it is the one the applicant is most likely on now; then the one that
 *  ends first. A rotation with no end date is taken as that one day. */
export function rotationRunningOn(rotations: readonly Dated[], day: string): string {
  const running = rotations.filter((r) => r.id && r.startsOn && r.startsOn <= day && day <= (r.endsOn || r.startsOn));
  running.sort(
    (a, b) => b.startsOn!.localeCompare(a.startsOn!) || (a.endsOn || a.startsOn!).localeCompare(b.endsOn || b.startsOn!),
  );
  return running[0]?.id ?? '';
}
