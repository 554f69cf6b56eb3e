// Settings › Notifications on an iPhone, against the real API and mail server: the applicant turns the
// email digest on (weekly, a day and a time), saves, reloads and finds it kept. The phone-notifications part
// says in plain words what this headless Chromium allows (it blocks the permission prompt and has no push
// service), and never throws. Then a real digest arrives at the test mail server; its "Stop these emails"
// link opens the app's page, signed out, and only the page's button stops the emails.
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { seedSeason } from './coach-seed';
import { awaitMail, linkIn, mailboxUrl } from './mailbox';
import { baseUrl, bearer, logIn, openMore, newAccount, screenshot } from './support';

/** The weekday and time (HH:MM) a minute ago in `zone`: a weekly digest set to them is due at once. */
function aMinuteAgoIn(zone: string): { weekday: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() - 60_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { weekday: part('weekday'), time: `${part('hour')}:${part('minute')}` };
}

const phonePanel = (page: Page) =>
  page.locator('.panel', { has: page.getByRole('heading', { level: 2, name: 'Phone notifications' }) });

test('notifications: a weekly email digest is kept, the phone part is honest, the mail stops with one tap', async ({
  page,
  context,
  request,
}, testInfo) => {
  expect(mailboxUrl(), 'the e2e mail server (global-setup starts it with the API jar)').toBeTruthy();
  const account = await newAccount(request, 'Oluwaseun Adébáyọ̀');
  await seedSeason(request, account); // Today has steps: a digest with nothing due is never sent
  // Digests go to a confirmed address only: the confirmation mail's link first.
  await page.goto(linkIn(await awaitMail(request, account.email, 'Confirm your address for LORkit')));
  await expect(page.getByText('Thank you: your address is confirmed.')).toBeVisible();

  await logIn(page, account);
  await openMore(page);
  await page.getByRole('link', { name: /^Notifications/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();

  // Phone notifications. This Chromium answers the permission prompt with "blocked" by itself…
  const phones = phonePanel(page);
  await expect(phones).toContainText('Off. Turn them on to get your digest and urgent notes on this phone.');
  await phones.getByRole('button', { name: 'Turn on phone notifications' }).tap();
  await expect(phones.getByRole('status')).toHaveText(
    'Notifications are blocked for LORkit in this browser. Allow them in your browser or phone settings, then try again.',
  );
  // …and, allowed, has no push service to subscribe with: said as such, not as a connection problem.
  await context.grantPermissions(['notifications']);
  await phones.getByRole('button', { name: 'Turn on phone notifications' }).tap();
  await expect(phones.getByRole('status')).toHaveText(
    'This browser could not set up notifications: its notification service said no, or did not answer. Try again later, or get your digest by email (below).',
  );
  await expect(phones).toContainText('Off.');
  await screenshot(page, testInfo, 'notifications-phone', phones);

  // The email digest: once a week, on today's weekday, at a minute ago (so that it is due at once).
  await page.getByRole('radio', { name: 'Once a week' }).check();
  const inZone = await page.locator('.hint', { hasText: 'the time zone of your target sheet' }).textContent();
  const zone = /^In (\S+), /.exec(inZone!)![1]!;
  const { weekday, time } = aMinuteAgoIn(zone);
  await page.getByLabel('Which day').selectOption({ label: weekday });
  await page.getByLabel('What time').fill(time);
  await page.getByRole('checkbox', { name: `Send them by email to ${account.email}` }).check();
  await expect(page.getByText('Emails go to a confirmed address only')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save', exact: true }).tap();
  await expect(page.locator('form').getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Once a week' })).toBeChecked();
  await expect(page.getByLabel('Which day')).toHaveValue(weekday.toUpperCase());
  await expect(page.getByLabel('What time')).toHaveValue(time);
  await expect(page.getByRole('checkbox', { name: /^Send them by email/ })).toBeChecked();
  await expect(page.getByText(/Next digest: /)).toContainText(weekday);
  await expectNoViolations(page, 'notifications');
  await screenshot(page, testInfo, 'notifications-settings-page');
  // What the phone shows from the digest's heading down (the docs' picture).
  await page.getByRole('heading', { level: 2, name: 'Digest of Today' }).evaluate((h) => {
    h.scrollIntoView();
    window.scrollBy(0, -80);
  });
  await screenshot(page, testInfo, 'notifications-settings', 'screen');

  // The digest, from the API's own timer, through the real mail server.
  const mail = await awaitMail(request, account.email, /^Your week in LORkit: \d+ steps? \(LORkit\)$/);
  expect(mail).toContain(`You asked for a weekly digest on ${weekday}s at ${time} (${zone})`);
  expect(mail).not.toContain('taught the team about the workup'); // no story text in a mail
  const stop = linkIn(mail);
  expect(stop.startsWith(`${baseUrl()}/#/unsubscribe?token=`)).toBe(true);
  const token = stop.split('token=')[1]!;
  expect(mail).toContain(`List-Unsubscribe: <${baseUrl()}/api/v1/notifications/unsubscribe?token=${token}>`);

  // Opened on a phone where nobody is logged in: the page needs no login, and opening it stops nothing.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await page.goto(stop);
  await expect(page.getByRole('heading', { level: 1, name: 'Stop LORkit emails' })).toBeVisible();
  await expect(page.getByText('the digest of Today, and the note when a letter is at risk')).toBeVisible();
  const headers = await bearer(request, account);
  const emailOn = async () =>
    (await (await request.get(`${baseUrl()}/api/v1/me/notifications`, { headers })).json()).emailEnabled;
  expect(await emailOn()).toBe(true);
  await expectNoViolations(page, 'unsubscribe');
  await screenshot(page, testInfo, 'unsubscribe', 'screen');

  await page.getByRole('button', { name: 'Stop these emails' }).tap();
  await expect(page.locator('main').getByRole('status')).toHaveText(
    'Done: LORkit sends you no more emails about your next steps.',
  );
  await expect(page.getByText('To get them again, open Settings › Notifications and tick “Send them by email”.')).toBeVisible();
  expect(await emailOn()).toBe(false);
  await screenshot(page, testInfo, 'unsubscribe-done');

  // The way back: the page's link, a login, and the box is unticked; the weekly digest is still set.
  await page.getByRole('link', { name: 'Open Settings › Notifications' }).tap();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Send them by email/ })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Once a week' })).toBeChecked();

  // The same link again: the API still knows it (a mail app may post twice), so it is done again.
  await page.goto(stop);
  await page.getByRole('button', { name: 'Stop these emails' }).tap();
  await expect(page.locator('main').getByRole('status')).toContainText('Done');
  // A link the API never made: its own sentence, and the way to Settings instead of the button.
  await page.goto(`${baseUrl()}/#/unsubscribe?token=${'A'.repeat(43)}`);
  await page.getByRole('button', { name: 'Stop these emails' }).tap();
  await expect(page.locator('main').getByRole('alert')).toHaveText(
    'This unsubscribe link is not known: open Settings, Notifications to turn the emails off.',
  );
  await expect(page.getByRole('button', { name: 'Stop these emails' })).toHaveCount(0);
});
