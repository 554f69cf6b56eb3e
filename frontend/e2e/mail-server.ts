// The browser tests' mail server: GreenMail's standalone jar (from the Maven repository, the version
// the back end's tests use), SMTP for the API and its REST API for the specs, on ports the OS picks.
// Every address gets a mailbox on first delivery; no login is checked.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, start, waitForOk, type Started } from './processes';

const BACKEND = resolve(import.meta.dirname, '..', '..', 'backend');

export interface MailServer {
  started: Started;
  smtpPort: number;
  /** Base of GreenMail's REST API (GET /api/user/{address}/messages/INBOX). */
  apiUrl: string;
}

/** The standalone jar, fetched into the local Maven repository by Maven itself if it is not there yet. */
function standaloneJar(): string {
  const version = /<greenmail\.version>([^<]+)</.exec(readFileSync(join(BACKEND, 'pom.xml'), 'utf8'))?.[1];
  if (!version) throw new Error('e2e: greenmail.version is missing from backend/pom.xml');
  const repository = process.env.LORKIT_E2E_MAVEN_REPO ?? join(homedir(), '.m2', 'repository');
  const jar = join(repository, 'com/icegreen/greenmail-standalone', version, `greenmail-standalone-${version}.jar`);
  if (!existsSync(jar)) {
    execFileSync('mvn', ['-B', '-ntp', '-q', 'dependency:get', `-Dartifact=com.icegreen:greenmail-standalone:${version}`], {
      cwd: BACKEND,
      stdio: 'inherit',
    });
  }
  return jar;
}

export async function startMailServer(logFile: string): Promise<MailServer> {
  const smtpPort = await freePort();
  const apiPort = await freePort();
  const started = start(
    'mail server',
    'java',
    [
      '-Dgreenmail.smtp.hostname=127.0.0.1',
      `-Dgreenmail.smtp.port=${smtpPort}`,
      '-Dgreenmail.api.hostname=127.0.0.1',
      `-Dgreenmail.api.port=${apiPort}`,
      '-Dgreenmail.auth.disabled',
      '-jar',
      standaloneJar(),
    ],
    process.env,
    logFile,
  );
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitForOk(`${apiUrl}/api/service/readiness`, 30_000, started);
  return { started, smtpPort, apiUrl };
}
