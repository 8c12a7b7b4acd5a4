/** Test helpers shared by the service tests: a Logger that records its lines, and timers the test drives. */
import type { Logger } from '../src/ports.js';
import type { Timers } from '../adapters/reminders/scheduler.js';

export interface LogLine {
  level: string;
  obj: unknown;
  msg?: string;
}

/** A Logger whose every line lands in `lines`, so a test can read what the service said. */
export function recordingLogger(lines: LogLine[]): Logger {
  const at = (level: string) => (obj: object | string, msg?: string) => {
    lines.push({ level, obj, msg: typeof obj === 'string' ? obj : msg });
  };
  return { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

/** Waits happen on the fake clock: the test advances it and calls drain(). */
export const manualTimers: Timers = { set: () => null, clear: () => undefined };
