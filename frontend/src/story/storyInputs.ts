/** The story inputs the forms show: an API error about one of them is shown under it. */
export const STORY_INPUTS = [
  'title',
  'summary',
  'occurredOn',
  'kind',
  'whatIDid',
  'whatItShows',
  'includeInPacket',
  'formFields',
] as const;
