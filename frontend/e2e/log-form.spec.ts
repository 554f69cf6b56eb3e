// Logging after rounds, on a phone: the form opens with focus in the text box,
// the rotation running today already chosen (in sight), no witness ticked
// unless the applicant ticks one (the last story's are one tap away), and Save
// in view without scrolling on a small and a common phone. Offline the same
// pickers show, from the lists the phone kept, and what is sent is what was seen.
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { apiAs } from './seed';
import { appCachedForOffline, logIn, mainNav, newAccount, openMyStories, storyItems } from './support';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const whoSawIt = (page: Page) => page.getByRole('group', { name: 'Who saw it?' });

/** Every test's applicant: on an externship running today, with two writers to tick. */
async function applicantOnExternship(request: APIRequestContext) {
  const account = await newAccount(request);
  const api = await apiAs(request, account);
  const externship = await api.post('/rotations', {
    institution: 'Riverside Medical Center',
    specialty: 'Internal Medicine',
    kind: 'EXTERNSHIP',
    startsOn: isoDay(-16),
    endsOn: isoDay(11),
  });
  const mitchell = await api.post('/attendings', { name: 'Sarah Mitchell', role: 'CORE_FACULTY' });
  const okafor = await api.post('/attendings', { name: 'James Okafor', role: 'PROGRAM_DIRECTOR' });
  return { account, api, externship, mitchell, okafor };
}

/** The connection drops, and the app is opened again from the phone's cache. */
async function reopenOffline(page: Page, context: BrowserContext) {
  await appCachedForOffline(page);
  await context.setOffline(true);
  await page.reload();
}

test('a story takes text and one tap: focus in the box, the running rotation chosen, Save in sight at 360×640 and 390×844', async ({
  page,
  request,
}) => {
  const { account, api } = await applicantOnExternship(request);
  // Two rotations overlap today: the one that started last is the one running for this story.
  const clinic = await api.post('/rotations', {
    institution: 'Lakeshore Clinic',
    specialty: 'Internal Medicine',
    kind: 'ELECTIVE',
    startsOn: isoDay(-2),
    endsOn: isoDay(2),
  });
  for (const name of ['Priya Raman', 'Elena Petrova', 'Luis Ortega'])
    await api.post('/attendings', { name, role: 'CORE_FACULTY' });
  await logIn(page, account);

  for (const size of [
    { width: 360, height: 640 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
    const box = page.getByLabel('What happened?');
    await expect(box).toBeFocused();
    await expect(page.getByLabel('Rotation')).toHaveValue(clinic.id);
    await expect(whoSawIt(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save story' })).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Cancel' }).tap();
  }

  // Typing, one tick, Save: three taps at most besides the words.
  await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
  await page.keyboard.type('Presented a new admission with DKA on rounds; asked to teach the students the anion gap.');
  await whoSawIt(page).getByLabel('James Okafor').tap();
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(storyItems(page)).toHaveCount(1);
  await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0);
  const [first] = (await api.get<{ items: { rotationId: string; witnessAttendingIds: string[] }[] }>('/stories')).items;
  expect(first!.rotationId).toBe(clinic.id);
  expect(first!.witnessAttendingIds).toHaveLength(1);

  // The next story starts with nobody ticked; the last witness is a visible, one-tap offer.
  await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
  await expect(whoSawIt(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Same as last time: James Okafor' }).tap();
  await expect(whoSawIt(page).getByLabel('James Okafor')).toBeChecked();
});

test('offline, the log form still offers the rotation and witness pickers, and sends only what was ticked', async ({
  page,
  context,
  request,
}) => {
  const { account, api, externship, mitchell, okafor } = await applicantOnExternship(request);
  await logIn(page, account);

  // Online first: a story Dr Mitchell saw. The phone keeps the lists as the form loads them.
  await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByLabel('What happened?').fill('Caught a missed potassium on the morning labs and told the team before rounds.');
  await whoSawIt(page).getByLabel('Sarah Mitchell').tap();
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0);
  await reopenOffline(page, context);
  await openMyStories(page);
  await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
  await expect(page.getByText('No connection: these lists are the ones last loaded on this phone.')).toBeVisible();
  await expect(page.getByLabel('Rotation')).toHaveValue(externship.id);
  // Nothing carried over out of sight: Dr Mitchell, last time's witness, is not ticked.
  await expect(whoSawIt(page).getByLabel('Sarah Mitchell')).not.toBeChecked();
  await page.getByLabel('What happened?').fill('Ran the family meeting for a patient on the PD service with an interpreter.');
  await whoSawIt(page).getByLabel('James Okafor').tap();
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(page.getByText("Story saved on this phone. It will be sent to LORkit when you're back online.")).toBeVisible();
  await page.reload();
  await expect(storyItems(page).filter({ hasText: 'family meeting' }).getByText('Pending: not sent yet')).toBeVisible();

  await context.setOffline(false);
  await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0, { timeout: 30_000 });
  const stories = (await api.get<{ items: { summary: string; rotationId: string; witnessAttendingIds: string[] }[] }>('/stories'))
    .items;
  expect(stories).toHaveLength(2);
  const offline = stories.find((s) => s.summary.includes('family meeting'))!;
  expect(offline.witnessAttendingIds).toEqual([okafor.id]);
  expect(offline.rotationId).toBe(externship.id);
  expect(stories.find((s) => s.summary.includes('potassium'))!.witnessAttendingIds).toEqual([mitchell.id]);
});

test("a story's rotation and witness are fixed by editing it offline, from the same pickers", async ({
  page,
  context,
  request,
}) => {
  const { account, api, externship, mitchell, okafor } = await applicantOnExternship(request);
  const elective = await api.post('/rotations', {
    institution: 'Lakeshore Clinic',
    specialty: 'Cardiology',
    kind: 'ELECTIVE',
    startsOn: isoDay(-40),
    endsOn: isoDay(-30),
  });
  // Stored with the wrong writer, the way the old form's hidden carry-over did it.
  await api.post('/stories', {
    summary: 'Led the code-status talk for an ICU transfer.',
    rotationId: externship.id,
    witnessAttendingIds: [mitchell.id],
  });
  await logIn(page, account);
  await openMyStories(page);
  await storyItems(page).first().getByRole('link').tap();
  await page.getByRole('link', { name: 'Edit' }).tap();
  await expect(whoSawIt(page).getByLabel('Sarah Mitchell')).toBeChecked();
  await page.getByRole('button', { name: 'Cancel' }).tap();
  await openMyStories(page);
  await reopenOffline(page, context);
  await storyItems(page).first().getByRole('link').tap();
  await page.getByRole('link', { name: 'Edit' }).tap();
  await expect(page.getByLabel('Rotation')).toHaveValue(externship.id);
  await whoSawIt(page).getByLabel('Sarah Mitchell').tap();
  await whoSawIt(page).getByLabel('James Okafor').tap();
  await page.getByLabel('Rotation').selectOption(elective.id);
  await page.getByRole('button', { name: 'Save changes' }).tap();
  await expect(page.getByText("Changes saved on this phone. They will be sent when you're back online.")).toBeVisible();

  await context.setOffline(false);
  await expect
    .poll(async () => (await api.get<{ items: { rotationId: string; witnessAttendingIds: string[] }[] }>('/stories')).items[0], {
      timeout: 20_000,
    })
    .toMatchObject({ rotationId: elective.id, witnessAttendingIds: [okafor.id] });
});
