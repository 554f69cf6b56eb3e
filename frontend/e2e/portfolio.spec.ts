// The portfolio check on a phone, against the real API: a season five days
// before submission with one agreed core-faculty letter and a writer still
// silent. The portfolio shows the checks as the API gives them (met or not,
// its sentence), the counts, and one link to where each unmet check is acted
// on; the backup link opens the ranked attendings. The letters board sums it up
// in a card that leads there (asked again after each change, e.g. a plain yes
// recorded on a letter), and the last answer opens offline.
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { seedNearSubmission } from './portfolio-seed';
import {
  appCachedForOffline,
  baseUrl,
  logIn,
  mainNav,
  newAccount,
  openLetter,
  openMore,
  recordLetterStep,
  screenshot,
} from './support';

const checkCard = (page: Page, title: string) =>
  page.locator('.portfolio-check', { has: page.getByRole('heading', { name: title, exact: true }) });

test('portfolio: unmet checks with their sentence, a link to act on each; board card; offline copy', async ({
  page,
  context,
  request,
}, testInfo) => {
  const account = await newAccount(request);
  const season = await seedNearSubmission(request, account);
  const portfolio = await (await request.get(`${baseUrl()}/api/v1/portfolio`, { headers: season.headers })).json();
  const apiCheck = (code: string) => portfolio.checks.find((c: { code: string }) => c.code === code);
  expect(apiCheck('BACKUP_NEEDED').status).toBe('WARNING');
  expect(apiCheck('CORE_IN_SPECIALTY').status).toBe('OK');

  await logIn(page, account);
  await openMore(page);
  await page.getByRole('link', { name: /^Letter portfolio/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Letter portfolio' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'More' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('1 letter secured (the writer agreed), 0 received in ERAS.')).toBeVisible();

  // Each check as the API says it: its status and its sentence; a met check has no link.
  await expect(page.locator('.portfolio-check')).toHaveCount(portfolio.checks.length);
  const core = checkCard(page, 'Core faculty in your specialty');
  await expect(core.locator('.pill')).toHaveText('Met');
  await expect(core).toContainText(apiCheck('CORE_IN_SPECIALTY').message);
  await expect(core.getByRole('link')).toHaveCount(0);
  await expect(checkCard(page, 'Two to four letters').locator('.pill')).toHaveText('Not met yet');
  await expect(checkCard(page, 'Another US specialty').locator('.pill')).toHaveText('Not met yet');
  const backup = checkCard(page, 'Backup writer');
  await expect(backup.locator('.pill')).toHaveText('Needs you soon');
  await expect(backup).toContainText(apiCheck('BACKUP_NEEDED').message);
  await expect(backup).toContainText(season.silentName);

  // The counts by status and by what the writers said.
  const byStatus = page.getByRole('region', { name: 'Your letters by status' });
  await expect(byStatus.locator('div', { hasText: 'Agreed' })).toContainText('1');
  await expect(byStatus.locator('div', { hasText: 'Asked' })).toContainText('1');
  await expect(byStatus.locator('div', { hasText: 'Received' })).toContainText('0');
  await screenshot(page, testInfo, 'portfolio-1-checks');
  if (testInfo.project.name === 'iphone') await expectNoViolations(page, 'portfolio');

  // The unmet backup check leads to the ranked attendings.
  await backup.getByRole('link', { name: 'Find a backup writer' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Attendings' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Letter portfolio' })).toBeVisible();
  await checkCard(page, 'Two to four letters').getByRole('link', { name: 'Open the letters board' }).tap();

  // The letters board sums it up at the top, and leads back.
  await expect(page.getByRole('heading', { level: 1, name: 'Letters board' })).toBeVisible();
  const summary = page.getByRole('complementary', { name: 'Your letter portfolio' });
  const open = portfolio.checks.filter((c: { status: string }) => c.status === 'MISSING' || c.status === 'WARNING').length;
  await expect(summary).toContainText(`${open} checks need you.`);
  await screenshot(page, testInfo, 'portfolio-2-board-card', summary);
  // The silent writer agrees, recorded on the letter's screen: back on the board, a second letter is secured.
  await openLetter(page, season.silentName);
  await recordLetterStep(page, 'They agreed');
  await expect(page.getByText('Now: Agreed')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the letters board' }).tap();
  await expect(summary).toContainText('2 letters secured');
  // What the core-faculty writer said: a plain yes, recorded on the letter's screen.
  await openLetter(page, season.attendingName);
  await page.getByText('Your target specialty · They said: not recorded').tap();
  await page.getByLabel('What they said when you asked').selectOption({ label: 'A plain yes' });
  await page.getByRole('button', { name: `Save for ${season.attendingName}` }).tap();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.getByText('Your target specialty · They said: A plain yes')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the letters board' }).tap();
  await screenshot(page, testInfo, 'portfolio-3-board-after');
  await summary.getByRole('link', { name: 'See the portfolio check' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Letter portfolio' })).toBeVisible();
  await expect(checkCard(page, 'Two to four letters').locator('.pill')).toHaveText('Met');
  // The writer from another specialty agreed; the plain yes is flagged, and leads to the attendings.
  await expect(checkCard(page, 'Another US specialty').locator('.pill')).toHaveText('Met');
  const strength = checkCard(page, 'How strong each yes was');
  await expect(strength.locator('.pill')).toHaveText('Needs you soon');
  await expect(strength).toContainText(season.attendingName);
  await expect(strength.getByRole('link', { name: 'Keep a stronger writer in view' })).toHaveAttribute('href', '#/attendings');
  const after = await (await request.get(`${baseUrl()}/api/v1/letters/${season.letterId}`, { headers: season.headers })).json();
  expect(after).toMatchObject({ commitment: 'YES', letterType: 'TARGET_SPECIALTY', status: 'AGREED' });

  // No signal: the portfolio opens on its last answer, with the offline note.
  await appCachedForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText("You're offline — showing what was last loaded")).toBeVisible();
  await expect(checkCard(page, 'Two to four letters').locator('.pill')).toHaveText('Met');
  await expect(checkCard(page, 'Backup writer').locator('.pill')).toHaveText('Needs you soon');
  await screenshot(page, testInfo, 'portfolio-4-offline');
  if (testInfo.project.name === 'iphone') await expectNoViolations(page, 'portfolio offline');
  await context.setOffline(false);
});
