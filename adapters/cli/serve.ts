/**
 * `sg17 serve` (and `npm start`): build the service from the environment (and ./.env when present),
 * start it, and stop it cleanly on SIGTERM/SIGINT — or when the console channel's input ends.
 * Every start-up failure is one clear line on stderr: a bad variable (exit 2), the dataset, a port
 * already in use, a token Slack refuses (exit 1). Imported only by the serve subcommand, so the
 * CLI's query path never loads pino or the SDKs.
 */
import { existsSync } from 'node:fs';
import { ConfigError, discordEnabled, loadConfig, slackEnabled, type Config } from '../config.js';
import { createApp, type App } from '../app.js';
import { createLogger } from '../logger.js';
import { offsetClock, systemClock } from '../../src/clock.js';
import { dataDir } from './paths.js';
import type { CliIO, ExitCode } from './subcommand.js';
import { pino } from 'pino';

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
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = { ...process.env, ...io.env };
  let config: Config;
  try {
    // The bundled data/ is found from the package, not the working directory, unless overridden.
    config = loadConfig({ ...env, SG17_DATA_DIR: dataDir(env) });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`sg17 serve: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  // With the terminal as the chat channel, logs go to stderr and only warnings show unless asked.
  const consoleChannel = !slackEnabled(config) && !discordEnabled(config) && process.stdin.isTTY === true;
  const logger = createLogger({
    level: consoleChannel && !env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL,
    config,
    destination: pino.destination(consoleChannel ? 2 : 1),
  });
  const clock = config.SG17_NOW ? offsetClock(new Date(config.SG17_NOW)) : systemClock;

  let stopRequested: (reason: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => (stopRequested = resolve));
  let app: App;
  try {
    app = await createApp(config, { clock, logger, console: { onClose: () => stopRequested('console closed') } });
  } catch (error) {
    io.stderr(`sg17 serve: ${describeStartError(error, config)}\n`);
    return 1;
  }
  try {
    const url = await app.start();
    logger.info({ url, platforms: app.adapters.map((a) => a.platform) }, `sg17 listening on ${url}`);
  } catch (error) {
    io.stderr(`sg17 serve: ${describeStartError(error, config)}\n`);
    await app.stop().catch(() => {});
    return 1;
  }

  const onSignal = (signal: NodeJS.Signals): void => stopRequested(signal);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const onHangup = (): void => void app.reload('SIGHUP'); // reload the dataset; the old one stays if the new is invalid
  process.on('SIGHUP', onHangup);
  const reason = await stopped;
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  process.off('SIGHUP', onHangup);
  logger.info({ reason }, 'stopping');
  try {
    await app.stop();
  } catch (error) {
    logger.error({ err: error }, 'stop failed');
    return 1;
  }
  return 0;
}
