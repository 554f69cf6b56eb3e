// The walking skeleton, as an applicant on a phone does it: create an account,
// log a story from home, find it on top of the list, and still be logged in
// after reopening the page.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';

const SCREENSHOT = join(import.meta.dirname, '..', 'test-results', 'story-flow.png');

test('register, log a story, see it in the list', async ({ page }) => {
  const baseUrl = process.env.LORKIT_E2E_BASE_URL;
  if (!baseUrl) throw new Error('LORKIT_E2E_BASE_URL is not set: run through `npm run e2e`');
  const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `e2e-${run}@example.org`;
  const summary = `Presented a case of new-onset DKA at morning report (${run}). The attending asked me to teach the students.`;

  await page.goto(baseUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();

  await page.getByRole('link', { name: 'Create an account' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await page.getByLabel('Your name').fill('Ana Pérez');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('rounds-at-seven-every-day');
  await page.getByRole('button', { name: 'Create account' }).tap();

  // Registering logs in: home is the (empty) story list, with the name in the header.
  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(page.getByText('No stories yet.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Ana Pérez');

  // One tap from home.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a story' })).toBeVisible();
  await page.getByLabel('What happened?').fill(summary);
  await page.getByRole('button', { name: 'Save story' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Story saved');
  const first = page.locator('.story-list > li').first();
  await expect(first).toContainText('Presented a case of new-onset DKA');

  // Reopening the page keeps the applicant logged in (refresh token) and the story is still there.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(page.locator('.story-list > li').first()).toContainText(run);
  await expect(page.locator('.story-list > li')).toHaveCount(1);

  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  await page.getByRole('button', { name: 'Log out' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
});
