/**
 * SIGTERM while a reminder post is in flight: the post finishes, the claim of the post queued
 * behind it is released, the process exits 0; a restart on the same database posts what was
 * released and nothing twice. A second signal exits at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/sqlite.js';
import { startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { killAll, startService } from './service-process.js';

const CHANNEL = 'C0SIGTERM';
let api: FakeSlackApi;
let dir: string;

beforeAll(async () => {
  api = await startFakeSlackApi();
  dir = mkdtempSync(join(tmpdir(), 'sg17-shutdown-'));
});
afterAll(async () => {
  killAll();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function subscribedDb(name: string): Promise<string> {
  const db = join(dir, name);
  const store = openStore(db);
  await store.subscriptions.subscribe(`slack:${CHANNEL}`, { questions: ['Q3/17'], leads: ['1d'] }, 'test', new Date('2024-11-01T00:00:00Z'));
  await store.close();
  return db;
}

const env = (db: string, now: string) => ({
  SG17_DB: db,
  SG17_NOW: now,
  SG17_TICK: '* * * * * *',
  SLACK_SIGNING_SECRET: 'shutdown-test-signing-secret',
  SLACK_BOT_TOKEN: 'xoxb-5-6-shutdown',
  SLACK_API_URL: api.url,
});

const postedKeys = () =>
  api
    .callsTo('chat.postMessage')
    .filter((c) => c.params.channel === CHANNEL)
    .map((c) => String((c.params.metadata as { event_payload: { key: string } }).event_payload.key));

describe('SIGTERM during a slow post', () => {
  it('lets the post finish, releases the queued claim, exits 0; the restart posts the rest once', async () => {
    const db = await subscribedDb('slow.db');
    // 1 day before the Q3/17 RGM of 26–27 Nov 2024 (09:00 Zurich) and the Monday digest: both due 08:00Z.
    api.delay('chat.postMessage', 800);
    const first = startService(env(db, '2024-11-25T07:59:58Z'));
    await first.url;
    await api.waitFor('chat.postMessage'); // the reminder's post has reached Slack and is not answered yet
    first.child.kill('SIGTERM');
    const exit = await first.exited(12_000);
    expect(exit.code).toBe(0);
    expect(first.lines.find((l) => l.msg === 'reminder posted')).toBeDefined();
    expect(first.lines.find((l) => String(l.msg).startsWith('released reminder claims'))).toMatchObject({ released: 1 });
    expect(postedKeys()).toHaveLength(1);
    expect(postedKeys()[0]).toBe(`slack:${CHANNEL}|sg17-2024-09/rgm-08|2024-11-26|1d`);

    // Restart on the same database: the released digest is posted, the reminder is not posted again.
    api.delay('chat.postMessage', 0);
    const second = startService(env(db, '2024-11-25T08:00:05Z'));
    await second.waitForLog((l) => l.msg === 'reminder posted');
    const keys = postedKeys();
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    expect(keys[1]).toContain('|digest|2024-11-25');
    second.child.kill('SIGTERM');
    expect((await second.exited(12_000)).code).toBe(0);
  }, 30_000);

  it('a second signal exits at once', async () => {
    const db = await subscribedDb('second-signal.db');
    api.delay('chat.postMessage', 8_000);
    const service = startService(env(db, '2024-11-25T07:59:58Z'));
    await service.url;
    await api.waitFor('chat.postMessage', postedKeys().length + 1);
    service.child.kill('SIGTERM');
    await service.waitForLog((l) => l.msg === 'stopping');
    const sent = Date.now();
    service.child.kill('SIGTERM');
    const exit = await service.exited(5_000);
    expect(exit.code).toBe(1);
    expect(exit.at - sent).toBeLessThan(1_000);
    expect(service.stderr()).toContain('second SIGTERM');
    api.delay('chat.postMessage', 0);
  }, 30_000);
});
