import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 * - e2e: test files that drive real parts over loopback or as child processes — the service
 *   (createApp), the fakes of Slack and Discord (test/fakes/), an HTTP server, a child process, the
 *   built CLI in dist/ (built once by the global setup);
 * - unit: every other test file, fast and in-process.
 * A file is end-to-end when its text, or a helper beside it that it imports, uses one of those
 * (END_TO_END_MARKS), so a new test lands in the right project by what it does. `npx vitest list --project e2e` shows the split.
 */
const END_TO_END_MARKS = /\bcreateApp\(|\bstartFake\w*\(|\bspawn(?:Sync)?\(|\bexecFile(?:Sync)?\(|\bfork\(|\.listen\(|\blisten\(server|\bdist\//;

const read = (file: string): string => readFileSync(new URL(file, import.meta.url), 'utf8');

/** A test file's text and that of the helpers beside it that it imports (test/service-process.ts starts the service). */
function textWithHelpers(file: string): string {
  const text = read(file);
  const helpers = [...text.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => `test/${m[1]}.ts`);
  return [text, ...helpers.map(read)].join('\n');
}

const testFiles = readdirSync(new URL('test/', import.meta.url))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `test/${name}`);
const endToEnd = testFiles.filter((file) => END_TO_END_MARKS.test(textWithHelpers(file)));

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: endToEnd, sequence: { groupOrder: 0 } } },
      // Builds dist/ once for the tests that run the compiled CLI as a child process. Runs after the
      // unit project, not beside it: its child-process services keep timing bounds (backoff, grace
      // periods) that a 2-core machine busy with both projects at once stretched past their limits.
      { extends: true, test: { name: 'e2e', include: endToEnd, globalSetup: ['test/global-setup.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
