import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../api/types';
import { visibleSteps } from './visibleSteps';

const plan: Checkpoint[] = [
  { id: 'prep-cv', phase: 'PREP', status: 'DONE', title: 'CV ready' },
  { id: 'prep-statement', phase: 'PREP', status: 'OVERDUE', title: 'Personal statement draft' },
  { id: 'rotation-r1-expectations', phase: 'ROTATION', status: 'DONE', title: 'Week 1 talk' },
  { id: 'rotation-r1-formative', phase: 'ROTATION', status: 'DUE', title: 'Ask for feedback' },
  { id: 'submit-eras', phase: 'FINISH', status: 'UPCOMING', title: 'Submit ERAS' },
];
const ids = (steps: Checkpoint[]) => steps.map((c) => c.id);

describe('hide done steps', () => {
  it('shows every step the API returned while off', () => {
    expect(ids(visibleSteps(plan, false))).toEqual(ids(plan));
  });

  it('hides the steps the API says are done, in the order it gave', () => {
    expect(ids(visibleSteps(plan, true))).toEqual(['prep-statement', 'rotation-r1-formative', 'submit-eras']);
  });

  it('keeps the step asked for, and a step ticked just now, on screen', () => {
    expect(ids(visibleSteps(plan, true, new Set(['prep-cv'])))).toEqual([
      'prep-cv',
      'prep-statement',
      'rotation-r1-formative',
      'submit-eras',
    ]);
  });
});
