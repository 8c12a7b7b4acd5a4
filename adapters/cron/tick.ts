/**
 * The only cron job: a one-minute tick that hands the time window to the scheduler (never one
 * cron job per reminder). Overlapping ticks are skipped; a failing tick is logged, not fatal.
 */
import cron from 'node-cron';
import type { Logger } from '../../src/ports.js';

export const EVERY_MINUTE = '* * * * *';

export interface Ticker {
  stop(): void;
}

export function startTicker(tick: () => Promise<unknown>, logger: Logger, expression: string = EVERY_MINUTE): Ticker {
  if (!cron.validate(expression)) throw new Error(`invalid tick schedule "${expression}"`);
  const task = cron.schedule(
    expression,
    async () => {
      try {
        const report = (await tick()) as { due?: number } | undefined;
        if (report?.due) logger.info(report, 'reminder tick');
        else logger.debug(report ?? {}, 'reminder tick');
      } catch (error) {
        logger.error({ err: error }, 'reminder tick failed');
      }
    },
    { noOverlap: true, name: 'sg17-reminder-tick' },
  );
  return {
    stop: () => {
      void task.stop();
    },
  };
}
