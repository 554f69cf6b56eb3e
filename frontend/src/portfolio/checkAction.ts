// Where each portfolio check is acted on in the app. The API says whether a
// check is met and which letters or programs it concerns; this only maps that
// to a screen (no rule of the portfolio is repeated here).
import type { PortfolioCheck } from '../api/types';
import { paths, programPath } from '../app/router';
import { linkTarget } from '../today/actionTarget';

export interface CheckAction {
  href: string;
  label: string;
}

/** The one link a check that is not met gets; null for a met check. */
export function checkAction(check: PortfolioCheck): CheckAction | null {
  if (check.status === 'OK') return null;
  const links = check.links ?? [];
  switch (check.code) {
    case 'LETTER_COUNT':
      return { href: paths.letters, label: 'Open the letters board' };
    case 'CORE_IN_SPECIALTY':
    case 'OTHER_US_SPECIALTY':
    case 'RESEARCH_MENTOR':
      // The attendings, best writers first: who could write the letter missing.
      return { href: paths.attendings, label: 'See who could write for you' };
    case 'STRENGTH_OF_COMMITMENTS':
      return { href: paths.attendings, label: 'Keep a stronger writer in view' };
    case 'BACKUP_NEEDED':
      // The links name the silent writers' letters; the backup is found among the ranked attendings.
      return { href: paths.attendings, label: 'Find a backup writer' };
    case 'PROGRAMS_MISSING_LETTERS': {
      const ids = links.filter((link) => link.kind === 'PROGRAM' && link.id).map((link) => link.id!);
      if (ids.length === 1) return { href: programPath(ids[0]!), label: 'Open that program' };
      return { href: paths.programs, label: ids.length > 0 ? 'Open your programs' : 'Add your programs' };
    }
    case 'RECEIVED_NOT_ASSIGNED':
      // Letters are assigned on each program.
      return { href: paths.programs, label: 'Assign them to programs' };
    default: {
      // A check this app does not know yet: where its first link points, if anywhere.
      const target = linkTarget(links[0]);
      return target ? { href: target, label: "Go to where it's done" } : null;
    }
  }
}
