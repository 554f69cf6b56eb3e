// Settings on a phone: the private calendar link (made, then replaced: the
// old one stops working), the data download, its import into a second, new
// account (after the refusals a person can meet: a file that is no export, an
// account that already has data), and deleting that account with its
// password and a confirmation, after which the old login fails.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { seedSeason } from './coach-seed';
import { baseUrl, logIn, newAccount, openMore, openMyStories, screenshot, storyItems } from './support';

test('calendar link: made, copied, replaced', async ({ page, context, request }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const account = await newAccount(request);
  await seedSeason(request, account);
  await logIn(page, account);
  await openMore(page);
  await page.getByRole('link', { name: /^Calendar link/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar link' })).toBeVisible();
  await page.getByRole('button', { name: 'Make my calendar link' }).tap();
  const feed = page.getByTestId('feed-url');
  await expect(feed).toHaveText(/\/api\/v1\/calendar\/.+\.ics$/);
  const first = (await feed.textContent())!.trim();
  const ics = await request.get(first);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain('BEGIN:VCALENDAR');
  await page.getByRole('button', { name: 'Copy link' }).tap();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);

  await page.getByRole('button', { name: 'Make a new link' }).tap();
  await expect(page.getByRole('dialog', { name: 'Make a new calendar link?' })).toBeVisible();
  await screenshot(page, testInfo, 'coach-settings-1-calendar-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Make a new link' }).tap();
  await expect(page.getByText('New link made. The old one no longer works')).toBeVisible();
  const second = (await feed.textContent())!.trim();
  expect(second).not.toBe(first);
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(second)).status()).toBe(200);
  await screenshot(page, testInfo, 'coach-settings-2-calendar');
});

test('your data: download, import into a new account, delete it', async ({ page, request }, testInfo) => {
  const first = await newAccount(request);
  await seedSeason(request, first);
  await logIn(page, first);
  await openMore(page);
  await page.getByRole('link', { name: /^Your data/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();

  // Download: one JSON document with everything.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data', exact: true }).tap();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^lorkit-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ formatVersion: 1 });
  expect(exported.stories).toHaveLength(1);
  expect(exported.letters).toHaveLength(1);
  await expect(page.getByText(`Saved as ${download.suggestedFilename()}.`)).toBeVisible();

  // Not into an account that has data: said next to the file input, nothing changed.
  const fileInput = page.getByLabel('File from “Download my data”');
  await fileInput.setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).tap();
  await expect(page.getByText(/Your account already has data/)).toBeVisible();
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, testInfo, 'coach-settings-3-import-refused');

  // A second, new account.
  await openMore(page);
  await page.getByRole('main').getByRole('button', { name: 'Log out' }).tap();
  const second = await newAccount(request, 'Ben Okafor');
  await logIn(page, second);
  await openMyStories(page);
  await expect(page.getByText('No stories yet.')).toBeVisible();
  await openMore(page);
  await page.getByRole('link', { name: /^Your data/ }).tap();

  // A file that is no export is caught before upload.
  await fileInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('these are my notes') });
  await page.getByRole('button', { name: 'Import', exact: true }).tap();
  await expect(page.getByText(/This file isn't a LORkit export: it isn't JSON/)).toBeVisible();
  // A document the API refuses: its places named in sentences.
  const broken = { ...exported, rotations: [{ ...exported.rotations[0], kind: 'VACATION' }] };
  await fileInput.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).tap();
  await expect(page.getByText(/can't be imported as it is/)).toBeVisible();

  await fileInput.setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).tap();
  await expect(page.getByText('Imported 1 story, 1 rotation, 1 attending and 1 letter request.')).toBeVisible();
  await screenshot(page, testInfo, 'coach-settings-4-imported');
  await openMyStories(page);
  await expect(storyItems(page)).toHaveCount(1);
  await expect(storyItems(page).first()).toContainText('Presented a new admission');

  // Delete the second account: password, then an explicit confirmation.
  await openMore(page);
  await page.getByRole('link', { name: /^Your data/ }).tap();
  await page.getByRole('button', { name: 'Delete my account…' }).tap();
  await expect(page.getByText('Enter your password to confirm it is you.')).toBeVisible();
  await page.getByLabel('Your password').fill('not-my-password');
  await page.getByRole('button', { name: 'Delete my account…' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete for good' }).tap();
  await expect(page.getByText("That password isn't right. Nothing was deleted.")).toBeVisible();
  await page.getByLabel('Your password').fill(second.password);
  await page.getByRole('button', { name: 'Delete my account…' }).tap();
  await screenshot(page, testInfo, 'coach-settings-5-delete-confirm');
  await dialog.getByRole('button', { name: 'Keep my account' }).tap();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete my account…' }).tap();
  await dialog.getByRole('button', { name: 'Delete for good' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByText('Your account and everything in it are deleted')).toBeVisible();
  await screenshot(page, testInfo, 'coach-settings-6-deleted');
  const left = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lorkit.')));
  expect(left).toEqual([]);

  // The old login no longer works, on the screen and at the API.
  await page.getByLabel('Email').fill(second.email);
  await page.getByLabel('Password', { exact: true }).fill(second.password);
  await page.getByRole('button', { name: 'Log in' }).tap();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  const login = await request.post(`${baseUrl()}/api/v1/auth/login`, {
    data: { email: second.email, password: second.password },
  });
  expect(login.status()).toBe(401);
  // The first account is untouched.
  const firstLogin = await request.post(`${baseUrl()}/api/v1/auth/login`, {
    data: { email: first.email, password: first.password },
  });
  expect(firstLogin.status()).toBe(200);
});
