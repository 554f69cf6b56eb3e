// Where each coaching link is acted on in the app. The API says *what* a step
// is about (a letter, a message to send, a checkpoint, the habits…); this maps
// that to the screen where the applicant does it, in one tap. No rule of the
// coaching engine is repeated here: only addresses.
import type { CoachLink, Reminder, SetupStepKind, TodayAction } from '../api/types';
import { formPath, letterPath, messagesPath, paths, planPath, programPath, storyPath } from '../app/router';

/** Where each set-up step of a new account is done: the step says which, whatever its link. */
export const SETUP_TARGETS: Record<SetupStepKind, string> = {
  TARGET_SHEET: paths.targetSheet,
  ROTATION: formPath('rotationForm'),
  ATTENDING: formPath('attendingForm'),
  FIRST_STORY: paths.newStory,
};

/** The screen for a link from Today, the plan or the deadlines; null when there is none. */
export function linkTarget(link: CoachLink | null | undefined): string | null {
  if (!link?.kind) return null;
  const id = link.id ?? undefined;
  switch (link.kind) {
    case 'MESSAGE':
      return messagesPath(messageQuery(link));
    case 'PACKET':
      // The packet goes out with the packet email: sending (and marking) it moves the letter on.
      return messagesPath({ attendingId: id, kind: 'PACKET_EMAIL' });
    case 'LETTER':
      return id ? letterPath(id) : paths.letters;
    case 'ATTENDING':
      return id ? formPath('attendingForm', id) : paths.attendings;
    case 'ROTATION':
      return id ? formPath('rotationForm', id) : paths.rotations;
    case 'PROFILE':
      return paths.targetSheet;
    case 'CHECKPOINT':
      return planPath(id);
    case 'STORY':
      // The first story of a new account: the log form; a story the API names: that story.
      return id ? storyPath(id) : paths.newStory;
    case 'HABITS':
      return paths.habits;
    case 'PORTFOLIO':
      return paths.portfolio;
    case 'PROGRAM':
      // A program short of letters: the program, with the letters going to it and what it still needs.
      // Programs in general: the portfolio, which names those short of letters (one tap from each).
      return id ? programPath(id) : paths.portfolio;
    default:
      return null;
  }
}

/** The query of a MESSAGE link's API address (`/api/v1/messages?kind=…&letterId=…`). */
function messageQuery(link: CoachLink): { letterId?: string; attendingId?: string; kind?: string } {
  const params = new URL(link.href ?? '', 'http://lorkit.invalid').searchParams;
  const letterId = params.get('letterId') ?? undefined;
  const attendingId = params.get('attendingId') ?? undefined;
  const kind = params.get('kind') ?? undefined;
  // Without a readable address, the id names the letter (or the attending when there is no letter).
  if (!letterId && !attendingId) return { letterId: link.id ?? undefined, kind };
  return { letterId, attendingId, kind };
}

/** Where a plan step is done in the app, or null when that is the plan itself (ticked there).
 *  Rotation steps (the week-1 talk, feedback asks, the soft signal) are shown done by records
 *  made elsewhere or by a tick, so they stay on the plan; "write down your stories"
 *  (`rotation-{id}-stories`, see docs/coaching.md) is done by logging one. */
export function checkpointTarget(id: string | undefined, link: CoachLink | null | undefined): string | null {
  if (/^rotation-.+-stories$/.test(id ?? '')) return paths.newStory;
  if (!link || link.kind === 'ROTATION' || link.kind === 'CHECKPOINT') return null;
  return linkTarget(link);
}

/** Where tapping a Today action leads. */
export function actionTarget(action: TodayAction): string {
  if (action.kind === 'CHECKPOINT') return checkpointTarget(action.id, action.link) ?? planPath(action.id);
  // A red flag is answered on the habits screen, where the self-check lives.
  if (action.kind === 'RED_FLAG' || action.kind === 'HABIT') return paths.habits;
  return linkTarget(action.link) ?? paths.today;
}

/** The one-tap answer shown on the action itself, when there is one: tick a
 *  checkpoint, or check in a habit. Steps done by sending a message are marked
 *  by sending it (that also moves the letter), so they get no tick here. */
export function quickAnswer(action: TodayAction): 'tick' | 'checkIn' | null {
  if (action.kind === 'HABIT') return 'checkIn';
  if (action.kind === 'CHECKPOINT' && action.link?.kind !== 'MESSAGE' && action.link?.kind !== 'PACKET') return 'tick';
  return null;
}

/** Where a reminder is answered: its message, or the ranked attendings when a backup writer is needed. */
export function reminderTarget(reminder: Reminder): string {
  if (reminder.rule === 'BACKUP_WRITER') return paths.attendings;
  return messagesPath({ letterId: reminder.letterId, kind: reminder.messageKind });
}
