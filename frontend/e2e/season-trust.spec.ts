// Issue 13's season, played on a 390×844 phone against the real API: an IMG in
// week 3 of a 4-week Internal Medicine externship (core faculty Sarah Mitchell
// from Nov 16 to Nov 29, program director James Okafor from Nov 23 to Dec 13,
// 2026), a 2-week observership on Jan 11–22, 2027, five writers, ERAS opening
// on June 2, 2027 and submission on September 8, 2027. A story for the program
// director is logged OFFLINE (pickers used offline, reload, sync); then each
// writer's packet and scripts must name only that writer's stories, the PD's
// letter must carry its dated history with exactly one correction, its ERAS
// Letter ID and waiver set from the app, and the scripts must greet "Dear
// Dr. Surname," and give months with their year.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiAs } from './seed';
import {
  appCachedForOffline,
  baseUrl,
  logIn,
  mainNav,
  newAccount,
  openLetter,
  openMore,
  openMyStories,
  recordLetterStep,
  storyItems,
  type Account,
} from './support';

const SCREENS = join(import.meta.dirname, '..', '..', 'docs', 'screens');
const whoSawIt = (page: Page) => page.getByRole('group', { name: 'Who saw it?' });

/** Words only one story has: a packet or script showing them quotes that story. */
const MITCHELL_STORIES = ['anion gap', 'sepsis bundle', 'teach-back'];
const OKAFOR_STORY = 'code-status';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

interface Writer {
  id: string;
  name: string;
  greeting: string;
}

async function seedSeason(request: APIRequestContext, account: Account) {
  const api = await apiAs(request, account);
  await api.seasonProfile();
  const externship = await api.post('/rotations', {
    institution: 'Riverside Medical Center',
    location: 'Newark, NJ',
    specialty: 'Internal Medicine',
    kind: 'EXTERNSHIP',
    startsOn: '2026-11-16',
    endsOn: '2026-12-13',
    canPresentPatients: true,
  });
  const observership = await api.post('/rotations', {
    institution: 'Lakeshore Community Hospital',
    specialty: 'Internal Medicine',
    kind: 'OBSERVERSHIP',
    startsOn: '2027-01-11',
    endsOn: '2027-01-22',
  });
  const writer = async (input: Record<string, unknown>, greeting: string): Promise<Writer> => {
    const made = await api.post<{ id: string; name: string }>('/attendings', {
      hasSeenMePresent: true,
      specialty: 'Internal Medicine',
      ...input,
    });
    return { id: made.id, name: made.name, greeting };
  };
  const mitchell = await writer(
    {
      name: 'Sarah Mitchell',
      degree: 'MD',
      role: 'CORE_FACULTY',
      email: 'smitchell@example.org',
      rotations: [{ rotationId: externship.id, from: '2026-11-16', to: '2026-11-29' }],
    },
    'Dr. Mitchell',
  );
  // Only a coordinator's address, the way many program directors are reached.
  const okafor = await writer(
    {
      name: 'Dr James Okafor',
      degree: 'MD',
      role: 'PROGRAM_DIRECTOR',
      coordinatorEmail: 'im-coordinator@example.org',
      rotations: [{ rotationId: externship.id, from: '2026-11-23', to: '2026-12-13' }],
    },
    'Dr. Okafor',
  );
  const raman = await writer(
    {
      name: 'Priya Raman',
      degree: 'MD',
      role: 'ASSOCIATE_PROGRAM_DIRECTOR',
      email: 'praman@example.org',
      rotations: [{ rotationId: observership.id }],
    },
    'Dr. Raman',
  );
  const petrova = await writer(
    {
      name: 'Elena Petrova',
      degree: 'DO',
      role: 'COMMUNITY_ATTENDING',
      email: 'epetrova@example.org',
      rotations: [{ rotationId: observership.id }],
    },
    'Dr. Petrova',
  );
  const ortega = await writer(
    { name: 'Luis Ortega', degree: 'PhD', role: 'RESEARCH_MENTOR', email: 'lortega@example.org', specialty: null },
    'Prof. Ortega',
  );
  // Three stories only Dr Mitchell saw, in phone shorthand.
  const stories = [
    ['2026-11-17', 'pt w/ DKA on admission, walked the team through the anion gap before the senior asked'],
    ['2026-11-19', 'flagged a missed sepsis bundle at 2am, lactate redrawn, abx in 40 min'],
    ['2026-11-24', 'discharge teaching w/ teach-back for a new insulin start, family repeated every step'],
  ];
  for (const [occurredOn, summary] of stories)
    await api.post('/stories', { summary, occurredOn, rotationId: externship.id, witnessAttendingIds: [mitchell.id] });
  for (const w of [mitchell, okafor]) await api.post('/letters', { attendingId: w.id });
  return { api, externship, writers: { mitchell, okafor, raman, petrova, ortega } };
}

test('the season of issue 13: offline story for the PD, own material per writer, a dated letter with one correction', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(240_000);
  mkdirSync(SCREENS, { recursive: true });
  const account = await newAccount(request, 'Amara Nwosu');
  const { api, externship, writers } = await seedSeason(request, account);
  const { mitchell, okafor } = writers;
  await logIn(page, account);

  await test.step('the log form online: focus in the box, nobody ticked, Save in sight', async () => {
    await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
    await expect(page.getByLabel('What happened?')).toBeFocused();
    await expect(whoSawIt(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save story' })).toBeInViewport({ ratio: 1 });
    await page.getByLabel('Rotation').selectOption(externship.id);
    await page.screenshot({ path: join(SCREENS, 'log-form-online.png') });
    await page.getByRole('button', { name: 'Cancel' }).tap();
  });

  await test.step('a story for the program director, logged offline with the pickers, reloaded, synced once', async () => {
    await openMyStories(page);
    await appCachedForOffline(page);
    await context.setOffline(true);
    await page.reload();
    await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
    await expect(page.getByText('No connection: these lists are the ones last loaded on this phone.')).toBeVisible();
    await page
      .getByLabel('What happened?')
      .fill('ran the code-status conversation for an ICU transfer w/ the PD in the room, he asked me to lead the next one');
    await page.getByLabel('Rotation').selectOption({ label: 'Riverside Medical Center — Internal Medicine' });
    await whoSawIt(page).getByLabel(okafor.name).tap();
    await expect(whoSawIt(page).getByLabel(mitchell.name)).not.toBeChecked();
    await page.screenshot({ path: join(SCREENS, 'log-form-offline.png') });
    await page.getByRole('button', { name: 'Save story' }).tap();
    await expect(page.getByText("Story saved on this phone. It will be sent to LORkit when you're back online.")).toBeVisible();
    await page.reload();
    const pending = storyItems(page).filter({ hasText: 'code-status' });
    await expect(pending.getByText('Pending: not sent yet')).toBeVisible();
    await context.setOffline(false);
    await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0, { timeout: 20_000 });
    const stored = (
      await api.get<{ items: { summary: string; rotationId: string; witnessAttendingIds: string[] }[] }>('/stories?size=100')
    ).items;
    const forPd = stored.filter((s) => s.summary.includes(OKAFOR_STORY));
    expect(forPd).toHaveLength(1);
    expect(forPd[0]!.witnessAttendingIds).toEqual([okafor.id]);
    expect(forPd[0]!.rotationId).toBe(externship.id);
  });

  // --- From here on, the assertions need trust-api's additions (allowedNext, corrections, greeting, day counts, own material).

  await test.step("the PD's letter: dated steps, a mis-tap corrected once, the ERAS Letter ID and the waiver set from the app", async () => {
    await openMore(page);
    await page.getByRole('link', { name: /Letters board/ }).tap();
    await openLetter(page, okafor.name);
    await recordLetterStep(page, 'I asked', { on: '2026-11-25', note: 'asked after sign-out, in his office' });
    await expect(page.getByText('Now: Asked')).toBeVisible();
    // The thumb slips: "They declined" asks first, is recorded, and is corrected right after.
    await recordLetterStep(page, 'They declined', { on: '2026-11-27', confirm: 'Yes, they declined' });
    await expect(page.getByText('Now: Declined')).toBeVisible();
    await page.getByText('Correct the last step').tap();
    await page.getByLabel('Why (optional)').fill('mis-tap: he said yes');
    await page.getByRole('button', { name: 'Undo "They declined"' }).tap();
    await expect(page.getByText('Now: Asked')).toBeVisible();
    await recordLetterStep(page, 'They agreed', { on: '2026-11-27', note: 'a strong letter, he said' });
    await expect(page.getByText('Now: Agreed')).toBeVisible();
    await page.getByText(/They said: not recorded/).tap();
    await page.getByLabel('What they said when you asked').selectOption({ label: 'Yes, a strong letter' });
    await page.getByRole('button', { name: `Save for ${okafor.name}` }).tap();
    await expect(page.getByText(/They said: Yes, a strong letter/)).toBeVisible();
    await recordLetterStep(page, 'I sent the packet', { on: '2026-11-30' });
    await expect(page.getByText('Now: Packet sent')).toBeVisible();
    // In ERAS before ERAS opens: refused, and the sentence is shown under the control.
    await recordLetterStep(page, 'I requested it in ERAS');
    await expect(
      page.getByText('ERAS opens on June 2, 2027; a letter cannot be requested there before then').first(),
    ).toBeVisible();
    await expect(page.getByText('Now: Packet sent')).toBeVisible();

    await page.getByLabel('ERAS Letter ID').fill('L-2027-448120');
    await expect(page.getByLabel('Soft deadline given to the writer')).toHaveValue('2027-08-18');
    await page.getByRole('button', { name: 'Save ERAS details' }).tap();
    await expect(page.getByText('ERAS details saved.')).toBeVisible();
    await page.getByRole('button', { name: 'I waived my right to see it' }).tap();
    await expect(page.getByRole('dialog')).toContainText('cannot be undone');
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, I waived it' }).tap();
    await expect(page.getByText('You waived your right to see this letter.').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'I waived my right to see it' })).toHaveCount(0);

    const history = page.locator('.history li');
    await expect(history).toHaveCount(5);
    await expect(history.nth(0)).toContainText('Nov 25, 2026');
    await expect(history.filter({ hasText: 'Corrected:' })).toHaveCount(1);
    // The history with its correction, as the applicant scrolls to it.
    await page.getByRole('heading', { name: 'History' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    await page.screenshot({ path: join(SCREENS, 'letter-screen.png') });

    const letters = (await api.get<{ items: Letter[] }>('/letters')).items;
    const letter = letters.find((l) => l.attendingId === okafor.id)!;
    expect(letter).toMatchObject({
      status: 'PACKET_SENT',
      erasLetterId: 'L-2027-448120',
      waivedRightToSee: true,
      commitment: 'STRONG',
      softDeadline: '2027-08-18',
    });
    expect(letter.history.map((h) => [h.from, h.to, h.correction ?? false])).toEqual([
      ['CANDIDATE', 'ASKED', false],
      ['ASKED', 'DECLINED', false],
      ['DECLINED', 'ASKED', true],
      ['ASKED', 'AGREED', false],
      ['AGREED', 'PACKET_SENT', false],
    ]);
    expect(letter.history[0]!.at.slice(0, 10)).toBe('2026-11-25');
    expect(letter.history[4]!.at.slice(0, 10)).toBe('2026-11-30');
  });

  await test.step('writer cards: working days so far and by the end, too few own stories said, and a way to log one for that writer', async () => {
    await openMore(page);
    await page.getByRole('link', { name: /Attendings/ }).tap();
    const pdCard = page.locator('.card.attending', { hasText: okafor.name });
    await expect(pdCard).toContainText(/working days/);
    await expect(pdCard).toContainText(/two weeks reached on December 4/);
    await expect(pdCard).toContainText('Emails greet them as “Dear Dr. Okafor,”');
    await expect(page.locator('.card.attending', { hasText: mitchell.name })).not.toContainText('a packet needs three');
    await pdCard.getByRole('link', { name: 'Log a story they saw' }).tap();
    await expect(whoSawIt(page).getByLabel(okafor.name)).toBeChecked();
    await expect(whoSawIt(page).getByRole('checkbox', { checked: true })).toHaveCount(1);
    await page.getByRole('button', { name: 'Cancel' }).tap();
    // How to greet the research mentor, set on the attending form.
    await openMore(page);
    await page.getByRole('link', { name: /Attendings/ }).tap();
    await page.locator('.card.attending', { hasText: writers.ortega.name }).getByRole('link').first().tap();
    await page.getByLabel('How to greet them (optional)').fill('Prof. Ortega');
    await page.getByRole('button', { name: 'Save attending' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Attendings' })).toBeVisible();
  });

  await test.step("each writer's packet and scripts name only their own stories, greet them by title and surname, and give months with their year", async () => {
    for (const writer of Object.values(writers)) {
      const packet = await request.get(`${baseUrl()}/api/v1/attendings/${writer.id}/packet`, {
        headers: { ...api.headers, Accept: 'text/markdown' },
      });
      expect(packet.status()).toBe(200);
      const sheet = await packet.text();
      const own = writer === mitchell ? MITCHELL_STORIES : writer === okafor ? [OKAFOR_STORY] : [];
      const others = [...MITCHELL_STORIES, OKAFOR_STORY].filter((words) => !own.includes(words));
      for (const words of own) expect(sheet, `${writer.name}'s packet`).toContain(words);
      for (const words of others) expect(sheet, `${writer.name}'s packet quotes a story they never saw`).not.toContain(words);

      const messages = (
        await api.get<{ messages: { kind: string; body: string; to: string | null; cc: string | null }[] }>(
          `/messages?attendingId=${writer.id}`,
        )
      ).messages;
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        for (const words of others) expect(message.body, `${writer.name}'s ${message.kind}`).not.toContain(words);
        const salutation = /^Dear ([^,\n]+),/m.exec(message.body);
        if (salutation) expect(salutation[1], `${writer.name}'s ${message.kind}`).toBe(writer.greeting);
        expect(message.body).not.toMatch(new RegExp(`\\b(this|next) (${MONTHS})\\b`));
        // September and August are next year's: named with it.
        expect(message.body).not.toMatch(/\b(August|September)\b(?! (\d{1,2}, )?2027)/);
      }
      if (writer === okafor) {
        expect(messages.every((m) => m.to === null || m.to === 'im-coordinator@example.org')).toBe(true);
        expect(messages.map((m) => m.body).join('\n')).toContain(OKAFOR_STORY);
      }
    }
  });

  await test.step("the PD's packet preview: his one story, the note that two more are needed, a way to log one", async () => {
    await page.goto(`${baseUrl()}/#/attendings/${okafor.id}/packet`);
    const sheet = page.getByRole('article', { name: 'Packet preview' });
    await expect(sheet).toContainText(OKAFOR_STORY);
    for (const words of MITCHELL_STORIES) await expect(sheet).not.toContainText(words);
    await expect(page.getByRole('link', { name: 'Log a story they saw' })).toBeVisible();
    await page.screenshot({ path: join(SCREENS, 'packet-preview.png') });
  });

  await test.step("the core faculty member's packet PDF: her own stories, kept for a look (test-results/)", async () => {
    const pdf = await request.get(`${baseUrl()}/api/v1/attendings/${mitchell.id}/packet`, {
      headers: { ...api.headers, Accept: 'application/pdf' },
    });
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(join(import.meta.dirname, '..', 'test-results', 'packet-mitchell.pdf'), bytes);
  });
});

test('a brand-new account sees its set-up steps on Today, in order, the done ones ticked', async ({ page, request }) => {
  const account = await newAccount(request, 'Amara Nwosu');
  await logIn(page, account);
  const steps = page.getByRole('region', { name: 'Getting started' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(page.getByText('Nothing urgent today')).toHaveCount(0);
  // Before the target sheet says a season, Today names the one it guesses and says so.
  await expect(page.getByTestId('season-line')).toContainText('A guess until you set your season on the target sheet');
  await steps.first().getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: /Target sheet/ })).toBeVisible();
  await page.getByLabel('Target specialty').fill('Internal Medicine');
  await page.getByLabel('Application season (year)').fill('2027');
  await page.getByLabel('ERAS opens on').fill('2027-06-02');
  await page.getByLabel('I plan to submit on').fill('2027-09-08');
  await page.getByRole('button', { name: 'Save target sheet' }).tap();
  await expect(page.getByText('Target sheet saved.')).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Today' }).tap();
  await expect(steps.first()).toContainText('Done:');
  // Applying in 2027 is the services' 2028 season: its year, its unconfirmed Match Day, no guess.
  const season = page.getByTestId('season-line');
  await expect(season).toContainText('Following the ERAS 2028 season');
  await expect(season).toContainText(/Match Day .*2028 \(not confirmed yet\)/);
  await expect(season).not.toContainText('A guess');
  await page.screenshot({ path: join(SCREENS, 'today-season.png') });
  await expect(steps.nth(1).getByRole('link')).toHaveAttribute('href', '#/rotations/new');
  await expect(steps.nth(3).getByRole('link')).toHaveAttribute('href', '#/stories/new');
  // The plan names the same season above its steps.
  await page.goto(`${baseUrl()}/#/plan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  await expect(page.getByTestId('season-line')).toContainText('Following the ERAS 2028 season');
  await page.screenshot({ path: join(SCREENS, 'plan-season.png') });
});

interface Letter {
  attendingId: string;
  status: string;
  erasLetterId: string | null;
  waivedRightToSee: boolean | null;
  history: { from: string; to: string; at: string; correction?: boolean }[];
}
