/**
 * The console channel, driven through its stdin/stdout (PassThrough streams) inside the real
 * service built by createApp with no chat platform configured.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { renderText } from '../adapters/console/render-text.js';
import { CONSOLE_CHANNEL, NO_PLATFORM_HELP, PROMPT } from '../adapters/console/channel.js';
import { ask } from '../src/engine/engine.js';
import { MAX_INPUT_CHARS } from '../src/dispatch/dispatch.js';
import type { Answer } from '../src/engine/answer.js';
import { FakeClock } from '../src/clock.js';
import type { Logger } from '../src/ports.js';
import type { CommandContext } from '../src/engine/command.js';
import { FOLLOWING } from '../src/engine/answer.js';
import { main } from '../adapters/cli/cli.js';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { execFile } from 'node:child_process';

const DATA_DIR = process.env.SG17_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const NOW = '2024-11-20T09:00:00Z';
const clock = new FakeClock(NOW);
const ctxOf = (app: App): CommandContext => ({
  catalog: app.deps.catalog(),
  now: clock.now(),
  channel: CONSOLE_CHANNEL,
  actor: { id: 'console:local', canManageChannel: true },
});

interface Terminal {
  readonly app: App;
  readonly base: string;
  readonly input: PassThrough;
  /** Everything printed so far. */
  text(): string;
  /** Resolves once the output contains `needle`. */
  until(needle: string): Promise<string>;
  readonly closed: Promise<void>;
}

let running: App | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function openConsole(interactive = true, logger: Logger = silentLogger): Promise<Terminal> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  const waiters: { needle: string; resolve: (s: string) => void }[] = [];
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
    for (const w of [...waiters]) {
      if (printed.includes(w.needle)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(printed);
      }
    }
  });
  let onClose!: () => void;
  const closed = new Promise<void>((resolve) => (onClose = resolve));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SG17_DATA_DIR: DATA_DIR, SG17_DB: ':memory:' });
  const app = await createApp(config, { clock, logger, console: { input, output, interactive, onClose }, reminders: { cron: false } });
  running = app;
  const base = await app.start();
  return {
    app,
    base,
    input,
    text: () => printed,
    until: (needle) => (printed.includes(needle) ? Promise.resolve(printed) : new Promise((resolve) => waiters.push({ needle, resolve }))),
    closed,
  };
}

async function expectedText(text: string, app: App): Promise<string> {
  const answer = await ask(text, {
    catalog: app.deps.catalog(),
    now: clock.now(),
    channel: CONSOLE_CHANNEL,
    actor: { id: 'console:local', canManageChannel: true },
  });
  return renderText(answer);
}

describe('console channel', () => {
  it('opens with no platform configured, prompts, and answers `rec X.1716` as text', async () => {
    const t = await openConsole();
    expect(t.app.adapters.map((a) => a.platform)).toEqual(['console']);
    await t.until(PROMPT);
    t.input.write('rec X.1716\n');
    const want = await expectedText('rec X.1716', t.app);
    // The answer, then a blank line and a fresh prompt.
    const out = await t.until(`${want}\n${PROMPT}`);
    expect(out.startsWith('sg17 console channel')).toBe(true);
  });

  it('answers several lines in the order typed, including free text and bad input', async () => {
    const t = await openConsole();
    const lines = ['help', 'which items are going to AAP last call?', `rec ${'Z'.repeat(600)}`, '<!channel> nonsense'];
    t.input.write(`${lines.join('\n')}\n`);
    // The engine's answers, but for the oversize line: dispatch refuses it before the engine sees it.
    const wants = await Promise.all(lines.map((l) => (l.length > MAX_INPUT_CHARS ? 'Too long\n' : expectedText(l, t.app))));
    const out = await t.until(wants.at(-1)!);
    const positions = wants.map((w) => out.indexOf(w));
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(out).not.toContain('Z'.repeat(100));
  });

  it('ignores blank lines and reports the end of input (Ctrl-D) so the service can stop', async () => {
    const t = await openConsole();
    t.input.write('\n   \nhelp\n');
    t.input.end();
    await t.closed;
    expect(t.text()).toContain(await expectedText('help', t.app));
  });

  it('leaves on `quit`', async () => {
    const t = await openConsole();
    t.input.write('quit\n');
    await t.closed;
  });

  it('prints reminders posted to console:local and refuses other channels', async () => {
    const t = await openConsole();
    await t.until(PROMPT);
    const reminder: Answer = {
      kind: 'reminder',
      ok: true,
      title: 'Q15/17 RGM in 7 days',
      summary: 'MyWorkspace',
      sections: [],
      source: 'SG17, Geneva, 2–6 Sep 2024',
      data: { kind: 'reminder', items: [] },
    };
    const poster = t.app.adapters[0]!.poster;
    expect(await poster.post(CONSOLE_CHANNEL, reminder, { idempotencyKey: 'r1' })).toEqual({ status: 'sent' });
    await t.until(renderText(reminder));
    expect((await poster.post('slack:C1', reminder, { idempotencyKey: 'r2' })).status).toBe('gone');
  });

  it('without a terminal says how to configure a platform and keeps serving HTTP', async () => {
    const t = await openConsole(false);
    const out = await t.until('Still serving HTTP');
    expect(out).toBe(NO_PLATFORM_HELP);
    expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
    // stdin is not read: nothing typed there is answered.
    t.input.write('help\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(t.text()).toBe(NO_PLATFORM_HELP);
  });

  it('names in its "listening" log line only the channels that exist', async () => {
    const listening = async (interactive: boolean) => {
      const infos: { obj: object; msg: string | undefined }[] = [];
      const logger: Logger = { ...silentLogger, info: (obj: object | string, msg?: string) => void (typeof obj === 'object' && infos.push({ obj, msg })) };
      const t = await openConsole(interactive, logger);
      await t.app.stop();
      running = undefined;
      return infos.find((l) => l.msg?.startsWith('sg17 listening on'))?.obj;
    };
    expect(await listening(true)).toMatchObject({ platforms: ['console'] });
    expect(await listening(false)).toMatchObject({ platforms: [] });
  });

  it('continues the last line: "aap Q10" then "and their rgms?" answers the Q10 RGMs, following it', async () => {
    const t = await openConsole();
    t.input.write('aap Q10\nand their rgms?\n');
    const want = renderText({ ...(await ask('rgm Q10', ctxOf(t.app))), reading: { query: 'rgm Q10', understood: true, show: true, following: true } });
    const out = await t.until(want);
    expect(out).toContain(`Read as: \`rgm Q10\` ${FOLLOWING}`);
  });
});

describe('sg17 console (standard input as one conversation)', () => {
  /** `sg17 console` in this process, on a stream for stdin that ends after `lines`. */
  async function scripted(lines: string, isTTY = false): Promise<{ code: number; out: string; err: string }> {
    const stdin = Object.assign(new PassThrough(), { isTTY });
    const out: string[] = [];
    const err: string[] = [];
    stdin.end(lines);
    const code = await main(['console', '--now', NOW], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { SG17_DATA_DIR: DATA_DIR }, stdin });
    return { code, out: out.join(''), err: err.join('') };
  }
  const at = (): CommandContext => ({ catalog: buildCatalog(loadDataset(DATA_DIR)), now: new Date(NOW) });

  it('answers each line read, one answer per line, and exits 0 when the input ends', async () => {
    const { code, out, err } = await scripted('aap Q10\nand their rgms?\n\nwhat about Q15?\n');
    expect(code).toBe(0);
    expect(err).toBe('');
    const ctx = at();
    const first = renderText(await ask('aap Q10', ctx));
    const followed = (terse: string) =>
      ask(terse, ctx).then((a) => renderText({ ...a, reading: { query: terse, understood: true, show: true, following: true } }));
    // No prompt without a terminal: the output is the answers alone, in order.
    expect(out).toBe(`${first}\n${await followed('rgm Q10')}\n${await followed('rgm Q15')}\n`);
  });

  it('prompts only for a terminal, and stops reading at `quit`', async () => {
    const { code, out } = await scripted('aap Q15\nquit\nrgm Q10\n', true);
    expect(code).toBe(0);
    expect(out.startsWith('sg17> ')).toBe(true);
    expect(out).toContain(`${renderText(await ask('aap Q15', at()))}\nsg17> `);
    expect(out).not.toContain('Interim RGMs');
  });

  it('runs as `printf … | sg17 console`: stdin a pipe, the process exits when it ends', async () => {
    const bin = fileURLToPath(new URL('../bin/sg17.js', import.meta.url));
    const child = execFile(process.execPath, [bin, 'console', '--now', NOW], {
      env: { ...process.env, SG17_DATA_DIR: DATA_DIR, SG17_NOW: '' },
      encoding: 'utf8',
    });
    const chunks: string[] = [];
    child.stdout?.on('data', (d: string) => chunks.push(d));
    child.stdin?.end('aap Q10\nand their rgms?\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const out = chunks.join('');
    expect(code).toBe(0);
    expect(out).toContain(`Read as: \`rgm Q10\` ${FOLLOWING}`);
    expect(out).toContain('Q10/17 — 6 Dec 2024');
  });
});
