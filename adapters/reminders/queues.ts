/**
 * Per-channel queues of claimed jobs: each channel posts its jobs in order, one at a time, no
 * sooner than a job's `notBefore` and the channel's `nextPostAt` (a timer resumes it). What a
 * job's turn does is the caller's (`QueueWork`: post and settle, ./post.ts); this unit only
 * orders, waits and keeps the set of keys this instance holds, so a key is never queued twice.
 */
import type { Clock } from '../../src/clock.js';
import type { ChannelAddress } from '../../src/channel.js';
import type { Job } from './steps.js';

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

export interface ChannelQueue {
  jobs: Job[];
  nextPostAt: number;
  running: Promise<void> | null;
  timer: unknown;
}

export interface QueueWork {
  /** The head's turn: one attempt to post it. It leaves the queue (`finishHead`) when done. */
  attempt(q: ChannelQueue, job: Job): Promise<void>;
  /** A cancelled job left the queue: record why. */
  cancelled(job: Job): Promise<void>;
  /** Just before the head is posted: why it must not be after all, or null. */
  recheck(channel: ChannelAddress, job: Job): Promise<string | null>;
}

export class ChannelQueues {
  private readonly queues = new Map<ChannelAddress, ChannelQueue>();
  /** Keys queued (or in flight) here. */
  private readonly active = new Set<string>();
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly timers: Timers = realTimers,
    private readonly work: QueueWork,
  ) {}

  has(key: string): boolean {
    return this.active.has(key);
  }

  enqueue(job: Job): void {
    this.active.add(job.key);
    let q = this.queues.get(job.channel);
    if (!q) {
      q = { jobs: [], nextPostAt: 0, running: null, timer: null };
      this.queues.set(job.channel, q);
    }
    q.jobs.push(job);
  }

  /** The head is done with (posted, or its claim passed elsewhere). */
  finishHead(q: ChannelQueue): void {
    const job = q.jobs.shift();
    if (job) this.active.delete(job.key);
  }

  /** Every job of the queue leaves it (its channel is gone); returns them. */
  empty(q: ChannelQueue): Job[] {
    const jobs = q.jobs.splice(0);
    for (const j of jobs) this.active.delete(j.key);
    return jobs;
  }

  /** `job` leaves its queue unless it is the head in flight; false when it stays (or had left). */
  remove(q: ChannelQueue, job: Job): boolean {
    const at = q.jobs.indexOf(job);
    if (at < 0 || (at === 0 && q.running)) return false;
    q.jobs.splice(at, 1);
    this.active.delete(job.key);
    return true;
  }

  /** This instance no longer holds the key (its claim was given back). */
  forget(key: string): void {
    this.active.delete(key);
  }

  all(): Iterable<ChannelQueue> {
    return this.queues.values();
  }

  /** The queue's jobs not in flight: the head of a running queue may be being posted. */
  waiting(q: ChannelQueue): Job[] {
    return q.running ? q.jobs.slice(1) : [...q.jobs];
  }

  pending(): number {
    return [...this.queues.values()].reduce((n, q) => n + q.jobs.length, 0);
  }

  /** Post everything whose wait is over now; resolves when every channel is idle or waiting. */
  async drain(): Promise<void> {
    await Promise.all([...this.queues.keys()].map((channel) => this.pump(channel)));
  }

  /** No new posts; resolves when the posts in flight have finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const q of this.queues.values()) if (q.timer) this.timers.clear(q.timer);
    await Promise.all([...this.queues.values()].map((q) => q.running));
  }

  private pump(channel: ChannelAddress): Promise<void> {
    const q = this.queues.get(channel);
    if (!q) return Promise.resolve();
    if (q.running) return q.running;
    // `.finally` runs after the assignment, so `running` never outlives the run.
    q.running = this.run(q, channel).finally(() => {
      q.running = null;
      if (q.jobs.length === 0 && this.queues.get(channel) === q) this.queues.delete(channel);
    });
    return q.running;
  }

  /** Post the channel's jobs in order until one must wait (a timer resumes it) or none is left. */
  private async run(q: ChannelQueue, channel: ChannelAddress): Promise<void> {
    while (!this.stopped && q.jobs.length > 0) {
      const job = q.jobs[0]!;
      if (job.cancelled) {
        this.finishHead(q);
        await this.work.cancelled(job);
        continue;
      }
      const wait = Math.max(job.notBefore, q.nextPostAt) - this.clock.now().getTime();
      if (wait > 0) {
        if (q.timer) this.timers.clear(q.timer);
        q.timer = this.timers.set(() => {
          q.timer = null;
          void this.pump(channel);
        }, wait);
        return;
      }
      const reason = await this.work.recheck(channel, job);
      if (reason) {
        job.cancelled = reason;
        continue;
      }
      await this.work.attempt(q, job);
    }
  }
}
