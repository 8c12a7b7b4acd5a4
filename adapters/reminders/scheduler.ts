/**
 * The reminder scheduler: each tick asks the pure planner what fell due since the last tick,
 * claims each item in the ledger (a lease: two instances never both own one), and posts through
 * the platform's Poster from a per-channel queue (about one message a second per channel).
 * 429/5xx/network errors are retried with backoff, honouring Retry-After, and never dropped; a
 * gone channel disables its subscription. Time comes only from the injected clock; waits use
 * injectable timers so tests drive them.
 *
 * This file only strings the named steps together, each its own unit reached through the store's ports:
 *   follow the data    ./data-changes.ts  (a reload: cancel what moved, claim change notices)
 *   plan → claim       ./admit.ts         (./steps.ts planItem, claimEntry)
 *   in-doubt claims    ./in-doubt.ts      (a dead instance's claims, taken over under the same key)
 *   leases             ./leases.ts        (renewed while queued, given back at shutdown)
 *   queue → post → settle  ./queues.ts, ./post.ts (order, waits, retries; sent / retry / gone)
 *   still owed?        ./still-owed.ts    (before each attempt: the recipient still follows it)
 */
import type { TickReport } from './tick.js';
import { schedulerContext, type SchedulerDeps } from './context.js';
import { releaseUnposted } from './leases.js';
import { queueWork } from './post.js';
import { createTicker } from './tick.js';

export { DEFAULT_SCHEDULER_OPTIONS, type SchedulerDeps, type SchedulerOptions } from './context.js';
export { ANNOUNCED_DATASET } from './data-changes.js';
export { realTimers, type Timers } from './queues.js';
export { LAST_TICK_KEY, type TickReport } from './tick.js';

export interface Scheduler {
  readonly instanceId: string;
  /** Plan (lastTick, now], claim what is due, queue it. The first call catches up on downtime. */
  tick(): Promise<TickReport>;
  /** Post everything whose wait is over now; resolves when every channel is idle or waiting. */
  drain(): Promise<void>;
  /** Jobs queued or waiting for a retry. */
  pending(): number;
  /** No new posts; resolves when the posts in flight have finished. */
  stop(): Promise<void>;
  /** After stop: give back the claims of queued jobs not being posted, so the next run posts them at once. */
  releaseUnposted(): Promise<number>;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const ctx = schedulerContext(deps, queueWork);
  const ticker = createTicker(ctx, deps.catalog);
  let ticking: Promise<unknown> = Promise.resolve();
  return {
    instanceId: ctx.instanceId,
    tick() {
      // One tick at a time (the cron tick and a data reload may ask at once): each sees the last one's claims.
      const next = ticking.then(ticker.tick, ticker.tick);
      ticking = next.catch(() => undefined);
      return next;
    },
    drain: () => ctx.queues.drain(),
    pending: () => ctx.queues.pending(),
    stop: () => ctx.queues.stop(),
    releaseUnposted: () => releaseUnposted(ctx),
  };
}
