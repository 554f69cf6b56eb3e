// Habits and red flags in plain words.
import type { HabitName, HabitStatus, RedFlag } from '../api/types';

export const HABIT_LABELS: Record<HabitName, string> = {
  READ_UP_DIAGNOSIS: 'Read up on each new diagnosis',
  GOOD_QUESTION: 'Ask one good question',
  MINI_FEEDBACK: 'Ask for one thing to do better',
  WRITE_STORY: 'Write down one story',
  TEACHING_PRESENTATION: 'Give a 5–10 minute teaching talk',
};

export const CADENCE_LABELS: Record<NonNullable<HabitStatus['cadence']>, string> = {
  DAILY: 'Every day',
  WEEKLY: 'Every week',
  PER_ROTATION: 'Once per rotation',
};

/** The streak's unit, by cadence. */
export const STREAK_UNITS: Record<NonNullable<HabitStatus['cadence']>, [string, string]> = {
  DAILY: ['day', 'days'],
  WEEKLY: ['week', 'weeks'],
  PER_ROTATION: ['rotation', 'rotations'],
};

export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  BARELY_KNOWS_MY_NAME: 'After two weeks, the attending barely knows my name',
  LATENESS: 'I was late more than once',
  NO_QUESTIONS: 'I rarely ask or answer questions',
  COMMUNICATION_COMPLAINTS: 'Someone raised how I communicate',
};

export const RED_FLAGS = Object.keys(RED_FLAG_LABELS) as RedFlag[];
