/** The connection supervisor (adapters/connection.ts) with a scripted connection: no platform, real short timers. */
import { describe, expect, it } from 'vitest';
import { backoffMs, createSupervisor, type Failure, type PlatformConnection } from '../adapters/connection.js';
import type { Logger } from '../src/ports.js';

function recorder(): Logger & { warns: Record<string, unknown>[]; infos: string[] } {
  const warns: Record<string, unknown>[] = [];
  const infos: string[] = [];
  return {
    warns,
    infos,
    info: (o, m) => infos.push(String(m ?? o)),
    warn: (o, m) => warns.push({ ...(typeof o === 'object' ? o : {}), msg: m }),
    error: () => {},
    debug: () => {},
  };
}

class Refused extends Error {}

/** Fails with the scripted errors in turn (undefined = succeed; 'hang' = never settle). */
function scripted(outcomes: (Error | undefined | 'hang')[]): PlatformConnection & { attempts: number; disconnects: number } {
  const c = {
    attempts: 0,
    disconnects: 0,
    async connect() {
      const next = outcomes[c.attempts++];
      if (next === 'hang') return new Promise<void>(() => {});
      if (next) throw next;
    },
    async disconnect() {
      c.disconnects++;
    },
    classify: (error: unknown): Failure =>
      error instanceof Refused ? { permanent: true, variable: 'TEST_TOKEN', reason: error.message } : { permanent: false, reason: (error as Error).message },
  };
  return c;
}

describe('backoffMs', () => {
  it('doubles from the minimum up to the cap, jittered between half and all of it', () => {
    const opts = { minMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, opts, () => 1))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, opts, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
  });
});

describe('the connection supervisor', () => {
  it('retries transient failures with one warning per attempt, then is ready', async () => {
    const logger = recorder();
    const fatal: string[] = [];
    const connection = scripted([new Error('ECONNREFUSED'), new Error('ENOTFOUND'), undefined]);
    const s = createSupervisor({ platform: 'test', logger, retry: { minMs: 10, maxMs: 40, connectTimeoutMs: 500 }, onFatal: (m) => fatal.push(m) });
    await s.start(connection);
    expect(s.status()).toMatchObject({ state: 'connecting', lastError: 'ECONNREFUSED', attempts: 1 });
    await expect.poll(() => s.status().state, { timeout: 2_000, interval: 10 }).toBe('ready');
    expect(logger.warns.map((w) => [w.platform, w.attempt, w.reason])).toEqual([
      ['test', 1, 'ECONNREFUSED'],
      ['test', 2, 'ENOTFOUND'],
    ]);
    expect(s.status()).toMatchObject({ lastError: null, attempts: 0 });
    expect(fatal).toEqual([]);
    expect(connection.disconnects).toBe(2); // each failed attempt torn down
    await s.stop();
  });

  it('gives up an attempt that never settles after the connect timeout, as a transient failure', async () => {
    const logger = recorder();
    const s = createSupervisor({ platform: 'test', logger, retry: { minMs: 10, maxMs: 10, connectTimeoutMs: 50 }, onFatal: () => {} });
    const connection = scripted(['hang', undefined]);
    await s.start(connection);
    expect(logger.warns[0]).toMatchObject({ attempt: 1, reason: 'no connection after 50 ms' });
    await expect.poll(() => s.status().state, { timeout: 2_000, interval: 10 }).toBe('ready');
    await s.stop();
  });

  it('reports a permanent failure once, naming the variable, and does not retry', async () => {
    const fatal: string[] = [];
    const connection = scripted([new Refused('invalid_auth'), undefined]);
    const s = createSupervisor({ platform: 'test', logger: recorder(), retry: { minMs: 10, maxMs: 10, connectTimeoutMs: 500 }, onFatal: (m) => fatal.push(m) });
    await s.start(connection);
    expect(fatal).toEqual(['test: TEST_TOKEN was refused (invalid_auth) — check TEST_TOKEN']);
    expect(s.status()).toMatchObject({ state: 'failed', lastError: 'invalid_auth' });
    await new Promise((r) => setTimeout(r, 50));
    expect(connection.attempts).toBe(1);
    await s.stop();
  });

  it('a lost connection not restored within the connect timeout is torn down and reconnected', async () => {
    const logger = recorder();
    const connection = scripted([undefined, undefined]);
    const s = createSupervisor({ platform: 'test', logger, retry: { minMs: 10, maxMs: 10, connectTimeoutMs: 40 }, onFatal: () => {} });
    await s.start(connection);
    expect(s.status().state).toBe('ready');
    s.events.lost(new Error('socket closed'));
    expect(s.status()).toMatchObject({ state: 'connecting', lastError: 'socket closed' });
    await expect.poll(() => connection.attempts, { timeout: 2_000, interval: 10 }).toBe(2);
    await expect.poll(() => s.status().state, { timeout: 2_000, interval: 10 }).toBe('ready');

    // Restored in time: no reconnect.
    s.events.lost(new Error('blip'));
    s.events.restored();
    expect(s.status().state).toBe('ready');
    await new Promise((r) => setTimeout(r, 80));
    expect(connection.attempts).toBe(2);
    await s.stop();
  });
});
