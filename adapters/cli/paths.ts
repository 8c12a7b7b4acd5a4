/**
 * Where the bundled data lives: the package's own data/ folder, found from this file's location
 * (not the working directory), so `npx sg17 …` works from anywhere. SG17_DATA_DIR overrides it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'sg17-bot';

/** The folder holding this package's package.json (works from src via vitest and from dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
      } catch {
        // not our manifest; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** SG17_DATA_DIR (relative to the working directory, as any env path) or the package's data/. */
export function dataDir(env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env.SG17_DATA_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : join(packageRoot(), 'data');
}
