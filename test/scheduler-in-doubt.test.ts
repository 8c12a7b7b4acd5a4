/**
 * The in-doubt unit and the leases alone, over a real SQLite ledger: a dead instance's expired
 * claim is taken over under the same key (the message the ledger holds) unless its RGM moved or
 * left; a queued job's lease is renewed each tick, given up when another instance took it over,
 * and given back at shutdown.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { schedulerContext } from '../adapters/reminders/context.js';
import { viewOf } from '../adapters/reminders/data-view.js';
import { adoptInDoubt } from '../adapters/reminders/in-doubt.js';
import { releaseUnposted, renewQueued } from '../adapters/reminders/leases.js';
import { queueWork } from '../adapters/reminders/post.js';
import { silentLogger } from '../adapters/logger.js';
import { FakeClock } from '../src/clock.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { loadDataset } from '../src/dataset/load.js';
import type { Poster } from '../src/ports.js';
import type { Platform } from '../src/channel.js';
import { allRgms } from '../src/planner/message.js';
import { rgmStartDate } from '../src/planner/time.js';
import { openStore, type SqliteStore } from '../src/store/sqlite.js';

const catalog = buildCatalog(loadDataset(fileURLToPath(new URL('../data', import.meta.url))));
const view = viewOf(catalog);
const rgm = allRgms(catalog.meetings).find((r) => rgmStartDate(r.rgm) !== null)!.rgm;
const START = rgmStartDate(rgm)!;
const T0 = Date.parse('2024-11-25T08:00:00Z');
const TTL = 60_000;
const poster: Poster = { post: async () => ({ status: 'sent', messageId: 'm' }) };

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function setup(instanceId: string, posterHere: Poster = poster) {
  const store = openStore(':memory:');
  stores.push(store);
  const clock = new FakeClock(new Date(T0));
  const ctx = schedulerContext(
    {
      clock,
      logger: silentLogger,
      catalog: () => catalog,
      subscriptions: store.subscriptions,
      ledger: store.ledger,
      posters: new Map<Platform, Poster>([['slack', posterHere]]),
      instanceId,
      timers: { set: () => null, clear: () => undefined },
      options: { claimTtlMs: TTL },
    },
    queueWork,
  );
  return { store, clock, ctx };
}

const entry = (key: string, channel: 'slack:C1' | 'discord:9' = 'slack:C1') => ({
  key,
  channel,
  itemId: rgm.id,
  lead: '1d',
  dueAt: new Date(T0).toISOString(),
  late: false,
  payload: JSON.stringify({ kind: 'reminder', ok: true, title: key }),
});
const keyOn = (start: string, channel = 'slack:C1') => `${channel}|${rgm.id}|${start}|1d`;

describe('in-doubt claims', () => {
  it("takes over a dead instance's claim once its lease ran out, with the message the ledger holds", async () => {
    const { store, ctx } = setup('B');
    const key = keyOn(START);
    await store.ledger.claim(entry(key), 'A', T0, TTL);
    expect(await adoptInDoubt(ctx, view, T0 + TTL - 1)).toBe(0);
    expect(await adoptInDoubt(ctx, view, T0 + TTL)).toBe(1);
    expect(ctx.queues.has(key)).toBe(true);
    const [q] = [...ctx.queues.all()];
    expect(q!.jobs[0]!.answer).toMatchObject({ title: key });
    expect(await store.ledger.get(key)).toMatchObject({ status: 'claimed', claimant: 'B' });
    // Already queued here: not claimed twice.
    expect(await adoptInDoubt(ctx, view, T0 + 3 * TTL)).toBe(0);
  });

  it('drops one whose RGM moved, and leaves one on a platform this instance cannot post to', async () => {
    const { store, ctx } = setup('B');
    const moved = keyOn('1999-01-01');
    const elsewhere = keyOn(START, 'discord:9');
    await store.ledger.claim(entry(moved), 'A', T0, TTL);
    await store.ledger.claim(entry(elsewhere, 'discord:9'), 'A', T0, TTL);
    expect(await adoptInDoubt(ctx, view, T0 + TTL)).toBe(0);
    expect(await store.ledger.get(moved)).toMatchObject({ status: 'dropped', note: 'not posted: the RGM moved' });
    expect(await store.ledger.get(elsewhere)).toMatchObject({ status: 'claimed', claimant: 'A' });
  });

  it("posts a taken-over claim only if the channel still follows its RGM's Question", async () => {
    const posted: string[] = [];
    const recording: Poster = {
      post: async (channel) => {
        posted.push(channel);
        return { status: 'sent', messageId: 'm' };
      },
    };
    const { store, clock, ctx } = setup('B', recording);
    const other = rgm.question === 'Q1/17' ? 'Q2/17' : 'Q1/17';
    await store.subscriptions.subscribe('slack:C1', { questions: [rgm.question!] }, 'test', new Date(T0 - 86_400_000));
    await store.subscriptions.subscribe('slack:C2', { questions: [other] }, 'test', new Date(T0 - 86_400_000));
    for (const channel of ['slack:C1', 'slack:C2'] as const) await store.ledger.claim({ ...entry(keyOn(START, channel)), channel }, 'A', T0, TTL);
    expect(await adoptInDoubt(ctx, view, T0 + TTL)).toBe(2);
    expect([...ctx.queues.all()].map((q) => q.jobs[0]!.question)).toEqual([rgm.question, rgm.question]);
    clock.set(new Date(T0 + TTL));
    await ctx.queues.drain();
    expect(posted).toEqual(['slack:C1']);
    expect(await store.ledger.get(keyOn(START, 'slack:C2'))).toMatchObject({
      status: 'dropped',
      note: `not posted: the channel unsubscribed from ${rgm.question}`,
    });
  });
});

describe('leases of queued jobs', () => {
  it('renews them while they wait, forgets one another instance took over, and gives the rest back at shutdown', async () => {
    const { store, ctx } = setup('A');
    const kept = keyOn(START);
    const lost = `${keyOn(START)}-2`;
    for (const k of [kept, lost]) await store.ledger.claim(entry(k), 'X', T0, TTL);
    expect(await adoptInDoubt(ctx, view, T0 + TTL)).toBe(2); // leases until T0 + 2 TTL
    await renewQueued(ctx, T0 + 1.5 * TTL); // … now until T0 + 2.5 TTL
    expect((await store.ledger.claim(entry(kept), 'B', T0 + 2 * TTL, TTL)).outcome).toBe('held');
    // Past the renewed lease B takes `lost` over: A's next renewal gives it up.
    expect((await store.ledger.claim(entry(lost), 'B', T0 + 2.5 * TTL, TTL)).outcome).toBe('claimed');
    await renewQueued(ctx, T0 + 2.5 * TTL);
    expect(ctx.queues.has(lost)).toBe(false);
    expect(ctx.queues.has(kept)).toBe(true);
    // Shutdown: `kept` is given back, in doubt at once for the next run; `lost` stays B's.
    expect(await releaseUnposted(ctx)).toBe(1);
    expect((await store.ledger.inDoubt(T0 + 2.5 * TTL)).map((r) => r.key)).toEqual([kept]);
  });
});
