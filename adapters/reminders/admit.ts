/**
 * Plan → claim for one due reminder or digest: the plan step (./steps.ts planItem) says post or
 * drop; a drop is settled in the ledger (with a warning the first time, for what the downtime
 * cost), a post is claimed and queued.
 */
import type { DueItem } from '../../src/planner/plan.js';
import type { SchedulerContext } from './context.js';
import type { CatalogView } from './data-view.js';
import { claimEntry, planItem, type Decision } from './steps.js';

export type Admission = 'claimed' | 'dropped' | 'skipped';

/** Plan, then claim one due item at `nowMs`; returns what happened for the tick's report. */
export async function admitDue(ctx: SchedulerContext, view: CatalogView, item: DueItem, nowMs: number): Promise<Admission> {
  if (ctx.queues.has(item.key)) return 'skipped';
  if (!ctx.posterFor(item.channel)) {
    ctx.logger.debug({ key: item.key }, 'reminder skipped: no poster for this platform in this instance');
    return 'skipped';
  }
  const decision = planItem(item, nowMs, ctx.options, (late) => ctx.message(view, item, late));
  if (decision.action === 'drop') {
    await settleDrop(ctx, item, decision);
    return 'dropped';
  }
  const job = await claimEntry(ctx.ledger, decision.entry, ctx.instanceId, nowMs, ctx.options.claimTtlMs, item);
  if (!job) return 'skipped';
  ctx.queues.enqueue(job);
  return 'claimed';
}

/** A dropped item is recorded; one the downtime cost is warned about once (the first instance to record it). */
async function settleDrop(ctx: SchedulerContext, item: DueItem, decision: Extract<Decision, { action: 'drop' }>): Promise<void> {
  const { ledger, clock } = ctx;
  if (!decision.warn) return ledger.settle(decision.entry, 'dropped', decision.note, clock.now());
  if (await ledger.get(item.key)) return;
  await ledger.settle(decision.entry, 'dropped', decision.note, clock.now());
  ctx.logger.warn(
    { key: item.key, dueAt: item.dueAt },
    item.kind === 'digest'
      ? 'digest dropped: it fell due while the bot was down and is stale'
      : 'reminder dropped: it fell due while the bot was down and the meeting has begun',
  );
}
