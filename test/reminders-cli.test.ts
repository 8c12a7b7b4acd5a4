import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    store.subscriptions.subscribe('discord:77', { questions: ['Q14/17'], leads: ['1d'], timeZone: 'Asia/Tokyo' }, 'u', new Date('2024-09-10T00:00:00Z'));
    store.close();
    const { stdout } = await run(['reminders', '--json'], { SG17_DB: db, SG17_NOW: '2025-02-01T00:00:00Z' });
    const items = (JSON.parse(stdout) as { items: Record<string, unknown>[] }).items.filter((i) => i.kind === 'reminder');
    // 10-11 Feb 2025, 1 day before at 09:00 Tokyo = 00:00 UTC on 9 Feb.
    expect(items).toEqual([
      expect.objectContaining({ rgm: 'sg17-2024-09/rgm-13', question: 'Q14/17', dueAt: '2025-02-09T00:00:00.000Z', channel: 'discord:77' }),
    ]);
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
