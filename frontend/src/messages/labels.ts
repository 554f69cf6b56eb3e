// The message kinds in the applicant's words: the step each one belongs to.
import type { MessageKind, Reminder } from '../api/types';

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  EXPECTATIONS_TALK: 'Week 1: how they like students to work',
  FORMATIVE_ASK: 'Week 2: ask for feedback',
  SOFT_SIGNAL: 'Weeks 3–4: hint at a letter',
  SUMMATIVE_ASK: 'End of rotation: ask how you did',
  DIRECT_ASK: 'Ask for a strong letter',
  PACKET_EMAIL: 'Packet email after a yes',
  FORMAL_REQUEST: 'Formal request (ERAS or ResidencyCAS)',
  REMINDER: 'Gentle reminder',
  THANK_YOU_RECEIVED: 'Thank you for the letter',
  THANK_YOU_SUBMISSION: 'Thanks after submitting',
  INTERVIEW_UPDATE: 'Update: where you interview',
  MATCH_UPDATE: 'Update: where you matched',
};

/** What each reminder rule asks of the applicant. */
export const REMINDER_RULE_LABELS: Record<NonNullable<Reminder['rule']>, string> = {
  FIRST_REMINDER: 'Gentle reminder',
  LAST_REMINDER: 'Last reminder',
  BACKUP_WRITER: 'Line up a backup writer',
  THANK_YOU_RECEIVED: 'Thank them for the letter',
  THANK_YOU_SUBMISSION: 'Thank them after submitting',
  INTERVIEW_UPDATE: 'Tell them where you interview',
  MATCH_UPDATE: 'Tell them where you matched',
};
