// The step a correction would undo: the last one that still stands. A
// correction entry cancels the step before it (and, when it led elsewhere,
// stands in its place), so after "Declined" was corrected back to "Asked" the
// step to undo is the one that led to "Asked". Read from the history only;
// which corrections are allowed stays the API's to say (canCorrectLast, 409).
import type { Letter, LetterStatus } from '../api/types';

export interface StandingMove {
  from: LetterStatus;
  to: LetterStatus;
  at: string;
}

export function lastStandingMove(history: Letter['history']): StandingMove | null {
  const stack: StandingMove[] = [];
  for (const h of history ?? []) {
    if (!h.to || !h.at) continue;
    const from = h.from ?? 'CANDIDATE';
    if (!h.correction || stack.length === 0) {
      stack.push({ from, to: h.to, at: h.at });
      continue;
    }
    const corrected = stack.pop()!;
    if (h.to !== corrected.from) stack.push({ from: corrected.from, to: h.to, at: h.at });
  }
  return stack.at(-1) ?? null;
}
