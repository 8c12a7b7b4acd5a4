/**
 * The subscription store and the reminder ledger as the core sees them. The SQLite
 * implementation (./sqlite.ts) sits behind these interfaces, so a server database can
 * replace it by implementing the same two ports.
 */
import { z } from 'zod';
import { ChannelAddress, PersonAddress } from '../channel.js';
import { QuestionId } from '../dataset/schema.js';

/** "7d", "1d", "2h", "30m", "1w": how long before the meeting a reminder goes out. */
export const Lead = z.string().regex(/^[1-9]\d{0,2}[mhdw]$/, 'expected a lead such as 7d, 1d, 2h or 30m');
export type Lead = z.infer<typeof Lead>;

/** Local clock time "HH:MM" at which day leads (d, w) are posted. */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time such as 09:00');

/** ITU is in Geneva; also the zone assumed for the clock times the summary gives without a zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Zurich';
export const DEFAULT_LEADS: readonly Lead[] = ['7d', '1d'];
export const DEFAULT_AT = '09:00';

/** What one channel follows. One subscription per channel; `subscribe` adds Questions to it. */
export const Subscription = z.object({
  channel: ChannelAddress,
  /** "all" follows every Question, present and future. */
  questions: z.union([z.literal('all'), z.array(QuestionId)]),
  leads: z.array(Lead).min(1),
  /** Local time of day-lead reminders in `timeZone`. */
  at: LocalTime,
  /** IANA zone, e.g. "Europe/Zurich". */
  timeZone: z.string(),
  enabled: z.boolean(),
  /** Why it was disabled (channel gone), else null. */
  disabledReason: z.string().nullable(),
  /** ISO instant; reminders due before this are never owed to the channel. */
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Subscription = z.infer<typeof Subscription>;

export interface SubscriptionChange {
  readonly questions: 'all' | readonly string[];
  readonly leads?: readonly Lead[];
  readonly at?: string;
  readonly timeZone?: string;
}

export interface SubscriptionStore {
  /** The channel's subscription (enabled or not) as a list of zero or one. */
  listForChannel(channel: ChannelAddress): Promise<Subscription[]>;
  /** Every enabled subscription. */
  listActive(): Promise<Subscription[]>;
  /** Add Questions (or "all") to the channel's subscription, creating or re-enabling it. Leads/zone/time replace when given. */
  subscribe(channel: ChannelAddress, change: SubscriptionChange, actor: string, now: Date): Promise<Subscription>;
  /** Remove Questions, or everything with "all"; returns what is left (null when nothing). */
  unsubscribe(channel: ChannelAddress, questions: 'all' | readonly string[]): Promise<Subscription | null>;
  /** The channel is gone or the bot lost access: stop posting there. */
  disable(channel: ChannelAddress, reason: string): Promise<void>;
  /** Create the subscription only if this channel never had one (console default). */
  ensureDefault(channel: ChannelAddress, change: SubscriptionChange, now: Date): Promise<boolean>;
  /** Changes whenever any subscription changes (also from another process on the same database). */
  revision(): Promise<number>;
}

/** Where a follower's time zone came from, so the answer can say it. */
export const TimeZoneSource = z.enum(['option', 'profile', 'default']);
export type TimeZoneSource = z.infer<typeof TimeZoneSource>;

/**
 * What one person follows (`/sg17 follow`): reminders and change notices by direct message.
 * One row per person; `unfollow all` deletes it (the person is forgotten, not flagged).
 */
export const Follow = z.object({
  person: PersonAddress,
  questions: z.union([z.literal('all'), z.array(QuestionId)]),
  leads: z.array(Lead).min(1),
  at: LocalTime,
  timeZone: z.string(),
  timeZoneSource: TimeZoneSource,
  /** Why direct messages stopped (the person blocked the bot or left), else null. */
  goneReason: z.string().nullable(),
  createdAt: z.string(),
});
export type Follow = z.infer<typeof Follow>;

export interface FollowChange {
  readonly questions: 'all' | readonly string[];
  readonly leads?: readonly Lead[];
  readonly at?: string;
  readonly timeZone?: string;
  readonly timeZoneSource?: TimeZoneSource;
}

/**
 * Personal follows. Asynchronous from the start (a server database answers later). Every change
 * moves the subscriptions' revision, so the scheduler replans for people as for channels.
 */
export interface FollowStore {
  get(person: PersonAddress): Promise<Follow | null>;
  /** Follows that still receive direct messages (not gone). */
  listActive(): Promise<Follow[]>;
  /** Add Questions (or "all"); settings replace when given. Following again clears "gone". */
  follow(person: PersonAddress, change: FollowChange, now: Date): Promise<Follow>;
  /** Remove Questions; "all" (or the last one) deletes the person's row and their settled ledger rows. Returns what is left. */
  unfollow(person: PersonAddress, questions: 'all' | readonly string[]): Promise<Follow | null>;
  /** Direct messages cannot reach them (blocked the bot, left the workspace): stop, keep the row. */
  markGone(person: PersonAddress, reason: string): Promise<void>;
  /** How many people follow something: the only figure about follows any command shows. */
  count(): Promise<number>;
}

/** The follow seen by the planner: a subscription whose recipient is a person (no weekly digest). */
export function followAsSubscription(f: Follow): Subscription {
  return {
    channel: f.person,
    questions: f.questions,
    leads: f.leads,
    at: f.at,
    timeZone: f.timeZone,
    enabled: f.goneReason === null,
    disabledReason: f.goneReason,
    createdAt: f.createdAt,
    createdBy: f.person,
  };
}

/** One reminder (or digest) as the ledger records it; `key` is its idempotency key. */
export interface LedgerEntry {
  readonly key: string;
  readonly channel: ChannelAddress;
  /** RGM id, or "digest:<week>". */
  readonly itemId: string;
  readonly lead: string;
  readonly dueAt: string;
  readonly late: boolean;
  /** The message to post, as JSON, so an in-doubt claim can be retried after a crash as it was. */
  readonly payload: string;
}

export type LedgerStatus = 'claimed' | 'sent' | 'dropped' | 'gone';

export interface LedgerRow extends LedgerEntry {
  readonly status: LedgerStatus;
  readonly claimant: string | null;
  readonly claimUntil: number;
  readonly attempts: number;
  /** The platform's id of the posted message, once sent. */
  readonly messageId: string | null;
  readonly note: string | null;
}

export type ClaimResult =
  /** Ours to post (first claim, or an expired in-doubt claim taken over: `row.attempts` > 1). */
  | { outcome: 'claimed'; row: LedgerRow }
  /** Already sent, dropped or gone: nothing to do. */
  | { outcome: 'done'; row: LedgerRow }
  /** Another claimant holds a live claim. */
  | { outcome: 'held'; row: LedgerRow };

/** Records each reminder claimed → sent atomically; a claim is a transaction. */
export interface ReminderLedger {
  claim(entry: LedgerEntry, claimant: string, nowMs: number, ttlMs: number): Promise<ClaimResult>;
  /** Extend our claim while the post is being retried. */
  renew(key: string, claimant: string, untilMs: number): Promise<boolean>;
  /** claimed → sent; false when the claim is no longer ours. */
  markSent(key: string, claimant: string, messageId: string | null, now: Date): Promise<boolean>;
  /** Record a reminder that will never be posted (meeting already begun, empty digest), unless already recorded. */
  settle(entry: LedgerEntry, status: 'dropped' | 'gone', note: string, now: Date): Promise<void>;
  /** Our claim ends without a post: claimed → gone/dropped. */
  markFailed(key: string, claimant: string, status: 'dropped' | 'gone', note: string, now: Date): Promise<boolean>;
  /** Give up our claim without posting (shutdown): it becomes in doubt at once, for the next run. */
  release(key: string, claimant: string): Promise<boolean>;
  /** Claims whose claimant died (claim expired) and that were never sent. */
  inDoubt(nowMs: number): Promise<LedgerRow[]>;
  get(key: string): Promise<LedgerRow | undefined>;
  /** A small key/value slot (last tick instant). */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

/** An event's revision as the feed publishes it. */
export interface CalendarVersion {
  readonly sequence: number;
  /** ISO instant the feed first served this content (LAST-MODIFIED). */
  readonly lastModified: string;
}

/**
 * Keeps iCalendar SEQUENCE numbers: same UID + changed content → sequence + 1. It also keeps the
 * last content of every event the feed published, so an event whose RGM is no longer listed can
 * be published as cancelled instead of vanishing from subscribers' calendars.
 */
export interface CalendarVersions {
  sequenceFor(uid: string, contentHash: string): Promise<number>;
  /** The revision of this content, recording it (with the event as JSON) when it is new. */
  versionOf(uid: string, contentHash: string, event: string, now: Date): Promise<CalendarVersion>;
  /** Every event published so far, last content as JSON. */
  published(): Promise<{ uid: string; event: string }[]>;
}

export type StoreKind = 'sqlite' | 'postgres';

/**
 * The three ports over one database, as the composition root opens it: SQLite (one host) or
 * PostgreSQL (several hosts). Every method is asynchronous so a network database fits; a
 * PostgreSQL store that cannot reach its server rejects with StoreUnavailable, never hangs.
 */
export interface Store {
  readonly kind: StoreKind;
  /** Where it is, safe to log and show (a path, or a URL without its password). */
  readonly name: string;
  readonly subscriptions: SubscriptionStore;
  readonly follows: FollowStore;
  readonly ledger: ReminderLedger;
  readonly calendarVersions: CalendarVersions;
  /** Resolves when the database answers a trivial query (readiness), rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The database cannot be reached now (connection refused, timed out): try again shortly. */
export class StoreUnavailable extends Error {
  constructor(
    readonly store: string,
    cause: unknown,
  ) {
    super(`the database (${store}) is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'StoreUnavailable';
  }
}

/** The database's schema is newer than this code knows: refuse to run rather than misread it. */
export class SchemaTooNew extends Error {
  constructor(
    readonly store: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `the database (${store}) has schema version ${found}, but this sg17 knows only up to ${known}: a newer sg17 migrated it. Run the newer version (or restore a backup taken before its upgrade); this one stops rather than misread the data.`,
    );
    this.name = 'SchemaTooNew';
  }
}
