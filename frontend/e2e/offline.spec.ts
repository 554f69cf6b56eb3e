// Bad hospital Wi-Fi, at its worst: no connection at all. The applicant logs a
// story anyway, the phone reloads the page, and when the connection is back
// the story reaches the API, exactly once. Today, the home screen, opens on
// its last answer, and what needs the API says so.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { seedSeason } from './coach-seed';
import {
  apiSession,
  appCachedForOffline,
  logIn,
  mainNav,
  newAccount,
  openMyStories,
  screenshot,
  storyItems,
  uniqueRun,
} from './support';

test('log a story offline, reload offline, sync once back online', async ({ page, context, request }, testInfo) => {
  const account = await newAccount(request);
  const summary = `Led the family meeting with an interpreter (${uniqueRun()}). The attending said it was the clearest one this month.`;
  await logIn(page, account);
  await openMyStories(page);
  await appCachedForOffline(page);
  // Installable: Chromium finds nothing missing (manifest, icons, service worker).
  // Test contexts are incognito windows, where Chromium never offers to install.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

  await context.setOffline(true);
  await expect(page.getByRole('banner').getByText('Offline')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByLabel('What happened?').fill(summary);
  await page.getByRole('button', { name: 'Save story' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(page.getByText("Story saved on this phone. It will be sent to LORkit when you're back online.")).toBeVisible();
  const pending = storyItems(page).filter({ hasText: 'Led the family meeting' });
  await expect(pending).toHaveCount(1);
  await expect(pending.getByText('Pending: not sent yet')).toBeVisible();
  await screenshot(page, testInfo, 'offline-1-pending');

  // The phone reloads the tab with no connection: the service worker opens the
  // app, the outbox (IndexedDB) still has the story.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(page.getByText("You're offline — showing what was last loaded")).toBeVisible();
  await expect(pending.getByText('Pending: not sent yet')).toBeVisible();
  await screenshot(page, testInfo, 'offline-2-reloaded');

  await context.setOffline(false);
  await expect(pending).toHaveCount(1);
  await expect(pending.getByText(/Pending/)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText("You're offline")).toHaveCount(0);
  await screenshot(page, testInfo, 'offline-3-synced');

  const server = await apiSession(request, account);
  const stored = await server.stories();
  expect(stored.total).toBe(1);
  expect(stored.items[0]?.summary).toBe(summary);
});

test('Today opens offline on its last answer; actions that need the API say so', async ({ page, context, request }, testInfo) => {
  const account = await newAccount(request);
  const season = await seedSeason(request, account);
  await logIn(page, account);
  const actions = page.locator('.today-list > li');
  await expect(actions.first()).toBeVisible();
  const titles = (await actions.getByRole('heading').allTextContents()).map((title) => title.trim());
  expect(titles).toContain(`Send the packet to ${season.attendingName}`);
  const habit = actions.filter({ hasText: 'Habit' }).first();
  await expect(habit.getByRole('button', { name: 'Done today' })).toBeVisible();
  await appCachedForOffline(page);

  // No signal, and the phone reopens the app: Today as last loaded, with the offline note.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText("You're offline — showing what was last loaded")).toBeVisible();
  await expect(actions.getByRole('heading')).toHaveText(titles);
  // What needs the API waits, and says so, instead of failing on a tap.
  const packet = actions.filter({ hasText: `Send the packet to ${season.attendingName}` });
  await expect(packet.getByText("Needs a connection: you can do this once you're back online.")).toBeVisible();
  await expect(packet.getByRole('link')).toHaveAccessibleDescription(/Needs a connection/);
  await expect(habit.getByRole('button', { name: 'Done today' })).toHaveCount(0);
  await expect(habit.getByText(/Needs a connection/)).toBeVisible();
  if (testInfo.project.name === 'iphone') await expectNoViolations(page, 'today offline');
  await screenshot(page, testInfo, 'offline-4-today');
  // Logging still works from here.
  await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
  await expect(page.getByLabel('What happened?')).toBeVisible();
  await page.goBack();

  // Back online: Today is loaded afresh, and the actions can be done again.
  await context.setOffline(false);
  await expect(page.getByText("You're offline")).toHaveCount(0);
  await expect(habit.getByRole('button', { name: 'Done today' })).toBeVisible();
  await expect(packet.getByText(/Needs a connection/)).toHaveCount(0);
});
