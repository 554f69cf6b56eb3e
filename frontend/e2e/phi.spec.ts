// The PHI guard on the phone: words that may identify a patient are flagged
// while typing, marked in the saved story, and the applicant can vouch for a
// false alarm ("I checked") so the story may go in packets.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { apiSession, logIn, mainNav, newAccount, screenshot, storyItems } from './support';

/** Screenshots for docs/PHI.md (390×844 CSS px, the iphone project). */
const DOCS_SCREENS = join(import.meta.dirname, '..', '..', 'docs', 'screens');

test('flag patient identifiers while typing, mark them, review them', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  await logIn(page, account);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page
    .getByLabel('What happened?')
    .fill('Mr Jonas Whitfield, MRN 00482913, came in with chest pain; I caught the STEMI on the ECG.');

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

// Typed as a new user would, with thumbs: the name, the date and the record number are flagged while
// typing, one tap turns the name into [name], and the list never shows the name before a review.
test('phone shorthand: flags a lower-case name, a bare date and an MRN; one tap replaces the name', async ({ page, request }) => {
  test.slow(); // types the sentence key by key, as a phone does
  const account = await newAccount(request);
  await logIn(page, account);
  await mainNav(page).getByRole('link', { name: 'Log a story' }).tap();
  const summary = page.getByLabel('What happened?');
  await summary.pressSequentially('pt john smith in bed 12 came in 11/29 w/ dka, mrn 4471902', { delay: 5 });

  const live = page.locator('.phi-live').first();
  await expect(live.locator('mark', { hasText: 'john smith' })).toBeVisible();
  await expect(live.locator('mark', { hasText: '11/29' })).toBeVisible();
  await expect(live.locator('mark', { hasText: '4471902' })).toBeVisible();
  await expectNoViolations(page, 'log form with one-tap PHI fixes');
  await page.screenshot({ path: join(DOCS_SCREENS, 'phi-warnings.png') });

  await live.getByRole('button', { name: 'Replace “john smith” with [name]' }).tap();
  await expect(summary).toHaveValue('pt [name] in bed 12 came in 11/29 w/ dka, mrn 4471902');
  await expect(live.locator('mark', { hasText: '11/29' })).toBeVisible();
  await expect(live.locator('mark', { hasText: 'john smith' })).toHaveCount(0);

  // Typed back in and saved unreviewed: the list shows the story masked, never the name.
  await page.getByLabel('What happened?').fill('pt john smith in bed 12 came in 11/29 w/ dka, mrn 4471902');
  await expect(live.locator('mark', { hasText: 'john smith' })).toBeVisible();
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(storyItems(page)).toHaveCount(1);
  const item = storyItems(page).first();
  await expect(item.getByText('May identify a patient:')).toBeVisible();
  await expect(item).not.toContainText('john');
  await expect(item).not.toContainText('smith');
  await expect(item).not.toContainText('4471902');
  await expect(item).not.toContainText('11/29');
  await expect(item.locator('.story-title')).toContainText('pt [name] in bed 12 came in [date]');
  await page.screenshot({ path: join(DOCS_SCREENS, 'phi-list.png') });
});
