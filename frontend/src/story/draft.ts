// The story form's contents, and the API body made from them.
import type { Competency, Story, StoryInput, StoryKind } from '../api/types';

export interface Draft {
  summary: string;
  title: string;
  occurredOn: string;
  kind: StoryKind;
  whatIDid: string;
  whatItShows: string;
  includeInPacket: boolean;
  /** Links to the applicant's own records ('' / [] when none). */
  rotationId: string;
  witnessAttendingIds: string[];
  competencies: Competency[];
  /** Fields of writers' forms (keys from GET /api/v1/writer-forms) the story is evidence for. */
  formFields: string[];
}

export const EMPTY_DRAFT: Draft = {
  summary: '',
  title: '',
  occurredOn: '',
  // The API's own defaults (see StoryInput in the contract), shown as chosen.
  kind: 'CASE',
  whatIDid: '',
  whatItShows: '',
  includeInPacket: true,
  rotationId: '',
  witnessAttendingIds: [],
  competencies: [],
  formFields: [],
};

/** Inputs under "More details": an error in one of them opens the section. */
export const DETAIL_INPUTS: readonly string[] = [
  'title',
  'occurredOn',
  'kind',
  'whatIDid',
  'whatItShows',
  'competencies',
  'includeInPacket',
];

/** The body to send: blank inputs are left out, so the API applies its defaults. */
export function toStoryInput(draft: Draft): StoryInput {
  const text = (value: string) => value.trim() || undefined;
  return {
    summary: text(draft.summary),
    title: text(draft.title),
    occurredOn: draft.occurredOn || undefined,
    kind: draft.kind,
    whatIDid: text(draft.whatIDid),
    whatItShows: text(draft.whatItShows),
    includeInPacket: draft.includeInPacket,
    rotationId: draft.rotationId || null,
    witnessAttendingIds: draft.witnessAttendingIds,
    competencies: draft.competencies,
    formFields: draft.formFields,
  };
}

/** Quick capture needs only a title or a sentence (the API makes a title from the first sentence). */
export function missingContent(draft: Draft): Record<string, string> | null {
  if (draft.summary.trim() || draft.title.trim()) return null;
  return { summary: 'Write a sentence about what happened, or give it a title.' };
}

/** The contract's longest values: checked here too, because offline the API
 *  cannot say so until later. */
export const MAX_LENGTHS: Partial<Record<keyof Draft, number>> = {
  title: 200,
  summary: 10_000,
  whatIDid: 5_000,
  whatItShows: 5_000,
};

/** What must be fixed before the story can be queued: the same rules the API applies. */
export function draftProblems(draft: Draft): Record<string, string> | null {
  const problems: Record<string, string> = { ...missingContent(draft) };
  for (const [name, max] of Object.entries(MAX_LENGTHS) as [keyof Draft, number][]) {
    const length = String(draft[name]).trim().length;
    if (length > max)
      problems[name] =
        `Please keep this under ${max.toLocaleString('en-US')} characters (now ${length.toLocaleString('en-US')}).`;
  }
  return Object.keys(problems).length > 0 ? problems : null;
}

/** The form's contents for editing a stored story. */
export function draftOf(story: Story): Draft {
  return {
    summary: story.summary ?? '',
    title: story.title ?? '',
    occurredOn: story.occurredOn ?? '',
    kind: story.kind ?? 'CASE',
    whatIDid: story.whatIDid ?? '',
    whatItShows: story.whatItShows ?? '',
    includeInPacket: story.includeInPacket ?? true,
    rotationId: story.rotationId ?? '',
    witnessAttendingIds: story.witnessAttendingIds ?? [],
    competencies: story.competencies ?? [],
    formFields: story.formFields ?? [],
  };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return (Object.keys(a) as (keyof Draft)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
