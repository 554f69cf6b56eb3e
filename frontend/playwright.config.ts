// Two phones, both driven by Debian's Chromium (Playwright's own browser
// builds cannot be downloaded here): an iPhone-sized and a Pixel-sized screen,
// touch, mobile viewport. The servers are started by e2e/global-setup.ts.
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

const chromium: NonNullable<PlaywrightTestConfig['use']> = {
  browserName: 'chromium',
  isMobile: true,
  hasTouch: true,
  launchOptions: {
    executablePath: process.env.LORKIT_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its outputDir on start; keep it apart from the
  // screenshots and server logs the run leaves in test-results/.
  outputDir: 'test-results/playwright',
  globalSetup: './e2e/global-setup.ts',
  // The season flows walk many screens (letter steps, packets, axe on each); 2 minutes leaves room on a busy 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Two browsers at once: the tests mostly wait on the network and timers. LORKIT_E2E_WORKERS=1 on a slower machine.
  workers: process.env.LORKIT_E2E_WORKERS ? Number(process.env.LORKIT_E2E_WORKERS) : 2,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'iphone',
      use: {
        ...chromium,
        // iPhone 13/14: 390×844 CSS px at 3× (Playwright's own device list names WebKit, not available here).
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      },
    },
    {
      name: 'pixel',
      // Flows without layout of their own, and axe (its rules don't depend on the width between
      // these two phones), run at the iPhone size only: one run keeps the suite fast.
      testIgnore: /(accessibility|password-reset|phi|refused|security|session|season-trust)\.spec\.ts$/,
      use: {
        ...chromium,
        // Pixel 7: 412×915 CSS px at 2.625×.
        viewport: { width: 412, height: 915 },
        deviceScaleFactor: 2.625,
        userAgent:
          'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      },
    },
  ],
});
