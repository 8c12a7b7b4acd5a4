/**
 * The `sg17` command line (main.ts runs it on the process). `sg17 <words…>` answers as the bot does; the first word may instead
 * name a subcommand from the table below. Subcommands load lazily, so asking a question loads
 * only the engine and the dataset (fast cold start; no SDKs, pino, cron or calendar code).
 *
 * Adding a subcommand = a module in ./subcommands/ exporting a `Subcommand` + one row here.
 */
import { UsageError, type CliIO, type ExitCode, type SubcommandEntry } from './subcommand.js';

export const SUBCOMMANDS: readonly SubcommandEntry[] = [
  {
    name: 'ingest',
    usage: 'sg17 ingest <summary.txt> [--out DIR]',
    summary: 'Parse an SG17 executive summary into a data/<meeting>.json file',
    load: async () => (await import('./subcommands/ingest.js')).ingest,
  },
  {
    name: 'diff',
    usage: 'sg17 diff <old> <new> [--json]',
    summary: 'What changed between two datasets (meeting files or data folders): RGMs, statuses, work items, groups',
    load: async () => (await import('./subcommands/diff.js')).diff,
  },
  {
    name: 'serve',
    usage: 'sg17 serve',
    summary: 'Run the bot service (HTTP, Slack, Discord, reminders) from the environment / .env',
    load: async () => (await import('./subcommands/serve.js')).serve,
  },
  {
    name: 'discord',
    usage: 'sg17 discord register|clear [--guild ID] [--print]',
    summary: 'Register (or remove) the /sg17 slash command with Discord: one server with --guild, else global',
    load: async () => (await import('./subcommands/discord.js')).discord,
  },
  {
    name: 'console',
    usage: 'sg17 console [--now ISO-8601]',
    summary: 'The console channel: answer each line of standard input (a terminal or a pipe) as the bot does, follow-ups included',
    load: async () => (await import('./subcommands/console.js')).consoleChannel,
  },
  {
    name: 'reminders',
    usage: 'sg17 reminders [--now ISO-8601] [--json] [--count N]',
    summary: 'The reminder plan: next RGM reminders and digests for every subscribed channel',
    load: async () => (await import('./subcommands/reminders.js')).reminders,
  },
  {
    name: 'calendar',
    usage: 'sg17 calendar [--question N] [--now ISO-8601]',
    summary: 'Print the iCalendar feed of the interim RGMs and SG17 meetings (as GET /calendar.ics)',
    load: async () => (await import('./subcommands/calendar.js')).calendar,
  },
  {
    name: 'db',
    usage: 'sg17 db migrate-to postgres://… [--from FILE]',
    summary: 'Copy the bot database (subscriptions, ledger, calendar sequences) from SQLite into PostgreSQL',
    load: async () => (await import('./subcommands/db.js')).db,
  },
  {
    name: 'slack',
    usage: 'sg17 slack manifest [--url https://host] [--socket-mode]',
    summary: 'Print the Slack app manifest (YAML) generated from the command registry',
    load: async () => (await import('./subcommands/slack.js')).slack,
  },
];

const QUERY_USAGE = 'sg17 [--json] [--now ISO-8601] <command or question…>';

function usageText(): string {
  const width = Math.max(QUERY_USAGE.length, ...SUBCOMMANDS.map((s) => s.usage.length)) + 2;
  return [
    'Usage:',
    `  ${QUERY_USAGE.padEnd(width)}Answer as the bot does (e.g. sg17 rec X.1716, sg17 "when is the next Q15 RGM?")`,
    ...SUBCOMMANDS.map((s) => `  ${s.usage.padEnd(width)}${s.summary}`),
    '',
    'Run `sg17 help` for the bot commands. Exit codes: 0 answered, 1 nothing matched, not understood or failed, 2 usage error.',
    '',
  ].join('\n');
}

/** `--help` / `-h` among a subcommand's options (not after "--", where words are text). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** One subcommand's usage line and what it does, from its table row. */
export function subcommandHelp(entry: SubcommandEntry): string {
  return `Usage: ${entry.usage}

${entry.summary}.
`;
}

/** Run the CLI with argv (without node and the script); resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  try {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h') {
      io.stdout(usageText());
      return 0;
    }
    const entry = SUBCOMMANDS.find((s) => s.name === first);
    if (entry && asksForHelp(rest)) {
      io.stdout(subcommandHelp(entry));
      return 0;
    }
    if (entry) return await (await entry.load()).run(rest, io);
    await import('./zod-jitless.js'); // before the engine's schemas are built
    const { query } = await import('./subcommands/query.js');
    return await query.run([...argv], io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`sg17: ${usageMessage(error as Error)}\n\n${usageText()}`);
      return 2;
    }
    io.stderr(`sg17: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/**
 * Node's unknown-option message ends with an unbalanced quote ("… as in '-- "--x"");
 * say the same thing with balanced quotes.
 */
function usageMessage(error: Error): string {
  if ((error as { code?: unknown }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return error.message;
  const option = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (!option) return error.message;
  return `unknown option "${option}" (to pass a word that starts with "-" as text, put it after "--", as in: -- "${option}")`;
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
