/**
 * One command = one module: its name, options, help line, parser and handler, as typed data.
 * Help, Slack text parsing, Discord subcommand definitions and the Slack manifest are all
 * generated from the registry of these (src/engine/registry.ts); adapters never list commands.
 */
import type { z } from 'zod';
import type { Answer } from './answer.js';
import type { Catalog } from '../dataset/catalog.js';
import type { ChannelAddress, PersonAddress } from '../channel.js';
import type { FollowStore, SubscriptionStore } from '../store/port.js';
import type { LastQuestion } from './query/follow-up.js';

export type OptionType = 'string' | 'integer' | 'boolean';

export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** Which values to suggest while typing (Discord autocomplete, Slack manifest hint). */
  readonly autocomplete?: 'rec-id' | 'question' | 'meeting' | 'place';
  /** The only values it takes, offered as a fixed list (Discord choices). */
  readonly choices?: readonly string[];
  /** Takes the rest of the words as one value ("search <words…>"). */
  readonly rest?: boolean;
}

/** What a handler may use. All of it is passed in: no globals, no clock reads. */
export interface CommandContext {
  readonly catalog: Catalog;
  readonly now: Date;
  /** The channel the command came from, when it came from one. */
  readonly channel?: ChannelAddress;
  /** Who asked, and whether they may manage the channel (subscriptions). */
  readonly actor?: { readonly id: string; readonly canManageChannel: boolean };
  readonly subscriptions?: SubscriptionStore;
  /** The asker as a recipient of direct messages ("slack:user:U1"), when the platform can reach them. */
  readonly person?: PersonAddress;
  /** The asker's time zone from their platform profile (Slack users.info), if it has one; asked only by `follow`. */
  readonly profileTimeZone?: () => Promise<string | undefined>;
  readonly follows?: FollowStore;
  /** Base URL of the HTTP service (calendar links), from SG17_PUBLIC_URL. */
  readonly publicUrl?: string;
  /** The question last answered in this conversation (recent enough): a follow-up refines it (query/follow-up.ts). */
  readonly previous?: LastQuestion;
}

export type ParseResult<P> = { ok: true; params: P } | { ok: false; error: string };

export interface Command<P = Record<string, unknown>> {
  readonly name: string;
  /** Other words that call it ("recommendation" → rec). */
  readonly aliases?: readonly string[];
  /** "rec <id>" */
  readonly usage: string;
  /** One help line. */
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  /** Validates the raw option record (from words or from Discord options). */
  readonly params: z.ZodType<P>;
  /**
   * Words after the command name → raw option record, for keyword syntax
   * (`subscribe Q1 Q15 lead 7d,1d tz Europe/Zurich`). Default: positional, from `options`.
   */
  readonly parseWords?: (words: readonly string[]) => Record<string, unknown>;
  /** Whether the answer may be posted publicly with `public` (else it is only ever ephemeral). */
  readonly canBePublic: boolean;
  /**
   * Changes the channel's settings, so only channel managers may run it: adapters must establish
   * `actor.canManageChannel` (which may cost a platform API call) and acknowledge first where the
   * platform's deadline is short (Discord defers).
   */
  readonly managesChannel?: boolean;
  /**
   * Concerns only the asker (their personal follows): the answer is shown only to them wherever
   * they ask — ephemeral, also when asked by @mention — and never posted in the channel.
   */
  readonly personal?: boolean;
  readonly handle: (params: P, ctx: CommandContext) => Answer | Promise<Answer>;
}

/** Erase the parameter type so commands fit in one registry array. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds commands of every parameter type; each handler is typed by its own schema.
export type AnyCommand = Command<any>;

export function defineCommand<P>(command: Command<P>): Command<P> {
  return command;
}
