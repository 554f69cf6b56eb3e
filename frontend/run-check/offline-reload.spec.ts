// The first hour of a new user: `make run`, open the app, lose the signal, reload. The service worker
// of the built app (served by the API itself) opens it; the browser's own error page would mean the
// person lost their notes app on the ward.
import { expect, test } from '@playwright/test';
import { appCachedForOffline, baseUrl, logIn, newAccount } from '../e2e/support';

test('the app make run serves opens again offline, logged out and logged in', async ({ page, context, request }) => {
  await page.goto(baseUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await appCachedForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await context.setOffline(false);

  // Logging in proves the app calls the API at its own origin (no proxy, no CORS in between).
  const account = await newAccount(request, 'dr. nkem o.');
  await logIn(page, account);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Offline')).toBeVisible();
});

test('index.html and the service worker are always revalidated, hashed assets kept for a year', async ({ request }) => {
  const index = await request.get(`${baseUrl()}/`);
  expect(index.status()).toBe(200);
  expect(index.headers()['cache-control']).toBe('no-cache');
  expect(index.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(index.headers()['x-frame-options']).toBe('DENY');
  const html = await index.text();
  const asset = html.match(/\/assets\/[^"]+\.js/)?.[0];
  expect(asset, 'index.html names a hashed script').toBeTruthy();
  const script = await request.get(`${baseUrl()}${asset}`);
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script.headers()['content-type']).toContain('javascript');
  const worker = await request.get(`${baseUrl()}/sw.js`);
  expect(worker.status()).toBe(200);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  const manifest = await request.get(`${baseUrl()}/manifest.webmanifest`);
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  expect((await manifest.json()).short_name).toBe('LORkit');
  // The API keeps its own rules under the same origin.
  const api = await request.get(`${baseUrl()}/api/v1/profile`);
  expect(api.status()).toBe(401);
  expect(api.headers()['content-type']).toContain('application/problem+json');
  expect(api.headers()['cache-control']).toBe('no-store');
  expect((await request.get(`${baseUrl()}/no-such-file.txt`)).status()).toBe(404);
});
