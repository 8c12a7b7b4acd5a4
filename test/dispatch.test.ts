/**
 * The front door (src/dispatch): the rules every way in shares — the input limit, which answers may
 * be public, duplicate deliveries and the bot's own messages, request ids, and what a failing
 * command does (logged with the request id and stack; the asker gets an apology naming the id,
 * never the exception's text; the CLI exits 1). Real dataset, real SQLite store, fake clock.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog, type Catalog } from '../src/dataset/catalog.js';
import { FakeClock } from '../src/clock.js';
import type { Logger } from '../src/ports.js';
import { openStore, type SqliteStore } from '../src/store/sqlite.js';
import { createDispatcher, MAX_INPUT_CHARS, requestIds, type DispatchDeps, type Request } from '../src/dispatch/dispatch.js';
import { SEEN_TTL_MS } from '../src/dispatch/seen.js';
import { cliDispatcher } from '../adapters/cli/dispatch.js';
import { exitCodeFor } from '../adapters/cli/subcommands/query.js';
import { renderText } from '../adapters/console/render-text.js';

interface Logged {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly obj: object | string;
  readonly msg: string | undefined;
}

function recordingLogger(): Logger & { lines: Logged[] } {
  const lines: Logged[] = [];
  const at =
    (level: Logged['level']) =>
    (obj: object | string, msg?: string): void => {
      lines.push({ level, obj, msg });
    };
  return { lines, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog(loadDataset('data'));
});

const NOW = '2024-11-20T09:00:00Z';
const CHANNEL = 'slack:C0DISPATCH';

function dispatcher(overrides: Partial<DispatchDeps> = {}) {
  const logger = recordingLogger();
  const clock = new FakeClock(NOW);
  let n = 0;
  const d = createDispatcher({ catalog: () => catalog, clock, logger, newRequestId: () => `req-${++n}`, ...overrides });
  return { d, logger, clock };
}

const text = (t: string, extra: Partial<Request> = {}): Request => ({ query: { text: t }, channel: CHANNEL, ...extra });

const stores: SqliteStore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A real store whose one subscription row was damaged on disk: reading it throws inside the command's handler. */
async function damagedStore(): Promise<{ path: string; store: SqliteStore }> {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-dispatch-'));
  dirs.push(dir);
  const path = join(dir, 'bot.db');
  const store = openStore(path);
  await store.subscriptions.subscribe(CHANNEL, { questions: ['Q15/17'] }, 'slack:U1', new Date(NOW));
  const raw = new Database(path);
  raw.prepare('UPDATE subscriptions SET questions = ?').run('{not json');
  raw.close();
  stores.push(store);
  return { path, store };
}

describe('answers and context', () => {
  it('answers text and named commands, each with its own request id, reading the catalog in force per request', async () => {
    let current: Catalog | undefined;
    const { d } = dispatcher({ catalog: () => current ?? catalog });
    const first = await d.dispatch(text('rec X.1716'));
    expect(first).toMatchObject({ status: 'answered', requestId: 'req-1', public: false });
    if (first.status === 'skipped') throw new Error('skipped');
    expect(first.answer.title).toContain('X.1716');
    const named = await d.dispatch({ query: { command: 'rec', options: { id: 'X.1716' } } });
    expect(named).toMatchObject({ status: 'answered', requestId: 'req-2' });
    // A reload swaps the catalog: the next request sees the new one (here without X.1716).
    current = buildCatalog(loadDataset('data').map((m) => ({ ...m, items: m.items.filter((i) => i.number !== 'X.1716') })));
    const after = await d.dispatch(text('rec X.1716'));
    if (after.status === 'skipped') throw new Error('skipped');
    expect(after.answer.ok).toBe(false);
  });

  it('default request ids are short and distinct', async () => {
    const d = createDispatcher({ catalog: () => catalog, clock: new FakeClock(NOW), logger: recordingLogger() });
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) ids.add((await d.dispatch(text('help'))).requestId);
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
  });

  it('the clock and the subscriptions store reach the command', async () => {
    const store = openStore(':memory:');
    stores.push(store);
    const { d, clock } = dispatcher({ subscriptions: store.subscriptions });
    clock.set('2025-03-01T00:00:00Z');
    const done = await d.dispatch(text('subscribe Q15', { actor: { id: 'slack:U1', canManageChannel: true } }));
    expect(done.status).toBe('answered');
    const [saved] = await store.subscriptions.listForChannel(CHANNEL);
    expect(saved).toMatchObject({ questions: ['Q15/17'], createdBy: 'slack:U1' });
    expect(saved!.createdAt).toBe('2025-03-01T00:00:00.000Z');
  });
});

describe('request ids', () => {
  it('are 8 hex digits, never repeated within a run, and start elsewhere in each run', () => {
    const ids = requestIds();
    const run = Array.from({ length: 5_000 }, ids);
    expect(run.every((id) => /^[0-9a-f]{8}$/.test(id))).toBe(true);
    expect(new Set(run).size).toBe(run.length);
    const starts = Array.from({ length: 8 }, () => requestIds()());
    expect(new Set(starts).size).toBeGreaterThan(1);
  });
});

describe('the input limit', () => {
  it(`refuses text over ${MAX_INPUT_CHARS} characters with a short answer, never public`, async () => {
    const { d } = dispatcher();
    const at = await d.dispatch(text(`search ${'a'.repeat(MAX_INPUT_CHARS - 'search '.length)}`));
    if (at.status === 'skipped') throw new Error('skipped');
    expect(at.answer.title).not.toBe('Too long');
    const over = await d.dispatch(text(`search ${'a'.repeat(MAX_INPUT_CHARS)} public`));
    if (over.status === 'skipped') throw new Error('skipped');
    expect(over.answer.title).toBe('Too long');
    expect(over.public).toBe(false);
  });

  it('refuses any option value over the limit', async () => {
    const { d } = dispatcher();
    const over = await d.dispatch({ query: { command: 'search', options: { text: 'x'.repeat(MAX_INPUT_CHARS + 1) } } });
    expect(over.answer.title).toBe('Too long');
  });
});

describe('public or only to the asker', () => {
  const cases: [string, Partial<Request>, boolean][] = [
    ['aap public', {}, true],
    ['aap', {}, false],
    ['aap', { public: true }, true],
    ['which items are going to AAP last call? public', {}, true],
    // Nothing found: a problem is shown only to the asker.
    ['rec X.9999999 public', {}, false],
    // A command that changes settings never answers publicly.
    ['subscriptions public', {}, true],
    ['unsubscribe Q15 public', { actor: { id: 'slack:U1', canManageChannel: true } }, false],
  ];
  it.each(cases)('%s %o → public %s', async (t, extra, expected) => {
    const store = openStore(':memory:');
    stores.push(store);
    const { d } = dispatcher({ subscriptions: store.subscriptions });
    const outcome = await d.dispatch(text(t, extra));
    if (outcome.status === 'skipped') throw new Error('skipped');
    expect(outcome.public).toBe(expected);
  });

  it('admit says where a successful answer would go before it is made (Discord defers)', () => {
    const { d } = dispatcher();
    expect(d.admit({ query: { command: 'aap', options: {} }, public: true })).toMatchObject({ public: true, managesChannel: false, command: 'aap' });
    expect(d.admit({ query: { command: 'subscribe', options: {} }, public: true })).toMatchObject({ public: false, managesChannel: true });
    expect(d.admit({ query: { command: 'no-such-command', options: {} }, public: true })).toMatchObject({ public: false });
    expect(d.admit(text('UNSUBSCRIBE all'))).toMatchObject({ managesChannel: true, command: 'unsubscribe' });
  });
});

describe('who may manage the channel', () => {
  it('asks the platform (a function) only for commands that change the channel', async () => {
    const store = openStore(':memory:');
    stores.push(store);
    const { d } = dispatcher({ subscriptions: store.subscriptions });
    let asked = 0;
    const actor = {
      id: 'slack:U1',
      canManageChannel: async () => {
        asked++;
        return false;
      },
    };
    await d.dispatch(text('rec X.1716', { actor }));
    await d.dispatch(text('aap', { actor }));
    expect(asked).toBe(0);
    const refused = await d.dispatch(text('subscribe Q15/17', { actor }));
    expect(asked).toBe(1);
    if (refused.status === 'skipped') throw new Error('skipped');
    expect(refused.answer.ok).toBe(false);
    expect(await store.subscriptions.listForChannel(CHANNEL)).toEqual([]);
  });
});

describe('duplicates and the bot itself', () => {
  it('answers a delivery id once per channel, and again after the remembering window', async () => {
    const { d, clock, logger } = dispatcher();
    expect((await d.dispatch(text('aap', { deliveryId: 'Ev1' }))).status).toBe('answered');
    expect(await d.dispatch(text('aap', { deliveryId: 'Ev1' }))).toMatchObject({ status: 'skipped', reason: 'duplicate' });
    expect(logger.lines.some((l) => l.level === 'debug' && l.msg === 'duplicate delivery skipped')).toBe(true);
    expect((await d.dispatch(text('aap', { deliveryId: 'Ev1', channel: 'slack:C0OTHER' }))).status).toBe('answered');
    expect((await d.dispatch(text('aap', { deliveryId: 'Ev2' }))).status).toBe('answered');
    clock.advance(SEEN_TTL_MS + 1);
    expect((await d.dispatch(text('aap', { deliveryId: 'Ev1' }))).status).toBe('answered');
  });

  it("skips the bot's own messages", async () => {
    const { d } = dispatcher();
    expect(await d.dispatch(text('rec X.1716', { fromSelf: true }))).toMatchObject({ status: 'skipped', reason: 'self' });
  });
});

describe('a command that fails', () => {
  it('is logged with the request id and stack; the asker gets an apology naming the id, not the exception', async () => {
    const { store } = await damagedStore();
    const { d, logger } = dispatcher({ subscriptions: store.subscriptions });
    const outcome = await d.dispatch(text('subscriptions public', { actor: { id: 'slack:U1', canManageChannel: false } }));
    expect(outcome).toMatchObject({ status: 'failed', requestId: 'req-1', public: false });
    if (outcome.status === 'skipped') throw new Error('skipped');
    expect(outcome.answer.ok).toBe(false);
    expect(outcome.answer.error).toBeUndefined();
    const shown = JSON.stringify(outcome.answer);
    expect(shown).toContain('req-1');
    expect(shown).not.toMatch(/JSON|SyntaxError|position|not json/i);
    const [line] = logger.lines.filter((l) => l.level === 'error');
    expect(line?.msg).toBe('request failed');
    const obj = line?.obj as { err: Error; requestId: string; channel: string; command: string };
    expect(obj).toMatchObject({ requestId: 'req-1', channel: CHANNEL, command: 'subscriptions' });
    expect(obj.err).toBeInstanceOf(Error);
    expect(obj.err.stack).toContain('toSubscription');
  });

  it('makes the CLI exit 1 (not 2), with the request id and the stack on stderr', async () => {
    const { store } = await damagedStore();
    let stderr = '';
    const cli = cliDispatcher({ stderr: (t) => (stderr += t) }, { catalog, now: new Date(NOW), subscriptions: store.subscriptions });
    const outcome = await cli.dispatch({ query: { text: 'subscriptions' }, channel: CHANNEL });
    expect(outcome.status).toBe('failed');
    // What `sg17 <question>` returns for this answer (adapters/cli/subcommands/query.ts).
    expect(exitCodeFor(outcome.answer)).toBe(1);
    const id = /request ([0-9a-f]{8})/.exec(renderText(outcome.answer))?.[1];
    expect(id).toBe(outcome.requestId);
    expect(stderr).toContain(`requestId=${id}`);
    expect(stderr).toContain('toSubscription');
    expect(renderText(outcome.answer)).not.toMatch(/JSON|SyntaxError/);
  });
});
