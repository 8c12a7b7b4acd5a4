/**
 * The contract of one `sg17 <subcommand>` module (adapters/cli/subcommands/*.ts). main.ts lists
 * them in a table of lazy loaders, so a subcommand's dependencies (the HTTP server, pino, cron,
 * ical-generator, platform SDKs) load only when that subcommand runs — never on the query path.
 */

/** Where a subcommand reads and writes; tests and main.ts pass the real process streams. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, for `sg17 console` (main.ts passes process.stdin; tests a stream of their own). */
  readonly stdin?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
}

/** Exit codes: 0 answered/done, 1 nothing matched or the operation failed, 2 usage error. */
export type ExitCode = 0 | 1 | 2;

export interface Subcommand {
  /** Runs with the arguments after the subcommand word; resolves to the exit code. */
  run(args: string[], io: CliIO): Promise<ExitCode>;
}

/** A table row: what `sg17 --help` shows, and how to load the module when it is used. */
export interface SubcommandEntry {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly load: () => Promise<Subcommand>;
}

/** Thrown by argument parsing; main.ts prints the message and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
