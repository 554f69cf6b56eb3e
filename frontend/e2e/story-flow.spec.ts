// The walking skeleton, as an applicant on a phone does it: create an account,
// land on Today, log a story from there, find it on top of My stories, and
// still be logged in after reopening the page.
import { expect, test } from '@playwright/test';
import { apiSession, baseUrl, openMyStories, screenshot, storyItems, uniqueRun } from './support';

test('register, log a story, see it in the list', async ({ page }, testInfo) => {
  const run = uniqueRun();
  const email = `e2e-${run}@example.org`;
  const password = 'rounds-at-seven-every-day';
  const summary = `Presented a case of new-onset DKA at morning report (${run}). The attending asked me to teach the students.`;

  await page.goto(baseUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();

  await page.getByRole('link', { name: 'Create an account' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await page.getByLabel('Your name').fill('Ana Pérez');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).tap();

  // Registering logs in: home is Today, with the name in the header; My stories is empty, one tap away.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('banner')).toContainText('Ana Pérez');
  await openMyStories(page);
  await expect(page.getByText('No stories yet.')).toBeVisible();
  await screenshot(page, testInfo, 'story-flow-1-empty');

  // One tap from any screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a story' })).toBeVisible();
  await page.getByLabel('What happened?').fill(summary);
  await screenshot(page, testInfo, 'story-flow-2-form');
  await page.getByRole('button', { name: 'Save story' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(page.getByText('Story saved. You can add details any time.')).toBeVisible();
  const first = storyItems(page).first();
  await expect(first).toContainText('Presented a case of new-onset DKA');
  // Online, it reaches the API at once: no "Pending" mark stays.
  await expect(first.getByText(/Pending/)).toHaveCount(0);

  // Reopening the page keeps the applicant logged in (refresh token) and the story is still there.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(storyItems(page).first()).toContainText(run);
  await expect(storyItems(page)).toHaveCount(1);
  await screenshot(page, testInfo, 'story-flow-3-list');

  const server = await apiSession(page.request, { email, password, displayName: 'Ana Pérez' });
  expect((await server.stories()).total).toBe(1);

  await page.getByRole('button', { name: 'Log out' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
});
