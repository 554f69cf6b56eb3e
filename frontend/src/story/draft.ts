// The story form's contents, and the API body made from them.
import type { StoryInput, StoryKind } from '../api/types';

export interface Draft {
  summary: string;
  title: string;
  occurredOn: string;
  kind: StoryKind;
  whatIDid: string;
  whatItShows: string;
  includeInPacket: boolean;
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
};

/** Inputs under "More details": an error in one of them opens the section. */
export const DETAIL_INPUTS: readonly string[] = ['occurredOn', 'kind', 'whatIDid', 'whatItShows', 'includeInPacket'];

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
  };
}

/** Quick capture needs only a title or a sentence (the API makes a title from the first sentence). */
export function missingContent(draft: Draft): Record<string, string> | null {
  if (draft.summary.trim() || draft.title.trim()) return null;
  return { summary: 'Write a sentence about what happened, or give it a title.' };
}
