// From plan to promise, on a phone: the target sheet, a rotation, the
// attending met there, a story logged with them as witness, then the letter
// request moved candidate → asked → agreed. axe checks each new screen.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import {
  apiSession,
  baseUrl,
  fillTargetSheet,
  logIn,
  newAccount,
  openLetter,
  openMore,
  openToday,
  recordLetterStep,
  screenshot,
  storyItems,
} from './support';

test('target sheet → rotation → attending → story with witness → letter agreed', async ({ page, request }, testInfo) => {
  const checkA11y = testInfo.project.name === 'iphone';
  const account = await newAccount(request);
  await logIn(page, account);

  // 1. Target sheet
  await fillTargetSheet(page);
  if (checkA11y) await expectNoViolations(page, 'target sheet');
  await screenshot(page, testInfo, 'letter-flow-1-target-sheet');

  // 2. Rotation
  await openMore(page);
  await page.getByRole('link', { name: /Rotations/ }).tap();
  await expect(page.getByText('No rotations yet.')).toBeVisible();
  if (checkA11y) await expectNoViolations(page, 'rotations, empty');
  await page.getByRole('link', { name: 'Add a rotation' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a rotation' })).toBeVisible();
  await page.getByRole('button', { name: 'Save rotation' }).tap();
  await expect(page.getByText('Please name the hospital or clinic.')).toBeVisible();
  if (checkA11y) await expectNoViolations(page, 'rotation form with errors');
  await page.getByLabel('Hospital or clinic').fill('Mercy General Hospital');
  await page.getByLabel('Specialty (optional)').fill('Internal Medicine');
  await page.getByLabel('Kind').selectOption('EXTERNSHIP');
  await page.getByLabel('First day').fill('2026-09-01');
  await page.getByLabel('Last day').fill('2026-09-28');
  await page.getByLabel('I can present patients').check();
  await page.getByRole('button', { name: 'Save rotation' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Rotations' })).toBeVisible();
  await expect(page.getByText('Rotation saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mercy General Hospital' })).toBeVisible();
  if (checkA11y) await expectNoViolations(page, 'rotations');
  await screenshot(page, testInfo, 'letter-flow-2-rotations');

  // 3. Attending, linked to the rotation
  await openMore(page);
  await page.getByRole('link', { name: /Attendings/ }).tap();
  await page.getByRole('link', { name: 'Add an attending' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an attending' })).toBeVisible();
  await page.getByLabel('Name').fill('Dr. Maya Lindqvist');
  await page.getByLabel('Degree (optional)').fill('MD');
  await page.getByLabel('Role').selectOption('CORE_FACULTY');
  await page.getByLabel('Has seen me present or care for patients').check();
  await page.getByLabel(/Mercy General Hospital/).check();
  await expect(page.getByLabel('From')).toHaveValue('2026-09-01');
  if (checkA11y) await expectNoViolations(page, 'attending form');
  await page.getByRole('button', { name: 'Save attending' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Attendings' })).toBeVisible();
  const card = page.locator('.card.attending', { hasText: 'Dr. Maya Lindqvist' });
  await expect(card).toContainText('High priority');
  await expect(card).toContainText('20 working days together');
  // No feedback yet: not a letter writer yet, and the card says why.
  await expect(card).toContainText('Not yet a letter writer');
  await page.getByRole('button', { name: 'A–Z' }).tap();
  await expect(page.getByRole('button', { name: 'A–Z' })).toHaveAttribute('aria-pressed', 'true');
  if (checkA11y) await expectNoViolations(page, 'attendings');
  await screenshot(page, testInfo, 'letter-flow-3-attendings');

  // 4. Quick-log a story with the attending as witness
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page
    .getByLabel('What happened?')
    .fill('Presented a new admission with hyponatremia on rounds; the attending asked me to teach the team.');
  await page.getByLabel('Rotation').selectOption({ label: 'Mercy General Hospital — Internal Medicine' });
  await page.getByRole('group', { name: 'Who saw it?' }).getByLabel('Dr. Maya Lindqvist').check();
  if (checkA11y) await expectNoViolations(page, 'log form with pickers');
  await screenshot(page, testInfo, 'letter-flow-4-story');
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(storyItems(page)).toHaveCount(1);
  await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0);
  const stored = (await (await apiSession(request, account)).stories()).items[0] as unknown as {
    witnessAttendingIds: string[];
    rotationId: string;
  };
  expect(stored.witnessAttendingIds).toHaveLength(1);
  expect(stored.rotationId).toBeTruthy();
  await storyItems(page).first().getByRole('link').tap();
  await expect(page.locator('.story-fields')).toContainText('Dr. Maya Lindqvist');
  await expect(page.locator('.story-fields')).toContainText('Mercy General Hospital');

  // The next story starts with nobody ticked: the last witness is a visible, one-tap offer.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await expect(page.getByRole('group', { name: 'Who saw it?' }).getByLabel('Dr. Maya Lindqvist')).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Same as last time: Dr. Maya Lindqvist' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).tap();

  // 5. Letters board: candidate → asked → agreed
  await openMore(page);
  await page.getByRole('link', { name: /Letters board/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Letters board' })).toBeVisible();
  await page.getByRole('button', { name: 'Add as a candidate' }).tap();
  const candidates = page.getByRole('region', { name: /Candidate/ });
  await expect(candidates.getByRole('heading', { name: 'Dr. Maya Lindqvist' })).toBeVisible();
  if (checkA11y) await expectNoViolations(page, 'letters board');
  await openLetter(page, 'Dr. Maya Lindqvist');
  // Only the moves the API allows from here (its allowedNext: signaled, asked, imported).
  await expect(page.getByRole('group', { name: 'What happened next?' }).getByRole('radio')).toHaveCount(3);
  await expect(page.getByLabel('On which day?')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await recordLetterStep(page, 'I asked');
  await expect(page.getByText('Now: Asked')).toBeVisible();
  await recordLetterStep(page, 'They agreed', { note: 'After rounds; a strong letter.' });
  await expect(page.getByText('Now: Agreed')).toBeVisible();
  await expect(page.locator('.card-meta', { hasText: 'Soft deadline' })).toBeVisible();
  await expect(page.locator('.history li')).toHaveCount(2);
  await expect(page.locator('.history li').last()).toContainText('After rounds; a strong letter.');
  if (checkA11y) await expectNoViolations(page, 'letter screen, agreed with history');
  await page.getByRole('link', { name: 'Back to the letters board' }).tap();
  const agreed = page.getByRole('region', { name: /Agreed/ });
  await expect(agreed.getByRole('heading', { name: 'Dr. Maya Lindqvist' })).toBeVisible();
  await screenshot(page, testInfo, 'letter-flow-5-letters');

  // 6. Today: what to do next, with its reason (a yes calls for the packet soon).
  await openToday(page);
  await expect(page.locator('.today-list li, .empty').first()).toBeVisible();
  if (checkA11y) await expectNoViolations(page, 'today');
  await screenshot(page, testInfo, 'letter-flow-6-today');

  const login = await request.post(`${baseUrl()}/api/v1/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const letters = await (await request.get(`${baseUrl()}/api/v1/letters`, { headers })).json();
  expect(letters.items[0]).toMatchObject({ status: 'AGREED' });
});
