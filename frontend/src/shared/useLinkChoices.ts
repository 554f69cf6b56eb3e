// The applicant's rotations and attendings, for the pickers of the log forms.
// They come from the API when online. With `copyForOffline`, the last lists
// loaded are kept on the phone, so feedback (which must name its attending)
// can be logged offline too.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import type { Attending, Rotation } from '../api/types';
import { currentUser } from '../auth/session';
import { browserStorage } from './browserStorage';

export interface LinkChoices {
  rotations: Rotation[];
  attendings: Attending[];
  /** True when these are the phone's copy, not fresh from the API. */
  fromCopy?: boolean;
}

const storage = browserStorage();
const copyKey = (userId: string) => `lorkit.linkChoices.${userId}`;

function readCopy(userId: string): LinkChoices | null {
  try {
    const copy = JSON.parse(storage.getItem(copyKey(userId)) ?? 'null') as LinkChoices | null;
    return copy && Array.isArray(copy.rotations) && Array.isArray(copy.attendings) ? { ...copy, fromCopy: true } : null;
  } catch {
    return null;
  }
}

/** Only what the pickers show: names, dates and links, not notes or emails. */
function keepCopy(userId: string, { rotations, attendings }: LinkChoices): void {
  const copy: LinkChoices = {
    rotations: rotations.map(({ id, institution, specialty, startsOn, endsOn }) => ({ id, institution, specialty, startsOn, endsOn }) as Rotation),
    attendings: attendings.map(({ id, name, rotations: links }) => ({ id, name, rotations: links }) as Attending),
  };
  try {
    storage.setItem(copyKey(userId), JSON.stringify(copy));
  } catch {
    // Storage full: offline logging then waits for a connection.
  }
}

export function useLinkChoices({ copyForOffline = false } = {}): LinkChoices | null {
  const userId = currentUser()?.id;
  const [choices, setChoices] = useState<LinkChoices | null>(() => (copyForOffline && userId ? readCopy(userId) : null));
  useEffect(() => {
    void Promise.all([
      api.GET('/api/v1/rotations', { params: { query: { size: 100 } } }),
      api.GET('/api/v1/attendings', { params: { query: { size: 100, sort: 'rank' } } }),
    ]).then(
      ([rotations, attendings]) => {
        if (!rotations.data || !attendings.data) return;
        const fresh = { rotations: rotations.data.items ?? [], attendings: attendings.data.items ?? [] };
        setChoices(fresh);
        if (copyForOffline && userId) keepCopy(userId, fresh);
      },
      () => undefined, // offline: the copy if any, else no pickers
    );
  }, []);
  return choices;
}
