/**
 * The real service as a child process (node dist/adapters/cli/main.js serve), its clock started
 * by SG17_NOW just before a planned reminder, subscribed through a signed Slack `/sg17 subscribe`,
 * posting to a loopback fake Slack Web API. Then `kill -9` and a restart on the same database:
 * the reminder is not posted again. The tick runs every second here (SG17_TICK) so the test waits
 * seconds, not a minute; production ticks once a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { systemClock } from '../src/clock.js';
import { slackSignature, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'process-test-signing-secret-0000';
const TOKEN = 'xoxb-3333-4444-process';

interface Service {
  readonly child: ChildProcess;
  readonly url: Promise<string>;
  readonly lines: Record<string, unknown>[];
  /** Resolves with the first log line (past or future) matching. */
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

let api: FakeSlackApi;
let dir: string;
const children: ChildProcess[] = [];

function startService(now: string): Service {
  const child = spawn(process.execPath, ['dist/adapters/cli/main.js', 'serve'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SG17_DATA_DIR: join(ROOT, 'data'),
      SG17_DB: join(dir, 'sg17.db'),
      SG17_NOW: now,
      SG17_TICK: '* * * * * *',
      SG17_ADMINS: 'U0ADMIN1',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: api.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.match(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const waitForLog = (match: (l: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const seen = lines.find(match);
      if (seen) return resolve(seen);
      waiters.push({ match, resolve });
      child.once('exit', (code) => reject(new Error(`service exited (${code}) before the expected log line: ${stderr.slice(0, 500)}`)));
    });
  const url = waitForLog((l) => typeof l.url === 'string').then((l) => String(l.url));
  return { child, url, lines, waitForLog };
}

async function kill9(service: Service): Promise<void> {
  const exited = new Promise((resolve) => service.child.once('exit', resolve));
  service.child.kill('SIGKILL');
  await exited;
}

async function slash(base: string, text: string): Promise<string> {
  const body = slashCommandBody(text, { user_id: 'U0ADMIN1', channel_id: 'C0KILL9' });
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
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the service process', () => {
  it('posts a due reminder once; after kill -9 and a restart it does not post it again', async () => {
    // 1 day before the Q3/17 RGM of 26–27 Nov 2024 at 09:00 Zurich = 2024-11-25T08:00:00Z.
    const first = startService('2024-11-25T07:59:53Z'); // margin for a slow start on a busy machine
    const base = await first.url;
    expect(await slash(base, 'subscribe Q3 lead 1d')).toContain('This channel follows Q3/17');
    const tick = await first.waitForLog((l) => l.msg === 'reminder tick' && Number(l.claimed) >= 1);
    expect(tick.from! < '2024-11-25T08:00:00.000Z' && tick.to! >= '2024-11-25T08:00:00.000Z').toBe(true);
    await first.waitForLog((l) => l.msg === 'reminder posted');
    expect(reminderPosts()).toHaveLength(1);
    expect(reminderPosts()[0]!.params.channel).toBe('C0KILL9');
    await kill9(first);

    // Restart on the same database with the clock again before the due time: the plan says due,
    // the ledger says sent.
    const second = startService('2024-11-25T07:59:53Z');
    await second.url;
    const again = await second.waitForLog((l) => /^reminder (tick|scheduler started)/.test(String(l.msg)) && Number(l.due) >= 1);
    expect(again).toMatchObject({ claimed: 0 });
    expect(reminderPosts()).toHaveLength(1);
    await kill9(second);
  }, 45_000); // two real service starts and a few real one-second ticks
});
