// The API refuses a story the phone accepted (a 4xx with a field error, e.g.
// a rule the phone does not know): it is shown on the story, next to the
// field, never retried as is, and goes through once fixed.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { apiSession, logIn, newAccount, screenshot, storyItems } from './support';

test('a refused story is shown on the item and next to its field, then fixed', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  await logIn(page, account);
  await page.route(
    '**/api/v1/stories',
    (route) =>
      route.request().method() !== 'POST'
        ? route.fallback()
        : route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'urn:lorkit:problem:validation',
              title: 'Invalid input',
              status: 400,
              detail: 'title: must not name a patient',
              errors: [{ field: 'title', message: 'must not name a patient' }],
            }),
          }),
    { times: 1 },
  );

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByLabel('What happened?').fill('Worked up chest pain on my own and presented it to the attending.');
  await page.getByText('More details').tap();
  await page.getByLabel('Title (optional)').fill("Mr Whitfield's chest pain");
  await page.getByRole('button', { name: 'Save story' }).tap();

  const item = storyItems(page).filter({ hasText: 'Whitfield' });
  await expect(item.getByText('Not saved: needs a fix')).toBeVisible();
  await expect(item).toContainText('Must not name a patient.');
  await screenshot(page, testInfo, 'refused-1-list');

  await item.getByRole('link').tap();
  await expect(page.getByRole('alert')).toContainText('LORkit could not save your last change');
  await page.getByRole('link', { name: 'Fix it' }).tap();
  const title = page.getByLabel('Title (optional)');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Must not name a patient.')).toBeVisible();
  await screenshot(page, testInfo, 'refused-2-fix');
  await title.fill('Chest pain work-up, presented to the attending');
  await page.getByRole('button', { name: 'Save changes' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Chest pain work-up, presented to the attending' })).toBeVisible();
  await expect(page.getByText(/Not saved|Pending/)).toHaveCount(0);
  const stored = await (await apiSession(request, account)).stories();
  expect(stored.items.map((s) => s.title)).toEqual(['Chest pain work-up, presented to the attending']);
});

test("the API's PHI warnings show on the story at once", async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  await logIn(page, account);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).tap();
  await page.getByLabel('What happened?').fill('Presented the new admission, MRN 00482913, at morning report without notes.');
  await page.getByRole('button', { name: 'Save story' }).tap();

  const item = storyItems(page).first();
  await expect(item.getByText('May identify a patient:')).toBeVisible();
  await item.getByRole('link').tap();
  const warnings = page.getByRole('region', { name: 'Check for patient information' });
  await expect(warnings).toContainText('“00482913” in What happened');
  await expectNoViolations(page, 'story with PHI warnings');
  await screenshot(page, testInfo, 'phi-1-warnings');
});
