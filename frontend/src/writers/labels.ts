// The domain's codes in plain words.
import type { AttendingRole, Commitment, LetterStatus, LetterType, RotationKind } from '../api/types';
import { servicesSaid } from '../shared/services';

export const ROTATION_KIND_LABELS: Record<RotationKind, string> = {
  OBSERVERSHIP: 'Observership',
  EXTERNSHIP: 'Externship',
  ELECTIVE: 'Elective',
  SUB_INTERNSHIP: 'Sub-internship',
  RESEARCH_CLINIC: 'Research with clinic',
  OTHER: 'Other',
};

export const ROLE_LABELS: Record<AttendingRole, string> = {
  PROGRAM_DIRECTOR: 'Program director',
  ASSOCIATE_PROGRAM_DIRECTOR: 'Associate program director',
  CORE_FACULTY: 'Core faculty',
  CLERKSHIP_DIRECTOR: 'Clerkship director',
  COMMUNITY_ATTENDING: 'Community attending',
  FELLOW_OR_RESIDENT: 'Fellow or resident',
  RESEARCH_MENTOR: 'Research mentor',
};

export const TIER_LABELS: Record<string, string> = {
  HIGHEST: 'Highest priority',
  HIGH: 'High priority',
  MEDIUM: 'Medium priority',
  LOW: 'Low priority',
};

export const ENTHUSIASM_LABELS: Record<string, string> = {
  ENTHUSIASTIC_WITH_SPECIFICS: 'Enthusiastic, with specifics',
  POSITIVE: 'Positive',
  VAGUE: 'Vague',
  LUKEWARM: 'Lukewarm',
};

export const STATUS_LABELS: Record<LetterStatus, string> = {
  CANDIDATE: 'Candidate',
  SIGNALED: 'Signaled',
  ASKED: 'Asked',
  AGREED: 'Agreed',
  DECLINED: 'Declined',
  PACKET_SENT: 'Packet sent',
  REQUESTED_IN_ERAS: 'Requested in ERAS',
  RECEIVED: 'Received',
  BOUNCED: 'Request bounced',
  WITHDRAWN: 'Withdrawn',
  IMPORTED: 'Imported from a prior season',
};

/** One letter's status, its request named in the letter's own services ("Requested in ResidencyCAS"). */
export function statusOf(status: LetterStatus | undefined, services: readonly string[] | null | undefined): string {
  if (!status) return '';
  return status === 'REQUESTED_IN_ERAS' && services?.length ? `Requested in ${servicesSaid(services)}` : STATUS_LABELS[status];
}

/** The move into a state as the applicant says it, the request named in the letter's own services. */
export function moveOf(status: LetterStatus, services: readonly string[] | null | undefined): string {
  return status === 'REQUESTED_IN_ERAS' && services?.length ? `I requested it in ${servicesSaid(services)}` : MOVE_LABELS[status];
}

/** The button that moves a letter into each state: what the applicant just did. */
export const MOVE_LABELS: Record<LetterStatus, string> = {
  CANDIDATE: 'Candidate',
  SIGNALED: 'I hinted I may ask',
  ASKED: 'I asked',
  AGREED: 'They agreed',
  DECLINED: 'They declined',
  PACKET_SENT: 'I sent the packet',
  REQUESTED_IN_ERAS: 'I requested it in ERAS',
  RECEIVED: 'Letter received',
  BOUNCED: 'The request email bounced',
  WITHDRAWN: 'I withdrew the request',
  IMPORTED: 'I imported it from a prior season',
};

export const LETTER_TYPE_LABELS: Record<LetterType, string> = {
  TARGET_SPECIALTY: 'Your target specialty',
  OTHER_US_SPECIALTY: 'Another US specialty',
  RESEARCH: 'Research mentor',
};

/** What the writer said when asked. */
export const COMMITMENT_ANSWER_LABELS: Record<Commitment, string> = {
  STRONG: 'Yes, a strong letter',
  YES: 'A plain yes',
  DECLINED: 'Declined',
};

/** A writer's packet quotes only stories they saw: said the same on the writer's card and the packet. */
export function ownStoriesShort(count: number, name = 'this writer'): string {
  const saw = count ? `Only ${count} ${count === 1 ? 'story' : 'stories'} that ${name} saw` : `No story yet that ${name} saw`;
  return `${saw}: a packet needs three of their own.`;
}
