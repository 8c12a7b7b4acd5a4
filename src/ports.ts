/**
 * Ports the core uses to reach the outside world; adapters implement them.
 */
import type { Answer } from './engine/answer.js';
import type { ChannelAddress } from './channel.js';

/** Outcome of one attempt to post a message, as the reminder scheduler needs to know it. */
export type PostOutcome =
  | { status: 'sent'; messageId?: string }
  /** Rate limited (429, honour retryAfterMs), 5xx or a network error: try again later. */
  | { status: 'retry'; retryAfterMs?: number; reason: string }
  /** The channel is gone or the bot lost access: disable the subscription. */
  | { status: 'gone'; reason: string };

export interface PostOptions {
  /** Idempotency key for the post (Discord nonce + enforce_nonce), stable across retries. */
  readonly idempotencyKey: string;
}

/** Posts an Answer into a channel. One per platform; the console one prints. */
export interface Poster {
  post(channel: ChannelAddress, answer: Answer, options: PostOptions): Promise<PostOutcome>;
}

/** Structured logger shape (pino-compatible) so the core does not depend on pino. */
export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
  /** Whether a line at this level would be written (pino has it); absent means yes. */
  isLevelEnabled?(level: 'debug' | 'info' | 'warn' | 'error'): boolean;
}
