// Issue 18 on a 390×844 phone against the real API: the applicant makes a writer's page for
// Dr Mitchell's letter in the app; a second browser with no login opens it, reads the packet of
// Dr Mitchell's own stories (none of Dr Okafor's), taps "I have uploaded it" and is thanked; the
// applicant's board shows the writer's word after a reload, the letter's history has it beside her
// steps, and Settings › Shared pages counts the view. An adviser's view made without stories shows
// no story text. The packet email carries the link: the writer opens the page from the address the
// email hands their mail app (the app sends it from the applicant's own mail program, so no mail
// server sees it), and marking it sent moves the letter on. "Log out everywhere" with its box ticked
// ends the writer's page too. The pictures of the three screens are saved to docs/screens/.
import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoViolations } from './axe';
import { apiAs } from './seed';
import { baseUrl, logIn, newAccount, openLetter, openMore, screenshot } from './support';

const SCREENS = join(import.meta.dirname, '..', '..', 'docs', 'screens');

/** Words only one story has: a page showing them quotes that story. */
const MITCHELL_STORIES = ['anion gap', 'sepsis bundle', 'teach-back'];
const OKAFOR_STORY = 'code-status';

/** A browser of someone who never logged in to LORkit: the same phone, nothing shared with the applicant's. */
function strangersPhone(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const use = testInfo.project.use;
  return browser.newContext({
    viewport: use.viewport ?? { width: 390, height: 844 },
    deviceScaleFactor: use.deviceScaleFactor ?? 3,
    isMobile: use.isMobile ?? true,
    hasTouch: use.hasTouch ?? true,
    ...(use.userAgent ? { userAgent: use.userAgent } : {}),
  });
}

async function shownUrl(page: Page): Promise<string> {
  const url = (await page.getByTestId('share-url').first().textContent())!.trim();
  expect(url.startsWith(`${baseUrl()}/#/s/`), url).toBe(true);
  return url;
}

test("a writer's page: opened with no login, the writer's word lands on the applicant's board; an adviser sees no story text", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  mkdirSync(SCREENS, { recursive: true });
  const account = await newAccount(request, 'Amara Nwosu');
  const api = await apiAs(request, account);
  await api.seasonProfile();
  const externship = await api.post('/rotations', {
    institution: 'Riverside Medical Center',
    specialty: 'Internal Medicine',
    kind: 'EXTERNSHIP',
    startsOn: '2026-11-16',
    endsOn: '2026-12-13',
  });
  const writer = (name: string, role: string, from: string, to: string) =>
    api.post('/attendings', {
      name,
      degree: 'MD',
      role,
      specialty: 'Internal Medicine',
      email: `${name.split(' ').at(-1)!.toLowerCase()}@example.org`,
      hasSeenMePresent: true,
      rotations: [{ rotationId: externship.id, from, to }],
    });
  const mitchell = await writer('Sarah Mitchell', 'CORE_FACULTY', '2026-11-16', '2026-11-29');
  const okafor = await writer('Dr James Okafor', 'PROGRAM_DIRECTOR', '2026-11-23', '2026-12-13');
  const stories: [string, string, string][] = [
    ['2026-11-17', 'pt w/ DKA on admission, walked the team through the anion gap before the senior asked', mitchell.id],
    ['2026-11-19', 'flagged a missed sepsis bundle at 2am, lactate redrawn, abx in 40 min', mitchell.id],
    ['2026-11-24', 'discharge teaching w/ teach-back for a new insulin start, family repeated every step', mitchell.id],
    ['2026-11-26', 'ran the code-status conversation for an ICU transfer w/ the PD in the room', okafor.id],
  ];
  for (const [occurredOn, summary, witness] of stories)
    await api.post('/stories', { summary, occurredOn, rotationId: externship.id, witnessAttendingIds: [witness] });
  let letter = await api.post<{ id: string; version: number }>('/letters', { attendingId: mitchell.id });
  for (const to of ['ASKED', 'AGREED'])
    letter = await (
      await api.send('post', `/letters/${letter.id}/transitions`, { to }, { 'If-Match': `"${letter.version}"` })
    ).json();
  await api.post('/letters', { attendingId: okafor.id });

  await logIn(page, account);
  let writerUrl = '';
  await test.step("the applicant makes the writer's page for Dr Mitchell's letter", async () => {
    await openMore(page);
    await page.getByRole('link', { name: /Letters board/ }).tap();
    await openLetter(page, 'Sarah Mitchell');
    const section = page.getByRole('region', { name: "Writer's page" });
    await section.getByRole('button', { name: "Make the writer's page link" }).tap();
    await expect(section.getByRole('status').filter({ hasText: 'Link made.' })).toHaveText('Link made.');
    await expect(section.getByText("Copy it now; for safety we can't show it again")).toBeVisible();
    writerUrl = await shownUrl(page);
    await expect(section.getByRole('link', { name: 'Email it' })).toHaveAttribute('href', /kind=PACKET_EMAIL&shareUrl=/);
    await expect(section).toContainText('Not opened yet.');
    await screenshot(page, testInfo, 'share-letter-writers-page', section);
  });

  let mailedUrl = '';
  await test.step('the applicant sends the packet email, which carries the link, and marks it sent', async () => {
    await page.getByRole('region', { name: "Writer's page" }).getByRole('link', { name: 'Email it' }).tap();
    await expect(
      page.getByText("The packet email and the formal request email below carry the writer's page link."),
    ).toBeVisible();
    const packetEmail = page.locator('li.message', { has: page.getByText('Packet email after a yes') });
    await expect(packetEmail.locator('details')).toHaveAttribute('open', '');
    await expect(packetEmail.locator('.message-text')).toContainText(
      `Everything for this letter, with a button to tell me when it is uploaded: ${writerUrl}`,
    );
    // What the phone's mail app is handed: the writer's address, and the same sentence with the link.
    const mail = new URL((await packetEmail.getByRole('link', { name: 'Open in mail app' }).getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname)).toBe('mitchell@example.org');
    const body = mail.searchParams.get('body')!;
    expect(body).toContain(`Everything for this letter, with a button to tell me when it is uploaded: ${writerUrl}\r\n`);
    expect(body).toContain('Amara Nwosu');
    mailedUrl = /https?:\/\/\S+#\/s\/[A-Za-z0-9_-]+/.exec(body)![0];
    expect(mailedUrl).toBe(writerUrl);
    await packetEmail.getByRole('button', { name: 'Mark as sent' }).tap();
    await expect(packetEmail.locator('.sent-outcome')).toContainText('Letter now: Packet sent.');
  });

  const stranger = await strangersPhone(browser, testInfo);
  const writerPage = await stranger.newPage();
  await test.step('the writer opens it from the email with no login and reads only their own stories', async () => {
    await writerPage.goto(mailedUrl);
    await expect(writerPage.getByRole('heading', { level: 1, name: 'Letter of recommendation for Amara Nwosu' })).toBeVisible();
    await expect(writerPage.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(writerPage.getByRole('heading', { name: 'Log in' })).toHaveCount(0);
    await expect(writerPage.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const text = (await writerPage.locator('main').textContent())!;
    for (const words of MITCHELL_STORIES) expect(text).toContain(words);
    expect(text).not.toContain(OKAFOR_STORY);
    expect(await stranger.cookies()).toEqual([]);
    await expectNoViolations(writerPage, 'writer page');
    await writerPage.evaluate(() => window.scrollTo(0, 0));
    await writerPage.screenshot({ path: join(SCREENS, 'share-writer.png') });
    await screenshot(writerPage, testInfo, 'share-writer-full');
  });

  await test.step('the writer taps "I have uploaded it" and is told what was recorded', async () => {
    await writerPage.getByRole('button', { name: 'I have uploaded it' }).tap();
    await expect(writerPage.getByRole('status').filter({ hasText: 'Recorded' }).locator('p').first()).toHaveText(
      'Recorded: you have uploaded it. Thank you! Amara Nwosu will check that it arrived and mark it received: there is nothing more for you to do.',
    );
    await screenshot(writerPage, testInfo, 'share-writer-answered', 'screen');
  });

  await test.step("the applicant's board shows the writer's word; the letter keeps its status and its history has the word", async () => {
    await openMore(page);
    await page.getByRole('link', { name: /Letters board/ }).tap();
    await page.reload();
    const card = page.locator('.card.letter', { has: page.getByRole('link', { name: 'Sarah Mitchell', exact: true }) });
    await expect(card).toContainText(
      /Sarah Mitchell says it is uploaded \([A-Z][a-z]{2} \d{1,2}\)\. Check ERAS, then mark it received\./,
    );
    await expect(card).toContainText('Packet sent');
    await screenshot(page, testInfo, 'share-board-writer-word', card);
    await openLetter(page, 'Sarah Mitchell');
    await expect(page.getByText('Now: Packet sent')).toBeVisible();
    const history = page.locator('ol.history');
    await expect(history.locator('li')).toHaveCount(4);
    await expect(history.locator('li').last()).toContainText("Sarah Mitchell said on the writer's page: “I have uploaded it”");
    await expect(page.locator('.share-link')).toContainText('Opened once');
  });

  let adviserUrl = '';
  await test.step('the applicant makes an adviser view without stories in Settings › Shared pages', async () => {
    await openMore(page);
    await page.getByRole('link', { name: /^Shared pages/ }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Shared pages' })).toBeVisible();
    await page.getByLabel('Who is it for?').fill('Dr Rao, school adviser');
    await expect(page.getByRole('checkbox', { name: 'Show my story texts' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Show feedback texts' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Make the adviser link' }).tap();
    await expect(page.getByRole('heading', { name: 'Link for Dr Rao, school adviser made' })).toBeVisible();
    adviserUrl = await shownUrl(page);
  });

  await test.step('the adviser view shows the board and the writer word, and no story text', async () => {
    await writerPage.goto(adviserUrl);
    await expect(writerPage.getByRole('heading', { level: 1, name: 'Amara Nwosu: letters of recommendation' })).toBeVisible();
    const text = (await writerPage.locator('main').textContent())!;
    expect(text).toContain('Sarah Mitchell says it is uploaded');
    expect(text).toContain('Dr James Okafor');
    for (const words of [...MITCHELL_STORIES, OKAFOR_STORY]) expect(text).not.toContain(words);
    await expect(writerPage.getByRole('heading', { name: 'Stories' })).toHaveCount(0);
    await expectNoViolations(writerPage, 'adviser view');
    await writerPage.evaluate(() => window.scrollTo(0, 0));
    await writerPage.screenshot({ path: join(SCREENS, 'share-adviser.png') });
    await screenshot(writerPage, testInfo, 'share-adviser-full');
  });

  await test.step('Settings › Shared pages lists both, with their views; an ended link stops at once', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Working links (2)' })).toBeVisible();
    await expect(page.locator('.share-link', { hasText: "Writer's page for Sarah Mitchell" })).toContainText('Opened once');
    await expect(page.locator('.share-link', { hasText: 'Adviser view for Dr Rao, school adviser' })).toContainText(
      'Opened once',
    );
    await expectNoViolations(page, 'shared pages');
    await page.screenshot({ path: join(SCREENS, 'share-settings.png') });
    await screenshot(page, testInfo, 'share-settings-full');

    const adviserCard = page.locator('.share-link', { hasText: 'Adviser view for Dr Rao, school adviser' });
    await adviserCard.getByRole('button', { name: /^End this link/ }).tap();
    await page.getByRole('dialog').getByRole('button', { name: 'End the link' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: 'Ended (1)' })).toBeVisible();
    await writerPage.goto(adviserUrl);
    await writerPage.reload();
    await expect(writerPage.getByRole('heading', { level: 1, name: 'Sorry, this link has ended' })).toBeVisible();
    await expect(writerPage.getByText('This link does not work any more. Ask the applicant for a new one.')).toBeVisible();
  });

  await test.step('"Log out everywhere" asks whether to end the shared pages; ticked, the writer\'s page ends too', async () => {
    await page.goto(`${baseUrl()}/#/settings/security`);
    const twoStep = page.getByLabel('Password, to turn it on');
    await expect(twoStep).toBeVisible();
    await screenshot(page, testInfo, 'security-totp-password', page.locator('section.panel', { has: twoStep }));
    await page.getByRole('button', { name: 'Log out everywhere' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Log out everywhere?' });
    const endLinks = dialog.getByRole('checkbox', { name: "Also end the pages I shared (writer's pages and adviser views)" });
    await expect(endLinks).not.toBeChecked();
    await endLinks.tap();
    await expectNoViolations(page, 'log out everywhere');
    await screenshot(page, testInfo, 'security-logout-everywhere', 'screen');
    await dialog.getByRole('button', { name: 'Log out everywhere' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await writerPage.goto(mailedUrl);
    await writerPage.reload();
    await expect(writerPage.getByRole('heading', { level: 1, name: 'Sorry, this link has ended' })).toBeVisible();
  });
  await stranger.close();
});
