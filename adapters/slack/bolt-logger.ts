/** Bolt and the Web API client log through our pino logger (scrubbed, structured, one stream). */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';

export function boltLogger(logger: Logger, name = 'bolt'): BoltLogger {
  let level = LogLevel.DEBUG;
  const line = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  // Bolt logs at debug several times per request, some with whole payloads: format only what is written.
  const enabled = (l: 'debug' | 'info' | 'warn' | 'error') => logger.isLevelEnabled?.(l) ?? true;
  return {
    debug: (...msg) => enabled('debug') && logger.debug({ source: name }, line(msg)),
    info: (...msg) => enabled('info') && logger.info({ source: name }, line(msg)),
    warn: (...msg) => enabled('warn') && logger.warn({ source: name }, line(msg)),
    error: (...msg) => enabled('error') && logger.error({ source: name }, line(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
