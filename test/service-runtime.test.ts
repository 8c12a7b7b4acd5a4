/**
 * One runtime loader for every subcommand (./.env honoured by `sg17 reminders` and `sg17 calendar`),
 * state told truthfully (what the database already handled; no log line for a channel that does
 * not exist), a core that names no platform, and a CLI usage message with balanced quotes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { openStore } from '../src/store/sqlite.js';
import { loadConfig } from '../adapters/config.js';
import { createApp } from '../adapters/app.js';
import { CONSOLE_CHANNEL, CONSOLE_DEFAULT } from '../adapters/console/address.js';
import { LAST_TICK_KEY } from '../adapters/reminders/scheduler.js';
import { FakeClock } from '../src/clock.js';
import type { Logger } from '../src/ports.js';
import { ROOT } from './service-process.js';

const dir = mkdtempSync(join(tmpdir(), 'sg17-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built CLI run in `cwd`, with only PATH from the environment plus `env`. */
function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/adapters/cli/main.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH!, ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('./.env for every subcommand', () => {
  it('sg17 reminders reads SG17_DB from ./.env; a variable set in the shell wins', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const db = join(cwd, 'bot.db');
    const store = openStore(db);
    await store.subscriptions.subscribe('discord:77', { questions: ['Q14/17'], leads: ['1d'], timeZone: 'Asia/Tokyo' }, 'u', new Date('2024-09-10T00:00:00Z'));
    await store.close();
    writeFileSync(join(cwd, '.env'), `# copied from .env.example\nSG17_DB=${db}\n`);
    const fromDotenv = cli(['reminders', '--json', '--now', '2025-02-01T00:00:00Z'], cwd);
    expect(fromDotenv.code).toBe(0);
    const items = (JSON.parse(fromDotenv.stdout) as { items: { channel: string }[] }).items;
    expect(new Set(items.map((i) => i.channel))).toEqual(new Set(['discord:77']));

    const fromShell = cli(['reminders', '--json', '--now', '2025-02-01T00:00:00Z'], cwd, { SG17_DB: join(cwd, 'absent.db') });
    expect((JSON.parse(fromShell.stdout) as { items: { channel: string }[] }).items[0]!.channel).toBe(CONSOLE_CHANNEL);
  });

  it('a question (the cold-start path) reads SG17_DATA_DIR from ./.env too', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    writeFileSync(join(cwd, '.env'), 'SG17_DATA_DIR=./no-such-data\n');
    const r = cli(['rec', 'X.1716'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-data');
    expect(cli(['rec', 'X.1716'], cwd, { SG17_DATA_DIR: join(ROOT, 'data') }).code).toBe(0);
  });

  it('sg17 calendar reads ./.env too (a bad variable there is named)', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    writeFileSync(join(cwd, '.env'), 'PORT=http\n');
    const r = cli(['calendar'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PORT');
  });
});

describe('the reminders preview explains what this database already handled', () => {
  it('after a run with the real clock, an earlier --now says the service ran later and suggests a fresh SG17_DB', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const db = join(cwd, 'used.db');
    // What `npm start` in a terminal with the real clock leaves behind.
    const store = openStore(db);
    await store.subscriptions.ensureDefault(CONSOLE_CHANNEL, CONSOLE_DEFAULT, new Date('2026-11-29T10:00:00Z'));
    await store.ledger.setMeta(LAST_TICK_KEY, '2026-11-29T10:05:00.000Z');
    await store.close();
    const r = cli(['reminders', '--now', '2024-11-20T00:00:00Z'], cwd, { SG17_DB: db });
    expect(r.stdout).toContain('The service already ran on this database up to 2026-11-29T10:05:00.000Z');
    expect(r.stdout).toContain('use a fresh SG17_DB for demos'.replace('use', 'Use'));
    expect(r.stdout).toContain(`${CONSOLE_CHANNEL} subscribed on 2026-11-29T10:00:00.000Z`);
    const json = JSON.parse(cli(['reminders', '--json', '--now', '2024-11-20T00:00:00Z'], cwd, { SG17_DB: db }).stdout) as { handled?: string[] };
    expect(json.handled).toHaveLength(2);
  });

  it('says nothing of the kind for a fresh database', () => {
    const r = cli(['reminders', '--now', '2024-11-20T00:00:00Z'], dir, { SG17_DB: join(dir, 'fresh-absent.db') });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('already');
  });
});

describe('log lines name only channels that exist', () => {
  function recording(): Logger & { lines: string[] } {
    const lines: string[] = [];
    const push = (o: object | string, m?: string) => lines.push(String(m ?? o));
    return { lines, info: push, warn: push, error: push, debug: push };
  }

  it.each([
    [false, false],
    [true, true],
  ])('console interactive=%s → "console channel subscribed" logged: %s', async (interactive, logged) => {
    const logger = recording();
    const config = loadConfig({ PORT: '0', SG17_DB: join(dir, `console-${interactive}.db`) });
    const input = new PassThrough();
    const app = await createApp(config, {
      clock: new FakeClock('2024-11-20T00:00:00Z'),
      logger,
      console: { input, output: new PassThrough(), interactive },
      reminders: { cron: false },
    });
    await app.start();
    expect(logger.lines.some((l) => l.includes('console channel subscribed'))).toBe(logged);
    expect(app.readiness()).toMatchObject({ ready: true, platforms: {} });
    input.end();
    await app.stop();
  });
});

describe('the service says when its database already ran later than its clock', () => {
  it('warns at start-up (the console shows warnings) and names the remedy', async () => {
    const db = join(dir, 'ran-later.db');
    const store = openStore(db);
    await store.ledger.setMeta(LAST_TICK_KEY, '2026-11-29T10:05:00.000Z');
    await store.close();
    const lines: string[] = [];
    const push = (o: object | string, m?: string) => lines.push(String(m ?? o));
    const logger: Logger = { info: () => {}, debug: () => {}, warn: push, error: push };
    const config = loadConfig({ PORT: '0', SG17_DB: db });
    const input = new PassThrough();
    const app = await createApp(config, {
      clock: new FakeClock('2024-11-25T07:58:00Z'),
      logger,
      console: { input, output: new PassThrough(), interactive: true },
      reminders: { cron: false },
    });
    await app.start();
    expect(lines.find((l) => l.includes('already ran the scheduler up to 2026-11-29T10:05:00.000Z'))).toContain('use a fresh SG17_DB for demos');
    input.end();
    await app.stop();
  });
});

describe('src/ names no platform', () => {
  function* tsFiles(folder: string): Generator<string> {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, e.name);
      if (e.isDirectory()) yield* tsFiles(path);
      else if (e.name.endsWith('.ts')) yield path;
    }
  }

  it('no platform name in code or text outside comments', () => {
    const offenders: string[] = [];
    for (const file of tsFiles(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const m of code.matchAll(/\b(slack|discord)\b|console:local/gi)) offenders.push(`${file.slice(ROOT.length)}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('the CLI usage message', () => {
  it('an unknown option is named with balanced quotes', () => {
    const r = cli(['reminders', '--bogus'], dir);
    expect(r.code).toBe(2);
    const first = r.stderr.split('\n')[0]!;
    expect(first).toContain('"--bogus"');
    expect((first.match(/"/g) ?? []).length % 2).toBe(0);
    expect((first.match(/'/g) ?? []).length % 2).toBe(0);
  });
});
