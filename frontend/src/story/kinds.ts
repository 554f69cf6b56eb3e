import type { StoryKind } from '../api/types';

/** The contract's story kinds, in the words the applicant sees. */
export const KIND_LABELS: Record<StoryKind, string> = {
  CASE: 'A patient case',
  TEACHING: 'Teaching or a presentation',
  GROWTH: 'Growth after feedback',
  QI_RESEARCH: 'Quality improvement or research',
  OTHER: 'Something else',
};
