// A season a few days before submission, made through the API: the coaching
// season (one core-faculty writer in the target specialty who agreed), the
// submission target moved to five days from now, and a second writer from
// another specialty who was asked and is still silent. The portfolio then has
// one letter secured (too few), none from another specialty, and a backup to
// line up.
import type { APIRequestContext } from '@playwright/test';
import { seedSeason, type Season } from './coach-seed';
import { apiAs } from './seed';
import { baseUrl, type Account } from './support';

export interface NearSubmission extends Season {
  silentName: string;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export async function seedNearSubmission(request: APIRequestContext, account: Account): Promise<NearSubmission> {
  const season = await seedSeason(request, account);
  const { send, post } = await apiAs(request, account);
  const profile = await request.get(`${baseUrl()}/api/v1/profile`, { headers: season.headers });
  const sheet = await profile.json();
  await send(
    'put',
    '/profile',
    { ...sheet, erasOpensOn: isoDay(-60), submissionTargetOn: isoDay(5) },
    { 'If-Match': profile.headers()['etag']! },
  );

  const silentName = 'Dr. Omar Haddad';
  const silent = await post('/attendings', {
    name: silentName,
    role: 'COMMUNITY_ATTENDING',
    specialty: 'Family Medicine',
    rotations: [{ rotationId: season.rotationId }],
  });
  const letter = await post<{ id: string; version: number }>('/letters', {
    attendingId: silent.id,
    letterType: 'OTHER_US_SPECIALTY',
  });
  await send('post', `/letters/${letter.id}/transitions`, { to: 'ASKED' }, { 'If-Match': `"${letter.version}"` });
  return { ...season, silentName };
}
