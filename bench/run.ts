/**
 * `npm run bench`: runs each benchmark module in turn and prints its table. Every row sets a
 * figure beside a baseline measured in the same run, so a busy machine shows up as a slow
 * baseline too. Targets are absolute or ratios, as each row states. Exits 1 when any target fails.
 *
 * Adding a benchmark = a module exporting `bench: BenchModule` + one line in MODULES.
 * `node dist/bench/run.js engine cli` runs only the named ones.
 */
import { performance } from 'node:perf_hooks';

import type { BenchModule, BenchRow } from './types.js';

export type { BenchModule, BenchRow };

const MODULES: readonly (() => Promise<BenchModule>)[] = [
  async () => (await import('./engine.js')).bench,
  async () => (await import('./search.js')).bench,
  async () => (await import('./questions.js')).bench,
  async () => (await import('./cli.js')).bench,
  async () => (await import('./discord.js')).bench,
  async () => (await import('./slack.js')).bench,
  async () => (await import('./reminders.js')).bench,
  async () => (await import('./store.js')).bench,
];

function fmt(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatTable(module: BenchModule, rows: readonly BenchRow[]): string {
  const header = ['measure', 'value', 'baseline', 'ratio', 'target', ''];
  const body = rows.map((r) => [
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '',
    r.ratio !== undefined ? `${fmt(r.ratio)}×` : '',
    r.target ?? '',
    r.target ? (r.pass ? 'PASS' : 'FAIL') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [`## ${module.title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  let failed = 0;
  for (const load of MODULES) {
    const module = await load();
    if (only.length > 0 && !only.includes(module.name)) continue;
    const started = performance.now();
    const rows = await module.run();
    console.log(`${formatTable(module, rows)}\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    failed += rows.filter((r) => !r.pass).length;
  }
  if (failed > 0) console.log(`${failed} target(s) failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
