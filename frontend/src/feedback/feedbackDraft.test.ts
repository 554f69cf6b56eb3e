import { describe, expect, it } from 'vitest';
import { EMPTY_FEEDBACK, feedbackDraftOf, feedbackProblems, sameFeedbackDraft, toFeedbackInput } from './feedbackDraft';

const draft = { ...EMPTY_FEEDBACK, attendingId: 'a1' };

describe('feedbackProblems', () => {
  it('needs only the attending for quick capture', () => {
    expect(feedbackProblems(draft)).toBeNull();
    expect(feedbackProblems(EMPTY_FEEDBACK)).toEqual({ attendingId: 'Choose who gave you this feedback.' });
  });

  it('asks how enthusiastic they sounded on summative feedback only', () => {
    expect(feedbackProblems({ ...draft, kind: 'SUMMATIVE' })).toHaveProperty('enthusiasm');
    expect(feedbackProblems({ ...draft, kind: 'SUMMATIVE', enthusiasm: 'LUKEWARM' })).toBeNull();
    expect(feedbackProblems({ ...draft, kind: 'WEEKLY_MINI' })).toBeNull();
  });

  it("keeps the texts within the contract's 5,000 characters", () => {
    expect(feedbackProblems({ ...draft, toImprove: 'x'.repeat(5_001) })).toEqual({
      toImprove: 'Please keep this under 5,000 characters (now 5,001).',
    });
    expect(feedbackProblems({ ...draft, toImprove: `${'x'.repeat(5_000)}   ` })).toBeNull();
  });
});

describe('toFeedbackInput', () => {
  it('leaves blanks to the API and trims the texts', () => {
    expect(toFeedbackInput({ ...draft, wentWell: '  Clear plans. ' })).toEqual({
      attendingId: 'a1',
      rotationId: null,
      kind: 'FORMATIVE',
      enthusiasm: null,
      receivedOn: null,
      wentWell: 'Clear plans.',
      toImprove: null,
      myPlan: null,
      whatIChanged: null,
      checkedBackOn: null,
    });
  });

  it('sends the enthusiasm with summative feedback only, whatever was picked before switching kind', () => {
    expect(toFeedbackInput({ ...draft, kind: 'SUMMATIVE', enthusiasm: 'POSITIVE' }).enthusiasm).toBe('POSITIVE');
    expect(toFeedbackInput({ ...draft, kind: 'FORMATIVE', enthusiasm: 'POSITIVE' }).enthusiasm).toBeNull();
  });

  it('round-trips through the form', () => {
    const full = {
      ...draft,
      rotationId: 'r1',
      kind: 'SUMMATIVE' as const,
      enthusiasm: 'VAGUE' as const,
      receivedOn: '2026-09-20',
      myPlan: 'Ask weekly.',
      checkedBackOn: '2026-09-27',
    };
    expect(sameFeedbackDraft(feedbackDraftOf(toFeedbackInput(full)), full)).toBe(true);
  });
});
