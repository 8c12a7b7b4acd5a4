/**
 * Engine latency per command, on the real dataset and on a synthetic one 1000× larger (every
 * meeting cloned with renumbered ids, so nothing merges and the indexes hold 1000× the rows).
 * Each call is timed alone with process.hrtime.bigint(); p50/p99 over many iterations.
 * Baseline, same harness and run: a Map.get plus a small object allocation.
 * Targets: p99 ≤ 50 µs for `rec`, ≤ 1 ms for `search`, at 1000×.
 */
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog, type Catalog } from '../src/dataset/catalog.js';
import type { Meeting } from '../src/dataset/schema.js';
import { ask } from '../src/engine/engine.js';
import { findCommand } from '../src/engine/registry.js';
import type { CommandContext } from '../src/engine/command.js';
import { dataDir } from '../adapters/cli/paths.js';
import type { BenchModule, BenchRow } from './types.js';

const NOW = new Date('2024-11-20T00:00:00Z');
const SCALE = 1000;

interface Stats {
  readonly p50: number;
  readonly p99: number;
}

function percentiles(samplesNs: BigInt64Array | number[]): Stats {
  const sorted = Array.from(samplesNs, Number).sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! / 1000;
  return { p50: at(0.5), p99: at(0.99) };
}

async function timeAsync(fn: () => Promise<unknown>, iterations: number): Promise<Stats> {
  for (let i = 0; i < Math.min(500, iterations); i++) await fn();
  const samples = new BigInt64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples[i] = process.hrtime.bigint() - t;
  }
  return percentiles(samples);
}

function timeSync(fn: () => unknown, iterations: number): Stats {
  for (let i = 0; i < Math.min(500, iterations); i++) fn();
  const samples = new BigInt64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples[i] = process.hrtime.bigint() - t;
  }
  return percentiles(samples);
}

/** `k`-th clone of a meeting: its own id, dates `k` years later, and every number/acronym suffixed. */
function cloneMeeting(m: Meeting, k: number): Meeting {
  if (k === 0) return m;
  const tag = (s: string | null): string | null => (s === null ? null : `${s}-c${k}`);
  const shift = (iso: string): string => `${Number(iso.slice(0, 4)) + k}${iso.slice(4)}`;
  return {
    ...m,
    id: `sg17-${Number(m.id.slice(5, 9)) + k}${m.id.slice(9)}`,
    range: { start: shift(m.range.start), end: shift(m.range.end) },
    closingPlenary: m.closingPlenary ? shift(m.closingPlenary) : null,
    items: m.items.map((it) => ({ ...it, number: tag(it.number), formerAcronym: tag(it.formerAcronym), title: it.number ? it.title : tag(it.title) })),
    workItems: m.workItems.map((w) => ({ ...w, acronym: tag(w.acronym) })),
    rgms: m.rgms.map((r) => ({ ...r, id: `${r.id}-c${k}` })),
  };
}

export function syntheticMeetings(meetings: readonly Meeting[], scale: number): Meeting[] {
  const out: Meeting[] = [];
  for (let k = 0; k < scale; k++) for (const m of meetings) out.push(cloneMeeting(m, k));
  return out;
}

/** The commands timed through `ask`; `target` in µs for the p99 where one is set. */
const CASES: readonly { text: string; targetUs?: number }[] = [
  { text: 'help' },
  { text: 'rec X.1716', targetUs: 50 },
  { text: 'rec X.sec_QKDN_AA', targetUs: 50 },
  { text: 'search quantum', targetUs: 1000 },
  { text: 'search edge computing security', targetUs: 1000 },
  { text: 'explain last call' },
  { text: 'what happened to X.1716?', targetUs: 50 },
];

/** Commands whose output grows with the data (lists): timed on the real dataset only. */
const LIST_CASES: readonly string[] = ['aap', 'which items are going to AAP last call?', 'tap', 'agreed', 'new', 'rgm Q15', 'q 15', 'cg', 'meeting', 'stats'];

function baselineStats(iterations: number): Stats {
  const map = new Map<string, { id: string }>();
  for (let i = 0; i < 40_000; i++) map.set(`x${i}`, { id: `X.${i}` });
  let i = 0;
  let sink: unknown;
  const stats = timeSync(() => {
    sink = { hit: map.get(`x${i++ % 40_000}`), at: i };
  }, iterations);
  if (sink === undefined) throw new Error('unreachable');
  return stats;
}

async function measure(label: string, catalog: Catalog, iterations: number, base: Stats, withLists: boolean): Promise<BenchRow[]> {
  const ctx: CommandContext = { catalog, now: NOW, channel: 'console:local' };
  const rows: BenchRow[] = [];
  const cases = [...CASES, ...(withLists ? LIST_CASES.map((text) => ({ text, targetUs: undefined })) : [])];
  for (const c of cases) {
    const answer = await ask(c.text, ctx);
    if (!answer.ok) throw new Error(`bench case "${c.text}" did not answer on the ${label} dataset: ${answer.title}`);
    const stats = await timeAsync(() => ask(c.text, ctx), iterations);
    const pass = c.targetUs === undefined || stats.p99 <= c.targetUs;
    rows.push({ name: `${label}: ${c.text} — ask p50`, value: stats.p50, unit: 'µs', baseline: { name: 'Map.get+alloc p50', value: base.p50 }, ratio: stats.p50 / base.p50, pass: true });
    rows.push({
      name: `${label}: ${c.text} — ask p99`,
      value: stats.p99,
      unit: 'µs',
      baseline: { name: 'Map.get+alloc p99', value: base.p99 },
      ratio: stats.p99 / base.p99,
      ...(c.targetUs !== undefined ? { target: `p99 ≤ ${c.targetUs} µs` } : {}),
      pass,
    });
  }
  // The synchronous handler path, without ask's parsing and promise: what async costs.
  const rec = findCommand('rec')!;
  const params = rec.params.parse({ id: 'X.1716' });
  const sync = timeSync(() => rec.handle(params, ctx), iterations);
  rows.push({ name: `${label}: rec X.1716 — handler (sync) p99`, value: sync.p99, unit: 'µs', baseline: { name: 'Map.get+alloc p99', value: base.p99 }, ratio: sync.p99 / base.p99, pass: true });
  return rows;
}

export const bench: BenchModule = {
  name: 'engine',
  title: `Engine latency per command (real dataset and ${SCALE}× synthetic)`,
  async run() {
    const meetings = loadDataset(dataDir(process.env));
    const real = buildCatalog(meetings);
    const t = process.hrtime.bigint();
    const big = buildCatalog(syntheticMeetings(meetings, SCALE));
    const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
    const base = baselineStats(20_000);
    const rows = [
      ...(await measure('real', real, 5_000, base, true)),
      ...(await measure(`${SCALE}×`, big, 2_000, base, false)),
    ];
    const docs = big.entries.length;
    rows.push({ name: `${SCALE}× catalog build (${docs} documents, ${big.rgms.length} RGMs)`, value: buildMs, unit: 'ms', pass: true });
    return rows;
  },
};
