/**
 * Bundles the `sg17` CLI (adapters/cli/main.ts) into dist/cli/ with esbuild, for a fast cold
 * start: one ESM graph of a few files instead of ~300 modules, with zod's unused parts (every
 * locale, JSON-schema conversion) shaken out. bin/sg17.js runs dist/cli/main.js.
 *
 * - Code splitting keeps each subcommand's code in its own chunk, loaded only when it runs.
 * - Only the pure-JS libraries of the query path (zod, luxon) are bundled. Every
 *   other package (Slack, Discord, pino, node-cron, ical-generator, better-sqlite3, …) stays an
 *   `import` resolved from node_modules at run time, so test/boundary.test.ts still sees it load.
 * - dist/cli/meta.json (esbuild's metafile) says which sources each output file holds; the
 *   boundary test uses it to check what the query path's chunks contain.
 *
 * Run by `npm run build` / `npm install` (prepare) after tsc, and by test/global-setup.ts.
 */
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');

/** Packages compiled into the bundle; all others are left to node_modules. */
const BUNDLED = new Set(['zod', 'luxon']);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Leave every package but BUNDLED (and node: built-ins) to be imported at run time. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true }));
  },
};

/**
 * `import { z } from 'zod'` makes esbuild keep zod's whole namespace object, locales included
 * (~60 modules); `import * as z from 'zod'` (zod's own recommended form, same bindings: zod's
 * index re-exports everything it exports as `z`) lets it keep only what is used.
 */
const ZOD_NAMED = /^import \{ z \} from 'zod';$/gm;
const zodNamespace = {
  name: 'zod-namespace-import',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replace(ZOD_NAMED, "import * as z from 'zod';"), loader: 'ts' };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'adapters/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Less to parse at start-up. Nothing here reads function or class names (errors set `name`
  // themselves); `keepNames` measured ~15 ms slower per start. Source maps keep traces readable
  // with `node --enable-source-maps`.
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [externalPackages, zodNamespace],
});
await writeFile(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
