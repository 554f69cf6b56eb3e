// For component tests (happy-dom): a phone with an applicant signed in and no connection, as
// the app opens on one: their saved login and profile, the lists the log forms pick from as last
// loaded, and the API out of reach (nothing answers, so every call takes the offline path the
// app takes on a dead hospital Wi-Fi). No server or storage is faked: the app's own storage runs.
import type { Attending, Rotation, User } from '../api/types';
import { resumeSession } from '../auth/session';
import { lastLoaded } from '../offline/appStorage';

export const ANA: User = { id: 'user-ana', email: 'ana@example.org', displayName: 'Ana Reyes' } as User;

/** A calendar date `days` from today, as the forms write it (local, YYYY-MM-DD). */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const rotation = (id: string, institution: string, startsIn: number, endsIn: number): Rotation =>
  ({
    id,
    institution,
    specialty: 'Internal Medicine',
    startsOn: dayFromToday(startsIn),
    endsOn: dayFromToday(endsIn),
  }) as Rotation;

export const attending = (id: string, name: string, rotationIds: string[] = []): Attending =>
  ({ id, name, rotations: rotationIds.map((rotationId) => ({ rotationId })) }) as Attending;

/** Signed in from the phone's copy, with the connection gone; the pickers' lists kept on the phone. */
export async function offlinePhone(choices: { rotations: Rotation[]; attendings: Attending[] }, user: User = ANA) {
  globalThis.dispatchEvent(new Event('offline'));
  localStorage.setItem('lorkit.refreshToken', 'saved-login');
  await lastLoaded.saveUser(user);
  await lastLoaded.saveLinkChoices(user.id!, { value: choices, loadedAt: '2027-07-01T07:00:00.000Z' });
  await resumeSession();
}
