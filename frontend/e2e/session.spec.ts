// A 12-hour shift: the page is killed in the background while typing, and the
// login runs out before Save. Neither may cost the applicant a note.
import { expect, test } from '@playwright/test';
import { apiSession, baseUrl, logIn, newAccount, screenshot, storyItems } from './support';

test('a reload and an expired session mid-entry lose nothing', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  const summary = 'Admitted a patient with new heart failure on my own; the senior only checked the orders.';
  await logIn(page, account);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByLabel('What happened?').fill(summary);

  // The phone drops the tab in the background: reopening finds the text.
  // Reopening refreshes the login (the access token lived in memory only): the refresh token rotates.
  const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/refresh') && response.ok());
  await page.reload();
  const { refreshToken } = await (await refreshed).json();
  await expect(page.getByText('We kept what you were typing last time.')).toBeVisible();
  await expect(page.getByLabel('What happened?')).toHaveValue(summary);

  // Hours later: the access token has expired and the saved login is no longer accepted.
  expect((await request.post(`${baseUrl()}/api/v1/auth/logout`, { data: { refreshToken } })).ok()).toBe(true);
  // Only the story's POST is refused: the list the app reads meanwhile (same address, GET) must not use up the one 401.
  let refused = false;
  await page.route('**/api/v1/stories', (route) => {
    if (refused || route.request().method() !== 'POST') return route.continue();
    refused = true;
    return route.fulfill({
      status: 401,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'urn:lorkit:problem:unauthorized', title: 'Not signed in', status: 401 }),
    });
  });
  await page.getByRole('button', { name: 'Save story' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByText('Your session ended, so please log in again.')).toBeVisible();
  await screenshot(page, testInfo, 'session-1-ended');

  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  const story = storyItems(page).filter({ hasText: 'Admitted a patient with new heart failure' });
  await expect(story).toHaveCount(1);
  await expect(story.getByText(/Pending/)).toHaveCount(0);
  await screenshot(page, testInfo, 'session-2-sent');

  const stored = await (await apiSession(request, account)).stories();
  expect(stored.total).toBe(1);
  expect(stored.items[0]?.summary).toBe(summary);
});
