// The applicant's rotations and attendings, for the pickers of the log forms.
// They come from the API when online; the last lists loaded are kept on the
// phone (IndexedDB, with Today's copy, forgotten on log out), so a story or a
// piece of feedback logged offline is linked by the applicant's own choice,
// from pickers they see, never by a value carried over out of sight.
import { useMemo } from 'preact/hooks';
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { Attending, Rotation } from '../api/types';
import { currentUser } from '../auth/session';
import { lastLoaded } from '../offline/appStorage';
import { browserStorage } from '../shared/browserStorage';
import { useQuery, type CopyPlace } from '../shared/query';

export interface LinkChoices {
  rotations: Rotation[];
  attendings: Attending[];
  /** True when these are the phone's copy, not fresh from the API. */
  fromCopy?: boolean;
}

/** Only what the pickers show: names, dates and links, not notes or emails. */
export function pickerCopy({ rotations, attendings }: LinkChoices): LinkChoices {
  return {
    rotations: rotations.map(
      ({ id, institution, specialty, startsOn, endsOn }) => ({ id, institution, specialty, startsOn, endsOn }) as Rotation,
    ),
    attendings: attendings.map(({ id, name, rotations: links }) => ({ id, name, rotations: links }) as Attending),
  };
}

/** Older versions kept the copy in localStorage: it goes once the new one is kept. */
const forgetOldCopy = (userId: string) => {
  try {
    browserStorage().removeItem(`lorkit.linkChoices.${userId}`);
  } catch {
    // nothing kept
  }
};

/** The last lists loaded, kept per applicant: only what the pickers show (pickerCopy). */
function linkChoicesCopy(userId: string): CopyPlace<LinkChoices> {
  return {
    read: async () => {
      const copy = await lastLoaded.linkChoices<LinkChoices>(userId);
      const value = copy?.value;
      return value && Array.isArray(value.rotations) && Array.isArray(value.attendings) ? copy : undefined;
    },
    keep: async ({ value, loadedAt }) => {
      await lastLoaded.saveLinkChoices(userId, { value: pickerCopy(value), loadedAt });
      forgetOldCopy(userId);
    },
  };
}

async function loadLinkChoices(): Promise<Result<LinkChoices>> {
  const [rotations, attendings] = await Promise.all([
    callApi(() => api.GET('/api/v1/rotations', { params: { query: { size: 100 } } })),
    callApi(() => api.GET('/api/v1/attendings', { params: { query: { size: 100, sort: 'rank' } } })),
  ]);
  if (rotations.ok && attendings.ok)
    return { ok: true, value: { rotations: rotations.value.items ?? [], attendings: attendings.value.items ?? [] } };
  const failed = !rotations.ok ? rotations : attendings;
  // Any failure leaves the pickers on the lists last seen (or none): a form stays usable either way.
  return { ok: false, errors: failed.ok ? { fields: {}, form: [] } : failed.errors, offline: true };
}

/** `copyForOffline` is kept for the callers that asked for it: every caller now gets the copy. */
export function useLinkChoices(_options: { copyForOffline?: boolean } = {}): LinkChoices | null {
  const userId = currentUser()?.id;
  const keptIn = useMemo(() => (userId ? linkChoicesCopy(userId) : undefined), [userId]);
  const [state] = useQuery(['linkChoices', userId], loadLinkChoices, { keptIn });
  return state.status === 'loaded' ? { ...state.value, fromCopy: state.fromCopy } : null;
}
