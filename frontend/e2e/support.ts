// What the browser tests share: where the app runs, a fresh account per test
// (made through the API, so each test starts from a known state quickly),
// checks of what the API really stored, and screenshots per flow.
import { expect, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function baseUrl(): string {
  const url = process.env.LORKIT_E2E_BASE_URL;
  if (!url) throw new Error('LORKIT_E2E_BASE_URL is not set: run through `npm run e2e`');
  return url;
}

export function uniqueRun(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface Account {
  email: string;
  password: string;
  displayName: string;
}

export async function newAccount(request: APIRequestContext, displayName = 'Ana Pérez'): Promise<Account> {
  const account = { email: `e2e-${uniqueRun()}@example.org`, password: 'rounds-at-seven-every-day', displayName };
  const response = await request.post(`${baseUrl()}/api/v1/auth/register`, { data: account });
  expect(response.status(), await response.text()).toBe(201);
  return account;
}

/** Logs in through the API: the Authorization header of a new session of `account`. */
export async function bearer(request: APIRequestContext, account: Account): Promise<Record<string, string>> {
  const login = await request.post(`${baseUrl()}/api/v1/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  expect(login.status()).toBe(200);
  return { Authorization: `Bearer ${(await login.json()).accessToken}` };
}

/** A separate session of the same applicant, as a second device (or a third-party client) would have. */
export async function apiSession(request: APIRequestContext, account: Account) {
  const headers = await bearer(request, account);
  return {
    async stories(): Promise<{ total: number; items: { id: string; title: string; summary: string | null; version: number }[] }> {
      const response = await request.get(`${baseUrl()}/api/v1/stories?size=100`, { headers });
      expect(response.status()).toBe(200);
      return response.json();
    },
    async create(summary: string): Promise<{ id: string; title: string; version: number }> {
      const response = await request.post(`${baseUrl()}/api/v1/stories`, { headers, data: { summary } });
      expect(response.status()).toBe(201);
      return response.json();
    },
    async update(id: string, data: Record<string, unknown>): Promise<void> {
      const current = await request.get(`${baseUrl()}/api/v1/stories/${id}`, { headers });
      const etag = current.headers()['etag']!;
      const response = await request.put(`${baseUrl()}/api/v1/stories/${id}`, {
        headers: { ...headers, 'If-Match': etag },
        data: { ...(await current.json()), ...data },
      });
      expect(response.status()).toBe(200);
    },
  };
}

export async function logIn(page: Page, account: Account): Promise<void> {
  await page.goto(baseUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).tap();
  // Home is Today.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

/** The bottom bar, as a thumb uses it. */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** From anywhere, through the bottom bar: the story list. */
export const openMore = (page: Page) => mainNav(page).getByRole('link', { name: 'More' }).tap();

/** The target sheet of every season-long flow: Internal Medicine, applying in 2027. */
export async function fillTargetSheet(page: Page): Promise<void> {
  await openMore(page);
  await page.getByRole('link', { name: /Target sheet/ }).tap();
  await page.getByLabel('Target specialty').fill('Internal Medicine');
  await page.getByLabel('Application season (year)').fill('2027');
  await page.getByLabel('ERAS opens on').fill('2027-06-05');
  await page.getByLabel('I plan to submit on').fill('2027-09-24');
  await page.getByRole('button', { name: 'Save target sheet' }).tap();
  await expect(page.getByText('Target sheet saved.')).toBeVisible();
}

export async function openMyStories(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'My stories' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
}

/** From anywhere, through the bottom bar: Today. */
export async function openToday(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Today' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

/** Resolves once the service worker has precached the app and controls the page: from then on it opens offline. */
export async function appCachedForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Full-page screenshot in test-results/screens/<phone>/<flow>-<step>.png; of one part of it when `part` is given,
 *  of what the phone's screen shows when 'screen' is (the docs' pictures: a full page draws the bottom bar mid-page). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string, part?: Locator | 'screen'): Promise<void> {
  const dir = join(import.meta.dirname, '..', 'test-results', 'screens', testInfo.project.name);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  if (part === 'screen') await page.screenshot({ path });
  else await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
}

export const storyItems = (page: Page) => page.locator('.story-list > li');

/** On a letter's screen: records a step as the applicant does, the move, its day (today when not
 *  given) and a note; a final step is confirmed in its dialog. Waits for the API's answer. */
export async function recordLetterStep(
  page: Page,
  move: string,
  { on, note, confirm }: { on?: string; note?: string; confirm?: string } = {},
): Promise<void> {
  const form = page.locator('form', { has: page.getByRole('group', { name: 'What happened next?' }) });
  await form.getByLabel(move).check();
  if (on) await form.getByLabel('On which day?').fill(on);
  if (note) await form.getByLabel('Note (optional)').fill(note);
  await form.getByRole('button', { name: 'Record this step' }).tap();
  if (confirm) await page.getByRole('dialog').getByRole('button', { name: confirm }).tap();
}

/** From the letters board: the letter screen of one writer. */
export async function openLetter(page: Page, writer: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^(Record a step|Open) for ${writer}$`) }).tap();
  await expect(page.getByRole('heading', { level: 1, name: `Letter from ${writer}` })).toBeVisible();
}
