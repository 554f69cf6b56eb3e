// A story after it is logged: open it, edit it, survive a clash with another
// device (the API's 412), delete it after confirming.
import { expect, test } from '@playwright/test';
import { apiSession, logIn, newAccount, openMyStories, screenshot, storyItems } from './support';

test('open a story, edit it, resolve a clash with another device, delete it', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  const laptop = await apiSession(request, account);
  const created = await laptop.create('Presented a case of sarcoidosis at noon conference. The PD asked for my slides.');
  // Set where the phone's form does not show it: an edit on the phone must not wipe it.
  await laptop.update(created.id, { competencies: ['TEACHING'] });
  await logIn(page, account);
  await openMyStories(page);

  // List → detail.
  await storyItems(page).first().getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Presented a case of sarcoidosis at noon conference' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await screenshot(page, testInfo, 'edit-1-detail');

  // Edit: the new title is shown and stored.
  await page.getByRole('link', { name: 'Edit' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit story' })).toBeVisible();
  await page.getByLabel('Title (optional)').fill('Sarcoidosis at noon conference');
  await page.getByRole('button', { name: 'Save changes' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Sarcoidosis at noon conference' })).toBeVisible();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect.poll(async () => (await laptop.stories()).items[0]?.title).toBe('Sarcoidosis at noon conference');
  expect((await laptop.stories()).items[0]).toMatchObject({ competencies: ['TEACHING'] });

  // A clash: the form is opened here, the same story is changed on the laptop, then saved here.
  await page.getByRole('link', { name: 'Edit' }).tap();
  await page.getByText('More details').tap();
  await page.getByLabel('What I did').fill('Made the slides myself and answered the PD’s questions.');
  await laptop.update(created.id, { whatItShows: 'Written on the laptop.' });
  await page.getByRole('button', { name: 'Save changes' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'This story changed on another device' })).toBeVisible();
  const differences = page.locator('.differences');
  await expect(differences).toContainText('What I did');
  await expect(differences).toContainText('Written on the laptop.');
  await expect(differences).toContainText('Changed on the other device.');
  await screenshot(page, testInfo, 'edit-2-conflict');

  await page.getByRole('button', { name: 'Keep mine' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'This story changed on another device' })).toHaveCount(0);
  await expect
    .poll(async () => ((await laptop.stories()).items[0] as { whatIDid?: string } | undefined)?.whatIDid)
    .toBe('Made the slides myself and answered the PD’s questions.');
  // Mine for what I edited, and nothing else lost.
  expect((await laptop.stories()).items[0]).toMatchObject({ competencies: ['TEACHING'] });

  // Delete, after a confirmation.
  await page.getByRole('button', { name: 'Delete' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Delete this story?' });
  await expect(dialog).toBeVisible();
  await screenshot(page, testInfo, 'edit-3-confirm-delete');
  await dialog.getByRole('button', { name: 'Keep it' }).tap();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete' }).tap();
  await dialog.getByRole('button', { name: 'Delete story' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
  await expect(page.getByText('Story deleted.')).toBeVisible();
  await expect.poll(async () => (await laptop.stories()).total).toBe(0);
  await expect(page.getByText('No stories yet.')).toBeVisible();
});
