/** The scheduler's per-channel queues alone: order, the per-channel gap and a job's notBefore (waits on timers), cancellation, the in-flight head. */
import { describe, expect, it } from 'vitest';
import { ChannelQueues, type ChannelQueue, type QueueWork, type Timers } from '../adapters/reminders/queues.js';
import type { Job } from '../adapters/reminders/steps.js';
import type { ChannelAddress } from '../src/channel.js';
import { FakeClock } from '../src/clock.js';
import type { Answer } from '../src/engine/answer.js';

const T0 = '2024-11-25T08:00:00Z';
const answer = { kind: 'reminder', ok: true, title: 'Q3/17 tomorrow' } as unknown as Answer;
const job = (key: string, channel: ChannelAddress = 'slack:C1', notBefore = 0): Job => ({
  key,
  channel,
  itemId: 'rgm-3',
  item: null,
  question: null,
  answer,
  late: false,
  attempts: 0,
  notBefore,
  cancelled: null,
});

/** Timers the test fires by hand. */
function handTimers() {
  const set: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const timers: Timers = {
    set: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      set.push(t);
      return t;
    },
    clear: (h) => {
      (h as { cleared: boolean }).cleared = true;
    },
  };
  return { timers, set, live: () => set.filter((t) => !t.cleared) };
}

/** Work that posts every head at once, one per `gapMs` per channel, and records what it did. */
function postingWork(clock: FakeClock, queues: () => ChannelQueues, gapMs: number, log: string[], recheck: (j: Job) => string | null = () => null): QueueWork {
  return {
    async attempt(q: ChannelQueue, j: Job) {
      log.push(`post ${j.key}`);
      q.nextPostAt = clock.now().getTime() + gapMs;
      queues().finishHead(q);
    },
    async cancelled(j) {
      log.push(`cancelled ${j.key}: ${j.cancelled}`);
    },
    recheck: async (_c, j) => recheck(j),
  };
}

describe('channel queues', () => {
  it('posts a channel in order, one per gap, the next on a timer; other channels do not wait', async () => {
    const clock = new FakeClock(T0);
    const log: string[] = [];
    const { timers, live } = handTimers();
    const queues: ChannelQueues = new ChannelQueues(
      clock,
      timers,
      postingWork(clock, () => queues, 1_000, log),
    );
    for (const k of ['a1', 'a2', 'a3']) queues.enqueue(job(k));
    queues.enqueue(job('b1', 'discord:9'));
    expect(queues.has('a2')).toBe(true);
    expect(queues.pending()).toBe(4);
    await queues.drain();
    expect(log).toEqual(['post a1', 'post b1']);
    expect(live().map((t) => t.ms)).toEqual([1_000]);
    clock.advance(1_000);
    live()[0]!.fn();
    await queues.drain();
    expect(log).toEqual(['post a1', 'post b1', 'post a2']);
    expect(queues.has('a1')).toBe(false);
    expect(queues.pending()).toBe(1);
  });

  it("waits for a job's notBefore (a retry's backoff)", async () => {
    const clock = new FakeClock(T0);
    const log: string[] = [];
    const { timers, live } = handTimers();
    const queues: ChannelQueues = new ChannelQueues(
      clock,
      timers,
      postingWork(clock, () => queues, 0, log),
    );
    queues.enqueue(job('r', 'slack:C1', clock.now().getTime() + 4_000));
    await queues.drain();
    expect(log).toEqual([]);
    expect(live().map((t) => t.ms)).toEqual([4_000]);
    clock.advance(4_000);
    await queues.drain();
    expect(log).toEqual(['post r']);
  });

  it('drops a cancelled job when its turn comes, and one the recheck refuses, without posting either', async () => {
    const clock = new FakeClock(T0);
    const log: string[] = [];
    const queues: ChannelQueues = new ChannelQueues(
      clock,
      handTimers().timers,
      postingWork(
        clock,
        () => queues,
        0,
        log,
        (j) => (j.key === 'refused' ? 'the person unfollowed' : null),
      ),
    );
    const moved = job('moved');
    queues.enqueue(moved);
    queues.enqueue(job('refused'));
    queues.enqueue(job('kept'));
    moved.cancelled = 'the RGM moved';
    await queues.drain();
    expect(log).toEqual(['cancelled moved: the RGM moved', 'cancelled refused: the person unfollowed', 'post kept']);
    expect(queues.pending()).toBe(0);
    expect(queues.has('refused')).toBe(false);
  });

  it('keeps the head of a running queue (it may be in flight); stop waits for it and posts nothing more', async () => {
    const clock = new FakeClock(T0);
    let release!: () => void;
    const posted: string[] = [];
    const queues: ChannelQueues = new ChannelQueues(clock, handTimers().timers, {
      attempt: async (q, j) => {
        await new Promise<void>((r) => (release = r));
        posted.push(j.key);
        queues.finishHead(q);
      },
      cancelled: async () => undefined,
      recheck: async () => null,
    });
    const head = job('head');
    const next = job('next');
    queues.enqueue(head);
    queues.enqueue(next);
    const draining = queues.drain();
    await Promise.resolve();
    const [q] = [...queues.all()];
    expect(queues.waiting(q!).map((j) => j.key)).toEqual(['next']);
    expect(queues.remove(q!, head)).toBe(false);
    const stopping = queues.stop();
    release();
    await Promise.all([draining, stopping]);
    expect(posted).toEqual(['head']);
    expect(queues.remove(q!, next)).toBe(true);
    expect(queues.has('next')).toBe(false);
  });
});
