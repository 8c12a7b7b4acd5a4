import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Tests that drive real parts over loopback or as child processes: the service (createApp), the
 * real Bolt and discord.js against the fakes in test/fakes/, HTTP routes, the built CLI (dist/).
 * Every other test file is a fast, in-process unit test.
 */
const END_TO_END = [
  'test/boundary.test.ts',
  'test/calendar.test.ts',
  'test/cli.test.ts',
  'test/data-reload.test.ts',
  'test/console.test.ts',
  'test/discord.test.ts',
  'test/reminders-discord.test.ts',
  'test/reminders-process.test.ts',
  'test/reminders.test.ts',
  'test/scheduler.test.ts',
  'test/slack-socket.test.ts',
  'test/slack.test.ts',
];

// A misspelt or moved file would silently leave the end-to-end project.
const missing = END_TO_END.filter((file) => !existsSync(new URL(file, import.meta.url)));
if (missing.length > 0) throw new Error(`vitest.config.ts names test files that do not exist: ${missing.join(', ')}`);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // `npm test` runs both; `npx vitest run --project unit` runs the fast ones alone.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: END_TO_END },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: END_TO_END,
          // Builds dist/ once for the tests that run the compiled CLI as a child process.
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
