/** `sg17 db migrate-to`: a SQLite file's subscriptions, ledger and calendar sequences, copied into PostgreSQL and read back through the ports. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { db } from '../adapters/cli/subcommands/db.js';
import { openStore } from '../src/store/sqlite.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { TEST_PG, freshDatabase, noteMissingPostgres } from './pg-harness.js';
import { entry } from './store-contract.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function io(env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: (t: string) => {
      out.stdout += t;
    },
    stderr: (t: string) => {
      out.stderr += t;
    },
    env,
  };
  return { out, io };
}

describe('sg17 db', () => {
  it('--help says what is copied and what to do after', async () => {
    const { out, io: cliIo } = io();
    expect(await db.run(['--help'], cliIo)).toBe(0);
    expect(out.stdout).toContain('sg17 db migrate-to postgres://');
    expect(out.stdout).toMatch(/subscriptions, personal follows, the reminder ledger/);
  });

  it('refuses a target that is not a postgres:// URL', async () => {
    await expect(db.run(['migrate-to', 'var/other.db'], io().io)).rejects.toThrow(/postgres:\/\/ URL/);
  });
});

if (!TEST_PG) noteMissingPostgres();

describe.runIf(TEST_PG)('sg17 db migrate-to (PostgreSQL)', () => {
  it('copies subscriptions, the ledger (with message ids), meta and calendar sequences; a second run copies nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg17-migrate-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'sg17.db');
    const sqlite = openStore(path);
    const now = new Date('2024-11-25T08:00:00Z');
    await sqlite.subscriptions.subscribe('slack:C1', { questions: ['Q15/17'], leads: ['1d'] }, 'slack:U1', now);
    await sqlite.subscriptions.subscribe('discord:9', { questions: 'all' }, 'discord:u', now);
    await sqlite.ledger.claim(entry('k-sent'), 'A', now.getTime(), 60_000);
    await sqlite.ledger.markSent('k-sent', 'A', '1700000000.000100', now);
    await sqlite.ledger.setMeta('scheduler:last_tick', now.toISOString());
    await sqlite.follows.follow('slack:user:U0RAPP01', { questions: ['Q3/17'], timeZone: 'Asia/Seoul', timeZoneSource: 'profile' }, now);
    await sqlite.calendarVersions.versionOf('u1', 'h1', '{"a":1}', now);
    await sqlite.calendarVersions.versionOf('u1', 'h2', '{"a":2}', now);
    await sqlite.close();

    const target = await freshDatabase();
    cleanup.push(target.drop);
    const first = io();
    expect(await db.run(['migrate-to', target.url, '--from', path], first.io)).toBe(0);
    expect(first.out.stdout).toContain('subscriptions: 2 of 2 rows copied');
    expect(first.out.stdout).toContain('reminder_ledger: 1 of 1 rows copied');

    const pg = openPostgresStore(target.url);
    cleanup.push(() => pg.close());
    expect((await pg.subscriptions.listActive()).map((s) => [s.channel, s.questions, s.leads])).toEqual([
      ['discord:9', 'all', ['7d', '1d']],
      ['slack:C1', ['Q15/17'], ['1d']],
    ]);
    expect(await pg.ledger.get('k-sent')).toMatchObject({ status: 'sent', messageId: '1700000000.000100' });
    expect((await pg.ledger.claim(entry('k-sent'), 'B', now.getTime(), 60_000)).outcome).toBe('done');
    expect(await pg.ledger.getMeta('scheduler:last_tick')).toBe(now.toISOString());
    expect(await pg.calendarVersions.sequenceFor('u1', 'h2')).toBe(1);
    expect(await pg.follows.get('slack:user:U0RAPP01')).toMatchObject({ questions: ['Q3/17'], timeZone: 'Asia/Seoul', timeZoneSource: 'profile' });

    // Again, the source now from SG17_DB: everything is there already.
    const second = io({ SG17_DB: path });
    expect(await db.run(['migrate-to', target.url], second.io)).toBe(0);
    expect(second.out.stdout).toContain('subscriptions: 0 of 2 rows copied (the rest were there already)');
  });
});
