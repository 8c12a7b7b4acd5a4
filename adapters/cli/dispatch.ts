/**
 * The front door for one-shot subcommands (`sg17 <question>`, `sg17 reminders`): a dispatcher on
 * a clock stopped at the instant asked for, logging to stderr. No pino here: the query path stays
 * light (test/boundary.test.ts), and a failed command's stack still reaches the terminal.
 */
import type { Catalog } from '../../src/dataset/catalog.js';
import { createDispatcher, type Dispatcher } from '../../src/dispatch/dispatch.js';
import type { Logger } from '../../src/ports.js';
import type { SubscriptionStore } from '../../src/store/port.js';
import type { CliIO } from './subcommand.js';

/** Warnings and errors as one line each on stderr, the error's stack under it. */
export function stderrLogger(io: Pick<CliIO, 'stderr'>): Logger {
  const write = (obj: object | string, msg?: string): void => {
    if (typeof obj === 'string') {
      io.stderr(`sg17: ${obj}\n`);
      return;
    }
    const { err, ...fields } = obj as { err?: unknown } & Record<string, unknown>;
    const detail = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
    const stack = err instanceof Error ? `\n${err.stack ?? err.message}` : err === undefined ? '' : `\n${String(err)}`;
    io.stderr(`sg17: ${msg ?? ''}${detail ? ` (${detail})` : ''}${stack}\n`);
  };
  return { info() {}, debug() {}, warn: write, error: write };
}

export function cliDispatcher(io: Pick<CliIO, 'stderr'>, parts: { catalog: Catalog; now: Date; subscriptions?: SubscriptionStore }): Dispatcher {
  return createDispatcher({
    catalog: () => parts.catalog,
    clock: { now: () => parts.now },
    logger: stderrLogger(io),
    ...(parts.subscriptions ? { subscriptions: parts.subscriptions } : {}),
  });
}
