/**
 * In-doubt claims: a claim whose holder stopped renewing it (the instance died, or gave it back at
 * shutdown) before recording a post. Anyone may take it over under the same key — the platform
 * sees the same idempotency key — unless the data changed under it (its RGM moved or is gone):
 * then it is settled as dropped.
 */
import type { SchedulerContext } from './context.js';
import { staleReason, type CatalogView } from './data-view.js';
import { claimEntry } from './steps.js';

/** Claim and queue the in-doubt claims this instance can post; returns how many were queued. */
export async function adoptInDoubt(ctx: SchedulerContext, view: CatalogView, nowMs: number): Promise<number> {
  const { ledger, logger, instanceId, queues } = ctx;
  let n = 0;
  for (const row of await ledger.inDoubt(nowMs)) {
    if (queues.has(row.key) || !ctx.posterFor(row.channel)) continue;
    const question = view.byId.get(row.itemId)?.rgm.question ?? null;
    const job = await claimEntry(ledger, row, instanceId, nowMs, ctx.options.claimTtlMs, null, question);
    if (!job) continue;
    const stale = staleReason(view, row.itemId, row.key);
    if (stale) {
      await ledger.markFailed(row.key, instanceId, 'dropped', `not posted: ${stale}`, ctx.clock.now());
      logger.info({ key: row.key, reason: stale }, 'in-doubt reminder dropped: the data changed');
      continue;
    }
    logger.warn({ key: row.key }, 'retrying an in-doubt reminder claimed by a stopped instance');
    queues.enqueue(job);
    n++;
  }
  return n;
}
