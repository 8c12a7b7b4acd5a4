/**
 * `sg17 reminders [--now ISO] [--json] [--count N]`: the reminder plan — the next posts for every
 * channel subscribed in the bot database (SG17_DB), or for the console channel's default (all
 * Questions) when the database holds none. Same planner as the running scheduler.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDataset } from '../../../src/dataset/load.js';
import { buildCatalog } from '../../../src/dataset/catalog.js';
import { openStore, type SqliteStore } from '../../../src/store/sqlite.js';
import { renderText } from '../../console/render-text.js';
import { dataDir } from '../paths.js';
import { cliNow } from '../now.js';
import { cliDispatcher } from '../dispatch.js';
import { exitCodeFor } from './query.js';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

export const DEFAULT_DB = 'var/sg17.db';

/** The bot database if it exists (a preview never creates one). */
export function openExistingStore(env: CliIO['env']): SqliteStore | undefined {
  const path = env.SG17_DB?.trim() || DEFAULT_DB;
  return existsSync(path) ? openStore(path) : undefined;
}

export const reminders: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, now: { type: 'string' }, count: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError('usage: sg17 reminders [--now ISO-8601] [--json] [--count N]');
    const now = cliNow(values.now, io.env);
    const catalog = buildCatalog(loadDataset(dataDir(io.env)));
    const store = openExistingStore(io.env);
    try {
      const { answer } = await cliDispatcher(io, { catalog, now, subscriptions: store?.subscriptions }).dispatch({
        query: { command: 'reminders', options: { count: values.count ?? '20' } },
      });
      io.stdout(values.json ? `${JSON.stringify(answer.data, null, 2)}\n` : renderText(answer));
      return exitCodeFor(answer);
    } finally {
      store?.close();
    }
  },
};
