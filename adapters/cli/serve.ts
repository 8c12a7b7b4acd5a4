/**
 * `sg17 serve` (and `npm start`): build the service from the environment (and ./.env when present),
 * start it, and stop it cleanly. There is no state in which the process neither serves nor exits:
 *
 * - HTTP and the reminder scheduler are up before any chat platform connects; a platform that
 *   cannot be reached is retried in the background (GET /readyz says 503 meanwhile);
 * - a bad variable exits 2, a dataset or port problem exits 1, each with one line on stderr;
 * - a token a platform refuses (at start-up or later) prints one line naming the variable and
 *   exits 1 within 5 s, every socket, timer and client closed;
 * - SIGTERM / SIGINT: no new work, requests and posts in flight finish (at most 10 s), unposted
 *   reminder claims are released, the store is closed, exit 0. A second signal exits at once.
 *
 * Logs are JSON lines on stdout (a service's log stream); beside the console channel they go to
 * stderr so the terminal conversation stays readable. Imported only by the serve subcommand, so
 * the CLI's query path never loads pino or the SDKs.
 */
import { pino } from 'pino';
import type { Config } from '../config.js';
import { createApp, SHUTDOWN_GRACE_MS, type App } from '../app.js';
import { createLogger } from '../logger.js';
import { enabledPlatforms } from '../platforms.js';
import { offsetClock, systemClock } from '../../src/clock.js';
import { loadRuntimeConfig } from './runtime.js';
import type { CliIO, ExitCode } from './subcommand.js';

/** A refused token ends the process within 5 s: the stop gets this long, the rest is margin. */
const FATAL_STOP_MS = 3_000;

function describeStartError(error: unknown, config: Config): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EADDRINUSE') {
    return `port ${config.PORT} on ${config.HOST} is already in use — stop the other process or choose another port, e.g. PORT=${config.PORT + 1} npm start`;
  }
  if (e?.code === 'EACCES') return `not allowed to listen on ${config.HOST}:${config.PORT} — choose a port above 1023 with PORT=…`;
  if (e?.code === 'EADDRNOTAVAIL') return `HOST=${config.HOST} is not an address of this machine`;
  return e instanceof Error ? e.message : String(error);
}

export async function runServe(_args: string[], io: CliIO): Promise<ExitCode> {
  const runtime = loadRuntimeConfig({ ...process.env, ...io.env });
  if (!runtime.ok) {
    io.stderr(`sg17 serve: ${runtime.message}\n`);
    return 2;
  }
  const { config, env } = runtime;

  // With the terminal as the chat channel, logs go to stderr and only warnings show unless asked.
  const consoleChannel = enabledPlatforms(config).length === 0 && process.stdin.isTTY === true;
  const logger = createLogger({
    level: consoleChannel && !env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL,
    config,
    destination: pino.destination({ fd: consoleChannel ? 2 : 1, sync: true }),
  });
  const clock = config.SG17_NOW ? offsetClock(new Date(config.SG17_NOW)) : systemClock;

  let stopRequested: (reason: { why: string; fatal?: string }) => void = () => {};
  const stopped = new Promise<{ why: string; fatal?: string }>((resolve) => (stopRequested = resolve));
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) {
      io.stderr(`sg17 serve: second ${signal}: exiting at once\n`);
      process.exit(1);
    }
    stopRequested({ why: signal });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const fatal = (message: string): void => {
    io.stderr(`sg17 serve: ${message}\n`);
    logger.error({ fatal: true }, message);
    stopRequested({ why: 'fatal', fatal: message });
  };

  let app: App | undefined;
  let code: ExitCode = 0;
  let onHangup: (() => void) | undefined;
  try {
    try {
      app = await createApp(config, { clock, logger, onFatal: fatal, console: { onClose: () => stopRequested({ why: 'console closed' }) } });
      await app.start({ waitForPlatforms: false });
      const running = app;
      onHangup = () => void running.reload('SIGHUP'); // reload the dataset; the old one stays if the new is invalid
      process.on('SIGHUP', onHangup);
    } catch (error) {
      io.stderr(`sg17 serve: ${describeStartError(error, config)}\n`);
      await app?.stop(FATAL_STOP_MS).catch(() => {});
      code = 1;
      return code;
    }
    const reason = await stopped;
    logger.info({ reason: reason.why }, 'stopping');
    code = reason.fatal ? 1 : 0;
    try {
      await app.stop(reason.fatal ? FATAL_STOP_MS : SHUTDOWN_GRACE_MS);
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
      code = 1;
    }
    logger.info({ exitCode: code }, 'stopped');
    return code;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    if (onHangup) process.off('SIGHUP', onHangup);
    // Everything is closed; should a library still hold a handle, do not let it keep the process alive.
    setTimeout(() => {
      io.stderr(`sg17 serve: handles still open after stopping (${process.getActiveResourcesInfo().join(', ')}); exiting anyway\n`);
      process.exit(code);
    }, 1_000).unref();
  }
}
