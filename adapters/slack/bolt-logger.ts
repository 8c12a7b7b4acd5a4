/** Bolt and the Web API client log through our pino logger (scrubbed, structured, one stream). */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';

export function boltLogger(logger: Logger, name = 'bolt'): BoltLogger {
  let level = LogLevel.DEBUG;
  const line = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => logger.debug({ source: name }, line(msg)),
    info: (...msg) => logger.info({ source: name }, line(msg)),
    warn: (...msg) => logger.warn({ source: name }, line(msg)),
    error: (...msg) => logger.error({ source: name }, line(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
