// Feedback's codes in plain words, with a hint of when each kind is asked for.
import type { Enthusiasm, FeedbackKind } from '../api/types';

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  FORMATIVE: 'Mid-rotation',
  SUMMATIVE: 'End of rotation',
  WEEKLY_MINI: 'Weekly check-in',
};

export const FEEDBACK_KIND_HINTS: Record<FeedbackKind, string> = {
  FORMATIVE: 'one thing going well, one to work on',
  SUMMATIVE: 'their overall verdict',
  WEEKLY_MINI: 'one thing to do better on rounds',
};

export const ENTHUSIASM_CHOICES: Record<Enthusiasm, string> = {
  ENTHUSIASTIC_WITH_SPECIFICS: 'Enthusiastic, with concrete examples',
  POSITIVE: 'Positive, but general',
  VAGUE: 'Vague or non-committal',
  LUKEWARM: 'Lukewarm',
};
