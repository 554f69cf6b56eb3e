// The applicant's side of sharing: make a writer's page or an adviser's view, list them with their
// views, revoke one. The url of a new link comes back once, in the answer that made it (the API keeps
// only its fingerprint): shownUrls keeps it in this tab's memory so the screen can show it again
// until the tab is closed or the applicant logs out.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { ShareLink } from '../api/types';

export type { Result };

export const ADVISER_INPUTS = ['label', 'expiresOn', 'showStories', 'showFeedback'] as const;

export function listShareLinks(): Promise<Result<ShareLink[]>> {
  return callApi(async () => {
    const answer = await api.GET('/api/v1/share-links', { params: { query: { size: 100 } } });
    return { ...answer, data: answer.data?.items };
  });
}

export function makeWriterLink(letterId: string): Promise<Result<ShareLink>> {
  return callApi(
    () =>
      api.POST('/api/v1/share-links', {
        body: { kind: 'WRITER', letterId, label: null, expiresOn: null, showStories: false, showFeedback: false },
      }),
    [],
    { 404: 'This letter is not in your account any more. Go back to the letters board.' },
  );
}

export interface AdviserLinkInput {
  label: string;
  expiresOn: string;
  showStories: boolean;
  showFeedback: boolean;
}

export function makeAdviserLink(input: AdviserLinkInput): Promise<Result<ShareLink>> {
  return callApi(
    () =>
      api.POST('/api/v1/share-links', {
        body: { kind: 'ADVISER', letterId: null, ...input, label: input.label.trim(), expiresOn: input.expiresOn || null },
      }),
    ADVISER_INPUTS,
  );
}

/** Ends the link at once; revoking one already ended is fine (the API answers 204 again). */
export function revokeShareLink(id: string): Promise<Result<void>> {
  return callApi(() => api.DELETE('/api/v1/share-links/{id}', { params: { path: { id } } }));
}
