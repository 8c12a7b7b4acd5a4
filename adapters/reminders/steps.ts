/**
 * The scheduler's four steps, each a small function over the ports:
 *   plan   — a due item → drop it (with why) or post it (its ledger entry and message); pure;
 *   claim  — the ledger entry → ours to post (a lease of `ttlMs`), or someone else's / done;
 *   post   — one attempt through the platform's Poster; never throws;
 *   settle — the outcome → the ledger (sent with the platform's message id, gone, or a retry).
 * The scheduler (./scheduler.ts) strings them together with per-channel queues and timers.
 */
import type { Answer } from '../../src/engine/answer.js';
import type { ChannelAddress } from '../../src/channel.js';
import type { Poster, PostOutcome } from '../../src/ports.js';
import type { DueItem } from '../../src/planner/plan.js';
import type { LedgerEntry, ReminderLedger } from '../../src/store/port.js';

export interface PlanOptions {
  /** Posted this long after its due time → marked late. */
  readonly lateAfterMs: number;
  /** A weekly digest missed by more than this is dropped rather than posted late. */
  readonly digestStaleAfterMs: number;
}

export type Decision =
  | { readonly action: 'post'; readonly entry: LedgerEntry; readonly answer: Answer; readonly late: boolean }
  | { readonly action: 'drop'; readonly entry: LedgerEntry; readonly note: string; readonly warn: boolean };

/**
 * Plan: what to do with one due item at `nowMs`. `message` writes it (null: a digest with nothing
 * to list). Only a reminder missed while down is dropped for a begun meeting: one posted on time
 * always goes out (an hour lead on an RGM without a start time may fall on its first day).
 */
export function planItem(item: DueItem, nowMs: number, options: PlanOptions, message: (late: boolean) => Answer | null): Decision {
  const late = nowMs - item.dueMs > options.lateAfterMs;
  const base = {
    key: item.key,
    channel: item.channel,
    itemId: item.kind === 'digest' ? `digest:${item.week}` : item.rgmId,
    lead: item.kind === 'digest' ? 'weekly' : item.lead,
    dueAt: item.dueAt,
    late,
  };
  const drop = (note: string, warn: boolean): Decision => ({ action: 'drop', entry: { ...base, payload: 'null' }, note, warn });
  if (item.kind === 'reminder' && late && item.beginsMs <= nowMs) return drop('missed while the bot was down; the meeting had begun', true);
  if (item.kind === 'digest' && nowMs - item.dueMs > options.digestStaleAfterMs) return drop('weekly digest missed while the bot was down', true);
  const answer = message(late);
  if (!answer) return drop('digest with nothing in the next four weeks', false);
  return { action: 'post', entry: { ...base, payload: JSON.stringify(answer) }, answer, late };
}

/** A claimed item waiting in its channel's queue. */
export interface Job {
  readonly key: string;
  readonly channel: ChannelAddress;
  /** RGM id, "digest:<week>" or "changes:<version>" (the ledger's item id). */
  readonly itemId: string;
  /** The planned reminder or digest, to write its message again when the data changes; null for notices and adopted claims. */
  readonly item: DueItem | null;
  /** The Question of the RGM it reminds of (the recipient must still follow it when its turn comes); null for digests and notices. */
  readonly question: string | null;
  answer: Answer;
  readonly late: boolean;
  attempts: number;
  notBefore: number;
  /** Why it will not be posted after all (its RGM moved or is no longer listed); dropped when its turn comes. */
  cancelled: string | null;
}

/**
 * Claim: take the entry in the ledger for `ttlMs` (first claim, or one whose holder's lease ran
 * out). The job carries the message as the ledger holds it, so a takeover posts what was planned.
 */
export async function claimEntry(
  ledger: ReminderLedger,
  entry: LedgerEntry,
  claimant: string,
  nowMs: number,
  ttlMs: number,
  item: DueItem | null,
  question: string | null = item?.kind === 'reminder' ? item.question : null,
): Promise<Job | null> {
  const claim = await ledger.claim(entry, claimant, nowMs, ttlMs);
  if (claim.outcome !== 'claimed') return null;
  return {
    key: entry.key,
    channel: entry.channel,
    itemId: entry.itemId,
    item,
    question,
    answer: JSON.parse(claim.row.payload) as Answer,
    late: entry.late,
    attempts: 0,
    notBefore: nowMs,
    cancelled: null,
  };
}

/** Post: one attempt under the job's idempotency key (Discord's nonce). A throw is a retry. */
export async function postJob(poster: Poster, job: Job): Promise<PostOutcome> {
  try {
    return await poster.post(job.channel, job.answer, { idempotencyKey: job.key });
  } catch (error) {
    return { status: 'retry', reason: `poster threw: ${(error as Error).message}` };
  }
}

/**
 * Settle a post that went out: claimed → sent with the platform's message id. Retried (bounded by
 * the caller's ticks) when the database is unreachable: until it is recorded the claim's lease is
 * the only thing standing between this post and a second one by another instance.
 */
export async function settleSent(ledger: ReminderLedger, key: string, claimant: string, messageId: string | null, at: Date): Promise<'recorded' | 'not ours'> {
  return (await ledger.markSent(key, claimant, messageId, at)) ? 'recorded' : 'not ours';
}

/** The wait before retry `attempts` (1, 2, 4 … seconds, capped). */
export function backoff(attempts: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, 1_000 * 2 ** Math.min(attempts - 1, 20));
}
