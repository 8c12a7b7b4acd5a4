/**
 * What every step of the scheduler reaches: the clock, the logger, the store's ports, this
 * instance's id and options, the channel queues and the posts waiting to be recorded. Built once
 * per scheduler from its deps (./scheduler.ts); the units (./admit.ts, ./post.ts, ./in-doubt.ts,
 * ./leases.ts, ./data-changes.ts) take it as their first argument, so each can be tested alone.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../src/clock.js';
import type { Catalog } from '../../src/dataset/catalog.js';
import type { Answer } from '../../src/engine/answer.js';
import { splitChannel, type ChannelAddress, type Platform } from '../../src/channel.js';
import type { Logger, Poster } from '../../src/ports.js';
import type { DueItem } from '../../src/planner/plan.js';
import { followAsSubscription, type FollowStore, type ReminderLedger, type Subscription, type SubscriptionStore } from '../../src/store/port.js';
import { messageFor, type CatalogView } from './data-view.js';
import { ChannelQueues, type QueueWork, type Timers } from './queues.js';
import { UnsettledPosts } from './post.js';

export interface SchedulerOptions {
  /** A claim not renewed for this long is in doubt and may be retried by anyone (same key). */
  readonly claimTtlMs: number;
  /** Minimum gap between two posts in one channel. */
  readonly perChannelIntervalMs: number;
  /** Posted this long after its due time → marked late. */
  readonly lateAfterMs: number;
  readonly maxBackoffMs: number;
  /** A weekly digest missed by more than this is dropped rather than posted late. */
  readonly digestStaleAfterMs: number;
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  claimTtlMs: 10 * 60_000,
  perChannelIntervalMs: 1_000,
  lateAfterMs: 2 * 60_000,
  maxBackoffMs: 5 * 60_000,
  digestStaleAfterMs: 12 * 3600_000,
};

export interface SchedulerDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  /** The catalog now in force. */
  readonly catalog: () => Catalog;
  readonly subscriptions: SubscriptionStore;
  /** People's follows: one more kind of recipient ("<platform>:user:<id>"), posted by direct message. */
  readonly follows?: FollowStore;
  readonly ledger: ReminderLedger;
  readonly posters: ReadonlyMap<Platform, Poster>;
  readonly publicUrl?: string;
  /** Who claims in the ledger; unique per process. */
  readonly instanceId?: string;
  readonly timers?: Timers;
  readonly options?: Partial<SchedulerOptions>;
}

export interface SchedulerContext {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly ledger: ReminderLedger;
  readonly subscriptions: SubscriptionStore;
  readonly follows?: FollowStore;
  readonly publicUrl?: string;
  readonly instanceId: string;
  readonly options: SchedulerOptions;
  readonly queues: ChannelQueues;
  readonly unsettled: UnsettledPosts;
  posterFor(channel: ChannelAddress): Poster | undefined;
  /** Channels' subscriptions and people's follows alike: the planner treats both as recipients. */
  recipients(): Promise<Subscription[]>;
  /** The reminder's or digest's message in this data (null: a digest with nothing to list). */
  message(view: CatalogView, item: DueItem, late: boolean): Answer | null;
}

/** The context of one scheduler; `work` is what its queues do when a job's turn comes. */
export function schedulerContext(deps: SchedulerDeps, work: (ctx: SchedulerContext) => QueueWork): SchedulerContext {
  const { clock, logger, ledger, subscriptions, follows, publicUrl } = deps;
  let queueWork: QueueWork | undefined;
  const w = () => (queueWork ??= work(ctx));
  const ctx: SchedulerContext = {
    clock,
    logger,
    ledger,
    subscriptions,
    follows,
    publicUrl,
    instanceId: deps.instanceId ?? `sched-${randomUUID()}`,
    options: { ...DEFAULT_SCHEDULER_OPTIONS, ...deps.options },
    queues: new ChannelQueues(clock, deps.timers, {
      attempt: (q, job) => w().attempt(q, job),
      cancelled: (job) => w().cancelled(job),
      recheck: (channel, job) => w().recheck(channel, job),
    }),
    unsettled: new UnsettledPosts(),
    posterFor: (channel) => deps.posters.get(splitChannel(channel).platform),
    recipients: async () => [...(await subscriptions.listActive()), ...(follows ? (await follows.listActive()).map(followAsSubscription) : [])],
    message: (view, item, late) => messageFor(view, item, late, publicUrl),
  };
  return ctx;
}
