// A program's letters and requirements in plain words. The numbers are the
// API's (with its defaults applied); nothing is computed here.
import type { AssignedLetter, Program } from '../api/types';

export function requirementsLine(program: Program): string {
  const r = program.requirements;
  if (!r) return '';
  const parts = [`Asks for ${r.lettersRequired} letter${r.lettersRequired === 1 ? '' : 's'}`];
  if (r.fromUsClinicians) parts.push(`${r.fromUsClinicians} from US clinicians`);
  if (r.inSpecialty) parts.push(`${r.inSpecialty} in ${program.specialty}`);
  return parts.join(' · ');
}

export const FLAG_LABELS: Record<NonNullable<AssignedLetter['flags']>[number], string> = {
  NOT_RECEIVED: 'not received yet',
  DECLINED: 'declined: this letter will not come',
  BOUNCED: 'the request email bounced: this letter will not come',
  WITHDRAWN: 'request withdrawn: this letter will not come',
  LEFT_IN_PRIOR_SEASON: 'stayed in a season you left: it does not count here',
};
