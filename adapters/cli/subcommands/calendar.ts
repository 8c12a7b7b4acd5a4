/**
 * `sg17 calendar [--question N] [--now ISO]`: the iCalendar feed on stdout, the same document
 * GET /calendar.ics serves (SEQUENCE numbers and events no longer listed, shown as cancelled, from
 * the bot database — SG17_DB from the environment or ./.env — when there is one).
 */
import { parseArgs } from 'node:util';
import { normaliseQuestion } from '../../../src/engine/params.js';
import { calendarFeed } from '../../../src/calendar/feed.js';
import { cliNow } from '../now.js';
import { loadCatalog, loadRuntimeConfig, openExistingStore } from '../runtime.js';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

export const calendar: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { question: { type: 'string' }, now: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError('usage: sg17 calendar [--question N] [--now ISO-8601] > sg17.ics');
    let question: string | undefined;
    if (values.question !== undefined) {
      const q = normaliseQuestion(values.question);
      if (!q || q === 'Q0/17') throw new UsageError(`--question expects a Question number such as 15 or Q15 (got "${values.question}")`);
      question = q;
    }
    const runtime = loadRuntimeConfig(io.env);
    if (!runtime.ok) {
      io.stderr(`sg17 calendar: ${runtime.message}\n`);
      return 2;
    }
    const now = cliNow(values.now, runtime.env);
    const catalog = loadCatalog(runtime.config);
    const store = await openExistingStore(runtime.config);
    try {
      io.stdout(await calendarFeed(catalog.meetings, { now, question, versions: store?.calendarVersions }));
      return 0;
    } finally {
      await store?.close();
    }
  },
};
