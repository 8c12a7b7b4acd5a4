/**
 * Free-text questions against their terse commands: each question's answer p99 beside the p99 of
 * the command it is read as, on the 1000× synthetic data (bench/synthetic.ts), timed through
 * `ask` in the same run. Targets (issues 9 and 18): free text p50 ≤ 2× its terse command's, both p99 ≤ 100 µs
 * (the p99 ratio is printed beside the same ratio for two fixed loops, for context).
 * The pairs are questions whose answers stay small at 1000× (one text, two texts, a definition, a
 * refusal, a search): a list of 15 000 texts costs its rendering, not its reading. (Time windows are
 * left out: the synthetic clones keep the real RGM dates, so "this week" holds 1000 RGMs.)
 *
 * How: every pair is warmed through the timing loop itself, the heap is settled after the 1000×
 * build (settle.ts) and warmed again; then the question and its command are timed call by call,
 * alternating, 10 000 pairs, so both meet the same moments of the machine. The p50s are printed
 * above the table. Under each pair, for context, the same p99 ratio for two fixed compute loops of
 * those p50s, timed in turn with the pair: on a shared VM about one call in 150 to 200 is held up
 * by tens of µs, a longer call is caught more often, and for calls of a few µs the machine alone
 * can put a p99 ratio past 2× (docs/performance.md). A last row per pair gives the share of calls
 * held up (≥ 15 µs above their p50) for each side and each loop: a share past 1 % makes that p99 a
 * held call.
 */
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { ask } from '../src/engine/engine.js';
import type { CommandContext } from '../src/engine/command.js';
import { dataDir } from '../adapters/cli/paths.js';
import type { BenchModule, BenchRow } from './types.js';
import { syntheticMeetings } from './synthetic.js';
import { fixedLoop, settleHeap } from './settle.js';

const NOW = new Date('2024-11-20T00:00:00Z');
const SCALE = 1000;
const TARGET_US = 100;
const MAX_RATIO = 2;

/** [question in words, the terse command it must be read as]. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['what happened to X.1716?', 'rec X.1716'],
  ['compare X.1716 and X.1717', 'rec X.1716 X.1717'],
  ['what is last call?', 'explain last call'],
  ['who is the rapporteur of Q15?', 'who rapporteurs Q15'],
  ['anything about quantum key distribution?', 'search quantum key distribution'],
];

const SAMPLES = 10000;
const WARMUP = 1000;

/**
 * Times each of `calls` in turn, call by call, `n` rounds, so all meet the same moments of the
 * machine: on a shared VM a few calls in a hundred are stretched by tens of µs, and in separate
 * runs one side could catch more of them than the other. Returns each call's times in µs.
 */
async function sampleInTurn(calls: readonly (() => unknown)[], n: number): Promise<number[][]> {
  const times = calls.map(() => new Array<number>(n));
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < calls.length; k++) {
      const t = process.hrtime.bigint();
      await calls[k]!();
      times[k]![i] = Number(process.hrtime.bigint() - t) / 1000;
    }
  }
  return times;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const p99 = (values: number[]): number => percentile(values, 0.99);
const median = (values: number[]): number => percentile(values, 0.5);

/** How far above its p50 a call counts as held up (the VM's stalls are 30–60 µs; a call's own spread is a few µs). */
const HELD_US = 15;
/** The share of calls held up, in %: above 1 %, the p99 is a held call. */
function heldShare(values: number[]): number {
  const limit = median(values) + HELD_US;
  let held = 0;
  for (const v of values) if (v > limit) held++;
  return (100 * held) / values.length;
}

export const bench: BenchModule = {
  name: 'questions',
  title: `Free-text questions vs their terse commands (${SCALE}× synthetic, through ask)`,
  async run() {
    const big = buildCatalog(syntheticMeetings(loadDataset(dataDir(process.env)), SCALE));
    const ctx: CommandContext = { catalog: big, now: NOW, channel: 'console:local' };
    big.searchIndex().search('quantum');
    const rows: BenchRow[] = [];
    for (const [question, terse] of PAIRS) {
      const answer = await ask(question, ctx);
      if (answer.reading?.query !== terse) throw new Error(`"${question}" was read as "${answer.reading?.query}", not "${terse}"`);
    }
    // Each pair is timed in turn with two fixed compute loops sized to its p50s (settle.ts): what
    // the machine alone does to work of those lengths at the same moments, as context for the ratio.
    const pairs = PAIRS.map(([question, terse]) => {
      const loops = { free: fixedLoop(1), command: fixedLoop(1) };
      const calls = [() => ask(question, ctx), () => ask(terse, ctx), () => loops.free.run(), () => loops.command.run()];
      return { question, terse, loops, calls };
    });
    // Warm every pair through the timing loop itself (JIT, the index's lazy bitsets, and the loop:
    // until V8 has compiled it, its own awaits and clock reads land inside the timed calls), settle
    // the heap (see settle.ts), and warm again: right after a full collection the first few hundred
    // answers run slow (V8 sweeping pages and re-tuning), which a service long started does not see.
    for (const pair of pairs) await sampleInTurn(pair.calls, WARMUP);
    settleHeap();
    for (const pair of pairs) await sampleInTurn(pair.calls, WARMUP);
    for (const { question, terse, calls, loops } of pairs) {
      // The loops sized to this pair's p50s just before it is measured (the calls keep getting
      // faster while the other pairs warm), and resized once timed in turn with the calls (a loop
      // runs slower among other calls than alone).
      const [warmFree, warmCommand] = (await sampleInTurn(calls, WARMUP)) as [number[], number[]];
      loops.free = fixedLoop(median(warmFree));
      loops.command = fixedLoop(median(warmCommand));
      const [againFree, againCommand, loopFree0, loopCommand0] = (await sampleInTurn(calls, WARMUP)) as [number[], number[], number[], number[]];
      loops.free.scale(median(againFree) / median(loopFree0));
      loops.command.scale(median(againCommand) / median(loopCommand0));
      const [free, command, loopFree, loopCommand] = (await sampleInTurn(calls, SAMPLES)) as [number[], number[], number[], number[]];
      const f = p99(free);
      const c = p99(command);
      console.log(`  ${JSON.stringify(question)}: p50 ${median(free).toFixed(1)} µs; ${JSON.stringify(terse)}: p50 ${median(command).toFixed(1)} µs`);
      // Issue 18's targets: the question's p50 within 2× its command's, and each p99 within 100 µs. The
      // p99 ratio is shown, not asserted: calls of tens of µs put it past 2× on this VM by themselves
      // (the fixed loops' row below), which the issue names noise-bound.
      const f50 = median(free);
      const c50 = median(command);
      rows.push({
        name: `"${question}" — ask p50`,
        value: f50,
        unit: 'µs',
        baseline: { name: `"${terse}" p50`, value: c50 },
        ratio: f50 / c50,
        target: `≤ ${MAX_RATIO}×`,
        pass: f50 <= MAX_RATIO * c50,
      });
      rows.push({
        name: `"${question}" — ask p99`,
        value: f,
        unit: 'µs',
        baseline: { name: `"${terse}" p99`, value: c },
        ratio: f / c,
        target: `≤ ${TARGET_US} µs`,
        pass: f <= TARGET_US,
      });
      rows.push({ name: `"${terse}" — ask p99`, value: c, unit: 'µs', target: `≤ ${TARGET_US} µs`, pass: c <= TARGET_US });
      rows.push({
        name: `  machine alone: fixed loops (p50 ${median(loopFree).toFixed(1)} / ${median(loopCommand).toFixed(1)} µs) in turn with them — p99`,
        value: p99(loopFree),
        unit: 'µs',
        baseline: { name: 'p99 of the shorter', value: p99(loopCommand) },
        ratio: p99(loopFree) / p99(loopCommand),
        pass: true,
      });
      // Which side of 1 % each share is on decides whether its p99 is a held call: the question's
      // share beside its fixed loop's says whether the machine alone would put it there.
      rows.push({
        name: `  calls held ≥ ${HELD_US} µs over p50: question (command ${heldShare(command).toFixed(2)} %, its loop ${heldShare(loopCommand).toFixed(2)} %)`,
        value: heldShare(free),
        unit: '%',
        baseline: { name: 'its loop', value: heldShare(loopFree) },
        pass: true,
      });
    }
    return rows;
  },
};
