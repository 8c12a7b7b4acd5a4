import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type SqliteStore } from '../src/store/sqlite.js';
import type { LedgerEntry } from '../src/store/port.js';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'sg17.db');
}
function open(path: string): SqliteStore {
  const s = openStore(path);
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const now = new Date('2024-11-25T07:58:00Z');
const entry = (key = 'slack:C1|rgm-08|2024-11-26|1d'): LedgerEntry => ({
  key,
  channel: 'slack:C1',
  itemId: 'rgm-08',
  lead: '1d',
  dueAt: '2024-11-25T08:00:00.000Z',
  late: false,
  payload: '{"title":"x"}',
});

describe('subscription store', () => {
  it('creates the folder and migrates once; reopening keeps data', () => {
    const path = tempDb();
    const a = open(path);
    expect(existsSync(path)).toBe(true);
    a.subscriptions.subscribe('slack:C1', { questions: ['Q15/17'] }, 'slack:U1', now);
    a.close();
    stores.pop();
    const b = open(path);
    expect(b.subscriptions.listForChannel('slack:C1')[0]).toMatchObject({ questions: ['Q15/17'], leads: ['7d', '1d'], at: '09:00', timeZone: 'Europe/Zurich' });
    const versions = new Database(path).prepare('SELECT version FROM migrations').all();
    expect(versions).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
  });

  it('adds Questions, replaces settings when given, and removes Questions', () => {
    const s = open(tempDb()).subscriptions;
    s.subscribe('slack:C1', { questions: ['Q15/17'] }, 'u', now);
    const r1 = s.revision();
    const two = s.subscribe('slack:C1', { questions: ['Q2/17'], leads: ['2h'], timeZone: 'Asia/Tokyo' }, 'u', now);
    expect(two).toMatchObject({ questions: ['Q2/17', 'Q15/17'], leads: ['2h'], timeZone: 'Asia/Tokyo' });
    expect(s.revision()).toBeGreaterThan(r1);
    expect(s.unsubscribe('slack:C1', ['Q2/17'])).toMatchObject({ questions: ['Q15/17'] });
    expect(s.unsubscribe('slack:C1', ['Q15/17'])).toBeNull();
    expect(s.listForChannel('slack:C1')).toEqual([]);
  });

  it('disables a gone channel; re-subscribing re-enables it from that moment', () => {
    const s = open(tempDb()).subscriptions;
    s.subscribe('discord:1', { questions: 'all' }, 'u', now);
    s.disable('discord:1', 'channel unreachable: 10003');
    expect(s.listActive()).toEqual([]);
    expect(s.listForChannel('discord:1')[0]).toMatchObject({ enabled: false, disabledReason: 'channel unreachable: 10003' });
    const later = new Date('2024-12-01T00:00:00Z');
    expect(s.subscribe('discord:1', { questions: ['Q3/17'] }, 'u', later)).toMatchObject({
      enabled: true,
      questions: ['Q3/17'],
      createdAt: later.toISOString(),
    });
  });

  it('creates the console default only once, even after it was removed', () => {
    const s = open(tempDb()).subscriptions;
    expect(s.ensureDefault('console:local', { questions: 'all' }, now)).toBe(true);
    expect(s.ensureDefault('console:local', { questions: 'all' }, now)).toBe(false);
    s.unsubscribe('console:local', 'all');
    expect(s.ensureDefault('console:local', { questions: 'all' }, now)).toBe(false);
    expect(s.listActive()).toEqual([]);
  });
});

describe('reminder ledger', () => {
  it('claims once; a second claimant is held off, then sees it done', () => {
    const path = tempDb();
    const a = open(path).ledger;
    const b = open(path).ledger; // a second process on the same file
    const t = now.getTime();
    expect(a.claim(entry(), 'A', t, 60_000).outcome).toBe('claimed');
    expect(b.claim(entry(), 'B', t + 1, 60_000).outcome).toBe('held');
    expect(b.markSent(entry().key, 'B', 'x', now)).toBe(false);
    expect(a.markSent(entry().key, 'A', '1700000000.000100', now)).toBe(true);
    expect(b.claim(entry(), 'B', t + 120_000, 60_000)).toMatchObject({ outcome: 'done', row: { status: 'sent' } });
  });

  it('lets another claimant take over an expired in-doubt claim under the same key and payload', () => {
    const path = tempDb();
    const a = open(path).ledger;
    const b = open(path).ledger;
    const t = now.getTime();
    a.claim(entry(), 'A', t, 60_000);
    expect(b.inDoubt(t + 30_000)).toEqual([]);
    const doubtful = b.inDoubt(t + 60_000);
    expect(doubtful.map((r) => [r.key, r.claimant])).toEqual([[entry().key, 'A']]);
    const taken = b.claim({ ...entry(), payload: '{"other":1}' }, 'B', t + 60_000, 60_000);
    expect(taken).toMatchObject({ outcome: 'claimed', row: { claimant: 'B', attempts: 2, payload: '{"title":"x"}' } });
    expect(a.markSent(entry().key, 'A', null, now)).toBe(false); // A's claim is no longer its own
  });

  it('renews, fails and settles', () => {
    const l = open(tempDb()).ledger;
    const t = now.getTime();
    l.claim(entry('k1'), 'A', t, 1_000);
    expect(l.renew('k1', 'A', t + 600_000)).toBe(true);
    expect(l.inDoubt(t + 10_000)).toEqual([]);
    expect(l.markFailed('k1', 'A', 'gone', 'channel_not_found', now)).toBe(true);
    expect(l.get('k1')).toMatchObject({ status: 'gone', note: 'channel_not_found' });
    l.settle(entry('k2'), 'dropped', 'meeting begun', now);
    expect(l.claim(entry('k2'), 'A', t, 1_000).outcome).toBe('done');
    l.setMeta('scheduler:last_tick', now.toISOString());
    expect(l.getMeta('scheduler:last_tick')).toBe(now.toISOString());
  });

  it('keeps calendar sequences: same content same number, changed content +1', () => {
    const v = open(tempDb()).calendarVersions;
    expect(v.sequenceFor('u1', 'h1')).toBe(0);
    expect(v.sequenceFor('u1', 'h1')).toBe(0);
    expect(v.sequenceFor('u1', 'h2')).toBe(1);
    expect(v.sequenceFor('u1', 'h2')).toBe(1);
  });

  it('dates each calendar revision (LAST-MODIFIED) and keeps the last content of every published event', () => {
    const v = open(tempDb()).calendarVersions;
    const later = new Date(now.getTime() + 3_600_000);
    expect(v.versionOf('u1', 'h1', '{"a":1}', now)).toEqual({ sequence: 0, lastModified: now.toISOString() });
    expect(v.versionOf('u1', 'h1', '{"a":1}', later)).toEqual({ sequence: 0, lastModified: now.toISOString() });
    expect(v.versionOf('u1', 'h2', '{"a":2}', later)).toEqual({ sequence: 1, lastModified: later.toISOString() });
    v.sequenceFor('u2', 'h9'); // asked for a sequence only: nothing published to remember
    expect(v.published()).toEqual([{ uid: 'u1', event: '{"a":2}' }]);
  });
});

describe('follow store', () => {
  const person = 'slack:user:U0RAPP01';
  it('adds Questions, keeps the zone and its source, and moves the shared revision', async () => {
    const s = open(tempDb());
    const r0 = s.subscriptions.revision();
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
    expect(s.subscriptions.revision()).toBeGreaterThan(r0);
    const g = await s.follows.follow(person, { questions: ['Q3/17'], leads: ['3d'] }, now);
    expect(g).toMatchObject({ questions: ['Q3/17', 'Q15/17'], leads: ['3d'], timeZone: 'Asia/Seoul', timeZoneSource: 'profile' });
    expect(await s.follows.count()).toBe(1);
  });

  it('unfollows one Question, and "all" deletes the row', async () => {
    const path = tempDb();
    const s = open(path);
    await s.follows.follow(person, { questions: ['Q3/17', 'Q15/17'] }, now);
    expect((await s.follows.unfollow(person, ['Q3/17']))?.questions).toEqual(['Q15/17']);
    expect(await s.follows.unfollow(person, 'all')).toBeNull();
    expect(new Database(path).prepare('SELECT * FROM follows').all()).toEqual([]);
    expect(await s.follows.get(person)).toBeNull();
  });

  it('a gone person leaves the active list until they follow again, which owes nothing from before', async () => {
    const s = open(tempDb());
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
