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
import { createCatalogHolder, type CatalogHolder, type ReloadOutcome } from './data/holder.js';
import { createDispatcher } from '../src/dispatch/dispatch.js';
import type { SlackAdapterOptions } from './slack/adapter.js';
import { openStore } from '../src/store/sqlite.js';
import type { ReminderService, ReminderServiceOptions } from './reminders/service.js';

export interface AppOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * The console channel's streams (default process stdin/stdout). It opens only when no chat
   * platform is configured; `interactive` defaults to "injected, or stdin is a terminal".
   */
  readonly console?: {
    readonly input?: NodeJS.ReadableStream;
    readonly output?: NodeJS.WritableStream;
    readonly interactive?: boolean;
    /** The console input ended (Ctrl-D, `quit`). */
    readonly onClose?: () => void;
  };
  /** Slack adapter tuning (tests shorten Bolt's unhandled-request wait). */
  readonly slack?: SlackAdapterOptions;
  /** Reminder scheduler tuning (tests: no cron, fake timers). */
  readonly reminders?: ReminderServiceOptions;
}

export interface App {
  readonly deps: AppDeps;
  readonly adapters: readonly PlatformAdapter[];
  /** Subscriptions, the reminder scheduler and the calendar feed. */
  readonly reminders: ReminderService;
  /** The dataset in force (version, load time) and its live reload. */
  readonly data: CatalogHolder;
  /** Load SG17_DATA_DIR again (SIGHUP): swap if valid and changed, then post change notices. Never throws. */
  reload(reason?: string): Promise<ReloadOutcome>;
  /** Starts HTTP and the platform connections; resolves to the base URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

export async function createApp(config: Config, options: AppOptions): Promise<App> {
  // The catalog in force, swapped by a reload; the scheduler then follows it (late-bound: built below).
  let afterSwap: () => Promise<unknown> = async () => undefined;
  const data = createCatalogHolder({
    dir: config.SG17_DATA_DIR,
    clock: options.clock,
    logger: options.logger,
    debounceMs: config.SG17_DATA_DEBOUNCE_MS,
    onSwap: () => afterSwap(),
  });
  const currentCatalog = data.current;
  // Subscriptions and the reminder ledger: one SQLite file, created and migrated here.
  const store = openStore(config.SG17_DB);
  const dispatch = createDispatcher({
    catalog: currentCatalog,
    clock: options.clock,
    logger: options.logger,
    subscriptions: store.subscriptions,
    publicUrl: config.SG17_PUBLIC_URL,
  });
  const deps: AppDeps = { config, clock: options.clock, logger: options.logger, catalog: currentCatalog, subscriptions: store.subscriptions, dispatch };

  const adapters: PlatformAdapter[] = [];
  if (slackEnabled(config)) {
    adapters.push((await import('./slack/adapter.js')).createSlackAdapter(deps, options.slack));
  }
  if (discordEnabled(config)) {
    adapters.push((await import('./discord/adapter.js')).createDiscordAdapter(deps));
  }

  if (adapters.length === 0) {
    // No chat platform configured: the terminal is the channel (Hubot's shell adapter).
    const { createConsoleAdapter } = await import('./console/channel.js');
    const input = options.console?.input ?? process.stdin;
    const output = options.console?.output ?? process.stdout;
    const interactive = options.console?.interactive ?? (options.console?.input !== undefined || process.stdin.isTTY === true);
    adapters.push(createConsoleAdapter(deps, { input, output, interactive, onClose: options.console?.onClose }));
  }

  const healthz: HttpRoute = {
    method: 'GET',
    path: '/healthz',
    handle: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, dataset: data.info() }));
    },
  };
  const reminders = (await import('./reminders/service.js')).createReminderService(deps, store, adapters, {
    tick: config.SG17_TICK,
    ...options.reminders,
  });
  afterSwap = () => reminders.scheduler.tick();
  const server: Server = createHttpServer([healthz, ...reminders.routes, ...adapters.flatMap((a) => a.routes)], options.logger);

  return {
    deps,
    adapters,
    reminders,
    data,
    reload: (reason = 'requested') => data.reload(reason),
    async start() {
      const url = await listen(server, config.PORT, config.HOST);
      for (const adapter of adapters) await adapter.start();
      await reminders.start();
      if (config.SG17_DATA_WATCH) data.watch();
      return url;
    },
    async stop() {
      data.close();
      await reminders.stop();
      for (const adapter of [...adapters].reverse()) await adapter.stop();
      // Finish requests in flight, then drop keep-alive connections that linger past the grace period.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 3000);
      await closed;
      clearTimeout(force);
      store.close();
    },
  };
}
