// Helpers for the e2e global setup: free ports, child processes in their own
// process group (so one signal stops them and everything they started), and
// waiting for an HTTP endpoint to answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port nobody listens on right now: the OS picks it, so parallel runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Started {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Starts a command in a new process group, its output appended to `logFile`. */
export function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Started {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', log, log] });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', () => resolve(-1));
  });
  return { name, child, exited };
}

/** SIGTERM to the whole group (the API then stops its embedded PostgreSQL),
 *  SIGKILL if it is still there after `graceMs`. */
export async function stop(started: Started, graceMs = 20_000): Promise<void> {
  const pid = started.child.pid;
  if (!pid || started.child.exitCode !== null || started.child.signalCode !== null) return;
  signalGroup(pid, 'SIGTERM');
  const timedOut = await Promise.race([started.exited.then(() => false), sleep(graceMs).then(() => true)]);
  if (timedOut) {
    console.warn(`e2e: ${started.name} did not stop in ${graceMs / 1000}s; killing it`);
    signalGroup(pid, 'SIGKILL');
    await started.exited;
  }
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Polls `url` until it answers 200; fails early if `started` exits. */
export async function waitForOk(url: string, timeoutMs: number, started?: Started): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void started?.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`e2e: ${started?.name} exited before ${url} was ready (see its log)`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  throw new Error(`e2e: ${url} was not ready within ${timeoutMs / 1000}s`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
