/**
 * One tick: record the posts the database missed, follow the data, plan the window since the
 * last tick, claim what fell due, adopt in-doubt claims, renew queued leases, then post. The
 * window's end is recorded only once it is handled: a tick the database failed is planned again.
 */
import type { Catalog } from '../../src/dataset/catalog.js';
import { preparePlan, type PreparedPlan } from '../../src/planner/plan.js';
import { admitDue } from './admit.js';
import type { SchedulerContext } from './context.js';
import { createDataFollower } from './data-changes.js';
import { viewOf, type CatalogView } from './data-view.js';
import { adoptInDoubt } from './in-doubt.js';
import { renewQueued } from './leases.js';

/** Ledger meta key of the last tick instant (what a run has already handled). */
export const LAST_TICK_KEY = 'scheduler:last_tick';

export interface TickReport {
  readonly from: string;
  readonly to: string;
  readonly due: number;
  readonly claimed: number;
  readonly dropped: number;
  /** Change notices claimed in this tick (after a new dataset was loaded). */
  readonly notices: number;
}

/** The view of the catalog in force and its prepared plan, each rebuilt only when its inputs changed. */
function planCache(ctx: SchedulerContext, catalog: () => Catalog) {
  let view: CatalogView | null = null;
  let plan: { revision: number; view: CatalogView; prepared: PreparedPlan } | null = null;
  return {
    view(): CatalogView {
      const current = catalog();
      if (!view || view.catalog !== current) view = viewOf(current);
      return view;
    },
    async prepared(v: CatalogView): Promise<PreparedPlan> {
      const revision = await ctx.subscriptions.revision();
      if (!plan || plan.revision !== revision || plan.view !== v) {
        const rgms = v.refs.map((r) => r.rgm);
        plan = { revision, view: v, prepared: preparePlan(rgms, await ctx.recipients()) };
      }
      return plan.prepared;
    },
  };
}

export function createTicker(ctx: SchedulerContext, catalog: () => Catalog): { tick(): Promise<TickReport> } {
  const cache = planCache(ctx, catalog);
  const data = createDataFollower(ctx);
  const tick = async (): Promise<TickReport> => {
    const now = ctx.clock.now();
    const nowMs = now.getTime();
    await ctx.unsettled.settle(ctx);
    const v = cache.view();
    const notices = await data.follow(v, now);
    const stored = await ctx.ledger.getMeta(LAST_TICK_KEY);
    const fromMs = Math.min(stored ? Date.parse(stored) : nowMs, nowMs);
    const due = (await cache.prepared(v)).due({ from: new Date(fromMs), to: now });
    let claimed = 0;
    let dropped = 0;
    for (const item of due) {
      const r = await admitDue(ctx, v, item, nowMs);
      if (r === 'claimed') claimed++;
      else if (r === 'dropped') dropped++;
    }
    claimed += await adoptInDoubt(ctx, v, nowMs);
    await renewQueued(ctx, nowMs);
    // Only once the window is handled: a tick the database failed is planned again by the next one.
    await ctx.ledger.setMeta(LAST_TICK_KEY, now.toISOString());
    void ctx.queues.drain();
    return { from: new Date(fromMs).toISOString(), to: now.toISOString(), due: due.length, claimed, dropped, notices };
  };
  return { tick };
}
