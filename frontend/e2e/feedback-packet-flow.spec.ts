// The whole path to a writer's packet, on a phone: target sheet, rotation,
// attending, a story and a summative piece of feedback from the log button,
// the letter moved to "agreed", then the packet: preview, PDF and print.
// Then the programs: letters assigned, the cap of 4 said next to the choice.
// axe checks each new screen (iPhone run).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { apiAs } from './seed';
import { fillTargetSheet, logIn, newAccount, openLetter, openMore, recordLetterStep, screenshot, storyItems } from './support';

const logButton = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story or feedback' });

test('story and feedback from the log button → letter agreed → packet (preview, PDF, print) → programs', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(150_000);
  const checkA11y = testInfo.project.name === 'iphone';
  const account = await newAccount(request);
  const api = await apiAs(request, account);
  await logIn(page, account);

  // 1. Target sheet, rotation and attending (their own screens are tested in letter-flow).
  await fillTargetSheet(page);

  await openMore(page);
  await page.getByRole('link', { name: /Rotations/ }).tap();
  await page.getByRole('link', { name: 'Add a rotation' }).tap();
  await page.getByLabel('Hospital or clinic').fill('Mercy General Hospital');
  await page.getByLabel('Specialty (optional)').fill('Internal Medicine');
  await page.getByLabel('First day').fill('2026-09-01');
  await page.getByLabel('Last day').fill('2026-09-28');
  await page.getByRole('button', { name: 'Save rotation' }).tap();
  await expect(page.getByText('Rotation saved.')).toBeVisible();

  await openMore(page);
  await page.getByRole('link', { name: /Attendings/ }).tap();
  await page.getByRole('link', { name: 'Add an attending' }).tap();
  await page.getByLabel('Name').fill('Dr. Maya Lindqvist');
  await page.getByLabel('Role').selectOption('CORE_FACULTY');
  await page.getByLabel('Has seen me present or care for patients').check();
  await page.getByLabel(/Mercy General Hospital/).check();
  await page.getByRole('button', { name: 'Save attending' }).tap();
  await expect(page.locator('.card.attending', { hasText: 'Dr. Maya Lindqvist' })).toContainText('Not yet a letter writer');

  // 2. Quick log: a story with her as witness…
  await logButton(page).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a story' })).toBeVisible();
  await page
    .getByLabel('What happened?')
    .fill('Presented a new admission with hyponatremia on rounds; taught the team the workup.');
  await page.getByLabel('Rotation').selectOption({ label: 'Mercy General Hospital — Internal Medicine' });
  await page.getByRole('group', { name: 'Who saw it?' }).getByLabel('Dr. Maya Lindqvist').check();
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(storyItems(page)).toHaveCount(1);
  await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0);

  // …then feedback, from the same button: she and the rotation are already chosen.
  await logButton(page).tap();
  await page.getByRole('navigation', { name: 'What to log' }).getByRole('link', { name: 'Feedback' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log feedback' })).toBeVisible();
  await expect(page.getByLabel('Who gave it?').locator('option:checked')).toHaveText('Dr. Maya Lindqvist');
  await expect(page.getByLabel('Rotation (optional)').locator('option:checked')).toHaveText(
    'Mercy General Hospital — Internal Medicine',
  );
  await page.getByLabel(/End of rotation/).check();
  await page.getByRole('button', { name: 'Save feedback' }).tap();
  // Summative feedback says how they sounded: asked next to the choice, before anything is queued.
  const enthusiasm = page.getByRole('group', { name: 'How did they sound about you?' });
  await expect(enthusiasm).toContainText('Choose how they sounded');
  if (checkA11y) await expectNoViolations(page, 'feedback form with an error');
  await enthusiasm.getByLabel('Enthusiastic, with concrete examples').check();
  await page.getByLabel('What went well').fill('Clear, organised presentations; knows the overnight events.');
  await page.getByLabel('What to improve').fill('Keep presentations under three minutes.');
  await page.getByText('More details').tap();
  await page.getByLabel('My plan to act on it').fill('Lead with a one-line summary.');
  await screenshot(page, testInfo, 'feedback-flow-1-log-feedback');
  await page.getByRole('button', { name: 'Save feedback' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await expect(page.getByText('Feedback saved.')).toBeVisible();
  const card = page.locator('.card.feedback', { hasText: 'Dr. Maya Lindqvist' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('End of rotation');
  await expect(card).toContainText('Sounded: Enthusiastic, with specifics');
  await expect(card).not.toContainText('Pending');
  if (checkA11y) await expectNoViolations(page, 'feedback list');
  await screenshot(page, testInfo, 'feedback-flow-2-feedback-list');
  const stored = await api.get<{ items: { kind: string; enthusiasm: string; myPlan: string; rotationId: string }[] }>(
    '/feedback',
  );
  expect(stored.items).toEqual([
    expect.objectContaining({
      kind: 'SUMMATIVE',
      enthusiasm: 'ENTHUSIASTIC_WITH_SPECIFICS',
      myPlan: 'Lead with a one-line summary.',
    }),
  ]);
  expect(stored.items[0]!.rotationId).toBeTruthy();

  // Edit it (If-Match), and she is now a letter writer: 28 days, one feedback, has seen me present.
  await card.getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit feedback' })).toBeVisible();
  await page.getByLabel('What to improve').fill('Keep presentations under two minutes.');
  if (checkA11y) await expectNoViolations(page, 'edit feedback');
  await page.getByRole('button', { name: 'Save changes' }).tap();
  await expect(page.locator('.card.feedback')).toContainText('under two minutes');
  await openMore(page);
  await page.getByRole('link', { name: /Attendings/ }).tap();
  await expect(page.locator('.card.attending', { hasText: 'Dr. Maya Lindqvist' })).toContainText('Can write a letter');

  // 3. Letters board: candidate → asked → agreed.
  await openMore(page);
  await page.getByRole('link', { name: /Letters board/ }).tap();
  await page.getByRole('button', { name: 'Add as a candidate' }).tap();
  await openLetter(page, 'Dr. Maya Lindqvist');
  await recordLetterStep(page, 'I asked');
  await expect(page.getByText('Now: Asked')).toBeVisible();
  await recordLetterStep(page, 'They agreed');
  await expect(page.getByText('Now: Agreed')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the letters board' }).tap();
  const agreed = page.getByRole('region', { name: /Agreed/ });
  await expect(agreed.getByRole('heading', { name: 'Dr. Maya Lindqvist' })).toBeVisible();

  // A story with a patient's record number waits for its review: the packet leaves it out and says so.
  await api.post('/stories', {
    summary: 'Admitted the patient with MRN 4482913, a second case.',
    witnessAttendingIds: [(await api.get<{ items: { id: string }[] }>('/attendings')).items[0]!.id],
  });

  // 4. The packet, from the board.
  await agreed.getByRole('link', { name: 'Packet for Dr. Maya Lindqvist' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Packet for Dr. Maya Lindqvist' })).toBeVisible();
  const sheet = page.getByRole('article', { name: 'Packet preview' });
  await expect(sheet.getByRole('heading', { name: 'Talking points for Dr. Lindqvist' })).toBeVisible();
  await expect(sheet).toContainText('hyponatremia');
  await expect(sheet).toContainText('two minutes');
  await expect(sheet).not.toContainText('4482913');
  await expect(page.getByText('1 story withheld until you review its PHI warnings.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Review them in My stories' })).toHaveAttribute('href', '#/stories');
  if (checkA11y) await expectNoViolations(page, 'packet');
  await screenshot(page, testInfo, 'feedback-flow-3-packet');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).tap();
  const file = await download;
  expect(file.suggestedFilename()).toBe('talking-points-maya-lindqvist.pdf');
  const pdf = readFileSync((await file.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('link', { name: 'talking-points-maya-lindqvist.pdf' })).toBeVisible();

  // Print: the browser's print of this page, with only the sheet on paper.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print' }).tap();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeHidden();
  await expect(sheet).toBeVisible();
  await screenshot(page, testInfo, 'feedback-flow-4-packet-print');
  await page.emulateMedia({ media: 'screen' });

  // 5. Programs: one added, her letter assigned; the API's missing requirements shown as it words them.
  await openMore(page);
  await page.getByRole('link', { name: /Programs/ }).tap();
  await expect(page.getByText('No programs yet.')).toBeVisible();
  if (checkA11y) await expectNoViolations(page, 'programs, empty');
  await page.getByRole('link', { name: 'Add a program' }).tap();
  await page.getByRole('button', { name: 'Save program' }).tap();
  await expect(page.getByText("Please enter the program's name.")).toBeVisible();
  if (checkA11y) await expectNoViolations(page, 'program form with errors');
  await page.getByLabel('Program name').fill('Lakeside University Internal Medicine');
  await page.getByLabel('Specialty', { exact: true }).fill('Internal Medicine');
  await page.getByLabel('How many letters').fill('2');
  await page.getByRole('button', { name: 'Save program' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Lakeside University Internal Medicine' })).toBeVisible();
  await expect(page.getByText('Asks for 2 letters')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Still missing' })).toContainText('Needs 2 letters');
  const choose = page.getByRole('group', { name: 'Choose the letters for this program' });
  await choose.getByLabel(/Dr. Maya Lindqvist/).check();
  await page.getByRole('button', { name: 'Save letters' }).tap();
  await expect(page.getByText('Letters saved.')).toBeVisible();
  await expect(page.locator('.reasons', { hasText: 'Dr. Maya Lindqvist' })).toContainText('not received yet');

  // Four more writers on the board: the fifth letter for one program is refused, and the API's reason shows next to the choice.
  for (const name of ['Dr. Ada Obi', 'Dr. Ben Roth', 'Dr. Chen Wu', 'Dr. Dana Cruz']) await api.writerWithLetter(name);
  await page.reload();
  for (const name of ['Dr. Ada Obi', 'Dr. Ben Roth', 'Dr. Chen Wu', 'Dr. Dana Cruz'])
    await choose.getByLabel(new RegExp(name)).check();
  await page.getByRole('button', { name: 'Save letters' }).tap();
  await expect(choose.locator('.field-error')).toHaveText('At most 4 letters can go to one program (5 given).');
  await expect(choose).toHaveAttribute('aria-describedby', /error/);
  if (checkA11y) await expectNoViolations(page, 'program with the cap refused');
  await screenshot(page, testInfo, 'feedback-flow-5-program-cap');
  const program = await api.get<{ items: { assignedLetters: unknown[] }[] }>('/programs');
  expect(program.items[0]!.assignedLetters).toHaveLength(1);

  await openMore(page);
  await page.getByRole('link', { name: /Programs/ }).tap();
  await expect(page.locator('.card.program')).toContainText('Letters missing');
  if (checkA11y) await expectNoViolations(page, 'programs');
  await screenshot(page, testInfo, 'feedback-flow-6-programs');
});
