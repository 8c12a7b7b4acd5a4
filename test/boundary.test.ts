/**
 * Ports and adapters, enforced: (1) nothing under src/ imports a platform SDK, a server, the
 * logger, cron, or adapters/ — read with the TypeScript parser, so dynamic imports and
 * re-exports count too; (2) the CLI's query path really loads none of those modules at run
 * time — recorded by a module-resolution hook on the built CLI.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface ImportRef {
  readonly specifier: string;
  /** `import type …` / `export type … from` / `import('x').T` in a type: erased at build. */
  readonly typeOnly: boolean;
}

/** Every module specifier a TypeScript file refers to. */
function importsOf(fileName: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      refs.push({ specifier: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) refs.push({ specifier: expr.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && arg) {
        // A computed specifier cannot be checked: report it so it is flagged, not skipped.
        refs.push({ specifier: ts.isStringLiteralLike(arg) ? arg.text : `<computed: ${arg.getText(source)}>`, typeOnly: false });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      refs.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

const FORBIDDEN_PACKAGES: readonly RegExp[] = [
  /^@slack\//,
  /^discord\.js$/,
  /^@discordjs\//,
  /^discord-api-types/,
  /^node-cron$/,
  /^pino(?:$|\/|-)/,
  /^ws$/,
  /^(?:node:)?(?:http|https|http2|net|tls|dgram)$/,
  /^express$/,
];

/** Why `ref` may not appear in `file` (a path relative to the repo), or undefined if it may. */
function violation(file: string, ref: ImportRef): string | undefined {
  const s = ref.specifier;
  if (s.startsWith('<computed')) return `dynamic import with a computed specifier ${s}`;
  if (s.startsWith('.')) {
    const target = relative(root, resolve(root, dirname(file), s));
    if (target === 'adapters' || target.startsWith(`adapters${sep}`)) return `imports ${s} (adapters/ is outside the core)`;
    return undefined;
  }
  // Built-in server modules are allowed for their types only (e.g. IncomingMessage in a signature).
  if (/^(?:node:)?(?:http|https|http2|net|tls|dgram)$/.test(s) && ref.typeOnly) return undefined;
  if (FORBIDDEN_PACKAGES.some((re) => re.test(s))) return `imports ${s}`;
  if (s === 'ical-generator' && !file.startsWith(`src${sep}calendar${sep}`)) return `imports ${s} outside src/calendar`;
  if (s === 'better-sqlite3' && !file.startsWith(`src${sep}store${sep}`)) return `imports ${s} outside src/store`;
  return undefined;
}

function* tsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(path);
    else if (/\.(?:ts|mts|cts|js|mjs)$/.test(e.name)) yield path;
  }
}

describe('src/ stays platform-neutral', () => {
  it('the import reader sees static, dynamic, re-exported and required modules', () => {
    const text = [
      "import { App } from '@slack/bolt';",
      "import type { Server } from 'node:http';",
      "export { createApp } from '../../adapters/app.js';",
      "const cron = await import('node-cron');",
      "const p = require('pino');",
      'const name = "x"; await import(name);',
    ].join('\n');
    const file = join('src', 'engine', 'example.ts');
    const found = importsOf(file, text).map((r) => [r.specifier, violation(file, r) !== undefined]);
    expect(found).toEqual([
      ['@slack/bolt', true],
      ['node:http', false],
      ['../../adapters/app.js', true],
      ['node-cron', true],
      ['pino', true],
      ['<computed: name>', true],
    ]);
    expect(violation(file, { specifier: 'node:http', typeOnly: false })).toBeDefined();
    expect(violation(join('src', 'engine', 'x.ts'), { specifier: 'ical-generator', typeOnly: false })).toBeDefined();
    expect(violation(join('src', 'calendar', 'ics.ts'), { specifier: 'ical-generator', typeOnly: false })).toBeUndefined();
  });

  it('no file under src/ imports @slack/*, discord.js, node-cron, pino, ws, server modules or adapters/', () => {
    const problems: string[] = [];
    let files = 0;
    for (const path of tsFiles(join(root, 'src'))) {
      files++;
      const file = relative(root, path);
      for (const ref of importsOf(file, readFileSync(path, 'utf8'))) {
        const why = violation(file, ref);
        if (why) problems.push(`${file}: ${why}`);
      }
    }
    expect(files).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

/** The .ts file a relative specifier of `from` names ("./x.js" → "dir/x.ts"), or undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, join(target, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}

/** The run-time import graph of src/ and adapters/: static value imports and re-exports (type-only ones are erased). */
function runtimeImportGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const dir of ['src', 'adapters']) {
    for (const path of tsFiles(join(root, dir))) {
      const text = readFileSync(path, 'utf8');
      const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
      const edges: string[] = [];
      for (const statement of source.statements) {
        // import/export declarations only: a dynamic import() runs after the module has loaded, so it cannot close a cycle at load time.
        if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
        for (const ref of importsOf(path, statement.getText(source))) {
          const target = ref.typeOnly ? undefined : resolveLocal(path, ref.specifier);
          if (target) edges.push(target);
        }
      }
      graph.set(path, edges);
    }
  }
  return graph;
}

/** Every cycle's modules (strongly connected components of more than one module, or a module importing itself). */
function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.map((f) => relative(root, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('imports', () => {
  it('no adapter reaches the engine except through dispatch (src/dispatch)', () => {
    const problems: string[] = [];
    let files = 0;
    for (const path of tsFiles(join(root, 'adapters'))) {
      files++;
      for (const ref of importsOf(path, readFileSync(path, 'utf8'))) {
        if (resolveLocal(path, ref.specifier) === join(root, 'src/engine/engine.ts')) problems.push(`${relative(root, path)} imports ${ref.specifier}`);
      }
    }
    expect(files).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('the cycle finder finds a cycle, and ignores type-only imports', () => {
    const graph = new Map([
      [join(root, 'a.ts'), [join(root, 'b.ts')]],
      [join(root, 'b.ts'), [join(root, 'c.ts')]],
      [join(root, 'c.ts'), [join(root, 'a.ts')]],
      [join(root, 'd.ts'), [join(root, 'a.ts')]],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    const real = runtimeImportGraph();
    // adapters/platform.ts imports the engine's types only: no edge.
    expect(real.get(join(root, 'adapters/platform.ts'))).toEqual([]);
    expect(real.get(join(root, 'adapters/app.ts'))).toContain(join(root, 'src/dispatch/dispatch.ts'));
  });

  it('src/ and adapters/ have no run-time import cycle', () => {
    const graph = runtimeImportGraph();
    expect(graph.size).toBeGreaterThan(60);
    expect(importCycles(graph)).toEqual([]);
  });
});

/** Modules the CLI's query path must not load (resolved URLs). */
const HEAVY: readonly RegExp[] = [
  /\/node_modules\/@slack\//,
  /\/node_modules\/discord\.js\//,
  /\/node_modules\/@discordjs\//,
  /\/node_modules\/node-cron\//,
  /\/node_modules\/pino\//,
  /\/node_modules\/ical-generator\//,
  /\/node_modules\/ws\//,
  /\/node_modules\/better-sqlite3\//,
  /\/node_modules\/pg(?:-[a-z-]+)?\//,
  /^node:(?:http|https|http2|net|tls)$/,
  /\/adapters\/(?:app|logger|slack|discord|http|cron|reminders)\b/,
];

function loadedBy(args: string[]): { status: number | null; urls: string[]; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-loads-'));
  const log = join(dir, 'loads.txt');
  try {
    const hook = join(root, 'test/fixtures/load-recorder/register.mjs');
    const result = spawnSync(process.execPath, ['--import', hook, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SG17_LOAD_LOG: log, SG17_DATA_DIR: '' },
    });
    let lines: string[] = [];
    try {
      lines = readFileSync(log, 'utf8').trim().split('\n');
    } catch {
      // nothing recorded
    }
    return { status: result.status, urls: lines.map((l) => l.split('\t')[1] ?? ''), stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a run really executed, as file URLs: every module it loaded, with each bundle chunk of
 * dist/cli/ (scripts/bundle-cli.mjs) replaced by the sources esbuild put in it (dist/cli/meta.json).
 */
function executedModules(urls: readonly string[]): { modules: string[]; chunks: number } {
  const meta = JSON.parse(readFileSync(join(root, 'dist/cli/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const modules: string[] = [];
  let chunks = 0;
  for (const url of urls) {
    const output = url.startsWith('file:') ? meta.outputs[relative(root, fileURLToPath(url)).split(sep).join('/')] : undefined;
    if (!output) {
      modules.push(url);
      continue;
    }
    chunks++;
    for (const input of Object.keys(output.inputs)) modules.push(pathToFileURL(join(root, input)).href);
  }
  return { modules, chunks };
}

describe('the CLI query path loads no platform SDK, server, logger, cron or calendar code', () => {
  it('records what a process loads (control: importing pino and node:http is seen)', () => {
    const { urls } = loadedBy(['--input-type=module', '-e', 'await import("pino"); await import("node:http");']);
    expect(urls.some((u) => /\/node_modules\/pino\//.test(u))).toBe(true);
    expect(urls).toContain('node:http');
  });

  it('sees into the bundle (control: the chunks `sg17 slack manifest` runs hold adapters/slack code)', () => {
    const { status, urls } = loadedBy([join(root, 'bin/sg17.js'), 'slack', 'manifest']);
    expect(status).toBe(0);
    const { modules, chunks } = executedModules(urls);
    expect(chunks).toBeGreaterThan(1);
    expect(modules.some((u) => /\/adapters\/slack\/manifest\.ts$/.test(u))).toBe(true);
  });

  // bin/sg17.js runs the bundle (dist/cli/); `npm start` runs tsc's output (dist/adapters/cli/main.js).
  const entries = [
    ['bin/sg17.js', /\/src\/engine\/engine\.ts$/, /\/src\/dataset\/load\.ts$/],
    ['dist/adapters/cli/main.js', /\/dist\/src\/engine\/engine\.js$/, /\/dist\/src\/dataset\/load\.js$/],
  ] as const;
  const queries = [['rec', 'X.1716'], ['which items are going to AAP last call?'], ['search', 'quantum'], ['--json', 'rgm', 'Q15']];
  it.each(entries.flatMap(([entry, engine, load]) => queries.map((args) => [entry, args.join(' '), args, engine, load] as const)))(
    '%s %s',
    (entry, _shown, args, engine, load) => {
      const { status, urls, stderr } = loadedBy([join(root, entry), ...args]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const { modules } = executedModules(urls);
      // It did run the engine and the dataset code, so the recording covers the query path.
      expect(modules.some((u) => engine.test(u))).toBe(true);
      expect(modules.some((u) => load.test(u))).toBe(true);
      expect(modules.filter((u) => HEAVY.some((re) => re.test(u)))).toEqual([]);
    },
  );
});
