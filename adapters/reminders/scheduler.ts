/**
 * The reminder scheduler: each tick asks the pure planner what fell due since the last tick,
 * claims each item in the ledger (a transaction: two instances never both own one), and posts
 * through the platform's Poster from a per-channel queue (about one message a second per
 * channel). 429/5xx/network errors are retried with backoff, honouring Retry-After, and never
 * dropped; a gone channel disables its subscription. Time comes only from the injected clock;
 * waits use injectable timers so tests drive them.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../src/clock.js';
import type { Catalog } from '../../src/dataset/catalog.js';
import type { Answer } from '../../src/engine/answer.js';
import { splitChannel, type ChannelAddress, type Platform } from '../../src/channel.js';
import type { Logger, Poster, PostOutcome } from '../../src/ports.js';
import type { LedgerEntry, ReminderLedger, SubscriptionStore } from '../../src/store/port.js';
import { preparePlan, type DueItem, type PreparedPlan } from '../../src/planner/plan.js';
import { allRgms, digestAnswer, reminderAnswer, type RgmRef } from '../../src/planner/message.js';

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
  releaseUnposted(): number;
}

interface Job {
  readonly key: string;
  readonly channel: ChannelAddress;
  readonly answer: Answer;
  readonly late: boolean;
  attempts: number;
  notBefore: number;
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

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const options = { ...DEFAULT_SCHEDULER_OPTIONS, ...deps.options };
  const timers = deps.timers ?? realTimers;
  const instanceId = deps.instanceId ?? `sched-${randomUUID()}`;
  const { clock, logger, ledger, subscriptions } = deps;
  const refs: RgmRef[] = allRgms(deps.catalog().meetings);
  const byId = new Map(refs.map((r) => [r.rgm.id, r]));
  const queues = new Map<ChannelAddress, ChannelQueue>();
  const active = new Set<string>();
  let plan: { revision: number; prepared: PreparedPlan } | null = null;
  let stopped = false;

  const prepared = (): PreparedPlan => {
    const revision = subscriptions.revision();
    if (!plan || plan.revision !== revision) {
      plan = {
        revision,
        prepared: preparePlan(
          refs.map((r) => r.rgm),
          subscriptions.listActive(),
        ),
      };
    }
    return plan.prepared;
  };

  const posterFor = (channel: ChannelAddress): Poster | undefined => deps.posters.get(splitChannel(channel).platform);

  function message(item: DueItem, late: boolean): Answer | null {
    if (item.kind === 'digest') return digestAnswer(item, refs, { publicUrl: deps.publicUrl, late });
    const ref = byId.get(item.rgmId)!;
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

  /** Handle one planned item at `nowMs`; returns what happened for the report. */
  function admit(item: DueItem, nowMs: number): 'claimed' | 'dropped' | 'skipped' {
    if (active.has(item.key)) return 'skipped';
    if (!posterFor(item.channel)) {
      logger.debug({ key: item.key }, 'reminder skipped: no poster for this platform in this instance');
      return 'skipped';
    }
    const late = nowMs - item.dueMs > options.lateAfterMs;
    const base = {
      key: item.key,
      channel: item.channel,
      itemId: item.kind === 'digest' ? `digest:${item.week}` : item.rgmId,
      lead: item.kind === 'digest' ? 'weekly' : item.lead,
      dueAt: item.dueAt,
      late,
    };
    // Only a reminder missed while down is dropped for a begun meeting: one posted on time always
    // goes out (an hour lead on an RGM without a start time may fall on its first day).
    if (item.kind === 'reminder' && late && item.beginsMs <= nowMs) {
      if (!ledger.get(item.key)) {
        ledger.settle({ ...base, payload: 'null' }, 'dropped', 'missed while the bot was down; the meeting had begun', clock.now());
        logger.warn({ key: item.key, dueAt: item.dueAt }, 'reminder dropped: it fell due while the bot was down and the meeting has begun');
      }
      return 'dropped';
    }
    if (item.kind === 'digest' && nowMs - item.dueMs > options.digestStaleAfterMs) {
      if (!ledger.get(item.key)) {
        ledger.settle({ ...base, payload: 'null' }, 'dropped', 'weekly digest missed while the bot was down', clock.now());
        logger.warn({ key: item.key, dueAt: item.dueAt }, 'digest dropped: it fell due while the bot was down and is stale');
      }
      return 'dropped';
    }
    const answer = message(item, late);
    if (!answer) {
      ledger.settle({ ...base, payload: 'null' }, 'dropped', 'digest with nothing in the next four weeks', clock.now());
      return 'dropped';
    }
    const entry: LedgerEntry = { ...base, payload: JSON.stringify(answer) };
    const claim = ledger.claim(entry, instanceId, nowMs, options.claimTtlMs);
    if (claim.outcome !== 'claimed') return 'skipped';
    enqueue({ key: item.key, channel: item.channel, answer: JSON.parse(claim.row.payload) as Answer, late, attempts: 0, notBefore: nowMs });
    return 'claimed';
  }

  /** Claims whose claimant died before recording the post: retry them under the same key. */
  function adoptInDoubt(nowMs: number): number {
    let n = 0;
    for (const row of ledger.inDoubt(nowMs)) {
      if (active.has(row.key) || !posterFor(row.channel)) continue;
      const claim = ledger.claim(row, instanceId, nowMs, options.claimTtlMs);
      if (claim.outcome !== 'claimed') continue;
      logger.warn({ key: row.key, attempts: claim.row.attempts }, 'retrying an in-doubt reminder claimed by a stopped instance');
      enqueue({ key: row.key, channel: row.channel, answer: JSON.parse(claim.row.payload) as Answer, late: row.late, attempts: 0, notBefore: nowMs });
      n++;
    }
    return n;
  }

  function backoff(attempts: number): number {
    return Math.min(options.maxBackoffMs, 1_000 * 2 ** Math.min(attempts - 1, 20));
  }

  async function attempt(q: ChannelQueue, job: Job): Promise<void> {
    const poster = posterFor(job.channel)!;
    const nowMs = clock.now().getTime();
    ledger.renew(job.key, instanceId, nowMs + options.claimTtlMs);
    job.attempts++;
    let outcome: PostOutcome;
    try {
      outcome = await poster.post(job.channel, job.answer, { idempotencyKey: job.key });
    } catch (error) {
      outcome = { status: 'retry', reason: `poster threw: ${(error as Error).message}` };
    }
    const after = clock.now();
    q.nextPostAt = after.getTime() + options.perChannelIntervalMs;
    switch (outcome.status) {
      case 'sent':
        q.jobs.shift();
        active.delete(job.key);
        if (!ledger.markSent(job.key, instanceId, outcome.messageId ?? null, after)) {
          logger.warn({ key: job.key }, 'reminder posted but the claim was no longer ours');
        }
        logger.info({ key: job.key, channel: job.channel, late: job.late, attempts: job.attempts }, job.late ? 'late reminder posted' : 'reminder posted');
        return;
      case 'retry': {
        const wait = outcome.retryAfterMs ?? backoff(job.attempts);
        job.notBefore = after.getTime() + wait;
        ledger.renew(job.key, instanceId, job.notBefore + options.claimTtlMs);
        logger.warn(
          { key: job.key, channel: job.channel, reason: outcome.reason, retryInMs: wait, attempts: job.attempts },
          'reminder post failed; will retry',
        );
        return;
      }
      case 'gone': {
        subscriptions.disable(job.channel, `channel unreachable: ${outcome.reason}`);
        for (const j of q.jobs.splice(0)) {
          ledger.markFailed(j.key, instanceId, 'gone', outcome.reason, after);
          active.delete(j.key);
        }
        logger.error({ channel: job.channel, reason: outcome.reason }, 'channel gone: its subscription is disabled (re-enable with /sg17 subscribe)');
        return;
      }
    }
  }

  /** Post the channel's jobs in order until one must wait (a timer resumes it) or none is left. */
  async function run(q: ChannelQueue, channel: ChannelAddress): Promise<void> {
    while (!stopped && q.jobs.length > 0) {
      const job = q.jobs[0]!;
      const wait = Math.max(job.notBefore, q.nextPostAt) - clock.now().getTime();
      if (wait > 0) {
        if (q.timer) timers.clear(q.timer);
        q.timer = timers.set(() => {
          q.timer = null;
          void pump(channel);
        }, wait);
        return;
      }
      await attempt(q, job);
    }
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
    async tick() {
      const now = clock.now();
      const nowMs = now.getTime();
      const stored = ledger.getMeta(LAST_TICK);
      const fromMs = Math.min(stored ? Date.parse(stored) : nowMs, nowMs);
      let claimed = 0;
      let dropped = 0;
      const due = prepared().due({ from: new Date(fromMs), to: now });
      for (const item of due) {
        const r = admit(item, nowMs);
        if (r === 'claimed') claimed++;
        else if (r === 'dropped') dropped++;
      }
      claimed += adoptInDoubt(nowMs);
      ledger.setMeta(LAST_TICK, now.toISOString());
      void drain();
      return { from: new Date(fromMs).toISOString(), to: now.toISOString(), due: due.length, claimed, dropped };
    },
    drain,
    pending: () => [...queues.values()].reduce((n, q) => n + q.jobs.length, 0),
    async stop() {
      stopped = true;
      for (const q of queues.values()) if (q.timer) timers.clear(q.timer);
      await Promise.all([...queues.values()].map((q) => q.running));
    },
    releaseUnposted() {
      let n = 0;
      for (const q of queues.values()) {
        // A job whose post is still in flight keeps its claim: it may have been posted.
        for (const job of q.running ? q.jobs.slice(1) : q.jobs) {
          if (ledger.release(job.key, instanceId)) n++;
          active.delete(job.key);
        }
      }
      return n;
    },
  };
}
