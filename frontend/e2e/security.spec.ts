// The second factor end to end: turn on the authenticator app (the test is the
// app), save the recovery codes, log out, log in with password then code, and
// find the login among the account's recent activity.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { logIn, newAccount, screenshot } from './support';
import { currentStep, totpAt } from './totp';

test('turn on the authenticator app, then log in with a code', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  await logIn(page, account);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'More' })).toBeVisible();
  await expectNoViolations(page, 'more menu');
  await page.getByRole('link', { name: /Security and login/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Security and login' })).toBeVisible();
  await expect(page.getByText('Off.', { exact: false })).toBeVisible();
  await expectNoViolations(page, 'security');

  // Turning it on asks for the password first: a wrong one is refused next to the field.
  await page.getByLabel('Password, to turn it on').fill('not my password');
  await page.getByRole('button', { name: 'Turn on the authenticator app' }).tap();
  await expect(page.locator('.field-error')).toBeVisible();
  await page.getByLabel('Password, to turn it on').fill(account.password);
  await page.getByRole('button', { name: 'Turn on the authenticator app' }).tap();
  const secret = (await page.locator('.secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(page.getByRole('link', { name: 'Open in my authenticator app' })).toHaveAttribute('href', /^otpauth:\/\/totp\//);
  await expectNoViolations(page, 'security, enrolling');
  await screenshot(page, testInfo, 'security-1-enrol');

  // A wrong code is refused next to the field.
  await page
    .getByLabel('Code from your authenticator app')
    .fill('000000' === totpAt(secret, currentStep()) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on', exact: true }).tap();
  await expect(page.locator('.field-error')).toBeVisible();

  const enrolStep = currentStep();
  await page.getByLabel('Code from your authenticator app').fill(totpAt(secret, enrolStep));
  await page.getByRole('button', { name: 'Turn on', exact: true }).tap();
  await expect(page.getByRole('heading', { name: /save your recovery codes now/ })).toBeVisible();
  await expect(page.locator('.recovery-codes li')).toHaveCount(10);
  await expectNoViolations(page, 'recovery codes');
  await screenshot(page, testInfo, 'security-2-recovery-codes');
  await page.getByRole('button', { name: 'I saved them' }).tap();
  await expect(page.getByText('On.', { exact: false })).toBeVisible();
  await expect(page.locator('.event-list li[data-kind="SECOND_FACTOR_ENABLED"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Log out', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).tap();
  const codeInput = page.getByLabel('Code from your authenticator app');
  await expect(codeInput).toBeFocused();
  await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(codeInput).toHaveAttribute('inputmode', 'numeric');
  await expect(page.getByRole('button', { name: 'Use a recovery code instead' })).toBeVisible();
  await expectNoViolations(page, 'login, second step');
  await screenshot(page, testInfo, 'security-3-login-code');

  // The code used to turn it on counts once: the app's next code (one step of drift is allowed).
  await codeInput.fill(totpAt(secret, Math.max(enrolStep, currentStep()) + 1));
  await page.getByRole('button', { name: 'Log in' }).tap();
  // Logged in, back where the applicant was: the security screen, with this login on top.
  await expect(page.getByRole('heading', { level: 1, name: 'Security and login' })).toBeVisible();
  await expect(page.locator('.event-list li[data-kind="LOGIN_SUCCEEDED"]').first()).toBeVisible();
  await expect(page.locator('.event-list li').first()).toHaveAttribute('data-kind', 'LOGIN_SUCCEEDED');
  await screenshot(page, testInfo, 'security-4-events');
});
