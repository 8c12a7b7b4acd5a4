/**
 * The composition root: builds the whole service from a Config and injected parts.
 * No globals, no config read at import time — tests build as many apps as they like.
 * Platform SDKs are imported lazily (adapters/platforms.ts) so the CLI's query path never loads them.
 *
 * Start-up never waits on a chat platform: HTTP and the reminder scheduler are up first, and each
 * platform connects under a supervisor (adapters/connection.ts) that retries transient failures
 * in the background. GET /healthz is liveness; GET /readyz says whether every configured platform
 * is connected and the store is open.
 */
import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { AppDeps, HttpRoute, PlatformAdapter } from './platform.js';
import { createHttpServer, listen } from './http/server.js';
import type { Clock } from '../src/clock.js';
import type { Logger } from '../src/ports.js';
import { createCatalogHolder, type CatalogHolder, type ReloadOutcome } from './data/holder.js';
import { createDispatcher } from '../src/dispatch/dispatch.js';
import type { SlackAdapterOptions } from './slack/adapter.js';
import { openAnyStore } from '../src/store/open.js';
import { SchemaTooNew } from '../src/store/port.js';
import type { ReminderService, ReminderServiceOptions } from './reminders/service.js';
import { enabledPlatforms } from './platforms.js';
import { createSupervisor, type LinkStatus, type Supervisor } from './connection.js';

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
  /** Other platforms' tuning, by platform name. */
  readonly platforms?: Readonly<Record<string, unknown>>;
  /** Reminder scheduler tuning (tests: no cron, fake timers). */
  readonly reminders?: ReminderServiceOptions;
  /**
   * A platform refused its credentials (a token refused, gateway close 4004/4014): `message` names
   * the variable. The service must stop and exit 1. Default: logged.
   */
  readonly onFatal?: (message: string) => void;
}

export interface ReadinessReport {
  readonly ready: boolean;
  /** `up` false: the database did not answer (PostgreSQL down or unreachable); `name` says which, without its password. */
  readonly store: { readonly open: boolean; readonly kind: string; readonly name: string; readonly up: boolean; readonly error: string | null };
  readonly platforms: Readonly<Record<string, LinkStatus>>;
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
  /**
   * Starts HTTP, the scheduler and the platform connections; resolves to the base URL.
   * `waitForPlatforms` (default true, for tests): also wait until each platform's first attempt
   * has settled (bounded by SG17_CONNECT_TIMEOUT_MS), and reject when one was refused for good.
   * The service passes false: it is up before any platform connection completes.
   */
  start(options?: { readonly waitForPlatforms?: boolean }): Promise<string>;
  readiness(): ReadinessReport;
  /** Stop taking new work, let requests and posts in flight finish (at most `graceMs`), release unposted claims, close the store. */
  stop(graceMs?: number): Promise<void>;
}

/** The most a graceful stop waits for requests and posts in flight. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** /readyz waits at most this long for the database's answer. */
const STORE_PROBE_MS = 2_000;

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, Math.max(0, ms)).unref();
  });

export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const { logger } = options;
  // The catalog in force, swapped by a reload; the scheduler then follows it (late-bound: built below).
  let afterSwap: () => Promise<unknown> = async () => undefined;
  const data = createCatalogHolder({
    dir: config.SG17_DATA_DIR,
    clock: options.clock,
    logger,
    debounceMs: config.SG17_DATA_DEBOUNCE_MS,
    onSwap: () => afterSwap(),
  });
  const currentCatalog = data.current;
  // Subscriptions, the reminder ledger and calendar sequences: a SQLite file (created and migrated
  // here) or a PostgreSQL database (migrated on first use; down at start → degraded, not stopped).
  const store = openAnyStore(config.SG17_DB, {
    poolSize: config.SG17_DB_POOL_SIZE,
    connectTimeoutMs: config.SG17_DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.SG17_DB_STATEMENT_TIMEOUT_MS,
  });
  let storeOpen = true;
  let storeError: string | null = null;
  /** Ask the database (bounded): /readyz reports what it last answered. */
  const probeStore = async (): Promise<void> => {
    try {
      await Promise.race([store.ping(), sleep(STORE_PROBE_MS).then(() => Promise.reject(new Error(`no answer within ${STORE_PROBE_MS} ms`)))]);
      storeError = null;
    } catch (error) {
      // A schema newer than this code: stop at start (below) rather than misread the data.
      if (error instanceof SchemaTooNew) throw error;
      storeError = (error as Error).message;
    }
  };
  await probeStore().catch(async (error: unknown) => {
    await store.close().catch(() => undefined);
    throw error;
  });
  if (storeError && store.kind !== 'postgres') throw new Error(storeError);
  if (storeError)
    logger.warn({ store: store.name, error: storeError }, 'the database is unreachable: questions are answered; subscriptions and reminders wait for it');
  const dispatch = createDispatcher({
    catalog: currentCatalog,
    clock: options.clock,
    logger,
    subscriptions: store.subscriptions,
    follows: store.follows,
    publicUrl: config.SG17_PUBLIC_URL,
  });
  const deps: AppDeps = { config, clock: options.clock, logger, catalog: currentCatalog, subscriptions: store.subscriptions, dispatch };

  let fatalMessage: string | undefined;
  const onFatal = (message: string): void => {
    if (fatalMessage) return;
    fatalMessage = message;
    if (options.onFatal) options.onFatal(message);
    else logger.error({ fatal: true }, message);
  };

  const adapters: PlatformAdapter[] = [];
  const supervisors = new Map<PlatformAdapter, Supervisor>();
  const startedAt = options.clock.now().toISOString();
  for (const platform of enabledPlatforms(config)) {
    const supervisor = createSupervisor({
      platform: platform.name,
      logger,
      retry: { minMs: config.SG17_RETRY_MIN_MS, maxMs: config.SG17_RETRY_MAX_MS, connectTimeoutMs: config.SG17_CONNECT_TIMEOUT_MS },
      onFatal,
    });
    const tuning = options.platforms?.[platform.name] ?? (platform.name === 'slack' ? options.slack : undefined);
    const adapter = await platform.create(deps, { events: supervisor.events, tuning });
    adapters.push(adapter);
    if (adapter.connection) supervisors.set(adapter, supervisor);
  }

  // Adapters whose Poster reaches a real channel (a console without a terminal has none).
  const posting = [...adapters];
  if (adapters.length === 0) {
    // No chat platform configured: the terminal is the channel (Hubot's shell adapter).
    const { createConsoleAdapter } = await import('./console/channel.js');
    const input = options.console?.input ?? process.stdin;
    const output = options.console?.output ?? process.stdout;
    const interactive = options.console?.interactive ?? (options.console?.input !== undefined || process.stdin.isTTY === true);
    const consoleAdapter = createConsoleAdapter(deps, { input, output, interactive, onClose: options.console?.onClose });
    adapters.push(consoleAdapter);
    if (interactive) posting.push(consoleAdapter);
  }

  const readiness = (): ReadinessReport => {
    const platforms: Record<string, LinkStatus> = {};
    for (const adapter of adapters) {
      if (adapter.platform === 'console') continue;
      platforms[adapter.platform] = supervisors.get(adapter)?.status() ?? { state: 'ready', since: startedAt, lastError: null, attempts: 0 };
    }
    const ready = storeOpen && storeError === null && Object.values(platforms).every((p) => p.state === 'ready');
    return { ready, store: { open: storeOpen, kind: store.kind, name: store.name, up: storeError === null, error: storeError }, platforms };
  };

  const healthz: HttpRoute = {
    method: 'GET',
    path: '/healthz',
    handle: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, dataset: data.info() }));
    },
  };
  const readyz: HttpRoute = {
    method: 'GET',
    path: '/readyz',
    handle: async (_req, res) => {
      if (storeOpen) await probeStore();
      const report = readiness();
      // How many people follow Questions by direct message: a count only, never who or what.
      // Unknown (null) while the database does not answer: readiness must not wait on it twice.
      const followers = storeOpen && storeError === null ? await store.follows.count().catch(() => null) : null;
      res
        .writeHead(report.ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify({ ...report, followers }));
    },
  };
  const reminders = (await import('./reminders/service.js')).createReminderService(deps, store, posting, {
    tick: config.SG17_TICK,
    ...options.reminders,
  });
  afterSwap = () => reminders.scheduler.tick();
  const server: Server = createHttpServer([healthz, readyz, ...reminders.routes, ...adapters.flatMap((a) => a.routes)], logger);

  let stopping: Promise<void> | undefined;
  return {
    deps,
    adapters,
    reminders,
    readiness,
    data,
    reload: (reason = 'requested') => data.reload(reason),
    async start(startOptions = {}) {
      const url = await listen(server, config.PORT, config.HOST);
      // Only channels that exist: a console without a terminal is no channel (it only prints how to configure one).
      logger.info({ url, platforms: posting.map((a) => a.platform) }, `sg17 listening on ${url}`);
      for (const adapter of adapters) if (!supervisors.has(adapter)) await adapter.start();
      await reminders.start();
      if (config.SG17_DATA_WATCH) data.watch();
      const first = [...supervisors].map(([adapter, supervisor]) => supervisor.start(adapter.connection!));
      if (startOptions.waitForPlatforms !== false) {
        await Promise.all(first);
        if (fatalMessage) throw new Error(fatalMessage);
      }
      return url;
    },
    stop(graceMs = SHUTDOWN_GRACE_MS) {
      stopping ??= (async () => {
        const deadline = Date.now() + graceMs;
        data.close();
        // No new connections; requests in flight and posts being sent may finish until the deadline.
        const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.all([reminders.stop(Math.max(0, deadline - Date.now())), Promise.race([httpClosed, sleep(deadline - Date.now())])]);
        server.closeAllConnections();
        const teardown = (async () => {
          for (const supervisor of supervisors.values())
            await supervisor.stop().catch((error: unknown) => logger.warn({ err: error }, 'platform disconnect failed'));
          for (const adapter of [...adapters].reverse())
            await adapter.stop().catch((error: unknown) => logger.warn({ err: error, platform: adapter.platform }, 'adapter stop failed'));
        })();
        // Closing the platform connections gets what is left of the grace period (at least a second).
        await Promise.race([teardown, sleep(Math.max(1_000, deadline - Date.now()))]);
        storeOpen = false;
        await store.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the database failed'));
      })();
      return stopping;
    },
  };
}
