// Forgot password, end to end through real mail: the login screen's link, the address, the mail that
// arrives at the test mail server, its link, a new password, and the applicant is logged in. The old
// password no longer works, and a second device's session was ended.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { awaitMail, linkIn, mailboxUrl } from './mailbox';
import { baseUrl, newAccount, screenshot } from './support';

test('forgot password: the mailed link sets a new password and logs in', async ({ page, request }, testInfo) => {
  expect(mailboxUrl(), 'the e2e mail server (global-setup starts it with the API jar)').toBeTruthy();
  const account = await newAccount(request);
  // Another phone that is still logged in.
  const otherPhone = await request.post(`${baseUrl()}/api/v1/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  const { refreshToken } = await otherPhone.json();

  await page.goto(baseUrl());
  await page.getByRole('link', { name: 'Forgot your password?' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  // Typed on a phone: capitalised, with a trailing space.
  await page.getByLabel('Email').fill(`${account.email[0]!.toUpperCase()}${account.email.slice(1)} `);
  await page.getByRole('button', { name: 'Send me a link' }).tap();
  await expect(page.locator('.notice')).toContainText('If an account uses this address, we sent it a link');

  const mail = await awaitMail(request, account.email, 'Choose a new LORkit password');
  expect(mail).toContain(`Hello ${account.displayName},`);
  const link = linkIn(mail);
  expect(link.startsWith(`${baseUrl()}/#/reset-password?token=`)).toBe(true);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectNoViolations(page, 'reset password');
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save and log in' }).tap();
  await expect(page.locator('.field-error')).toHaveText('Please use at least 8 characters.');
  await page.getByLabel('New password').fill('night float, then coffee');
  await screenshot(page, testInfo, 'reset-password');
  await page.getByRole('button', { name: 'Save and log in' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  const oldPassword = await request.post(`${baseUrl()}/api/v1/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  expect(oldPassword.status()).toBe(401);
  const otherPhoneAgain = await request.post(`${baseUrl()}/api/v1/auth/refresh`, { data: { refreshToken } });
  expect(otherPhoneAgain.status()).toBe(401);
  await awaitMail(request, account.email, 'Your LORkit password was changed');

  // The link worked once.
  await page.goto(link);
  await page.getByLabel('New password').fill('a third password, never set');
  await page.getByRole('button', { name: 'Save and log in' }).tap();
  await expect(page.locator('.form-errors')).toContainText('This link no longer works');
  await expect(page.getByRole('link', { name: 'Mail me a new link' })).toBeVisible();
});
