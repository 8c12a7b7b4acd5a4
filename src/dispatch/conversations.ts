/**
 * The last question asked in each conversation (a place and a person: a Slack thread, a channel
 * and a user, the console), so that "and their RGMs?" can refine it. Platform-neutral: adapters
 * only name the conversation. Bounded twice: an entry is forgotten CONVERSATION_TTL_MS after the
 * question (on the injected clock), and past CONVERSATION_CAP entries the least recently used go.
 */
import type { Clock } from '../clock.js';
import type { LastQuestion } from '../engine/query/follow-up.js';

/** A follow-up continues a question asked at most this long ago. */
export const CONVERSATION_TTL_MS = 15 * 60 * 1000;
/** Conversations remembered at once; the least recently used is forgotten first. */
export const CONVERSATION_CAP = 5_000;

export class Conversations {
  /** Map order is recency order: a touched entry is moved to the end. */
  private readonly last = new Map<string, { readonly question: LastQuestion; readonly expires: number }>();
  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = CONVERSATION_TTL_MS,
    private readonly cap = CONVERSATION_CAP,
  ) {}

  /** The question last asked under any of `keys` (the first that holds one), if it is recent enough. */
  recall(keys: readonly string[]): LastQuestion | undefined {
    const now = this.clock.now().getTime();
    for (const key of keys) {
      const entry = this.last.get(key);
      if (entry === undefined) continue;
      if (entry.expires <= now) {
        this.last.delete(key);
        continue;
      }
      // Used: it moves to the end of the recency order (its 15 minutes still run from the question).
      this.last.delete(key);
      this.last.set(key, entry);
      return entry.question;
    }
    return undefined;
  }

  /** Remember `question` as the last one under every key; the oldest conversations go past the cap. */
  remember(keys: readonly string[], question: LastQuestion): void {
    const expires = this.clock.now().getTime() + this.ttlMs;
    for (const key of keys) {
      this.last.delete(key);
      this.last.set(key, { question, expires });
    }
    while (this.last.size > this.cap) {
      const oldest = this.last.keys().next().value;
      if (oldest === undefined) break;
      this.last.delete(oldest);
    }
  }

  /** How many conversations are remembered (tests: the bound holds). */
  get size(): number {
    return this.last.size;
  }
}

/**
 * How adapters name a conversation: a place (a channel, or a thread in it) and, where everyone in
 * the place is not one conversation, a person. Keys are compared as strings, never parsed.
 */
export const conversationKey = {
  /** One person in one channel (a slash command, a Discord channel, a top-level Slack mention). */
  person: (channel: string, person: string): string => `${channel} person ${person}`,
  /** A thread: everyone in it continues the same conversation (Slack threads). */
  thread: (channel: string, thread: string): string => `${channel} thread ${thread}`,
};
