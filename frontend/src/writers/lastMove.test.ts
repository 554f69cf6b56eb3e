import { describe, expect, it } from 'vitest';
import { lastStandingMove } from './lastMove';

const at = (day: string) => `${day}T17:00:00Z`;

describe('the step a correction undoes', () => {
  it('is the last step when nothing was corrected', () => {
    expect(lastStandingMove([{ from: 'CANDIDATE', to: 'ASKED', at: at('2026-11-25') }])).toEqual({
      from: 'CANDIDATE',
      to: 'ASKED',
      at: at('2026-11-25'),
    });
  });

  it('after an undo, is the step before the one undone', () => {
    const history = [
      { from: 'CANDIDATE' as const, to: 'ASKED' as const, at: at('2026-11-25') },
      { from: 'ASKED' as const, to: 'DECLINED' as const, at: at('2026-11-27') },
      { from: 'DECLINED' as const, to: 'ASKED' as const, at: at('2026-11-27'), correction: true },
    ];
    expect(lastStandingMove(history)).toEqual({ from: 'CANDIDATE', to: 'ASKED', at: at('2026-11-25') });
  });

  it('after "I meant agreed, not declined", is the step as meant, from where it started', () => {
    const history = [
      { from: 'CANDIDATE' as const, to: 'ASKED' as const, at: at('2026-11-25') },
      { from: 'ASKED' as const, to: 'DECLINED' as const, at: at('2026-11-27') },
      { from: 'DECLINED' as const, to: 'AGREED' as const, at: at('2026-11-27'), correction: true },
    ];
    expect(lastStandingMove(history)).toEqual({ from: 'ASKED', to: 'AGREED', at: at('2026-11-27') });
  });

  it('is none for a candidate', () => {
    expect(lastStandingMove([])).toBeNull();
    expect(lastStandingMove(undefined)).toBeNull();
  });
});
