// A story's writable fields, compared and previewed on the phone: the outbox
// uses them to tell its own lost-answer retry from someone else's change, and
// the list to show an edit (or a new story) before the API has it.
import type { Story, StoryInput, StoryKind } from '../api/types';

/** What the applicant writes in a story (the API adds ids, dates, versions and PHI warnings). */
export type StoryContent = Pick<
  Story,
  'title' | 'summary' | 'whatIDid' | 'whatItShows' | 'occurredOn' | 'kind' | 'includeInPacket'
>;

/** The story as the API will store this input (the same defaults and title rule). */
export function storedForm(input: StoryInput): StoryContent {
  return {
    title: titleOf(input.title, input.summary),
    summary: blankToNull(input.summary),
    whatIDid: blankToNull(input.whatIDid),
    whatItShows: blankToNull(input.whatItShows),
    occurredOn: input.occurredOn || null,
    kind: (input.kind ?? 'CASE') as StoryKind,
    includeInPacket: input.includeInPacket ?? true,
  };
}

/** Fields of a story the API sets itself, or that must not be sent back as
 *  they are (phiReviewed: re-sending true would vouch for text changed since). */
const NOT_SENT_BACK = new Set(['id', 'createdAt', 'updatedAt', 'version', 'phiWarnings', 'phiReviewed']);

/** The writable fields of a stored story, as a PUT must send them: PUT replaces
 *  them all, so the fields a form does not show (rotation, witnesses,
 *  competencies…) are sent back as they are, never wiped. */
export function inputOf(story: Story): StoryInput {
  return Object.fromEntries(Object.entries(story).filter(([key]) => !NOT_SENT_BACK.has(key))) as StoryInput;
}

/** The fields the story form edits. */
export const FORM_FIELDS = ['title', 'summary', 'whatIDid', 'whatItShows', 'occurredOn', 'kind', 'includeInPacket'] as const;

/** The links a story form may set: compared apart, as they are lists or ids rather than text. */
const LINK_FIELDS = ['rotationId', 'witnessAttendingIds', 'competencies', 'formFields'] as const;

/** My edit laid over another version: my form's text fields, their everything else
 *  (links included: without the base version, their change to a link can't be
 *  told from mine, and theirs is the one the applicant has just been shown). */
export function rebase(input: StoryInput, onto: Story): StoryInput {
  return { ...inputOf(onto), ...Object.fromEntries(FORM_FIELDS.map((field) => [field, input[field]])) };
}

/** What a new story has before the API fills it in. */
const NEW_STORY: Pick<Story, 'rotationId' | 'witnessAttendingIds' | 'competencies' | 'formFields'> = {
  rotationId: null,
  witnessAttendingIds: [],
  competencies: [],
  formFields: [],
};

/** A preview of `input` saved over `story` (or as a new story) for lists and details. */
export function withInput(story: Story | null, input: StoryInput, localId: string, queuedAt: string): Story {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
  return {
    ...NEW_STORY,
    ...story,
    ...(given as Partial<Story>),
    ...storedForm(input),
    id: story?.id ?? localId,
    createdAt: story?.createdAt ?? queuedAt,
    updatedAt: queuedAt,
    version: story?.version ?? 0,
    // The API checks the new text for patient identifiers when it gets it.
    phiWarnings: [],
    phiReviewed: false,
  };
}

/** True when the story already holds exactly what `input` would store. */
export function sameContent(story: Story, input: StoryInput): boolean {
  // "I checked" changes no text: it is only through once the API has the review.
  if (input.phiReviewed && !story.phiReviewed) return false;
  const linksDiffer = LINK_FIELDS.some((field) => {
    if (input[field] === undefined) return false;
    const normal = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].sort() : (value ?? null));
    return normal(input[field]) !== normal(story[field]);
  });
  if (linksDiffer) return false;
  const mine = storedForm(input);
  return (Object.keys(mine) as (keyof typeof mine)[]).every((field) => (story[field] ?? null) === (mine[field] ?? null));
}

/** The API's quick-capture rule: no title means the first sentence of the summary. */
export function titleOf(title: string | null | undefined, summary: string | null | undefined): string {
  if (title?.trim()) return title.trim();
  const text = summary?.trim() ?? '';
  const sentence = (/^(.+?)(?:[.!?](?:\s|$)|\n|$)/s.exec(text)?.[1] ?? text).trim();
  if (sentence.length <= 200) return sentence;
  const cut = sentence.lastIndexOf(' ', 199);
  return `${sentence.slice(0, cut > 40 ? cut : 199).trim()}…`;
}

function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() ? value : null;
}
