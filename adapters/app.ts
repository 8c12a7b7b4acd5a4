/**
 * The composition root: builds the whole service from a Config and injected parts.
 * No globals, no config read at import time — tests build as many apps as they like.
 * Platform SDKs are imported lazily so the CLI's query path never loads them.
 */
import type { Server } from 'node:http';
import type { Config } from './config.js';
import { slackEnabled, discordEnabled } from './config.js';
import type { AppDeps, HttpRoute, PlatformAdapter } from './platform.js';
import { createHttpServer, listen } from './http/server.js';
import type { Clock } from '../src/clock.js';
import type { Logger } from '../src/ports.js';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/dataset/catalog.js';

export interface AppOptions {
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface App {
  readonly deps: AppDeps;
  readonly adapters: readonly PlatformAdapter[];
  /** Starts HTTP and the platform connections; resolves to the base URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const catalog = buildCatalog(loadDataset(config.SG17_DATA_DIR));
  const deps: AppDeps = { config, clock: options.clock, logger: options.logger, catalog };

  const adapters: PlatformAdapter[] = [];
  if (slackEnabled(config)) {
    // (Slack issue) adapters.push(await (await import('./slack/adapter.js')).createSlackAdapter(deps));
  }
  if (discordEnabled(config)) {
    // (Discord issue) adapters.push(await (await import('./discord/adapter.js')).createDiscordAdapter(deps));
  }

  const healthz: HttpRoute = {
    method: 'GET',
    path: '/healthz',
    handle: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
    },
  };
  const server: Server = createHttpServer([healthz, ...adapters.flatMap((a) => a.routes)], options.logger);

  return {
    deps,
    adapters,
    async start() {
      const url = await listen(server, config.PORT, config.HOST);
      for (const adapter of adapters) await adapter.start();
      return url;
    },
    async stop() {
      for (const adapter of [...adapters].reverse()) await adapter.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
