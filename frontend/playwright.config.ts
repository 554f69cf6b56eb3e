// One phone-sized browser: Debian's Chromium (Playwright's own browser builds
// cannot be downloaded here). The servers are started by e2e/global-setup.ts.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its outputDir on start; keep it apart from the
  // screenshot and server logs the run leaves in test-results/.
  outputDir: 'test-results/playwright',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.LORKIT_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    },
  },
});
