/**
 * Cold start of the CLI: `node bin/sg17.js rec X.1716` (the esbuild bundle in dist/cli/) against
 * `node -e 0`, interleaved so a busy machine slows both alike; median of RUNS each. Target: ≤ 2.5×
 * the bare node start. Context rows: the same query through tsc's unbundled output (what `npm start`
 * runs), `sg17 --help` (the CLI's own modules) and `import("zod")` alone.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../adapters/cli/paths.js';
import type { BenchModule, BenchRow } from './types.js';

const RUNS = 15;
const TARGET_RATIO = 2.5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const bench: BenchModule = {
  name: 'cli',
  title: `CLI cold start (median of ${RUNS} runs each, interleaved)`,
  async run() {
    const root = packageRoot();
    const bin = join(root, 'bin/sg17.js');
    const cases: Record<string, string[]> = {
      'node -e 0': ['-e', '0'],
      'sg17 rec X.1716': [bin, 'rec', 'X.1716'],
      'unbundled: dist/adapters/cli/main.js rec X.1716': [join(root, 'dist/adapters/cli/main.js'), 'rec', 'X.1716'],
      'sg17 --help': [bin, '--help'],
      'node: import("zod")': ['--input-type=module', '-e', 'await import("zod")'],
    };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    const env = { ...process.env, SG17_DATA_DIR: '' };
    for (let i = 0; i < RUNS + 1; i++) {
      for (const [name, args] of Object.entries(cases)) {
        const t = process.hrtime.bigint();
        const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
        if (i > 0) times[name]!.push(ms); // the first round warms the disk cache
      }
    }
    const bare = median(times['node -e 0']!);
    const row = (name: string, target?: number): BenchRow => {
      const value = median(times[name]!);
      const ratio = value / bare;
      return {
        name,
        value,
        unit: 'ms',
        baseline: { name: 'node -e 0', value: bare },
        ratio,
        ...(target !== undefined ? { target: `≤ ${target}×` } : {}),
        pass: target === undefined || ratio <= target,
      };
    };
    return [row('sg17 rec X.1716', TARGET_RATIO), row('unbundled: dist/adapters/cli/main.js rec X.1716'), row('sg17 --help'), row('node: import("zod")')];
  },
};
