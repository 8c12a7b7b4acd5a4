/** `--now` / SG17_NOW: an ISO-8601 instant. A time needs Z or an offset; a bare date means 00:00 UTC. */
import { UsageError } from './subcommand.js';
import { systemClock } from '../../src/clock.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;

export function parseNow(value: string, flag = '--now'): Date {
  const text = value.trim();
  const m = ISO.exec(text);
  const date = m ? new Date(m[4] ? text : `${text}T00:00:00Z`) : new Date(NaN);
  // Date() rolls "2024-02-31" over to March 2: the calendar date must exist as written.
  const calendar = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  const real = calendar !== undefined && calendar.toISOString().slice(0, 10) === `${m![1]}-${m![2]}-${m![3]}`;
  if (!m || !real || Number.isNaN(date.getTime())) {
    throw new UsageError(`${flag} expects an ISO-8601 instant such as 2024-11-20T09:00:00Z (got "${value}")`);
  }
  return date;
}

/**
 * The instant a one-shot command answers for: `--now`, else SG17_NOW (empty counts as unset, as
 * in adapters/config.ts), else the system clock.
 */
export function cliNow(flag: string | undefined, env: Record<string, string | undefined>): Date {
  if (flag !== undefined) return parseNow(flag, '--now');
  const fromEnv = env.SG17_NOW?.trim();
  return fromEnv ? parseNow(fromEnv, 'SG17_NOW') : systemClock.now();
}
