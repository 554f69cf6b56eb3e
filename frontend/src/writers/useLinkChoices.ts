// The applicant's rotations and attendings, for the pickers of the log forms.
// They come from the API when online; the last lists loaded are kept on the
// phone (IndexedDB, with Today's copy, forgotten on log out), so a story or a
// piece of feedback logged offline is linked by the applicant's own choice,
// from pickers they see, never by a value carried over out of sight.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import type { Attending, Rotation } from '../api/types';
import { currentUser } from '../auth/session';
import { lastLoaded } from '../offline/appStorage';
import { browserStorage } from '../shared/browserStorage';

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

/** `copyForOffline` is kept for the callers that asked for it: every caller now gets the copy. */
export function useLinkChoices(_options: { copyForOffline?: boolean } = {}): LinkChoices | null {
  const userId = currentUser()?.id;
  const [choices, setChoices] = useState<LinkChoices | null>(null);
  useEffect(() => {
    let fresh = false;
    if (userId) {
      void lastLoaded.linkChoices<LinkChoices>(userId).then((copy) => {
        const value = copy?.value;
        if (!fresh && value && Array.isArray(value.rotations) && Array.isArray(value.attendings))
          setChoices({ ...value, fromCopy: true });
      });
    }
    void Promise.all([
      api.GET('/api/v1/rotations', { params: { query: { size: 100 } } }),
      api.GET('/api/v1/attendings', { params: { query: { size: 100, sort: 'rank' } } }),
    ]).then(
      ([rotations, attendings]) => {
        if (!rotations.data || !attendings.data) return;
        fresh = true;
        const answer = { rotations: rotations.data.items ?? [], attendings: attendings.data.items ?? [] };
        setChoices(answer);
        if (userId) {
          void lastLoaded.saveLinkChoices(userId, { value: pickerCopy(answer), loadedAt: new Date().toISOString() });
          forgetOldCopy(userId);
        }
      },
      () => undefined, // offline: the copy if any, else no pickers
    );
  }, []);
  return choices;
}
