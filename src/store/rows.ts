/**
 * The stores' rows as both databases hold them (JSON in TEXT columns, booleans as 0/1, claim
 * deadlines as epoch milliseconds), and their mapping to the ports' types, so SQLite and
 * PostgreSQL read and write the same shapes.
 */
import type { ChannelAddress } from '../channel.js';
import { DEFAULT_AT, DEFAULT_LEADS, DEFAULT_TIME_ZONE, Follow, Subscription, type LedgerRow, type LedgerStatus, type SubscriptionChange } from './port.js';

export interface SubscriptionRow {
  channel: string;
  questions: string;
  leads: string;
  at: string;
  time_zone: string;
  enabled: number;
  disabled_reason: string | null;
  created_at: string;
  created_by: string;
}

export interface LedgerDbRow {
  key: string;
  channel: string;
  item_id: string;
  lead: string;
  due_at: string;
  late: number;
  payload: string;
  status: LedgerStatus;
  claimant: string | null;
  /** PostgreSQL returns BIGINT as a string. */
  claim_until: number | string;
  attempts: number;
  message_id: string | null;
  note: string | null;
}

export function toSubscription(row: SubscriptionRow): Subscription {
  return Subscription.parse({
    channel: row.channel,
    questions: JSON.parse(row.questions),
    leads: JSON.parse(row.leads),
    at: row.at,
    timeZone: row.time_zone,
    enabled: row.enabled === 1,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at,
    createdBy: row.created_by,
  });
}

/** "Q2/17" before "Q15/17". */
export function byQuestionNumber(a: string, b: string): number {
  return Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]);
}

export function toLedgerRow(r: LedgerDbRow): LedgerRow {
  return {
    key: r.key,
    channel: r.channel as ChannelAddress,
    itemId: r.item_id,
    lead: r.lead,
    dueAt: r.due_at,
    late: r.late === 1,
    payload: r.payload,
    status: r.status,
    claimant: r.claimant,
    claimUntil: Number(r.claim_until),
    attempts: r.attempts,
    messageId: r.message_id,
    note: r.note,
  };
}

/** The columns a subscribe writes: Questions added to what the channel follows, settings replaced when given. */
export function subscribeColumns(current: Subscription | null, change: SubscriptionChange, actor: string, now: Date) {
  const currentQuestions = current?.enabled ? current.questions : [];
  const questions =
    change.questions === 'all' || currentQuestions === 'all' ? 'all' : [...new Set([...currentQuestions, ...change.questions])].sort(byQuestionNumber);
  return {
    questions: JSON.stringify(questions),
    leads: JSON.stringify(change.leads ?? current?.leads ?? DEFAULT_LEADS),
    at: change.at ?? current?.at ?? DEFAULT_AT,
    timeZone: change.timeZone ?? current?.timeZone ?? DEFAULT_TIME_ZONE,
    now: now.toISOString(),
    actor,
  };
}

export interface FollowRow {
  person: string;
  questions: string;
  leads: string;
  at: string;
  time_zone: string;
  time_zone_source: string;
  gone_reason: string | null;
  created_at: string;
}

export function toFollow(row: FollowRow): Follow {
  return Follow.parse({
    person: row.person,
    questions: JSON.parse(row.questions),
    leads: JSON.parse(row.leads),
    at: row.at,
    timeZone: row.time_zone,
    timeZoneSource: row.time_zone_source,
    goneReason: row.gone_reason,
    createdAt: row.created_at,
  });
}
