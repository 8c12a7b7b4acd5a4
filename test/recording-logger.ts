/** Test helpers shared by the service tests: a Logger that records its lines, timers the test drives, and the apps a test started. */
import type { Logger } from '../src/ports.js';
import type { Timers } from '../adapters/reminders/scheduler.js';
import { createApp, type App } from '../adapters/app.js';
import type { Config } from '../adapters/config.js';
import type { Clock } from '../src/clock.js';

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

/**
 * The apps a service test started: each is built the same way (recording logger, a short Bolt ack
 * timeout, reminders driven by the test), and every one still running is stopped after each test.
 */
export function serviceApps(): {
  start(config: Config, clock: Clock, logs?: LogLine[], startOptions?: { readonly waitForPlatforms?: boolean }): Promise<{ app: App; base: string }>;
  stop(app: App): Promise<void>;
  stopAll(): Promise<void>;
} {
  const running: App[] = [];
  return {
    async start(config, clock, logs = [], startOptions = {}) {
      const app = await createApp(config, {
        clock,
        logger: recordingLogger(logs),
        slack: { unhandledRequestTimeoutMillis: 150 },
        reminders: { cron: false, scheduler: { timers: manualTimers } },
      });
      running.push(app);
      return { app, base: await app.start(startOptions) };
    },
    async stop(app) {
      running.splice(running.indexOf(app), 1);
      await app.stop();
    },
    async stopAll() {
      for (const app of running.splice(0).reverse()) await app.stop();
    },
  };
}
