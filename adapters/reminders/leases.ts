/**
 * The leases of queued jobs: renewed each tick while they wait (a long queue outlasts one lease),
 * given back at shutdown so the next run posts them at once. A job whose post may be in flight
 * (the head of a running queue) keeps its claim: it may have been posted.
 */
import type { SchedulerContext } from './context.js';

/** Renew the leases of the jobs waiting here; forget those another instance took over. */
export async function renewQueued(ctx: SchedulerContext, nowMs: number): Promise<void> {
  const { ledger, queues, instanceId } = ctx;
  for (const q of queues.all()) {
    for (const job of queues.waiting(q)) {
      if (await ledger.renew(job.key, instanceId, Math.max(nowMs, job.notBefore) + ctx.options.claimTtlMs)) continue;
      // Posted meanwhile, or now in flight: it stays.
      if (!queues.remove(q, job)) continue;
      ctx.logger.warn({ key: job.key }, 'queued reminder dropped here: its claim passed to another instance');
    }
  }
}

/** After stop: give back the claims of queued jobs not being posted; returns how many. */
export async function releaseUnposted(ctx: SchedulerContext): Promise<number> {
  const { ledger, queues, instanceId } = ctx;
  let n = 0;
  await ctx.unsettled.settle(ctx).catch(() => false);
  for (const q of queues.all()) {
    for (const job of queues.waiting(q)) {
      if (await ledger.release(job.key, instanceId).catch(() => false)) n++;
      queues.forget(job.key);
    }
  }
  return n;
}
