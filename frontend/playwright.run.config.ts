// `make run-check`: the app exactly as `make run` serves it (the API serving frontend/dist), in Debian's
// Chromium at a phone's size. scripts/run-offline-check.sh starts `make run`'s server on a free port
// and passes its address as LORKIT_E2E_BASE_URL; this config starts nothing itself.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'run-check',
  outputDir: 'test-results/run-check',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    isMobile: true,
    hasTouch: true,
    viewport: { width: 390, height: 844 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.LORKIT_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    },
  },
});
