/**
 * The real service as a child process (node dist/adapters/cli/main.js serve), its clock started
 * by SG17_NOW just before a planned reminder, subscribed through a signed Slack `/sg17 subscribe`,
 * posting to a loopback fake Slack Web API. Then `kill -9` and a restart on the same database:
 * the reminder is not posted again. The tick runs every second here (SG17_TICK) so the test waits
 * seconds, not a minute; production ticks once a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../src/clock.js';
import { openStore } from '../src/store/sqlite.js';
import { slackSignature, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { killAll, startService, type ServiceProcess } from './service-process.js';
const SECRET = 'process-test-signing-secret-0000';
const TOKEN = 'xoxb-3333-4444-process';

let api: FakeSlackApi;
let dir: string;

/** The service on the shared database, its clock started at `now`, talking to the fake Slack API. */
function start(now: string, env: Record<string, string> = {}): ServiceProcess {
  return startService({
    ...env,
    SG17_DB: join(dir, 'sg17.db'),
    SG17_NOW: now,
    SG17_TICK: '* * * * * *',
    SG17_ADMINS: 'U0ADMIN1',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_API_URL: api.url,
  });
}

async function kill9(service: ServiceProcess): Promise<void> {
  const exited = new Promise((resolve) => service.child.once('exit', resolve));
  service.child.kill('SIGKILL');
  await exited;
}

async function slash(base: string, text: string, userId = 'U0ADMIN1'): Promise<string> {
  const body = slashCommandBody(text, { user_id: userId, channel_id: 'C0KILL9' });
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SECRET, body, Math.floor(systemClock.now().getTime() / 1000)) },
    body,
  });
  return res.text();
}

const reminderPosts = () => api.callsTo('chat.postMessage').filter((c) => String(c.params.text).startsWith('Reminder: Q3/17'));

beforeAll(async () => {
  api = await startFakeSlackApi();
  dir = mkdtempSync(join(tmpdir(), 'sg17-kill9-'));
});
afterAll(async () => {
  killAll();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the service process', () => {
  it('posts a due reminder once; after kill -9 and a restart it does not post it again', async () => {
    // 1 day before the Q3/17 RGM of 26–27 Nov 2024 at 09:00 Zurich = 2024-11-25T08:00:00Z.
    const first = start('2024-11-25T07:59:53Z'); // margin for a slow start on a busy machine
    const base = await first.url;
    expect(await slash(base, 'subscribe Q3 lead 1d')).toContain('This channel follows Q3/17');
    const tick = await first.waitForLog((l) => l.msg === 'reminder tick' && Number(l.claimed) >= 1, 30_000);
    expect(tick.from! < '2024-11-25T08:00:00.000Z' && tick.to! >= '2024-11-25T08:00:00.000Z').toBe(true);
    await first.waitForLog((l) => l.msg === 'reminder posted', 30_000);
    expect(reminderPosts()).toHaveLength(1);
    expect(reminderPosts()[0]!.params.channel).toBe('C0KILL9');
    await kill9(first);

    // Restart on the same database with the clock again before the due time: the plan says due,
    // the ledger says sent.
    const second = start('2024-11-25T07:59:53Z');
    await second.url;
    const again = await second.waitForLog((l) => /^reminder (tick|scheduler started)/.test(String(l.msg)) && Number(l.due) >= 1, 30_000);
    expect(again).toMatchObject({ claimed: 0 });
    expect(reminderPosts()).toHaveLength(1);
    await kill9(second);
  }, 45_000); // two real service starts and a few real one-second ticks

  it('two service processes on one database post one direct message to a person who follows Q3', async () => {
    api.users.set('U0RAPP02', { id: 'U0RAPP02' });
    rmSync(join(dir, 'sg17.db'), { force: true });
    // The follow is stored before the services start (the slash command path is tested in
    // follow-slack.test.ts), so a slow start on a busy machine cannot put it after the due time.
    const seeded = openStore(join(dir, 'sg17.db'));
    await seeded.follows.follow('slack:user:U0RAPP02', { questions: ['Q3/17'], leads: ['1d'] }, new Date('2024-11-17T00:00:00Z'));
    seeded.close();
    // 1 day before the Q3/17 RGM of 19 Nov 2024 at 09:00 Zurich (the default zone) = 2024-11-18T08:00:00Z.
    // Debug logs: every tick's window, also those with nothing due.
    const [a, b] = [start('2024-11-18T07:59:57Z', { LOG_LEVEL: 'debug' }), start('2024-11-18T07:59:57Z', { LOG_LEVEL: 'debug' })];
    await Promise.all([a.url, b.url]);
    // Both run ticks (the last tick instant is shared through the database) until each has
    // ticked past the due time; the ledger lets only one of them claim the DM.
    const tick = (l: Record<string, unknown>) => /^reminder (tick|scheduler started)/.test(String(l.msg));
    await Promise.all([a, b].map((s) => s.waitForLog((l) => tick(l) && String(l.to) > '2024-11-18T08:00:02', 40_000)));
    await Promise.race([a, b].map((s) => s.waitForLog((l) => /reminder posted$/.test(String(l.msg)), 40_000)));
    const claimed = [a, b].flatMap((s) => s.lines.filter(tick)).reduce((n, l) => n + Number(l.claimed ?? 0), 0);
    expect(claimed).toBe(1);
    const dms = api.callsTo('chat.postMessage').filter((c) => c.params.channel === 'D0RAPP02');
    expect(dms).toHaveLength(1);
    expect(String(dms[0]!.params.text)).toContain('Reminder: Q3/17');
    await Promise.all([kill9(a), kill9(b)]);
  }, 60_000);
});
