// The portfolio's codes in plain words. The findings themselves are the API's sentences.
import type { PortfolioCheck, PortfolioCheckCode, PortfolioCheckStatus } from '../api/types';
import { COMMITMENT_ANSWER_LABELS } from '../writers/labels';

/** What each check looks at, as a card title. */
export const CHECK_TITLES: Record<PortfolioCheckCode, string> = {
  LETTER_COUNT: 'Two to four letters',
  CORE_IN_SPECIALTY: 'Core faculty in your specialty',
  OTHER_US_SPECIALTY: 'Another US specialty',
  RESEARCH_MENTOR: 'Research mentor (optional)',
  STRENGTH_OF_COMMITMENTS: 'How strong each yes was',
  PROGRAMS_MISSING_LETTERS: 'Letters each program asks for',
  RECEIVED_NOT_ASSIGNED: 'Received letters assigned to programs',
  BACKUP_NEEDED: 'Backup writer',
};

export const CHECK_STATUS_LABELS: Record<PortfolioCheckStatus, string> = {
  OK: 'Met',
  MISSING: 'Not met yet',
  WARNING: 'Needs you soon',
  INFO: 'Good to know',
};

/** Checks the API does not count as met and asks the applicant to act on. */
export const needsAction = (check: PortfolioCheck) => check.status === 'MISSING' || check.status === 'WARNING';

/** The pill colour of a status (the plan's colours). */
export function checkPillClass(status: PortfolioCheck['status']): string {
  return status === 'OK' ? 'ok' : status === 'WARNING' ? 'due' : status === 'MISSING' ? 'overdue' : 'no';
}

/** What writers said when asked (`byCommitment`; NONE: nothing recorded yet). */
export const COMMITMENT_LABELS: Record<string, string> = { ...COMMITMENT_ANSWER_LABELS, NONE: 'Not recorded yet' };
export const COMMITMENT_ORDER = ['STRONG', 'YES', 'DECLINED', 'NONE'];
