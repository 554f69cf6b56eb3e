// Starts what the e2e test runs against, on ports the OS picks:
//   1. the real API: the packaged back end with a fresh data directory
//      (it starts its own embedded PostgreSQL), unless told otherwise;
//   2. the built SPA under `vite preview`, forwarding /api to that API;
//   3. with the jar, a real SMTP server (GreenMail, mail-server.ts) the API mails to; the specs read
//      it through LORKIT_E2E_MAILBOX_URL (mailbox.ts).
// Returns the teardown, which stops both process groups.
//
// Environment (all optional):
//   LORKIT_E2E_BASE_URL  test an SPA already running there; start nothing
//   LORKIT_E2E_API_URL   use an API already running there instead of the jar
//   LORKIT_E2E_API=mock  use the in-memory mock API (UI work without the back end)
//   LORKIT_E2E_JAR       path of quarkus-run.jar (default ../backend/target/quarkus-app/quarkus-run.jar)
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMailServer } from './mail-server';
import { startMockApi } from './mock-api';
import { freePort, signalGroup, start, stop, waitForOk, type Started } from './processes';

const FRONTEND = resolve(import.meta.dirname, '..');
const LOG_DIR = join(FRONTEND, 'test-results', 'logs');
const API_READY_MS = 90_000;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const started: Started[] = [];
  let mock: Server | undefined;
  let dataDir: string | undefined;
  // Last resort if the runner dies without teardown: don't leave a JVM and PostgreSQL behind.
  const killAll = () => started.forEach((s) => s.child.pid && signalGroup(s.child.pid, 'SIGKILL'));
  process.once('exit', killAll);

  async function teardown() {
    for (const s of [...started].reverse()) await stop(s);
    await new Promise<void>((done) => (mock ? mock.close(() => done()) : done()));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.removeListener('exit', killAll);
  }

  if (process.env.LORKIT_E2E_BASE_URL) return teardown;
  mkdirSync(LOG_DIR, { recursive: true });

  try {
    // Chosen first: the API's mails link to the app's address.
    const webPort = await freePort();
    const baseUrl = `http://127.0.0.1:${webPort}`;
    let apiUrl = process.env.LORKIT_E2E_API_URL;
    if (!apiUrl && process.env.LORKIT_E2E_API === 'mock') {
      const port = await freePort();
      mock = await startMockApi(port);
      apiUrl = `http://127.0.0.1:${port}`;
    } else if (!apiUrl) {
      const jar = resolve(FRONTEND, process.env.LORKIT_E2E_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar');
      if (!existsSync(jar)) {
        throw new Error(
          `e2e: API jar not found at ${jar}. Build the back end first, or set LORKIT_E2E_JAR / LORKIT_E2E_API_URL.`,
        );
      }
      const mail = await startMailServer(join(LOG_DIR, 'mail-server.log'));
      started.push(mail.started);
      process.env.LORKIT_E2E_MAILBOX_URL = mail.apiUrl;
      const port = await freePort();
      dataDir = mkdtempSync(join(tmpdir(), 'lorkit-e2e-'));
      const api = start(
        'API',
        'java',
        ['-jar', jar],
        {
          ...process.env,
          QUARKUS_HTTP_PORT: String(port),
          LORKIT_HTTP_PORT: String(port),
          LORKIT_DATA_DIR: dataDir,
          // Every test registers its own account, all from 127.0.0.1: lift the per-address sign-up limit.
          LORKIT_LIMITS_REGISTRATIONS_PER_CLIENT: '1000',
          LORKIT_MAIL_HOST: '127.0.0.1',
          LORKIT_MAIL_PORT: String(mail.smtpPort),
          LORKIT_MAIL_TLS: 'none',
          LORKIT_MAIL_FROM: 'LORkit e2e <no-reply@lorkit.test>',
          LORKIT_PUBLIC_URL: baseUrl,
          // Digests are planned and sent on each replica's timer (a minute in production): every few
          // seconds here, so that a spec can wait for a real digest mail without waiting a minute.
          LORKIT_NOTIFY_EVERY: '5s',
        },
        join(LOG_DIR, 'api.log'),
      );
      started.push(api);
      apiUrl = `http://127.0.0.1:${port}`;
      await waitForOk(`${apiUrl}/q/health/ready`, API_READY_MS, api);
    }

    const vite = join(FRONTEND, 'node_modules', 'vite', 'bin', 'vite.js');
    const web = start(
      'SPA preview',
      process.execPath,
      [vite, 'preview', '--host', '127.0.0.1', '--port', String(webPort), '--strictPort'],
      { ...process.env, LORKIT_API_URL: apiUrl },
      join(LOG_DIR, 'preview.log'),
    );
    started.push(web);
    await waitForOk(`${baseUrl}/`, 30_000, web);
    // Workers inherit the runner's environment: this is how the test learns the address.
    process.env.LORKIT_E2E_BASE_URL = baseUrl;
    const mailbox = process.env.LORKIT_E2E_MAILBOX_URL ? `, mail server ${process.env.LORKIT_E2E_MAILBOX_URL}` : '';
    console.log(`e2e: SPA ${baseUrl} -> API ${apiUrl}${mailbox} (logs in test-results/logs)`);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
