import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { main } from '../adapters/cli/cli.js';
import { openStore } from '../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'sg17-reminders-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe('sg17 reminders', () => {
  it('prints the plan of the console default as JSON when nothing is stored, without creating a database', async () => {
    const db = join(dir, 'absent.db');
    const { code, stdout } = await run(['reminders', '--now', '2024-11-25T07:58:00Z', '--json', '--count', '3'], { SG17_DB: db });
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { items: Record<string, unknown>[] };
    expect(plan.items[0]).toMatchObject({ rgm: 'sg17-2024-09/rgm-08', question: 'Q3/17', dueAt: '2024-11-25T08:00:00.000Z', channel: 'console:local' });
    expect(plan.items).toHaveLength(3);
    expect(existsSync(db)).toBe(false);
  });

  it('plans the subscriptions stored in SG17_DB', async () => {
    const db = join(dir, 'stored.db');
    const store = openStore(db);
    await store.subscriptions.subscribe('discord:77', { questions: ['Q14/17'], leads: ['1d'], timeZone: 'Asia/Tokyo' }, 'u', new Date('2024-09-10T00:00:00Z'));
    store.close();
    const { stdout } = await run(['reminders', '--json'], { SG17_DB: db, SG17_NOW: '2025-02-01T00:00:00Z' });
    const items = (JSON.parse(stdout) as { items: Record<string, unknown>[] }).items.filter((i) => i.kind === 'reminder');
    // 10-11 Feb 2025, 1 day before at 09:00 Tokyo = 00:00 UTC on 9 Feb.
    expect(items).toEqual([
      expect.objectContaining({ rgm: 'sg17-2024-09/rgm-13', question: 'Q14/17', dueAt: '2025-02-09T00:00:00.000Z', channel: 'discord:77' }),
    ]);
  });

  it('says how many people follow by direct message, never who or what', async () => {
    const db = join(dir, 'follows.db');
    const store = openStore(db);
    store.subscriptions.subscribe('slack:C1', { questions: ['Q3/17'] }, 'u', new Date('2024-09-10T00:00:00Z'));
    await store.follows.follow('slack:user:U0SECRET', { questions: ['Q11/17'] }, new Date('2024-09-10T00:00:00Z'));
    await store.follows.follow('discord:user:4242', { questions: ['Q15/17'] }, new Date('2024-09-10T00:00:00Z'));
    store.close();
    const text = await run(['reminders'], { SG17_DB: db, SG17_NOW: '2024-11-01T00:00:00Z' });
    expect(text.stdout).toContain('2 people follow Questions by direct message (not listed: follows are private).');
    const json = await run(['reminders', '--json'], { SG17_DB: db, SG17_NOW: '2024-11-01T00:00:00Z' });
    expect(JSON.parse(json.stdout)).toMatchObject({ followers: 2 });
    for (const out of [text.stdout, json.stdout]) {
      expect(out).not.toContain('U0SECRET');
      expect(out).not.toContain('4242');
      expect(out).not.toContain('Q11/17');
    }
  });

  // A failure reading the database goes the way of every failed command (adapters/cli/dispatch.ts):
  // an apology naming the request id on stdout, the id and the stack on stderr, exit 1.
  function expectFailedThroughDispatcher(r: { code: number; stdout: string; stderr: string }, cause: RegExp) {
    expect(r.code).toBe(1);
    const id = /request ([0-9a-f]{8})/.exec(r.stdout)?.[1];
    expect(id).toBeDefined();
    expect(r.stdout).toContain('Something went wrong');
    expect(r.stdout).not.toMatch(cause);
    expect(r.stderr).toContain(`requestId=${id} command=reminders`);
    expect(r.stderr).toMatch(cause);
    expect(r.stderr).toMatch(/\n\s+at /); // the stack
  }

  it('answers a subscriptions row with corrupt JSON like any failed command: request id, stack on stderr, exit 1', async () => {
    const db = join(dir, 'damaged.db');
    const store = openStore(db);
    await store.subscriptions.subscribe('slack:C1', { questions: ['Q15/17'] }, 'slack:U1', new Date('2024-11-01T00:00:00Z'));
    store.close();
    const raw = new Database(db);
    raw.prepare('UPDATE subscriptions SET questions = ?').run('{not json');
    raw.close();
    expectFailedThroughDispatcher(await run(['reminders', '--now', '2024-11-20T00:00:00Z'], { SG17_DB: db }), /SyntaxError|JSON/);
  });

  it('answers a file that is not a database the same way', async () => {
    const db = join(dir, 'not-a-database.db');
    writeFileSync(db, 'this is not an SQLite file, just some text long enough to have a header'.repeat(20));
    expectFailedThroughDispatcher(await run(['reminders', '--now', '2024-11-20T00:00:00Z'], { SG17_DB: db }), /not a database/);
  });

  it('rejects a bad --now with a usage error', async () => {
    expect((await run(['reminders', '--now', 'soon'], { SG17_DB: join(dir, 'x.db') })).code).toBe(2);
  });
});

describe('sg17 calendar', () => {
  it('prints an iCalendar feed that ical.js parses, optionally for one Question', async () => {
    const { code, stdout } = await run(['calendar', '--question', '13', '--now', '2024-11-25T07:58:00Z'], { SG17_DB: join(dir, 'absent2.db') });
    expect(code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['Q13/17 interim RGM (TBC)', '2025-01-07', '2025-01-10'],
      ['1st SG17 meeting in 2025-2028 Study Period', '2025-04-07', '2025-04-18'],
    ]);
  });

  it('rejects a --question that is not one', async () => {
    const { code, stderr } = await run(['calendar', '--question', 'banana']);
    expect(code).toBe(2);
    expect(stderr).toContain('--question expects a Question number');
  });
});
