// The feedback form's inputs, named as the API names its fields, so that the
// API's complaints land next to the right input.
export const FEEDBACK_INPUTS = [
  'attendingId',
  'rotationId',
  'kind',
  'enthusiasm',
  'receivedOn',
  'wentWell',
  'toImprove',
  'myPlan',
  'whatIChanged',
  'checkedBackOn',
] as const;

/** Inputs under "More details": an error in one of them opens the section. */
export const FEEDBACK_DETAIL_INPUTS: readonly string[] = ['receivedOn', 'myPlan', 'whatIChanged', 'checkedBackOn'];
