/**
 * The one front door. Every way in — each chat platform's commands and messages, the terminal,
 * the CLI — hands its request here, already translated from the platform's
 * payload: the text (or a command and its options), the channel, the actor, whether the asker
 * wants the answer in the channel, and the platform's delivery id. The rules live here, once:
 * the input limit, which answers may be public, duplicate deliveries and the bot's own messages,
 * a request id, and what happens when a command fails. The adapters only render the outcome.
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../engine/answer.js';
import type { AnyCommand, CommandContext } from '../engine/command.js';
import { ask, parseInvocation, runCommand, usageError } from '../engine/engine.js';
import { findCommand } from '../engine/registry.js';
import { splitWords } from '../engine/words.js';
import { type Catalog, meetingLabel } from '../dataset/catalog.js';
import type { ChannelAddress, PersonAddress } from '../channel.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../ports.js';
import { StoreUnavailable, type FollowStore, type SubscriptionStore } from '../store/port.js';
import { SeenDeliveries } from './seen.js';
import { wellFormed } from '../text/shorten.js';
import { Conversations } from './conversations.js';

/** Longer input (the text, or any one option value) gets a short error rather than an attempt. */
export const MAX_INPUT_CHARS = 500;

/** What someone typed after `/sg17` (or asked in plain words), or a command by name with its options (a platform with typed options). */
export type Query = { readonly text: string } | { readonly command: string; readonly options: Readonly<Record<string, unknown>> };

export interface Actor {
  /** As the adapter names them (platform-qualified); stored as the author of a subscription. */
  readonly id: string;
  /**
   * Whether they may change this channel's settings. A function is called only for a command
   * that changes them, because finding out may cost a call to the platform's API.
   */
  readonly canManageChannel: boolean | (() => Promise<boolean>);
  /** The asker as a recipient of direct messages ("slack:user:U1"), for `follow`. */
  readonly person?: PersonAddress;
  /** Their profile's time zone (Slack users.info tz); called only by `follow` without `tz`. */
  readonly profileTimeZone?: () => Promise<string | undefined>;
}

export interface Request {
  readonly query: Query;
  /** The channel it came from ("<platform>:<id>"); absent for the CLI. */
  readonly channel?: ChannelAddress;
  readonly actor?: Actor;
  /** The asker asked for the answer in the channel (a platform's own flag for it). A trailing `public` in text counts too. */
  readonly public?: boolean;
  /** The platform's id for this delivery (platforms retry deliveries): a second delivery of it is skipped. */
  readonly deliveryId?: string;
  /** The platform says this bot posted it: skipped, so the bot never answers itself. */
  readonly fromSelf?: boolean;
  /**
   * The conversation it belongs to, as the adapter names it (a Slack thread, a channel and a user,
   * the console): the question last answered under the first key that holds one (within 15 minutes)
   * is what a follow-up refines, and this one's is remembered under every key. None: no follow-ups.
   */
  readonly conversation?: readonly string[];
}

export type Outcome =
  | {
      /** `failed`: a command threw; the answer is an apology naming the request id, and it was logged. */
      readonly status: 'answered' | 'failed';
      readonly requestId: string;
      readonly answer: Answer;
      /** Post it in the channel (true) or show it only to the asker. */
      readonly public: boolean;
      /** About the asker alone (their follows): only ever shown to them, also when asked by @mention. */
      readonly personal?: boolean;
    }
  | { readonly status: 'skipped'; readonly requestId: string; readonly reason: 'duplicate' | 'self' };

/** A request let in, not yet answered: what an adapter must decide before the answer is ready (one that must defer a slow reply). */
export interface Admitted {
  readonly status: 'admitted';
  readonly requestId: string;
  /** The command the query names (its first word, or the named command), if any. */
  readonly command?: string;
  /** The command changes the channel's settings (subscriptions). */
  readonly managesChannel: boolean;
  /** Where the answer goes if it succeeds; a problem is only ever shown to the asker. */
  readonly public: boolean;
  answer(): Promise<Answered>;
}

export type Admission = Admitted | Extract<Outcome, { status: 'skipped' }>;

export interface DispatchDeps {
  /** The catalog now in force: read per request (a reload may swap it). */
  readonly catalog: () => Catalog;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly subscriptions?: SubscriptionStore;
  readonly follows?: FollowStore;
  /** Base URL of the HTTP service, for calendar links (SG17_PUBLIC_URL). */
  readonly publicUrl?: string;
  /** Request ids (default: 8 hex digits counting up from a random start, `requestIds`); tests pass their own. */
  readonly newRequestId?: () => string;
  /** The last question of each conversation (default: kept 15 minutes on `clock`, at most 5,000 conversations). */
  readonly conversations?: Conversations;
}

/** A request that cannot be skipped: no delivery id to repeat, not the bot's own (the terminal, the CLI, a platform that never redelivers). */
export type UniqueRequest = Request & { readonly deliveryId?: undefined; readonly fromSelf?: false };
export type Answered = Exclude<Outcome, { status: 'skipped' }>;

export interface Dispatcher {
  /** Answer one request. Never throws. */
  dispatch(request: UniqueRequest): Promise<Answered>;
  dispatch(request: Request): Promise<Outcome>;
  /** Let a request in (or skip it) now, answer it later: for adapters that must choose a reply's visibility first. */
  admit(request: UniqueRequest): Admitted;
  admit(request: Request): Admission;
  /** The catalog now in force (autocomplete reads it). */
  catalog(): Catalog;
  /** An answer refusing something the adapter cannot translate ("Not supported"), never public. */
  refusal(title: string, summary: string): Answer;
}

export function createDispatcher(deps: DispatchDeps): Dispatcher {
  const seen = new SeenDeliveries(deps.clock);
  const conversations = deps.conversations ?? new Conversations(deps.clock);
  const newRequestId = deps.newRequestId ?? requestIds();

  const refusal = (title: string, summary: string): Answer => usageError({ catalog: deps.catalog(), now: deps.clock.now() }, title, summary);

  function admit(request: Request): Admission {
    const requestId = newRequestId();
    if (request.fromSelf) return { status: 'skipped', requestId, reason: 'self' };
    if (request.deliveryId !== undefined && !seen.firstTime(`${request.channel ?? ''} ${request.deliveryId}`)) {
      deps.logger.debug({ requestId, deliveryId: request.deliveryId, channel: request.channel }, 'duplicate delivery skipped');
      return { status: 'skipped', requestId, reason: 'duplicate' };
    }

    // A lone surrogate (valid JSON, but no valid text) would be echoed into an answer no platform accepts.
    const query = wellFormedQuery(request.query);
    const tooLong =
      'text' in query ? query.text.length > MAX_INPUT_CHARS : Object.values(query.options).some((v) => typeof v === 'string' && v.length > MAX_INPUT_CHARS);
    // Oversize input is refused before any parsing work.
    const invocation = 'text' in query && !tooLong ? parseInvocation(query.text) : undefined;
    const command: AnyCommand | undefined = 'text' in query ? (invocation ? leadingCommand(invocation.text) : undefined) : findCommand(query.command);
    // A command says whether its answer may be posted publicly; a free-text question may be.
    const mayBePublic = command ? command.canBePublic && command.personal !== true : 'text' in query;
    const personal = command?.personal === true;
    const wantsPublic = request.public === true || invocation?.public === true;
    const managesChannel = command?.managesChannel === true;

    const answer = async (): Promise<Answered> => {
      if (tooLong) {
        return { status: 'answered', requestId, answer: refusal('Too long', `Please keep it under ${MAX_INPUT_CHARS} characters.`), public: false };
      }
      try {
        const ctx = await contextFor(request, managesChannel);
        const result = 'text' in query ? await ask(invocation?.text ?? '', ctx) : await runCommand(query.command, query.options, ctx);
        // What it asked is what the asker's next message may follow up; an answer that asked nothing (help, a setting) leaves the last question.
        if (result.asked && request.conversation?.length) conversations.remember(request.conversation, result.asked);
        const answered = { status: 'answered' as const, requestId, answer: result, public: wantsPublic && mayBePublic && result.ok };
        return personal ? { ...answered, personal } : answered;
      } catch (error) {
        if (error instanceof StoreUnavailable) {
          // Only subscriptions need the database; everything else answered from the dataset.
          deps.logger.warn({ requestId, command: command?.name, store: error.store }, 'request needs the database, which is unreachable');
          return { status: 'answered', requestId, answer: storeDown(), public: false };
        }
        deps.logger.error({ err: error, requestId, channel: request.channel, actor: request.actor?.id, command: command?.name }, 'request failed');
        return { status: 'failed', requestId, answer: apology(requestId), public: false };
      }
    };
    return { status: 'admitted', requestId, command: command?.name, managesChannel, public: wantsPublic && mayBePublic, answer };
  }

  async function contextFor(request: Request, managesChannel: boolean): Promise<CommandContext> {
    const { actor } = request;
    const canManage =
      actor === undefined ? false : typeof actor.canManageChannel === 'boolean' ? actor.canManageChannel : managesChannel && (await actor.canManageChannel());
    // Built field by field: this runs for every request, and conditional spreads allocate.
    const ctx: { -readonly [K in keyof CommandContext]: CommandContext[K] } = { catalog: deps.catalog(), now: deps.clock.now() };
    if (request.channel) ctx.channel = request.channel;
    if (actor) ctx.actor = { id: actor.id, canManageChannel: canManage };
    if (deps.subscriptions) ctx.subscriptions = deps.subscriptions;
    if (deps.follows) ctx.follows = deps.follows;
    if (actor?.person) ctx.person = actor.person;
    if (actor?.profileTimeZone) ctx.profileTimeZone = actor.profileTimeZone;
    if (deps.publicUrl) ctx.publicUrl = deps.publicUrl;
    if (request.conversation?.length && 'text' in request.query) {
      const previous = conversations.recall(request.conversation);
      if (previous) ctx.previous = previous;
    }
    return ctx;
  }

  function storeDown(): Answer {
    return refusal(
      'Try again shortly',
      "The bot's database is unreachable for a moment, so channel subscriptions cannot be read or changed right now. Questions still work; please try this again in a minute.",
    );
  }

  function apology(requestId: string): Answer {
    return {
      kind: 'error',
      ok: false,
      title: 'Something went wrong',
      summary: `Sorry, that failed on our side. It has been logged as request ${requestId}; please mention that id if you report it.`,
      sections: [],
      source: meetingLabel(deps.catalog().latest),
      data: { kind: 'error', items: [{ requestId }] },
    };
  }

  async function dispatch(request: Request): Promise<Outcome> {
    const admission = admit(request);
    return admission.status === 'admitted' ? admission.answer() : admission;
  }

  return {
    admit: admit as Dispatcher['admit'],
    dispatch: dispatch as Dispatcher['dispatch'],
    catalog: () => deps.catalog(),
    refusal,
  };
}

/** The query with lone surrogates replaced; the same object when there are none (the common case allocates nothing). */
function wellFormedQuery(query: Query): Query {
  if ('text' in query) {
    const text = wellFormed(query.text);
    return text === query.text ? query : { text };
  }
  const values = Object.values(query.options);
  if (values.every((v) => typeof v !== 'string' || wellFormed(v) === v)) return query;
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query.options)) options[name] = typeof value === 'string' ? wellFormed(value) : value;
  return { command: query.command, options };
}

/**
 * 8 hex digits, counting up from a random start: unique within a process, and unlikely to meet
 * another run's in the logs. (A random UUID per request was 6 % of a slash command's dispatch.)
 */
export function requestIds(): () => string {
  let next = randomBytes(4).readUInt32BE(0);
  return () => {
    next = (next + 1) >>> 0;
    return next.toString(16).padStart(8, '0');
  };
}

/** The command the text's first word names, if any. */
function leadingCommand(text: string): AnyCommand | undefined {
  const first = splitWords(text)[0];
  return first === undefined ? undefined : findCommand(first);
}
