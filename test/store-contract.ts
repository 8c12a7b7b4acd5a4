/**
 * The store contract: what every implementation of the store ports (src/store/port.ts) must do,
 * run against SQLite (test/store.test.ts) and PostgreSQL (test/store-postgres.test.ts) alike.
 * `fresh()` opens an empty database; `again()` opens a second connection to the same one (a
 * second process or host).
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEntry, Store } from '../src/store/port.js';

export interface StoreUnderTest {
  /** An empty, migrated database. */
  fresh(): Promise<Store>;
  /** Another store on the database `store` uses (another instance). */
  again(store: Store): Promise<Store>;
}

const now = new Date('2024-11-25T07:58:00Z');
export const entry = (key = 'slack:C1|rgm-08|2024-11-26|1d'): LedgerEntry => ({
  key,
  channel: 'slack:C1',
  itemId: 'rgm-08',
  lead: '1d',
  dueAt: '2024-11-25T08:00:00.000Z',
  late: false,
  payload: '{"title":"x"}',
});

export function storeContract(name: string, sut: () => StoreUnderTest): void {
  describe(`${name}: subscription store`, () => {
    it('keeps a subscription across connections, with the default settings', async () => {
      const a = await sut().fresh();
      await a.subscriptions.subscribe('slack:C1', { questions: ['Q15/17'] }, 'slack:U1', now);
      const b = await sut().again(a);
      expect((await b.subscriptions.listForChannel('slack:C1'))[0]).toMatchObject({
        channel: 'slack:C1',
        questions: ['Q15/17'],
        leads: ['7d', '1d'],
        at: '09:00',
        timeZone: 'Europe/Zurich',
        enabled: true,
        createdBy: 'slack:U1',
        createdAt: now.toISOString(),
      });
    });

    it('adds Questions, replaces settings when given, and removes Questions', async () => {
      const s = (await sut().fresh()).subscriptions;
      await s.subscribe('slack:C1', { questions: ['Q15/17'] }, 'u', now);
      const r1 = await s.revision();
      const two = await s.subscribe('slack:C1', { questions: ['Q2/17'], leads: ['2h'], timeZone: 'Asia/Tokyo' }, 'u', now);
      expect(two).toMatchObject({ questions: ['Q2/17', 'Q15/17'], leads: ['2h'], timeZone: 'Asia/Tokyo' });
      expect(await s.revision()).toBeGreaterThan(r1);
      expect(await s.unsubscribe('slack:C1', ['Q2/17'])).toMatchObject({ questions: ['Q15/17'] });
      expect(await s.unsubscribe('slack:C1', ['Q15/17'])).toBeNull();
      expect(await s.listForChannel('slack:C1')).toEqual([]);
      expect(await s.unsubscribe('slack:C1', 'all')).toBeNull();
    });

    it('keeps "all" whole: single Questions cannot be taken out of it', async () => {
      const s = (await sut().fresh()).subscriptions;
      await s.subscribe('slack:C1', { questions: 'all' }, 'u', now);
      expect(await s.subscribe('slack:C1', { questions: ['Q4/17'] }, 'u', now)).toMatchObject({ questions: 'all' });
      expect(await s.unsubscribe('slack:C1', ['Q4/17'])).toMatchObject({ questions: 'all' });
      expect(await s.unsubscribe('slack:C1', 'all')).toBeNull();
    });

    it('disables a gone channel; re-subscribing re-enables it from that moment', async () => {
      const s = (await sut().fresh()).subscriptions;
      await s.subscribe('discord:1', { questions: 'all' }, 'u', now);
      await s.disable('discord:1', 'channel unreachable: 10003');
      expect(await s.listActive()).toEqual([]);
      expect((await s.listForChannel('discord:1'))[0]).toMatchObject({ enabled: false, disabledReason: 'channel unreachable: 10003' });
      const later = new Date('2024-12-01T00:00:00Z');
      expect(await s.subscribe('discord:1', { questions: ['Q3/17'] }, 'u', later)).toMatchObject({
        enabled: true,
        questions: ['Q3/17'],
        createdAt: later.toISOString(),
      });
    });

    it('lists active subscriptions in channel order (byte order, as both databases sort it)', async () => {
      const s = (await sut().fresh()).subscriptions;
      for (const c of ['slack:c2', 'discord:9', 'slack:C1', 'console:local'] as const) await s.subscribe(c, { questions: ['Q1/17'] }, 'u', now);
      expect((await s.listActive()).map((x) => x.channel)).toEqual(['console:local', 'discord:9', 'slack:C1', 'slack:c2']);
    });

    it('creates the console default only once, even after it was removed', async () => {
      const s = (await sut().fresh()).subscriptions;
      expect(await s.ensureDefault('console:local', { questions: 'all' }, now)).toBe(true);
      expect(await s.ensureDefault('console:local', { questions: 'all' }, now)).toBe(false);
      await s.unsubscribe('console:local', 'all');
      expect(await s.ensureDefault('console:local', { questions: 'all' }, now)).toBe(false);
      expect(await s.listActive()).toEqual([]);
    });

    it('two instances subscribing the same channel at once lose neither change', async () => {
      const a = await sut().fresh();
      const b = await sut().again(a);
      await Promise.all([
        a.subscriptions.subscribe('slack:C1', { questions: ['Q1/17'] }, 'u', now),
        b.subscriptions.subscribe('slack:C1', { questions: ['Q2/17'] }, 'u', now),
        a.subscriptions.subscribe('slack:C1', { questions: ['Q3/17'] }, 'u', now),
      ]);
      expect((await b.subscriptions.listForChannel('slack:C1'))[0]!.questions).toEqual(['Q1/17', 'Q2/17', 'Q3/17']);
    });
  });

  describe(`${name}: reminder ledger`, () => {
    it('claims once; a second claimant is held off, then sees it done, with the message id', async () => {
      const store = await sut().fresh();
      const a = store.ledger;
      const b = (await sut().again(store)).ledger; // a second instance on the same database
      const t = now.getTime();
      expect((await a.claim(entry(), 'A', t, 60_000)).outcome).toBe('claimed');
      expect((await b.claim(entry(), 'B', t + 1, 60_000)).outcome).toBe('held');
      expect(await b.markSent(entry().key, 'B', 'x', now)).toBe(false);
      expect(await a.markSent(entry().key, 'A', '1700000000.000100', now)).toBe(true);
      expect(await b.claim(entry(), 'B', t + 120_000, 60_000)).toMatchObject({ outcome: 'done', row: { status: 'sent', messageId: '1700000000.000100' } });
    });

    it('lets another claimant take over an expired in-doubt claim under the same key and payload', async () => {
      const store = await sut().fresh();
      const a = store.ledger;
      const b = (await sut().again(store)).ledger;
      const t = now.getTime();
      await a.claim(entry(), 'A', t, 60_000);
      expect(await b.inDoubt(t + 30_000)).toEqual([]);
      const doubtful = await b.inDoubt(t + 60_000);
      expect(doubtful.map((r) => [r.key, r.claimant])).toEqual([[entry().key, 'A']]);
      const taken = await b.claim({ ...entry(), payload: '{"other":1}' }, 'B', t + 60_000, 60_000);
      expect(taken).toMatchObject({ outcome: 'claimed', row: { claimant: 'B', attempts: 2, payload: '{"title":"x"}', claimUntil: t + 120_000 } });
      expect(await a.markSent(entry().key, 'A', null, now)).toBe(false); // A's claim is no longer its own
    });

    it('gives each of many due items to exactly one of two racing instances', async () => {
      const store = await sut().fresh();
      const other = await sut().again(store);
      const t = now.getTime();
      const keys = Array.from({ length: 60 }, (_, i) => `k${i}`);
      const race = (s: Store, who: string) => Promise.all(keys.map((k) => s.ledger.claim(entry(k), who, t, 60_000)));
      const [ra, rb] = await Promise.all([race(store, 'A'), race(other, 'B')]);
      const winners = keys.map((_, i) => [ra[i]!.outcome, rb[i]!.outcome].filter((o) => o === 'claimed').length);
      expect(winners).toEqual(keys.map(() => 1));
    });

    it('renews, releases, fails and settles', async () => {
      const l = (await sut().fresh()).ledger;
      const t = now.getTime();
      await l.claim(entry('k1'), 'A', t, 1_000);
      expect(await l.renew('k1', 'A', t + 600_000)).toBe(true);
      expect(await l.renew('k1', 'B', t + 600_000)).toBe(false);
      expect(await l.inDoubt(t + 10_000)).toEqual([]);
      expect(await l.markFailed('k1', 'A', 'gone', 'channel_not_found', now)).toBe(true);
      expect(await l.get('k1')).toMatchObject({ status: 'gone', note: 'channel_not_found' });
      await l.settle(entry('k2'), 'dropped', 'meeting begun', now);
      expect((await l.claim(entry('k2'), 'A', t, 1_000)).outcome).toBe('done');
      await l.claim(entry('k3'), 'A', t, 600_000);
      expect(await l.release('k3', 'A')).toBe(true);
      expect((await l.inDoubt(t)).map((r) => r.key)).toEqual(['k3']);
      expect(await l.get('nope')).toBeUndefined();
      expect(await l.getMeta('scheduler:last_tick')).toBeUndefined();
      await l.setMeta('scheduler:last_tick', now.toISOString());
      await l.setMeta('scheduler:last_tick', 'later');
      expect(await l.getMeta('scheduler:last_tick')).toBe('later');
    });
  });

  describe(`${name}: calendar versions`, () => {
    it('keeps calendar sequences: same content same number, changed content +1', async () => {
      const v = (await sut().fresh()).calendarVersions;
      expect(await v.sequenceFor('u1', 'h1')).toBe(0);
      expect(await v.sequenceFor('u1', 'h1')).toBe(0);
      expect(await v.sequenceFor('u1', 'h2')).toBe(1);
      expect(await v.sequenceFor('u1', 'h2')).toBe(1);
    });

    it('dates each calendar revision (LAST-MODIFIED) and keeps the last content of every published event', async () => {
      const v = (await sut().fresh()).calendarVersions;
      const later = new Date(now.getTime() + 3_600_000);
      expect(await v.versionOf('u1', 'h1', '{"a":1}', now)).toEqual({ sequence: 0, lastModified: now.toISOString() });
      expect(await v.versionOf('u1', 'h1', '{"a":1}', later)).toEqual({ sequence: 0, lastModified: now.toISOString() });
      expect(await v.versionOf('u1', 'h2', '{"a":2}', later)).toEqual({ sequence: 1, lastModified: later.toISOString() });
      await v.sequenceFor('u2', 'h9'); // asked for a sequence only: nothing published to remember
      expect(await v.published()).toEqual([{ uid: 'u1', event: '{"a":2}' }]);
    });
  });

  describe(`${name}: follow store`, () => {
    const person = 'slack:user:U0RAPP01';
    it('adds Questions, keeps the zone and its source, and moves the shared revision', async () => {
      const s = await sut().fresh();
      const r0 = await s.subscriptions.revision();
      const f = await s.follows.follow(person, { questions: ['Q15/17'], timeZone: 'Asia/Seoul', timeZoneSource: 'profile' }, now);
      expect(f).toMatchObject({
        person,
        questions: ['Q15/17'],
        leads: ['7d', '1d'],
        at: '09:00',
        timeZone: 'Asia/Seoul',
        timeZoneSource: 'profile',
        goneReason: null,
      });
      expect(await s.subscriptions.revision()).toBeGreaterThan(r0);
      const g = await s.follows.follow(person, { questions: ['Q3/17'], leads: ['3d'] }, now);
      expect(g).toMatchObject({ questions: ['Q3/17', 'Q15/17'], leads: ['3d'], timeZone: 'Asia/Seoul', timeZoneSource: 'profile' });
      expect(await s.follows.count()).toBe(1);
    });

    it('unfollows one Question, and "all" deletes the row', async () => {
      const s = await sut().fresh();
      await s.follows.follow(person, { questions: ['Q3/17', 'Q15/17'] }, now);
      const dm = { ...entry('dm-1'), channel: person };
      await s.ledger.settle(dm, 'dropped', 'x', now);
      await s.ledger.claim({ ...dm, key: 'dm-2' }, 'A', now.getTime(), 60_000);
      expect((await s.follows.unfollow(person, ['Q3/17']))?.questions).toEqual(['Q15/17']);
      expect(await s.follows.unfollow(person, 'all')).toBeNull();
      expect(await s.follows.count()).toBe(0);
      expect(await s.follows.get(person)).toBeNull();
      // Forgotten with their settled ledger rows; a claim still being posted stays until it settles.
      expect(await s.ledger.get('dm-1')).toBeUndefined();
      expect(await s.ledger.get('dm-2')).toMatchObject({ status: 'claimed' });
    });

    it('a gone person leaves the active list until they follow again, which owes nothing from before', async () => {
      const s = await sut().fresh();
      await s.follows.follow(person, { questions: ['Q3/17'] }, now);
      await s.follows.markGone(person, 'direct message refused: cannot_dm_bot');
      expect(await s.follows.listActive()).toEqual([]);
      expect(await s.follows.count()).toBe(0);
      expect((await s.follows.get(person))?.goneReason).toBe('direct message refused: cannot_dm_bot');
      const later = new Date('2024-12-01T00:00:00Z');
      const again = await s.follows.follow(person, { questions: ['Q1/17'] }, later);
      expect(again).toMatchObject({ questions: ['Q1/17'], goneReason: null, createdAt: later.toISOString() });
    });
  });

  describe(`${name}: health`, () => {
    it('answers a ping', async () => {
      const s = await sut().fresh();
      await expect(s.ping()).resolves.toBeUndefined();
    });
  });
}
