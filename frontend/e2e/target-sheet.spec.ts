// The target sheet: filled on the phone, saved with If-Match, and a clash with
// another device is caught rather than overwritten.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { baseUrl, logIn, newAccount, screenshot } from './support';

test('fill in the target sheet; a change from another device is not overwritten unseen', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  await logIn(page, account);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).tap();
  await page.getByRole('link', { name: /Target sheet/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Target sheet' })).toBeVisible();

  await page.getByLabel('Target specialty').fill('Internal Medicine');
  await page.getByLabel('Application season (year)').fill('27');
  await page.getByRole('button', { name: 'Save target sheet' }).tap();
  await expect(page.getByText('Please enter a year, like 2027.')).toBeVisible();
  if (testInfo.project.name === 'iphone') await expectNoViolations(page, 'target sheet with an error');

  await page.getByLabel('Application season (year)').fill('2027');
  await page.getByLabel('ERAS opens on').fill('2027-06-05');
  await page.getByLabel('I plan to submit on').fill('2027-09-24');
  await page.getByRole('group', { name: 'What should your letters show?' }).getByLabel('Clinical reasoning').check();
  await page.getByRole('group', { name: 'What should your letters show?' }).getByLabel('Teamwork').check();
  await page.getByLabel('My CV is up to date and at most 2 pages').check();
  await page.getByLabel('Personal statement', { exact: true }).selectOption('DRAFT');
  await page.getByRole('button', { name: 'Save target sheet' }).tap();
  await expect(page.getByText('Target sheet saved.')).toBeVisible();
  await screenshot(page, testInfo, 'target-sheet-1-saved');

  // Another device saves meanwhile: the phone's next save is refused (412) and says so.
  const login = await request.post(`${baseUrl()}/api/v1/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const current = await request.get(`${baseUrl()}/api/v1/profile`, { headers });
  const laptop = await request.put(`${baseUrl()}/api/v1/profile`, {
    headers: { ...headers, 'If-Match': current.headers()['etag']! },
    data: { ...(await current.json()), targetSpecialty: 'Family Medicine' },
  });
  expect(laptop.status()).toBe(200);

  await page.getByLabel('In your own words (optional)').fill('I explain plans clearly to patients and nurses.');
  await page.getByRole('button', { name: 'Save target sheet' }).tap();
  await expect(page.getByText('changed on another device meanwhile')).toBeVisible();
  await page.getByRole('button', { name: 'Save target sheet' }).tap();
  await expect(page.getByText('Target sheet saved.')).toBeVisible();

  const stored = await (await request.get(`${baseUrl()}/api/v1/profile`, { headers })).json();
  expect(stored).toMatchObject({
    targetSpecialty: 'Internal Medicine',
    season: 2027,
    submissionTargetOn: '2027-09-24',
    strengths: ['CLINICAL_REASONING', 'TEAMWORK'],
    cvReady: true,
    personalStatementStatus: 'DRAFT',
    strengthsNote: 'I explain plans clearly to patients and nurses.',
  });
});
