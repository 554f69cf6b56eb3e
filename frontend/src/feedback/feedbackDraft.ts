// The feedback form's contents, the API body made from them, and what must be
// fixed before it can be queued.
import type { Enthusiasm, Feedback, FeedbackInput, FeedbackKind } from '../api/types';

export interface FeedbackDraft {
  attendingId: string;
  /** '' when not tied to a rotation. */
  rotationId: string;
  kind: FeedbackKind;
  /** null until chosen; only summative feedback has one. */
  enthusiasm: Enthusiasm | null;
  /** '' leaves it to the API (today, in the applicant's time zone). */
  receivedOn: string;
  wentWell: string;
  toImprove: string;
  myPlan: string;
  whatIChanged: string;
  checkedBackOn: string;
}

export const EMPTY_FEEDBACK: FeedbackDraft = {
  attendingId: '',
  rotationId: '',
  // The API's default kind, shown as chosen.
  kind: 'FORMATIVE',
  enthusiasm: null,
  receivedOn: '',
  wentWell: '',
  toImprove: '',
  myPlan: '',
  whatIChanged: '',
  checkedBackOn: '',
};

const TEXTS = ['wentWell', 'toImprove', 'myPlan', 'whatIChanged'] as const;

/** The contract's longest text. */
export const MAX_TEXT = 5_000;

/** The body to send: blanks are left out so the API applies its defaults. The
 *  enthusiasm goes with summative feedback only (the API refuses it on the
 *  others), so switching kind back and forth loses nothing while typing. */
export function toFeedbackInput(draft: FeedbackDraft): FeedbackInput {
  const text = (value: string) => value.trim() || null;
  return {
    attendingId: draft.attendingId,
    rotationId: draft.rotationId || null,
    kind: draft.kind,
    enthusiasm: draft.kind === 'SUMMATIVE' ? draft.enthusiasm : null,
    receivedOn: draft.receivedOn || null,
    wentWell: text(draft.wentWell),
    toImprove: text(draft.toImprove),
    myPlan: text(draft.myPlan),
    whatIChanged: text(draft.whatIChanged),
    checkedBackOn: draft.checkedBackOn || null,
  };
}

/**
 * What must be fixed before the feedback is queued. These are the input rules
 * the API would answer with a 400; they are checked here too because offline
 * the API cannot say so until later, when the applicant has moved on.
 */
export function feedbackProblems(draft: FeedbackDraft): Record<string, string> | null {
  const problems: Record<string, string> = {};
  if (!draft.attendingId) problems.attendingId = 'Choose who gave you this feedback.';
  if (draft.kind === 'SUMMATIVE' && !draft.enthusiasm)
    problems.enthusiasm = 'Choose how they sounded: it tells how strong their letter could be.';
  for (const name of TEXTS) {
    const length = draft[name].trim().length;
    if (length > MAX_TEXT)
      problems[name] =
        `Please keep this under ${MAX_TEXT.toLocaleString('en-US')} characters (now ${length.toLocaleString('en-US')}).`;
  }
  return Object.keys(problems).length > 0 ? problems : null;
}

/** The form's contents for a stored piece of feedback, or one waiting in the outbox. */
export function feedbackDraftOf(feedback: Feedback | FeedbackInput): FeedbackDraft {
  return {
    attendingId: feedback.attendingId ?? '',
    rotationId: feedback.rotationId ?? '',
    kind: (feedback.kind ?? 'FORMATIVE') as FeedbackKind,
    enthusiasm: (feedback.enthusiasm ?? null) as Enthusiasm | null,
    receivedOn: feedback.receivedOn ?? '',
    wentWell: feedback.wentWell ?? '',
    toImprove: feedback.toImprove ?? '',
    myPlan: feedback.myPlan ?? '',
    whatIChanged: feedback.whatIChanged ?? '',
    checkedBackOn: feedback.checkedBackOn ?? '',
  };
}

export function sameFeedbackDraft(a: FeedbackDraft, b: FeedbackDraft): boolean {
  return (Object.keys(a) as (keyof FeedbackDraft)[]).every((key) => a[key] === b[key]);
}
