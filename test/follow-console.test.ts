/**
 * Follows in the console channel: the person at the terminal ("console:user:local") follows a
 * Question and their direct messages print in the console, beside the console channel's own
 * reminders; unknown Questions are refused in subscribe and follow alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { PROMPT } from '../adapters/console/channel.js';
import { FakeClock } from '../src/clock.js';

const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
let running: App | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function terminal(clock: FakeClock) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SG17_DATA_DIR: DATA_DIR, SG17_DB: ':memory:' });
  const app = await createApp(config, { clock, logger: silentLogger, console: { input, output, interactive: true }, reminders: { cron: false } });
  running = app;
  await app.start();
  /** Type a line; resolves with what it printed once the next prompt shows. */
  const type = async (line: string): Promise<string> => {
    const from = printed.length;
    input.write(`${line}\n`);
    for (let i = 0; i < 200 && !printed.slice(from).includes(PROMPT); i++) await new Promise((r) => setTimeout(r, 5));
    return printed.slice(from);
  };
  return { app, type, printed: () => printed };
}

describe('follow in the console', () => {
  it('refuses subscribe Q99 and follow Q99 with the Questions the data holds and the nearest one; nothing is stored', async () => {
    const t = await terminal(new FakeClock('2024-11-20T09:00:00Z'));
    const subscribed = await t.type('subscribe Q99');
    expect(subscribed).toContain(
      'SG17 has no Q99/17 — its Questions with texts or RGMs in the data are Q1–Q15 (Q5, Q9, Q12 have none at present); did you mean Q9?',
    );
    expect(await t.type('subscriptions')).toContain('This channel follows all Questions');
    expect(await t.type('follow 16')).toContain('did you mean Q15?');
    expect(await t.type('following')).toContain('You follow no Question');
  });

  it('prints the person’s direct message beside the channel’s reminder, once', async () => {
    const clock = new FakeClock('2024-11-24T09:00:00Z');
    const t = await terminal(clock);
    expect(await t.type('follow Q3 lead 1d')).toContain('You follow Q3/17');
    clock.set('2024-11-25T08:00:10Z'); // 1 day before 26 Nov, 09:00 Geneva
    await t.app.reminders.scheduler.tick();
    await t.app.reminders.scheduler.drain();
    const dms = t.printed().split('(direct message to you) ').length - 1;
    expect(dms).toBe(1);
    expect(t.printed()).toMatch(/\(direct message to you\) Reminder: Q3\/17/);
  });
});

describe('follow settings', () => {
  it('changes the settings alone when no Question is given, and asks which when nothing is followed', async () => {
    const t = await terminal(new FakeClock('2024-11-20T09:00:00Z'));
    expect(await t.type('follow lead 3d')).toContain('Which Questions?');
    expect(await t.type('follow Q3 Q15')).toContain('You follow Q3/17, Q15/17');
    const changed = await t.type('follow lead 3d at 08:30 tz Asia/Seoul');
    expect(changed).toContain('You follow Q3/17, Q15/17');
    expect(changed).toContain('3 days before each interim RGM, day reminders at 08:30 (Asia/Seoul — as you set it)');
    expect(await t.type('unfollow Q3')).toContain('You follow Q15/17');
    expect(await t.type('unfollow all')).toContain('You follow nothing now');
  });
});
