/**
 * The reminder scheduler: each tick asks the pure planner what fell due since the last tick,
 * claims each item in the ledger (a transaction: two instances never both own one), and posts
 * through the platform's Poster from a per-channel queue (about one message a second per
 * channel). 429/5xx/network errors are retried with backoff, honouring Retry-After, and never
 * dropped; a gone channel disables its subscription. Time comes only from the injected clock;
 * waits use injectable timers so tests drive them.
 *
 * It follows the catalog in force: each tick reads it, and when it is a new one (a reload) the
 * plan is rebuilt from its RGMs, queued reminders of RGMs that moved or are no longer listed are
 * cancelled, and the dataset is compared with the one last announced (kept in the ledger's meta
 * table): each channel whose Questions changed gets one change notice, claimed in the ledger
 * under channel + both dataset versions + since when the older one was announced, and posted
 * through the same queues and retries — so a
 * restart or a second load of the same data never repeats it.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../src/clock.js';
import { meetingLabel, type Catalog } from '../../src/dataset/catalog.js';
import { datasetVersion, diffDatasets, type DatasetDiff } from '../../src/dataset/diff.js';
import { Meeting } from '../../src/dataset/schema.js';
import { planChangeNotices, type ChangeNotice } from '../../src/planner/changes.js';
import { rgmStartDate } from '../../src/planner/time.js';
import type { Answer } from '../../src/engine/answer.js';
import { isPerson, splitChannel, type ChannelAddress, type Platform } from '../../src/channel.js';
import type { Logger, Poster } from '../../src/ports.js';
import {
  followAsSubscription,
  type FollowStore,
  type LedgerEntry,
  type ReminderLedger,
  type Subscription,
  type SubscriptionStore,
} from '../../src/store/port.js';
import { preparePlan, type DueItem, type PreparedPlan } from '../../src/planner/plan.js';
import { allRgms, digestAnswer, reminderAnswer, type RgmRef } from '../../src/planner/message.js';
import { backoff, claimEntry, planItem, postJob, settleSent, type Job } from './steps.js';

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
};

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

export interface TickReport {
  readonly from: string;
  readonly to: string;
  readonly due: number;
  readonly claimed: number;
  readonly dropped: number;
  /** Change notices claimed in this tick (after a new dataset was loaded). */
  readonly notices: number;
}

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

/** What the scheduler derives from one catalog. */
interface DataView {
  readonly catalog: Catalog;
  readonly refs: RgmRef[];
  readonly byId: Map<string, RgmRef>;
}

interface ChannelQueue {
  jobs: Job[];
  nextPostAt: number;
  running: Promise<void> | null;
  timer: unknown;
}

const LAST_TICK = 'scheduler:last_tick';
/** Ledger meta key of the last tick instant (what a run has already handled). */
export const LAST_TICK_KEY = LAST_TICK;
/** The dataset the channels were last told about: `{ version, meetings }` as JSON. */
export const ANNOUNCED_DATASET = 'dataset:announced';

/** Why a reminder planned for `key` no longer stands in this data, or null when it does. */
function staleReason(view: DataView, itemId: string, key: string): string | null {
  if (itemId.startsWith('digest:') || itemId.startsWith('changes:')) return null;
  const ref = view.byId.get(itemId);
  if (!ref) return 'the RGM is no longer listed';
  // Reminder keys are channel|rgm|start date|lead: another start date means the RGM moved.
  const start = key.split('|')[2];
  return start !== undefined && start !== rgmStartDate(ref.rgm) ? 'the RGM moved' : null;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const options = { ...DEFAULT_SCHEDULER_OPTIONS, ...deps.options };
  const timers = deps.timers ?? realTimers;
  const instanceId = deps.instanceId ?? `sched-${randomUUID()}`;
  const { clock, logger, ledger, subscriptions } = deps;
  const queues = new Map<ChannelAddress, ChannelQueue>();
  const active = new Set<string>();
  let view: DataView | null = null;
  let plan: { revision: number; view: DataView; prepared: PreparedPlan } | null = null;
  /** The catalog whose changes were last looked for. */
  let followed: Catalog | null = null;
  let stopped = false;
  let ticking: Promise<unknown> = Promise.resolve();

  /** The view of the catalog now in force, rebuilt when a reload swapped it. */
  const current = (): DataView => {
    const catalog = deps.catalog();
    if (!view || view.catalog !== catalog) {
      const refs = allRgms(catalog.meetings);
      view = { catalog, refs, byId: new Map(refs.map((r) => [r.rgm.id, r])) };
    }
    return view;
  };

  /** Channels' subscriptions and people's follows alike: the planner treats both as recipients. */
  const recipients = async (): Promise<Subscription[]> => [
    ...(await subscriptions.listActive()),
    ...(deps.follows ? (await deps.follows.listActive()).map(followAsSubscription) : []),
  ];

  const prepared = async (v: DataView): Promise<PreparedPlan> => {
    const revision = await subscriptions.revision();
    if (!plan || plan.revision !== revision || plan.view !== v) {
      plan = {
        revision,
        view: v,
        prepared: preparePlan(
          v.refs.map((r) => r.rgm),
          await recipients(),
        ),
      };
    }
    return plan.prepared;
  };
  /** Posts that went out but whose "sent" the database did not take (it was down): recorded on the next tick. */
  const unsettled = new Map<string, { messageId: string | null; at: Date }>();

  const posterFor = (channel: ChannelAddress): Poster | undefined => deps.posters.get(splitChannel(channel).platform);

  function message(v: DataView, item: DueItem, late: boolean): Answer | null {
    if (item.kind === 'digest') return digestAnswer(item, v.refs, { publicUrl: deps.publicUrl, late });
    const ref = v.byId.get(item.rgmId)!;
    return reminderAnswer(item, ref, { publicUrl: deps.publicUrl, late });
  }

  function enqueue(job: Job): void {
    active.add(job.key);
    let q = queues.get(job.channel);
    if (!q) {
      q = { jobs: [], nextPostAt: 0, running: null, timer: null };
      queues.set(job.channel, q);
    }
    q.jobs.push(job);
  }

  /** Plan, then claim one due item at `nowMs`; returns what happened for the report. */
  async function admit(v: DataView, item: DueItem, nowMs: number): Promise<'claimed' | 'dropped' | 'skipped'> {
    if (active.has(item.key)) return 'skipped';
    if (!posterFor(item.channel)) {
      logger.debug({ key: item.key }, 'reminder skipped: no poster for this platform in this instance');
      return 'skipped';
    }
    const decision = planItem(item, nowMs, options, (late) => message(v, item, late));
    if (decision.action === 'drop') {
      if (!decision.warn) await ledger.settle(decision.entry, 'dropped', decision.note, clock.now());
      else if (!(await ledger.get(item.key))) {
        await ledger.settle(decision.entry, 'dropped', decision.note, clock.now());
        logger.warn(
          { key: item.key, dueAt: item.dueAt },
          item.kind === 'digest'
            ? 'digest dropped: it fell due while the bot was down and is stale'
            : 'reminder dropped: it fell due while the bot was down and the meeting has begun',
        );
      }
      return 'dropped';
    }
    const job = await claimEntry(ledger, decision.entry, instanceId, nowMs, options.claimTtlMs, item);
    if (!job) return 'skipped';
    enqueue(job);
    return 'claimed';
  }

  /** The dataset the channels were last told about, or null (first run, or unreadable). */
  async function announced(): Promise<{ version: string; since: string; meetings: Meeting[] } | null> {
    const stored = await ledger.getMeta(ANNOUNCED_DATASET);
    if (!stored) return null;
    try {
      const json = JSON.parse(stored) as { version?: unknown; since?: unknown; meetings?: unknown };
      const meetings = Meeting.array().safeParse(json.meetings);
      return typeof json.version === 'string' && typeof json.since === 'string' && meetings.success
        ? { version: json.version, since: json.since, meetings: meetings.data }
        : null;
    } catch {
      return null;
    }
  }

  /**
   * A new catalog is in force: cancel queued reminders it no longer holds, and claim and queue one
   * notice per channel whose Questions changed since the dataset last announced. The first run
   * only records the dataset (there is nothing to compare it with).
   */
  async function followData(v: DataView, now: Date): Promise<number> {
    if (followed === v.catalog) return 0;
    for (const q of queues.values()) {
      for (const job of q.jobs) {
        if (job.cancelled) continue;
        job.cancelled = staleReason(v, job.itemId, job.key);
        // Still standing: say it with the new data (a date confirmed, a venue given, a digest's list).
        if (!job.cancelled && job.item) {
          const answer = message(v, job.item, job.late);
          if (answer) job.answer = answer;
          else job.cancelled = 'nothing left to list';
        }
      }
    }
    const version = datasetVersion(v.catalog.meetings);
    const previous = await announced();
    const record = () => ledger.setMeta(ANNOUNCED_DATASET, JSON.stringify({ version, since: now.toISOString(), meetings: v.catalog.meetings }));
    if (!previous) {
      await record();
      followed = v.catalog;
      return 0;
    }
    if (previous.version === version) {
      followed = v.catalog;
      return 0;
    }
    const diff = diffDatasets(previous.meetings, v.catalog.meetings);
    const notices = planChangeNotices(diff, await recipients(), {
      source: `SG17 data now in force: ${v.catalog.meetings.map(meetingLabel).join('; ')} — executive ${v.catalog.meetings.length === 1 ? 'summary' : 'summaries'} (dataset ${diff.from} → ${diff.to})`,
      publicUrl: deps.publicUrl,
      since: previous.since,
    });
    let claimed = 0;
    for (const notice of notices) if (await admitNotice(notice, diff, now)) claimed++;
    // Recorded after the claims: a crash (or a database outage) in between replans the same keys, which the ledger has.
    await record();
    followed = v.catalog;
    logger.info(
      { from: diff.from, to: diff.to, rgms: diff.rgms.length, statuses: diff.statuses.length, notices: claimed },
      'dataset changed: change notices queued',
    );
    return claimed;
  }

  async function admitNotice(notice: ChangeNotice, diff: DatasetDiff, now: Date): Promise<boolean> {
    if (active.has(notice.key)) return false;
    if (!posterFor(notice.channel)) {
      logger.debug({ key: notice.key }, 'change notice skipped: no poster for this platform in this instance');
      return false;
    }
    const entry: LedgerEntry = {
      key: notice.key,
      channel: notice.channel,
      itemId: `changes:${diff.to}`,
      lead: 'change',
      dueAt: now.toISOString(),
      late: false,
      payload: JSON.stringify(notice.answer),
    };
    const job = await claimEntry(ledger, entry, instanceId, now.getTime(), options.claimTtlMs, null);
    if (!job) return false;
    enqueue(job);
    return true;
  }

  /** Claims whose claimant died before recording the post: retry them under the same key. */
  async function adoptInDoubt(v: DataView, nowMs: number): Promise<number> {
    let n = 0;
    for (const row of await ledger.inDoubt(nowMs)) {
      if (active.has(row.key) || !posterFor(row.channel)) continue;
      const job = await claimEntry(ledger, row, instanceId, nowMs, options.claimTtlMs, null);
      if (!job) continue;
      const stale = staleReason(v, row.itemId, row.key);
      if (stale) {
        await ledger.markFailed(row.key, instanceId, 'dropped', `not posted: ${stale}`, clock.now());
        logger.info({ key: row.key, reason: stale }, 'in-doubt reminder dropped: the data changed');
        continue;
      }
      logger.warn({ key: row.key }, 'retrying an in-doubt reminder claimed by a stopped instance');
      enqueue(job);
      n++;
    }
    return n;
  }

  /** Keep the leases of queued jobs alive (a long queue outlasts one lease); forget those another instance took over. */
  async function renewQueued(nowMs: number): Promise<void> {
    for (const q of queues.values()) {
      // The head of a running queue may be in flight: the post renews it itself.
      for (const job of q.running ? q.jobs.slice(1) : [...q.jobs]) {
        if (await ledger.renew(job.key, instanceId, Math.max(nowMs, job.notBefore) + options.claimTtlMs)) continue;
        const at = q.jobs.indexOf(job);
        if (at < 0 || (at === 0 && q.running)) continue; // posted meanwhile, or now in flight
        q.jobs.splice(at, 1);
        active.delete(job.key);
        logger.warn({ key: job.key }, 'queued reminder dropped here: its claim passed to another instance');
      }
    }
  }

  /** Record the posts whose "sent" the database missed; true when none is left. */
  async function settleUnsettled(): Promise<boolean> {
    for (const [key, { messageId, at }] of unsettled) {
      if ((await settleSent(ledger, key, instanceId, messageId, at)) === 'not ours') logger.warn({ key }, 'reminder posted but the claim was no longer ours');
      unsettled.delete(key);
    }
    return unsettled.size === 0;
  }

  async function attempt(q: ChannelQueue, job: Job): Promise<void> {
    const poster = posterFor(job.channel)!;
    const nowMs = clock.now().getTime();
    let ours: boolean;
    try {
      ours = await ledger.renew(job.key, instanceId, nowMs + options.claimTtlMs);
    } catch (error) {
      // The database is unreachable: the lease still holds for a while; try again after a backoff.
      job.notBefore = nowMs + backoff(++job.attempts, options.maxBackoffMs);
      logger.warn({ key: job.key, err: error }, 'reminder held back: the database is unreachable');
      return;
    }
    if (!ours) {
      // Our lease ran out and another instance took the claim over (or it was settled): it posts, not us.
      q.jobs.shift();
      active.delete(job.key);
      logger.warn({ key: job.key }, 'reminder not posted here: its claim passed to another instance');
      return;
    }
    job.attempts++;
    const outcome = await postJob(poster, job);
    const after = clock.now();
    q.nextPostAt = after.getTime() + options.perChannelIntervalMs;
    switch (outcome.status) {
      case 'sent': {
        q.jobs.shift();
        active.delete(job.key);
        const messageId = outcome.messageId ?? null;
        try {
          if ((await settleSent(ledger, job.key, instanceId, messageId, after)) === 'not ours')
            logger.warn({ key: job.key }, 'reminder posted but the claim was no longer ours');
        } catch (error) {
          unsettled.set(job.key, { messageId, at: after });
          logger.warn({ key: job.key, err: error }, 'reminder posted; recording it waits for the database');
        }
        logger.info(
          { key: job.key, channel: job.channel, late: job.late, attempts: job.attempts },
          job.itemId.startsWith('changes:') ? 'change notice posted' : job.late ? 'late reminder posted' : 'reminder posted',
        );
        return;
      }
      case 'retry': {
        const wait = outcome.retryAfterMs ?? backoff(job.attempts, options.maxBackoffMs);
        job.notBefore = after.getTime() + wait;
        await ledger.renew(job.key, instanceId, job.notBefore + options.claimTtlMs).catch(() => false);
        logger.warn(
          { key: job.key, channel: job.channel, reason: outcome.reason, retryInMs: wait, attempts: job.attempts },
          'reminder post failed; will retry',
        );
        return;
      }
      case 'gone': {
        const jobs = q.jobs.splice(0);
        for (const j of jobs) active.delete(j.key);
        // A person who blocked the bot or left: their follow is marked gone and not retried.
        if (isPerson(job.channel)) await deps.follows?.markGone(job.channel, `direct message refused: ${outcome.reason}`);
        else await subscriptions.disable(job.channel, `channel unreachable: ${outcome.reason}`);
        for (const j of jobs) await ledger.markFailed(j.key, instanceId, 'gone', outcome.reason, after);
        logger.error(
          { channel: job.channel, reason: outcome.reason },
          isPerson(job.channel)
            ? 'person unreachable by direct message: their follow is marked gone (they can /sg17 follow again)'
            : 'channel gone: its subscription is disabled (re-enable with /sg17 subscribe)',
        );
        return;
      }
    }
  }

  /** Post the channel's jobs in order until one must wait (a timer resumes it) or none is left. */
  async function run(q: ChannelQueue, channel: ChannelAddress): Promise<void> {
    while (!stopped && q.jobs.length > 0) {
      const job = q.jobs[0]!;
      if (job.cancelled) {
        q.jobs.shift();
        active.delete(job.key);
        await ledger.markFailed(job.key, instanceId, 'dropped', `not posted: ${job.cancelled}`, clock.now()).catch(() => false);
        logger.info({ key: job.key, reason: job.cancelled }, 'queued reminder cancelled: the data changed');
        continue;
      }
      const wait = Math.max(job.notBefore, q.nextPostAt) - clock.now().getTime();
      if (wait > 0) {
        if (q.timer) timers.clear(q.timer);
        q.timer = timers.set(() => {
          q.timer = null;
          void pump(channel);
        }, wait);
        return;
      }
      // A person who unfollowed everything since this was queued (a retry waiting) gets nothing more.
      if (isPerson(channel) && deps.follows && (await deps.follows.get(channel)) === null) {
        job.cancelled = 'the person unfollowed';
        continue;
      }
      await attempt(q, job);
    }
  }

  /** One tick: follow the data, plan the window since the last tick, claim, adopt in-doubt claims, queue. */
  async function tickOnce(): Promise<TickReport> {
    const now = clock.now();
    const nowMs = now.getTime();
    await settleUnsettled();
    const v = current();
    const notices = await followData(v, now);
    const stored = await ledger.getMeta(LAST_TICK);
    const fromMs = Math.min(stored ? Date.parse(stored) : nowMs, nowMs);
    let claimed = 0;
    let dropped = 0;
    const due = (await prepared(v)).due({ from: new Date(fromMs), to: now });
    for (const item of due) {
      const r = await admit(v, item, nowMs);
      if (r === 'claimed') claimed++;
      else if (r === 'dropped') dropped++;
    }
    claimed += await adoptInDoubt(v, nowMs);
    await renewQueued(nowMs);
    // Only once the window is handled: a tick the database failed is planned again by the next one.
    await ledger.setMeta(LAST_TICK, now.toISOString());
    void drain();
    return { from: new Date(fromMs).toISOString(), to: now.toISOString(), due: due.length, claimed, dropped, notices };
  }

  function pump(channel: ChannelAddress): Promise<void> {
    const q = queues.get(channel);
    if (!q) return Promise.resolve();
    if (q.running) return q.running;
    // `.finally` runs after the assignment, so `running` never outlives the run.
    q.running = run(q, channel).finally(() => {
      q.running = null;
      if (q.jobs.length === 0 && queues.get(channel) === q) queues.delete(channel);
    });
    return q.running;
  }

  async function drain(): Promise<void> {
    await Promise.all([...queues.keys()].map((channel) => pump(channel)));
  }

  return {
    instanceId,
    tick() {
      // One tick at a time (the cron tick and a data reload may ask at once): each sees the last one's claims.
      const next = ticking.then(tickOnce, tickOnce);
      ticking = next.catch(() => undefined);
      return next;
    },
    drain,
    pending: () => [...queues.values()].reduce((n, q) => n + q.jobs.length, 0),
    async stop() {
      stopped = true;
      for (const q of queues.values()) if (q.timer) timers.clear(q.timer);
      await Promise.all([...queues.values()].map((q) => q.running));
    },
    async releaseUnposted() {
      let n = 0;
      await settleUnsettled().catch(() => false);
      for (const q of queues.values()) {
        // A job whose post is still in flight keeps its claim: it may have been posted.
        for (const job of q.running ? q.jobs.slice(1) : q.jobs) {
          if (await ledger.release(job.key, instanceId).catch(() => false)) n++;
          active.delete(job.key);
        }
      }
      return n;
    },
  };
}
