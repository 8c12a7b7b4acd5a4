/**
 * Builds dist/ before the test run, for the tests that run the compiled CLI as a child process
 * (test/cli.test.ts, test/boundary.test.ts), and the CLI bundle bin/sg17.js runs (dist/cli/).
 * Like make: when every emitted file is newer than
 * its .ts source, the build is skipped. Type errors are the typecheck's business (`npm run
 * typecheck`); here the build only has to have emitted fresh JavaScript.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['src', 'adapters', 'bench'];

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function* tsFiles(dir: string): Generator<string> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(path);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) yield path;
  }
}

/** Sources whose emitted .js is missing or older than the source. */
function staleSources(): string[] {
  const stale: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of tsFiles(join(root, dir))) {
      const out = join(root, 'dist', relative(root, file)).replace(/\.ts$/, '.js');
      if (mtime(out) < mtime(file)) stale.push(relative(root, file));
    }
  }
  return stale;
}

/** The newest .ts source's mtime. */
function newestSource(): number {
  let newest = 0;
  for (const dir of SOURCE_DIRS) for (const file of tsFiles(join(root, dir))) newest = Math.max(newest, mtime(file));
  return newest;
}

export default function setup(): void {
  buildTsc();
  // bin/sg17.js runs the esbuild bundle in dist/cli/ (scripts/bundle-cli.mjs): rebuilt when older than any source.
  const bundleMeta = join(root, 'dist/cli/meta.json');
  if (mtime(bundleMeta) <= Math.max(newestSource(), mtime(join(root, 'scripts/bundle-cli.mjs')))) {
    const result = spawnSync(process.execPath, [join(root, 'scripts/bundle-cli.mjs')], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`bundling the CLI failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

function buildTsc(): void {
  const stale = staleSources();
  if (stale.length === 0) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  const still = staleSources();
  if (still.length > 0) {
    throw new Error(`building dist/ failed (tsc exit ${result.status}); not emitted: ${still.join(', ')}\n${result.stdout}${result.stderr}`);
  }
  if (result.status !== 0) {
    process.stderr.write(`[global-setup] tsc reported type errors (dist/ was emitted anyway):\n${result.stdout.slice(0, 2000)}\n`);
  }
}
