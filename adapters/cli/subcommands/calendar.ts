/**
 * `sg17 calendar [--question N] [--now ISO]`: the iCalendar feed on stdout, the same document
 * GET /calendar.ics serves (SEQUENCE numbers from the bot database when there is one).
 */
import { parseArgs } from 'node:util';
import { loadDataset } from '../../../src/dataset/load.js';
import { buildCatalog } from '../../../src/dataset/catalog.js';
import { normaliseQuestion } from '../../../src/engine/params.js';
import { calendarEvents } from '../../../src/calendar/model.js';
import { renderIcs } from '../../../src/calendar/ics.js';
import { dataDir } from '../paths.js';
import { cliNow } from '../now.js';
import { openExistingStore } from './reminders.js';
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
    const now = cliNow(values.now, io.env);
    const catalog = buildCatalog(loadDataset(dataDir(io.env)));
    const store = openExistingStore(io.env);
    try {
      io.stdout(
        renderIcs(calendarEvents(catalog.meetings, question), {
          now,
          name: question ? `SG17 ${question} interim RGMs` : 'SG17 interim RGMs',
          versions: store?.calendarVersions,
        }),
      );
      return 0;
    } finally {
      store?.close();
    }
  },
};
