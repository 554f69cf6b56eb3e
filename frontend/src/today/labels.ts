// What kind of thing each Today action is, in a word or two.
import type { TodayAction } from '../api/types';

export const ACTION_KIND_LABELS: Record<NonNullable<TodayAction['kind']>, string> = {
  BACKUP: 'Backup writer',
  REMINDER: 'Reminder',
  CHECKPOINT: 'Plan step',
  THANK_YOU: 'Thank-you',
  HABIT: 'Habit',
  RED_FLAG: 'Red flag',
  ASSIGN_LETTER: 'Assign to programs',
  UPDATED_LETTER: 'Updated letter',
};

/** "today", "tomorrow", "in 5 days" (the API counts the days). */
export function daysLeftText(daysLeft: number | null | undefined): string {
  if (daysLeft == null) return '';
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${daysLeft} days`;
}
