// axe (WCAG 2.2 A/AA and best practices) and thumb-sized targets on every
// screen the applicant meets, signed out, signed in, and offline: no
// violations allowed. In three parts, so the two test workers share them.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { apiAs } from './seed';
import { seedSeason } from './coach-seed';
import {
  apiSession,
  appCachedForOffline,
  baseUrl,
  logIn,
  mainNav,
  newAccount,
  openMore,
  openMyStories,
  openToday,
  screenshot,
  storyItems,
} from './support';

// The first screen after login, on the narrowest phone the app is made for:
// the four entries of the bottom bar fit, each a thumb-sized target on one
// line, and nothing scrolls sideways.
test('axe: Today as home at 360 px, the bottom bar fits', async ({ page, request }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const account = await newAccount(request);
  await seedSeason(request, account);
  await logIn(page, account);
  await expect(page.locator('.today-list > li').first()).toBeVisible();
  await expectNoViolations(page, 'today as home at 360 px');

  const entries = mainNav(page).getByRole('link');
  await expect(entries).toHaveText([/^Today$/, /Log\s*a?\s*story or feedback/, /^My stories$/, /^More$/]);
  await expect(mainNav(page).getByRole('link', { name: 'Log a story or feedback' })).toBeVisible();
  const boxes = await entries.evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      // The lines the words take: one box per line of text.
      const words = document.createRange();
      words.selectNodeContents(link);
      const rects = Array.from(words.getClientRects()).filter((rect) => rect.width > 0);
      const lines = new Set(rects.map((rect) => Math.round(rect.top))).size;
      // The words stay inside their target (nothing spills over a neighbour).
      const spills = rects.some((rect) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
      return { left: box.left, right: box.right, width: box.width, height: box.height, lines, spills };
    }),
  );
  for (const box of boxes) {
    expect(box.width, JSON.stringify(box)).toBeGreaterThanOrEqual(44);
    expect(box.height, JSON.stringify(box)).toBeGreaterThanOrEqual(44);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.spills, `words overflow ${JSON.stringify(box)}`).toBe(false);
  }
  // Today, My stories and More each on one line.
  for (const i of [0, 2, 3]) expect(boxes[i]!.lines, `entry ${i}`).toBe(1);
  // Side by side, in that order, not overlapping.
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, testInfo, 'a11y-today-home-360');
  await screenshot(page, testInfo, 'a11y-bottom-bar-360', mainNav(page));
});

test('axe: log in and create account', async ({ page }) => {
  await page.goto(baseUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expectNoViolations(page, 'log in');
  // Errors next to the fields are part of the screen too.
  await page.getByRole('button', { name: 'Log in' }).tap();
  await expect(page.getByText('Please enter your email address.')).toBeVisible();
  await expectNoViolations(page, 'log in, with errors');

  await page.getByRole('link', { name: 'Create an account' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expectNoViolations(page, 'create account');
});

test('axe: Today of a new account, empty list, log form, list', async ({ page, request }) => {
  await logIn(page, await newAccount(request));
  // A new account sees its way in first: the set-up steps.
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeVisible();
  await expectNoViolations(page, 'today, new account');
  await openMyStories(page);
  await expect(page.getByText('No stories yet.')).toBeVisible();
  await expectNoViolations(page, 'empty list');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByText('More details').tap();
  await expect(page.getByLabel('What kind of story is it?')).toBeVisible();
  await expectNoViolations(page, 'log form with details open');
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(page.getByText('Write a sentence about what happened, or give it a title.')).toBeVisible();
  await expectNoViolations(page, 'log form with an error');

  await page
    .getByLabel('What happened?')
    .fill('Gave a 10-minute talk on hyponatremia to the team. The chief resident asked for the handout.');
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(storyItems(page)).toHaveCount(1);
  await expect(storyItems(page).getByText(/Pending/)).toHaveCount(0);
  await expectNoViolations(page, 'list');
});

test('axe: story, delete confirmation, edit, clash, offline', async ({ page, context, request }, testInfo) => {
  const account = await newAccount(request);
  const laptop = await apiSession(request, account);
  const stored = await laptop.create(
    'Gave a 10-minute talk on hyponatremia to the team. The chief resident asked for the handout.',
  );
  await logIn(page, account);
  await openMyStories(page);

  await storyItems(page).first().getByRole('link').tap();
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
  await expectNoViolations(page, 'story detail');
  await page.getByRole('button', { name: 'Delete' }).tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Keep it' }).tap();

  await page.getByRole('link', { name: 'Edit' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit story' })).toBeVisible();
  await expectNoViolations(page, 'edit story');

  // A clash with another device, shown on the story.
  await page.getByText('More details').tap();
  await page.getByLabel('What I did').fill('Wrote the handout myself.');
  await laptop.update(stored.id, { whatIDid: 'Changed on the laptop.' });
  await page.getByRole('button', { name: 'Save changes' }).tap();
  await expect(page.getByRole('button', { name: 'Keep mine' })).toBeVisible();
  await expectNoViolations(page, 'conflict');
  await page.getByRole('button', { name: 'Take theirs' }).tap();

  // Offline: the list from the phone's copy, with a story waiting.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My stories' }).tap();
  await appCachedForOffline(page);
  await context.setOffline(true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByLabel('What happened?').fill('Offline: presented the morning labs.');
  await page.getByRole('button', { name: 'Save story' }).tap();
  await expect(page.getByText('Pending: not sent yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText("You're offline — showing what was last loaded")).toBeVisible();
  await expect(page.getByText('Pending: not sent yet')).toBeVisible();
  await expectNoViolations(page, 'offline list with a pending story');
  await screenshot(page, testInfo, 'a11y-offline');
  await context.setOffline(false);
});

test('axe: feedback, programs and packet; feedback logged offline waits on the phone, then goes', async ({
  page,
  context,
  request,
}) => {
  const account = await newAccount(request);
  const api = await apiAs(request, account);
  const { attendingId } = await api.writerWithLetter('Dr. Lena Park');
  await logIn(page, account);

  await page.goto(`${baseUrl()}/#/feedback`);
  await expect(page.getByText('No feedback yet.')).toBeVisible();
  await expectNoViolations(page, 'feedback, empty');

  await page.getByRole('link', { name: 'Log feedback' }).tap();
  await expect(page.getByLabel('Who gave it?')).toBeVisible();
  await page.getByText('More details').tap();
  await expectNoViolations(page, 'log feedback with details open');

  await page.goto(`${baseUrl()}/#/programs/new`);
  await expect(page.getByLabel('Program name')).toBeVisible();
  await expectNoViolations(page, 'program form');

  await page.goto(`${baseUrl()}/#/attendings/${attendingId}/packet`);
  await expect(page.getByRole('article', { name: 'Packet preview' })).toBeVisible();
  await expectNoViolations(page, 'packet, no stories yet');

  // Offline: the feedback form still lists the attending (the phone's copy) and the feedback waits in the outbox.
  await page.goto(`${baseUrl()}/#/feedback/new`);
  await expect(page.getByLabel('Who gave it?')).toBeVisible();
  await appCachedForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Who gave it?').selectOption({ label: 'Dr. Lena Park' });
  await page.getByLabel('What to improve').fill('Offline: ask one good question on rounds.');
  await page.getByRole('button', { name: 'Save feedback' }).tap();
  await expect(page.getByText('Feedback saved on this phone.')).toBeVisible();
  await expect(page.locator('.card.feedback', { hasText: 'Dr. Lena Park' })).toContainText('Pending: not sent yet');
  await expectNoViolations(page, 'feedback list offline, one waiting');
  expect((await api.get<{ total: number }>('/feedback')).total).toBe(0);

  await context.setOffline(false);
  await expect(page.locator('.card.feedback', { hasText: 'Pending' })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.card.feedback', { hasText: 'ask one good question' })).toHaveCount(1);
  expect((await api.get<{ total: number }>('/feedback')).total).toBe(1);
});

test('axe: coaching screens (Today, plan, habits, messages, portfolio, calendar link, your data)', async ({ page, request }) => {
  const account = await newAccount(request);
  const season = await seedSeason(request, account);
  await logIn(page, account);

  await openMore(page);
  await expect(page.getByRole('button', { name: 'Log out' }).last()).toBeVisible();
  await expectNoViolations(page, 'more');

  await openToday(page);
  await expect(page.locator('.today-list > li').first()).toBeVisible();
  await expectNoViolations(page, 'today with actions');
  await page.locator('.today-list > li', { hasText: 'Habit' }).first().getByRole('button', { name: 'Done today' }).tap();
  await expect(page.getByText(/^Checked in:/)).toBeVisible();
  await expectNoViolations(page, 'today after a check-in');

  await page.getByRole('link', { name: 'See the whole plan' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  await expect(page.locator('.checkpoint').first()).toBeVisible();
  await page.locator('.checkpoint:not(.done)').first().getByText('Done on another day?').tap();
  await expectNoViolations(page, 'plan');

  await openMore(page);
  await page.getByRole('link', { name: /^Habits/ }).tap();
  await expect(page.getByRole('heading', { name: 'Your rotations' })).toBeVisible();
  await expectNoViolations(page, 'habits');

  await openMore(page);
  await page.getByRole('link', { name: /^Messages/ }).tap();
  await expect(page.getByRole('heading', { name: 'Your writers' })).toBeVisible();
  await expectNoViolations(page, 'messages index');
  await page.goto(`${baseUrl()}/#/messages?letterId=${season.letterId}&kind=PACKET_EMAIL`);
  await expect(page.getByRole('heading', { level: 1, name: `Messages for ${season.attendingName}` })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as sent' }).tap();
  await expect(page.getByText('Letter now: Packet sent.')).toBeVisible();
  await expectNoViolations(page, 'writer messages, one marked sent');

  await openMore(page);
  await page.getByRole('link', { name: /^Letter portfolio/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Letter portfolio' })).toBeVisible();
  await expect(page.locator('.portfolio-check').first()).toBeVisible();
  await expectNoViolations(page, 'portfolio');
  await page.goto(`${baseUrl()}/#/letters`);
  await expect(page.getByRole('complementary', { name: 'Your letter portfolio' })).toBeVisible();
  await expectNoViolations(page, 'letters board with the portfolio card');

  await openMore(page);
  await page.getByRole('link', { name: /^Calendar link/ }).tap();
  await page.getByRole('button', { name: 'Make my calendar link' }).tap();
  await expect(page.getByTestId('feed-url')).toBeVisible();
  await expectNoViolations(page, 'calendar link');
  await page.getByRole('button', { name: 'Make a new link' }).tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'calendar link, confirm');
  await page.getByRole('button', { name: 'Keep this link' }).tap();

  await openMore(page);
  await page.getByRole('link', { name: /^Your data/ }).tap();
  await expectNoViolations(page, 'your data');
  await page
    .getByLabel('File from “Download my data”')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await page.getByRole('button', { name: 'Import', exact: true }).tap();
  await page.getByRole('button', { name: 'Delete my account…' }).tap();
  await expect(page.getByText('Enter your password to confirm it is you.')).toBeVisible();
  await expect(page.getByText(/it isn't JSON/)).toBeVisible();
  await expectNoViolations(page, 'your data, with errors');
  await page.getByLabel('Your password').fill(account.password);
  await page.getByRole('button', { name: 'Delete my account…' }).tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'delete account, confirm');
});
