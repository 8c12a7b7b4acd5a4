/**
 * Reminders as a part of the service: the store's scheduler driven by the one-minute cron tick,
 * the console channel's default subscription, and the calendar route. Built by the composition
 * root (adapters/app.ts) from the adapters' Posters.
 */
import type { AppDeps, HttpRoute, PlatformAdapter } from '../platform.js';
import type { Platform } from '../../src/channel.js';
import type { Poster } from '../../src/ports.js';
import type { SqliteStore } from '../../src/store/sqlite.js';
import { DEFAULT_AT, DEFAULT_LEADS, DEFAULT_TIME_ZONE } from '../../src/store/port.js';
import { createScheduler, type Scheduler, type SchedulerDeps } from './scheduler.js';
import { startTicker, EVERY_MINUTE, type Ticker } from '../cron/tick.js';
import { calendarRoute } from '../calendar/route.js';

export const CONSOLE_CHANNEL = 'console:local';

export interface ReminderService {
  readonly scheduler: Scheduler;
  readonly routes: readonly HttpRoute[];
  /** Console default subscription, catch-up tick, then the cron tick. */
  start(): Promise<void>;
  stop(): Promise<void>;
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
  store: SqliteStore,
  adapters: readonly PlatformAdapter[],
  options: ReminderServiceOptions = {},
): ReminderService {
  const posters = new Map<Platform, Poster>(adapters.map((a) => [a.platform, a.poster]));
  const scheduler = createScheduler({
    clock: deps.clock,
    logger: deps.logger,
    catalog: deps.catalog,
    subscriptions: store.subscriptions,
    ledger: store.ledger,
    posters,
    publicUrl: deps.config.SG17_PUBLIC_URL,
    ...options.scheduler,
  });
  let ticker: Ticker | undefined;
  return {
    scheduler,
    routes: [calendarRoute({ catalog: deps.catalog, clock: deps.clock, versions: store.calendarVersions })],
    async start() {
      if (posters.has('console')) {
        // The console channel follows all Questions unless its owner ever changed that.
        const created = store.subscriptions.ensureDefault(
          CONSOLE_CHANNEL,
          { questions: 'all', leads: DEFAULT_LEADS, at: DEFAULT_AT, timeZone: DEFAULT_TIME_ZONE },
          deps.clock.now(),
        );
        if (created) deps.logger.info({ channel: CONSOLE_CHANNEL }, 'console channel subscribed to all Questions (default)');
      }
      const report = await scheduler.tick();
      deps.logger.info(report, 'reminder scheduler started (catch-up tick)');
      if (options.cron !== false) ticker = startTicker(() => scheduler.tick(), deps.logger, options.tick ?? EVERY_MINUTE);
    },
    async stop() {
      ticker?.stop();
      await scheduler.stop();
    },
  };
}
