/**
 * The catalog holder on its own: a reload builds and validates the whole new catalog before it
 * swaps the reference (a request that read the old one keeps it), an unchanged or invalid dataset
 * swaps nothing, and reloads run one at a time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCatalogHolder } from '../adapters/data/holder.js';
import { silentLogger } from '../adapters/logger.js';
import { FakeClock } from '../src/clock.js';
import { DatasetError } from '../src/dataset/load.js';
import { CHANGED, changedMeeting, committedMeeting, dataFolder, writeMeeting } from './data-versions.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function holder(dir: string, clock: FakeClock, swaps: string[]) {
  return createCatalogHolder({
    dir,
    clock,
    logger: silentLogger,
    debounceMs: 10,
    onSwap: async () => {
      swaps.push(clock.now().toISOString());
    },
  });
}

describe('createCatalogHolder', () => {
  it('swaps only a valid, changed dataset; a catalog already read stays whole', async () => {
    const dir = dataFolder(committedMeeting(), dirs);
    const clock = new FakeClock('2024-11-20T12:00:00Z');
    const swaps: string[] = [];
    const data = holder(dir, clock, swaps);
    const first = data.info();
    expect(first).toMatchObject({ loadedAt: '2024-11-20T12:00:00.000Z', meetings: ['sg17-2024-09'], lastError: null });
    const inFlight = data.current();

    clock.advance(60_000);
    expect(await data.reload('test')).toEqual({ status: 'unchanged', version: first.version });
    writeMeeting(dir, changedMeeting());
    const outcome = await data.reload('test');
    expect(outcome).toEqual({ status: 'swapped', from: first.version, to: data.info().version });
    expect(data.info().loadedAt).toBe('2024-11-20T12:01:00.000Z');
    expect(swaps).toEqual(['2024-11-20T12:01:00.000Z']);
    expect(data.current()).not.toBe(inFlight);
    expect(inFlight.rgms.some((r) => r.rgm.id === CHANGED.removed)).toBe(true);
    expect(data.current().rgms.some((r) => r.rgm.id === CHANGED.removed)).toBe(false);
  });

  it('keeps the data in force when a file is invalid, names file and field, and recovers', async () => {
    const dir = dataFolder(committedMeeting(), dirs);
    const clock = new FakeClock('2024-11-20T12:00:00Z');
    const data = holder(dir, clock, []);
    const before = data.current();
    const file = join(dir, 'sg17-2024-09.json');
    writeFileSync(file, JSON.stringify({ ...committedMeeting(), rgms: [{ id: 1 }] }));
    const failed = await data.reload('test');
    expect(failed).toMatchObject({ status: 'failed', file, field: 'rgms.0.seq' });
    expect(data.current()).toBe(before);
    expect(data.info().lastError?.message).toContain(`${file}: field "rgms.0.seq"`);
    writeFileSync(join(dir, 'notes.json'), '{');
    expect(await data.reload('test')).toMatchObject({ status: 'failed' });
    rmSync(join(dir, 'notes.json'));
    writeMeeting(dir, changedMeeting());
    expect(await data.reload('test')).toMatchObject({ status: 'swapped' });
    expect(data.info().lastError).toBeNull();
  });

  it('runs reloads one at a time: two at once swap once', async () => {
    const dir = dataFolder(committedMeeting(), dirs);
    const swaps: string[] = [];
    const data = holder(dir, new FakeClock('2024-11-20T12:00:00Z'), swaps);
    writeMeeting(dir, changedMeeting());
    const outcomes = await Promise.all([data.reload('a'), data.reload('b')]);
    expect(outcomes.map((o) => o.status)).toEqual(['swapped', 'unchanged']);
    expect(swaps).toHaveLength(1);
  });

  it('refuses to start on an invalid dataset, naming the file and field', () => {
    const dir = dataFolder({ ...committedMeeting(), id: 'september' }, dirs);
    expect(() => holder(dir, new FakeClock('2024-11-20T12:00:00Z'), [])).toThrow(DatasetError);
    expect(() => holder(dir, new FakeClock('2024-11-20T12:00:00Z'), [])).toThrow(/september\.json: field "id"/);
  });
});
