/**
 * Reminders as a part of the service: the store's scheduler driven by the one-minute cron tick,
 * the console channel's default subscription, and the calendar route. Built by the composition
 * root (adapters/app.ts) from the adapters' Posters.
 */
import type { AppDeps, HttpRoute, PlatformAdapter } from '../platform.js';
import type { Platform } from '../../src/channel.js';
import type { Poster } from '../../src/ports.js';
import { StoreUnavailable, type Store } from '../../src/store/port.js';
import { CONSOLE_CHANNEL, CONSOLE_DEFAULT } from '../console/address.js';
import { LAST_TICK_KEY, createScheduler, type Scheduler, type SchedulerDeps } from './scheduler.js';
import { startTicker, EVERY_MINUTE, type Ticker } from '../cron/tick.js';
import { calendarRoute } from '../calendar/route.js';

export interface ReminderService {
  readonly scheduler: Scheduler;
  readonly routes: readonly HttpRoute[];
  /** Console default subscription, catch-up tick, then the cron tick. */
  start(): Promise<void>;
  /** Whether the scheduler is still waiting for the database's first answer (it was down at start). */
  waitingForStore(): boolean;
  /** No more ticks; posts being sent may finish for `graceMs`; claims not yet posted are released for the next run. */
  stop(graceMs?: number): Promise<void>;
}

export interface ReminderServiceOptions {
  /** Cron expression of the tick (default every minute; SG17_TICK). */
  readonly tick?: string;
  /** False: no cron; the caller ticks (tests). */
  readonly cron?: boolean;
  readonly scheduler?: Pick<SchedulerDeps, 'timers' | 'options' | 'instanceId'>;
}

export function createReminderService(
  deps: AppDeps,
  store: Store,
  adapters: readonly PlatformAdapter[],
  options: ReminderServiceOptions = {},
): ReminderService {
  const posters = new Map<Platform, Poster>(adapters.map((a) => [a.platform, a.poster]));
  const scheduler = schedulerFor(deps, store, posters, options);
  const firstRun = () => runFirst(deps, store, posters.has('console'), scheduler);
  let ticker: Ticker | undefined;
  let pendingFirstRun = false;

  /** The cron tick: the first run until it has succeeded once (the database came up), then plain ticks. */
  async function tick(): Promise<unknown> {
    if (!pendingFirstRun) return scheduler.tick();
    await firstRun();
    pendingFirstRun = false;
    deps.logger.info({ store: store.name }, 'the database is reachable: reminder scheduler running');
    return undefined;
  }

  return {
    scheduler,
    routes: [calendarRoute({ catalog: deps.catalog, clock: deps.clock, versions: store.calendarVersions })],
    async start() {
      pendingFirstRun = !(await firstRunOrWait(deps, store, firstRun));
      if (options.cron !== false) ticker = startTicker(tick, deps.logger, options.tick ?? EVERY_MINUTE);
    },
    waitingForStore: () => pendingFirstRun,
    async stop(graceMs = 10_000) {
      ticker?.stop();
      await stopScheduler(deps, scheduler, graceMs);
    },
  };
}

/** The store's scheduler over the adapters' posters, its claim lease from the configuration. */
function schedulerFor(deps: AppDeps, store: Store, posters: ReadonlyMap<Platform, Poster>, options: ReminderServiceOptions): Scheduler {
  return createScheduler({
    clock: deps.clock,
    logger: deps.logger,
    catalog: deps.catalog,
    subscriptions: store.subscriptions,
    follows: store.follows,
    ledger: store.ledger,
    posters,
    publicUrl: deps.config.SG17_PUBLIC_URL,
    ...options.scheduler,
    options: { claimTtlMs: deps.config.SG17_CLAIM_LEASE_MS, ...options.scheduler?.options },
  });
}

/** The console's default subscription, the demo-clock warning, and the catch-up tick. */
async function runFirst(deps: AppDeps, store: Store, hasConsole: boolean, scheduler: Scheduler): Promise<void> {
  if (hasConsole) {
    // The console channel follows all Questions unless its owner ever changed that.
    const created = await store.subscriptions.ensureDefault(CONSOLE_CHANNEL, CONSOLE_DEFAULT, deps.clock.now());
    if (created) deps.logger.info({ channel: CONSOLE_CHANNEL }, 'console channel subscribed to all Questions (default)');
  }
  await warnIfRunLater(deps, store);
  const report = await scheduler.tick();
  deps.logger.info({ ...report, instanceId: scheduler.instanceId }, 'reminder scheduler started (catch-up tick)');
}

/**
 * A demo clock (SG17_NOW) behind a database that already ran later: what fell due in between was
 * handled (posted or dropped) then and will not be posted again — say so.
 */
async function warnIfRunLater(deps: AppDeps, store: Store): Promise<void> {
  const lastRun = await store.ledger.getMeta(LAST_TICK_KEY);
  if (!lastRun || Date.parse(lastRun) <= deps.clock.now().getTime()) return;
  deps.logger.warn(
    { lastRun, now: deps.clock.now().toISOString(), db: store.name },
    `this database already ran the scheduler up to ${lastRun}: reminders due before then were handled on that run and are not posted again; use a fresh SG17_DB for demos`,
  );
}

/** The first run now; false when the database is not up yet (the cron tick retries it until it is). */
async function firstRunOrWait(deps: AppDeps, store: Store, firstRun: () => Promise<void>): Promise<boolean> {
  try {
    await firstRun();
    return true;
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    // The service answers questions meanwhile, and catches up on what fell due once the database appears.
    deps.logger.warn({ store: store.name, err: error }, 'reminder scheduler waiting for the database');
    return false;
  }
}

/** Posts in flight may finish for `graceMs`; then the claims of queued posts are given back for the next run. */
async function stopScheduler(deps: AppDeps, scheduler: Scheduler, graceMs: number): Promise<void> {
  const finished = scheduler.stop().then(
    () => true,
    () => true,
  );
  const inTime = await Promise.race([finished, new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref())]);
  if (!inTime)
    deps.logger.warn({ graceMs }, 'a reminder post was still in flight at shutdown: it stays claimed and is retried (same key) after the claim expires');
  const released = await scheduler.releaseUnposted();
  if (released > 0) deps.logger.info({ released }, 'released reminder claims not yet posted: the next run posts them');
}
