// Lighthouse on the screens an applicant opens most: the login screen (first
// visit), Today (home, every visit after) and the story list. Mobile settings
// (Lighthouse's default: a mid-range phone on slow 4G, simulated). Prints the
// scores, writes the HTML reports to test-results/lighthouse/, and fails below
// the goals (performance ≥ 95, accessibility = 100; LORKIT_LIGHTHOUSE_MIN_PERFORMANCE
// lowers the first on a busy machine).
import { chromium, expect, test, type Page } from '@playwright/test';
import lighthouse from 'lighthouse';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../e2e/processes';
import { baseUrl, logIn, newAccount } from '../e2e/support';

const REPORTS = join(import.meta.dirname, '..', 'test-results', 'lighthouse');
const MIN_PERFORMANCE = Number(process.env.LORKIT_LIGHTHOUSE_MIN_PERFORMANCE ?? 95);
const MIN_ACCESSIBILITY = 100;

test('Lighthouse: login, Today and story list', async () => {
  mkdirSync(REPORTS, { recursive: true });
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lorkit-lighthouse-'));
  // Lighthouse drives the browser over the DevTools port and opens its own tab
  // in the default (persistent) context, so it sees the login this page makes.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.LORKIT_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--no-first-run',
      `--remote-debugging-port=${port}`,
    ],
    hasTouch: true,
  });
  try {
    const scores = [];
    scores.push(await audit(port, `${baseUrl()}/#/login`, 'login'));

    const page: Page = context.pages()[0] ?? (await context.newPage());
    const account = await newAccount(page.request);
    await logIn(page, account);
    for (const summary of [
      'Presented a case of new-onset DKA at morning report. The attending asked me to teach the students.',
      'Led the family meeting with an interpreter. The attending said it was the clearest one this month.',
    ]) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a story' }).click();
      await page.getByLabel('What happened?').fill(summary);
      await page.getByRole('button', { name: 'Save story' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'My stories' })).toBeVisible();
    }
    await expect(page.getByText(/Pending/)).toHaveCount(0);
    scores.push(await audit(port, `${baseUrl()}/`, 'today'));
    scores.push(await audit(port, `${baseUrl()}/#/stories`, 'stories'));

    console.log('\nLighthouse (mobile, simulated slow 4G):');
    for (const s of scores) {
      console.log(
        `  ${s.name.padEnd(8)} performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s.bestPractices}  SEO ${s.seo}`,
      );
    }
    console.log(`  reports: ${REPORTS}\n`);
    for (const s of scores) {
      expect.soft(s.performance, `${s.name}: performance`).toBeGreaterThanOrEqual(MIN_PERFORMANCE);
      expect.soft(s.accessibility, `${s.name}: accessibility`).toBeGreaterThanOrEqual(MIN_ACCESSIBILITY);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

async function audit(port: number, url: string, name: string) {
  const result = await lighthouse(url, {
    port,
    output: ['html', 'json'],
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    // Keep the login (localStorage, IndexedDB) the audit is about.
    disableStorageReset: true,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const [html, json] = result.report as string[];
  writeFileSync(join(REPORTS, `${name}.html`), html!);
  writeFileSync(join(REPORTS, `${name}.json`), json!);
  const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
  for (const error of result.lhr.runWarnings) console.warn(`  ${name}: ${error}`);
  return {
    name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}
