/**
 * `sg17 db migrate-to postgres://… [--from FILE]`: copy the bot database from a SQLite file (SG17_DB
 * from the environment or ./.env, or --from) into PostgreSQL — subscriptions, the reminder ledger,
 * meta (last tick, announced dataset) and calendar sequences — migrating the target's schema first.
 * The SQLite file is only read. Stop the service before copying, then start it with SG17_DB set
 * to the URL (docs/production.md).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { copySqliteToPostgres } from '../../../src/store/copy.js';
import { isPostgresUrl, redactUrl } from '../../../src/store/postgres.js';
import { loadRuntimeConfig } from '../runtime.js';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

export const DB_USAGE = 'sg17 db migrate-to postgres://user:pass@host:5432/db [--from path/to/sg17.db]';

const HELP = `Usage: ${DB_USAGE}

Copies the bot database from a SQLite file into PostgreSQL: subscriptions, personal follows, the reminder ledger
(what was posted, with the platforms' message ids), meta (last tick, the dataset last announced)
and calendar sequence numbers. The target's schema is created or migrated first; rows it already
has are kept, so running it twice copies nothing twice. The SQLite file is only read.

  --from FILE   the SQLite file (default: SG17_DB from the environment or ./.env)

Stop the service first; then start every instance with SG17_DB=<the URL>. See docs/production.md.
`;

export const db: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help || positionals[0] === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (positionals[0] !== 'migrate-to' || positionals.length !== 2) throw new UsageError(`usage: ${DB_USAGE}`);
    const target = positionals[1]!;
    if (!isPostgresUrl(target)) throw new UsageError(`the target must be a postgres:// URL (got "${target.slice(0, 40)}")`);
    let from = values.from;
    if (from === undefined) {
      const runtime = loadRuntimeConfig(io.env);
      if (!runtime.ok) {
        io.stderr(`sg17 db: ${runtime.message}\n`);
        return 2;
      }
      from = runtime.config.SG17_DB;
    }
    if (isPostgresUrl(from)) throw new UsageError('the source is already PostgreSQL: give the SQLite file with --from');
    if (!existsSync(from)) {
      io.stderr(`sg17 db: no SQLite database at ${from}\n`);
      return 1;
    }
    try {
      const report = await copySqliteToPostgres(from, target);
      const lines = Object.entries(report).map(
        ([table, r]) => `  ${table}: ${r.copied} of ${r.read} rows copied${r.copied < r.read ? ' (the rest were there already)' : ''}`,
      );
      io.stdout(`Copied ${from} → ${redactUrl(target)}\n${lines.join('\n')}\nNow start the service with SG17_DB set to that URL.\n`);
      return 0;
    } catch (error) {
      io.stderr(`sg17 db: copying to ${redactUrl(target)} failed, nothing was copied: ${(error as Error).message}\n`);
      return 1;
    }
  },
};
