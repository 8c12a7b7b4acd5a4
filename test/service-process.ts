/**
 * Runs the real service (node dist/adapters/cli/main.js serve) as a child process and reads its
 * JSON log lines back, for the tests that check how it starts, degrades and stops.
 * Every child is bounded: `stopAll()` kills what is left, and `exited()` waits with a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type LogLine = Record<string, unknown>;

export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly lines: LogLine[];
  stderr(): string;
  /** The base URL from the "listening" line. */
  readonly url: Promise<string>;
  /** The first log line (past or future) matching, or a rejection after `timeoutMs` or when the process exits. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code (or signal) and how long after `since` the process ended. */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

const running: ChildProcess[] = [];

export function startService(env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['dist/adapters/cli/main.js', 'serve'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SG17_DATA_DIR: join(ROOT, 'data'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const lines: LogLine[] = [];
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return;
    }
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.match(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const waitForLog = (match: (l: LogLine) => boolean, timeoutMs = 10_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find(match);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => reject(new Error(`no such log line within ${timeoutMs} ms; stderr: ${stderr.slice(0, 500)}`)), timeoutMs);
      waiters.push({
        match,
        resolve: (l) => {
          clearTimeout(timer);
          resolve(l);
        },
      });
      void exit.then(({ code }) => {
        clearTimeout(timer);
        reject(new Error(`service exited (${code}) before the expected log line: ${stderr.slice(0, 500)}`));
      });
    });
  const url = waitForLog((l) => typeof l.url === 'string' && String(l.msg).includes('listening')).then((l) => String(l.url));
  // A service that stops before listening (a test expects that) rejects `url` for whoever awaits it, not the process.
  url.catch(() => undefined);
  return {
    child,
    lines,
    stderr: () => stderr,
    url,
    waitForLog,
    exited: (timeoutMs = 10_000) =>
      Promise.race([
        exit,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`service still running after ${timeoutMs} ms`)), timeoutMs).unref()),
      ]),
  };
}

/** Kill whatever a test left running. */
export function killAll(): void {
  for (const c of running.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

/** Poll `fn` every 50 ms until it returns a value that satisfies `ok` (bounded). */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A loopback port with nothing listening on it (bound, then released): connections are refused. */
export async function refusingPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
