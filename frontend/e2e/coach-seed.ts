// A season in progress, made through the API so each coaching test starts from
// known data: a target sheet, a rotation that began three days ago, the
// attending met there, a story they saw, and their letter request agreed
// today. That is enough for Today to hold a packet owed, week-1 and prep plan
// steps, and the daily habits.
import type { APIRequestContext } from '@playwright/test';
import { apiAs } from './seed';
import { baseUrl, type Account } from './support';

export interface Season {
  headers: Record<string, string>;
  rotationId: string;
  attendingId: string;
  letterId: string;
  attendingName: string;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export async function seedSeason(request: APIRequestContext, account: Account): Promise<Season> {
  const { headers, send } = await apiAs(request, account);
  const url = (path: string) => `${baseUrl()}/api/v1${path}`;

  const current = await request.get(url('/profile'), { headers });
  const etag = current.headers()['etag'];
  await send(
    'put',
    '/profile',
    { targetSpecialty: 'Internal Medicine', season: 2027, erasOpensOn: '2027-06-07', submissionTargetOn: '2027-09-24' },
    etag ? { 'If-Match': etag } : {},
  );
  const rotation = await (
    await send('post', '/rotations', {
      institution: 'Mercy General Hospital',
      specialty: 'Internal Medicine',
      kind: 'EXTERNSHIP',
      startsOn: isoDay(-3),
      endsOn: isoDay(24),
    })
  ).json();
  const attendingName = 'Dr. Maya Lindqvist';
  const attending = await (
    await send('post', '/attendings', {
      name: attendingName,
      role: 'CORE_FACULTY',
      email: 'mlindqvist@example.org',
      hasSeenMePresent: true,
      rotations: [{ rotationId: rotation.id }],
    })
  ).json();
  await send('post', '/stories', {
    summary: 'Presented a new admission on rounds and taught the team about the workup.',
    rotationId: rotation.id,
    witnessAttendingIds: [attending.id],
  });
  let letter = await (await send('post', '/letters', { attendingId: attending.id })).json();
  for (const to of ['ASKED', 'AGREED']) {
    letter = await (
      await send('post', `/letters/${letter.id}/transitions`, { to }, { 'If-Match': `"${letter.version}"` })
    ).json();
  }
  return { headers, rotationId: rotation.id, attendingId: attending.id, letterId: letter.id, attendingName };
}
