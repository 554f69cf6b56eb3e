// The PHI guard on the phone: words that may identify a patient are flagged
// while typing, marked in the saved story, and the applicant can vouch for a
// false alarm ("I checked") so the story may go in packets.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { apiSession, logIn, newAccount, screenshot, storyItems } from './support';

test('flag patient identifiers while typing, mark them, review them', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  await logIn(page, account);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByLabel('What happened?').fill('Mr Jonas Whitfield, MRN 00482913, came in with chest pain; I caught the STEMI on the ECG.');

  // Before leaving the screen: the flagged words, marked in their sentence.
  const live = page.locator('.phi-live');
  await expect(live.locator('mark', { hasText: '00482913' })).toBeVisible();
  await expectNoViolations(page, 'log form with live PHI warnings');
  await screenshot(page, testInfo, 'phi-1-typing');

  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(storyItems(page)).toHaveCount(1);
  await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0);
  await expect(storyItems(page).getByText('May identify a patient:')).toBeVisible();
  await storyItems(page).first().getByRole('link').tap();

  const summary = page.locator('.story-fields dd.long-text').first();
  await expect(summary.locator('mark.phi-mark', { hasText: '00482913' })).toBeVisible();
  await expectNoViolations(page, 'story with PHI warnings');
  await screenshot(page, testInfo, 'phi-2-marked');

  await page.getByRole('button', { name: 'I checked — no patient information' }).tap();
  await expect(page.getByText('Marked as checked')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check for patient information' })).toHaveCount(0);
  await expect
    .poll(async () => {
      const { items } = await (await apiSession(request, account)).stories();
      return (items[0] as unknown as { phiReviewed: boolean }).phiReviewed;
    })
    .toBe(true);
});
