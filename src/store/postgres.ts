/**
 * The server store: subscriptions, the reminder ledger and calendar sequence numbers in one
 * PostgreSQL database (node-postgres), shared by every instance of the service on every host.
 *
 * Never hang: the pool is bounded, a connection attempt gives up after `connectTimeoutMs`, and
 * every statement carries a timeout. Anything that says the server cannot be reached now (refused,
 * timed out, restarted) rejects with StoreUnavailable, so callers answer "try again shortly" and
 * the scheduler retries on its next tick. The schema is migrated on first use (and again after a
 * failure), under an advisory lock, so the service starts even when the database is not up yet.
 */
import pg from 'pg';
import type { ChannelAddress } from '../channel.js';
import { migratePostgres } from './postgres-schema.js';
import {
  DEFAULT_AT,
  DEFAULT_LEADS,
  DEFAULT_TIME_ZONE,
  SchemaTooNew,
  StoreUnavailable,
  type CalendarVersions,
  type ClaimResult,
  type Follow,
  type FollowStore,
  type ReminderLedger,
  type Store,
  type Subscription,
  type SubscriptionStore,
} from './port.js';
import { byQuestionNumber, subscribeColumns, toFollow, toLedgerRow, toSubscription, type FollowRow, type LedgerDbRow, type SubscriptionRow } from './rows.js';

export interface PostgresOptions {
  /** Connections per instance (default 5). */
  readonly poolSize?: number;
  /** Give up a connection attempt after this long (default 5 s). */
  readonly connectTimeoutMs?: number;
  /** Cancel any statement running longer (default 5 s). */
  readonly statementTimeoutMs?: number;
  /** Wait at most this long for another instance's migration (default 30 s). */
  readonly migrationLockWaitMs?: number;
}

export interface PostgresStore extends Store {
  readonly kind: 'postgres';
  /** Connect and migrate now (the first query would do it anyway); rejects like any query. */
  ready(): Promise<void>;
}

/** True for `postgres://…` and `postgresql://…` (SG17_DB): a server database, not a SQLite path. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** The URL without its password, for logs and /readyz. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** SQLSTATE classes that mean "not now" rather than "wrong": connection (08), operator intervention/timeouts (57), resources (53). */
const TRANSIENT_CLASSES = new Set(['08', '53', '57']);

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  // A SQLSTATE is five characters; anything else (ECONNREFUSED, a timeout, "Connection terminated") is the network.
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return TRANSIENT_CLASSES.has(code.slice(0, 2));
  return true;
}

type Q = Pick<pg.PoolClient, 'query'>;

export function openPostgresStore(url: string, options: PostgresOptions = {}): PostgresStore {
  const name = redactUrl(url);
  const statementTimeoutMs = options.statementTimeoutMs ?? 5_000;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    // The client-side bound too: a server that stops answering mid-query cannot hold a caller.
    query_timeout: statementTimeoutMs + 1_000,
    application_name: 'sg17-bot',
  });
  // An idle connection dropped by a server restart is reported here; the pool replaces it.
  pool.on('error', () => undefined);
  let migrated: Promise<void> | null = null;

  const fail = (error: unknown): never => {
    if (error instanceof SchemaTooNew || !isTransient(error)) throw error;
    throw new StoreUnavailable(name, error);
  };

  const ready = (): Promise<void> => {
    migrated ??= (async () => {
      const client = await pool.connect();
      try {
        await migratePostgres(client, name, options.migrationLockWaitMs ?? 30_000);
      } finally {
        client.release();
      }
    })().catch((error) => {
      // Not up yet (or not reachable): try again on the next use. A newer schema stays an error.
      if (!(error instanceof SchemaTooNew)) migrated = null;
      return fail(error);
    });
    return migrated;
  };

  /** One statement on any pooled connection. */
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> => {
    await ready();
    try {
      return (await pool.query<R>(text, values)).rows;
    } catch (error) {
      return fail(error);
    }
  };

  /** `fn` in one transaction on one connection; rolled back when it throws. */
  const transaction = async <T>(fn: (c: Q) => Promise<T>): Promise<T> => {
    await ready();
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      return fail(error);
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      return fail(error);
    } finally {
      client.release(broken);
    }
  };

  return {
    kind: 'postgres',
    name,
    subscriptions: subscriptionStore(query, transaction),
    follows: followStore(query, transaction),
    ledger: reminderLedger(query),
    calendarVersions: calendarVersions(query, transaction),
    ready,
    ping: async () => {
      await query('SELECT 1');
    },
    close: () => pool.end(),
  };
}

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<R[]>;
type Transaction = <T>(fn: (c: Q) => Promise<T>) => Promise<T>;

const bumpRevision = "UPDATE meta SET value = (CAST(value AS BIGINT) + 1)::text WHERE key = 'subscriptions_revision'";

function subscriptionStore(query: Query, transaction: Transaction): SubscriptionStore {
  const get = async (c: Q, channel: string): Promise<Subscription | null> => {
    const { rows } = await c.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE channel = $1', [channel]);
    return rows[0] ? toSubscription(rows[0]) : null;
  };
  /** Serialise changes to one channel's subscription (a read, then a write) across instances. */
  const lockChannel = (c: Q, channel: string) => c.query("SELECT pg_advisory_xact_lock(hashtext('subscription:' || $1))", [channel]);

  const subscribe = async (c: Q, channel: ChannelAddress, change: Parameters<SubscriptionStore['subscribe']>[1], actor: string, now: Date) => {
    await lockChannel(c, channel);
    const col = subscribeColumns(await get(c, channel), change, actor, now);
    await c.query(
      `INSERT INTO subscriptions (channel, questions, leads, at, time_zone, enabled, disabled_reason, created_at, created_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, 1, NULL, $6, $7, $6)
       ON CONFLICT (channel) DO UPDATE SET questions = $2, leads = $3, at = $4, time_zone = $5,
         enabled = 1, disabled_reason = NULL, updated_at = $6,
         created_at = CASE WHEN subscriptions.enabled = 1 THEN subscriptions.created_at ELSE $6 END`,
      [channel, col.questions, col.leads, col.at, col.timeZone, col.now, col.actor],
    );
    await c.query(bumpRevision);
    return (await get(c, channel))!;
  };

  return {
    listForChannel: async (channel) => (await query<SubscriptionRow>('SELECT * FROM subscriptions WHERE channel = $1', [channel])).map(toSubscription),
    listActive: async () => (await query<SubscriptionRow>('SELECT * FROM subscriptions WHERE enabled = 1 ORDER BY channel COLLATE "C"')).map(toSubscription),
    subscribe: (channel, change, actor, now) => transaction((c) => subscribe(c, channel, change, actor, now)),
    unsubscribe: (channel, questions) =>
      transaction(async (c) => {
        await lockChannel(c, channel);
        const current = await get(c, channel);
        if (!current) return null;
        if (questions !== 'all' && current.questions === 'all') return current; // "all" is unsubscribed as a whole
        const left = questions === 'all' || current.questions === 'all' ? [] : current.questions.filter((q) => !questions.includes(q));
        if (left.length === 0) await c.query('DELETE FROM subscriptions WHERE channel = $1', [channel]);
        else await c.query('UPDATE subscriptions SET questions = $1 WHERE channel = $2', [JSON.stringify(left), channel]);
        await c.query(bumpRevision);
        return left.length === 0 ? null : get(c, channel);
      }),
    disable: (channel, reason) =>
      transaction(async (c) => {
        await c.query('UPDATE subscriptions SET enabled = 0, disabled_reason = $1 WHERE channel = $2', [reason, channel]);
        await c.query(bumpRevision);
      }),
    ensureDefault: (channel, change, now) =>
      transaction(async (c) => {
        const marked = await c.query("INSERT INTO meta (key, value) VALUES ('default:' || $1, '1') ON CONFLICT (key) DO NOTHING", [channel]);
        if (marked.rowCount !== 1) return false;
        if (await get(c, channel)) return false;
        await subscribe(c, channel, change, 'default', now);
        return true;
      }),
    revision: async () => Number((await query<{ value: string }>("SELECT value FROM meta WHERE key = 'subscriptions_revision'"))[0]?.value ?? 0),
  };
}

/** Follows live beside subscriptions and move the same revision, so one replan covers both. */
function followStore(query: Query, transaction: Transaction): FollowStore {
  const get = async (c: Q, person: string): Promise<Follow | null> => {
    const { rows } = await c.query<FollowRow>('SELECT * FROM follows WHERE person = $1', [person]);
    return rows[0] ? toFollow(rows[0]) : null;
  };
  const lockPerson = (c: Q, person: string) => c.query("SELECT pg_advisory_xact_lock(hashtext('follow:' || $1))", [person]);
  return {
    get: async (person) => {
      const rows = await query<FollowRow>('SELECT * FROM follows WHERE person = $1', [person]);
      return rows[0] ? toFollow(rows[0]) : null;
    },
    listActive: async () => (await query<FollowRow>('SELECT * FROM follows WHERE gone_reason IS NULL ORDER BY person COLLATE "C"')).map(toFollow),
    follow: (person, change, now) =>
      transaction(async (c) => {
        await lockPerson(c, person);
        const current = await get(c, person);
        const currentQuestions = current && current.goneReason === null ? current.questions : [];
        const questions =
          change.questions === 'all' || currentQuestions === 'all' ? 'all' : [...new Set([...currentQuestions, ...change.questions])].sort(byQuestionNumber);
        await c.query(
          `INSERT INTO follows (person, questions, leads, at, time_zone, time_zone_source, gone_reason, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $7)
           ON CONFLICT (person) DO UPDATE SET questions = $2, leads = $3, at = $4, time_zone = $5, time_zone_source = $6,
             gone_reason = NULL, updated_at = $7,
             created_at = CASE WHEN follows.gone_reason IS NULL THEN follows.created_at ELSE $7 END`,
          [
            person,
            JSON.stringify(questions),
            JSON.stringify(change.leads ?? current?.leads ?? DEFAULT_LEADS),
            change.at ?? current?.at ?? DEFAULT_AT,
            change.timeZone ?? current?.timeZone ?? DEFAULT_TIME_ZONE,
            change.timeZoneSource ?? current?.timeZoneSource ?? 'default',
            now.toISOString(),
          ],
        );
        await c.query(bumpRevision);
        return (await get(c, person))!;
      }),
    unfollow: (person, questions) =>
      transaction(async (c) => {
        await lockPerson(c, person);
        const current = await get(c, person);
        if (!current) return null;
        const left = questions === 'all' ? [] : current.questions === 'all' ? 'all' : current.questions.filter((q) => !questions.includes(q));
        if (left === 'all') return current; // the command explains: "all" is unfollowed as a whole
        if (left.length === 0) {
          await c.query('DELETE FROM follows WHERE person = $1', [person]);
          // Forgotten with their settled ledger rows; a claim still being posted stays until it settles.
          await c.query("DELETE FROM reminder_ledger WHERE channel = $1 AND status <> 'claimed'", [person]);
        } else await c.query('UPDATE follows SET questions = $1 WHERE person = $2', [JSON.stringify(left), person]);
        await c.query(bumpRevision);
        return left.length === 0 ? null : get(c, person);
      }),
    markGone: (person, reason) =>
      transaction(async (c) => {
        await c.query('UPDATE follows SET gone_reason = $1 WHERE person = $2', [reason, person]);
        await c.query(bumpRevision);
      }),
    count: async () => Number((await query<{ n: string }>('SELECT COUNT(*) AS n FROM follows WHERE gone_reason IS NULL'))[0]?.n ?? 0),
  };
}

function reminderLedger(query: Query): ReminderLedger {
  const row = async (key: string) => (await query<LedgerDbRow>('SELECT * FROM reminder_ledger WHERE key = $1', [key]))[0];
  const changed = async (text: string, values: unknown[]) => (await query<{ key: string }>(`${text} RETURNING key`, values)).length === 1;

  const claim: ReminderLedger['claim'] = async (entry, claimant, nowMs, ttlMs): Promise<ClaimResult> => {
    const now = new Date(nowMs).toISOString();
    // First claim: the primary key makes exactly one instance's insert succeed.
    const inserted = await query<LedgerDbRow>(
      `INSERT INTO reminder_ledger (key, channel, item_id, lead, due_at, late, payload, status, claimant, claim_until, attempts, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'claimed', $8, $9, 1, $10)
       ON CONFLICT (key) DO NOTHING RETURNING *`,
      [entry.key, entry.channel, entry.itemId, entry.lead, entry.dueAt, entry.late ? 1 : 0, entry.payload, claimant, nowMs + ttlMs, now],
    );
    if (inserted[0]) return { outcome: 'claimed', row: toLedgerRow(inserted[0]) };
    // The previous claimant died in doubt (its lease ran out): take it over. The row lock makes one taker win.
    const taken = await query<LedgerDbRow>(
      `UPDATE reminder_ledger SET claimant = $2, claim_until = $3, attempts = attempts + 1, updated_at = $4
       WHERE key = $1 AND status = 'claimed' AND claim_until <= $5 RETURNING *`,
      [entry.key, claimant, nowMs + ttlMs, now, nowMs],
    );
    if (taken[0]) return { outcome: 'claimed', row: toLedgerRow(taken[0]) };
    const existing = await row(entry.key);
    if (!existing) return claim(entry, claimant, nowMs, ttlMs); // settled and removed in between: cannot happen, rows are never deleted
    const r = toLedgerRow(existing);
    return r.status === 'claimed' ? { outcome: 'held', row: r } : { outcome: 'done', row: r };
  };

  return {
    claim,
    renew: (key, claimant, untilMs) =>
      changed("UPDATE reminder_ledger SET claim_until = $1 WHERE key = $2 AND claimant = $3 AND status = 'claimed'", [untilMs, key, claimant]),
    release: (key, claimant) => changed("UPDATE reminder_ledger SET claim_until = 0 WHERE key = $1 AND claimant = $2 AND status = 'claimed'", [key, claimant]),
    markSent: (key, claimant, messageId, now) =>
      changed(
        `UPDATE reminder_ledger SET status = 'sent', message_id = $1, updated_at = $2, claim_until = 0
         WHERE key = $3 AND claimant = $4 AND status = 'claimed'`,
        [messageId, now.toISOString(), key, claimant],
      ),
    settle: async (entry, status, note, now) => {
      await query(
        `INSERT INTO reminder_ledger (key, channel, item_id, lead, due_at, late, payload, status, claimant, note, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10) ON CONFLICT (key) DO NOTHING`,
        [entry.key, entry.channel, entry.itemId, entry.lead, entry.dueAt, entry.late ? 1 : 0, entry.payload, status, note, now.toISOString()],
      );
    },
    markFailed: (key, claimant, status, note, now) =>
      changed(
        `UPDATE reminder_ledger SET status = $1, note = $2, updated_at = $3, claim_until = 0
         WHERE key = $4 AND claimant = $5 AND status = 'claimed'`,
        [status, note, now.toISOString(), key, claimant],
      ),
    inDoubt: async (nowMs) =>
      (await query<LedgerDbRow>("SELECT * FROM reminder_ledger WHERE status = 'claimed' AND claim_until <= $1 ORDER BY due_at LIMIT 500", [nowMs])).map(
        toLedgerRow,
      ),
    get: async (key) => {
      const r = await row(key);
      return r ? toLedgerRow(r) : undefined;
    },
    getMeta: async (key) => (await query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]))[0]?.value,
    setMeta: async (key, value) => {
      await query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
    },
  };
}

function calendarVersions(query: Query, transaction: Transaction): CalendarVersions {
  type Row = { hash: string; sequence: number; modified_at: string | null; event: string | null };
  /** `now` null: only the sequence is asked for (sequenceFor), nothing dated is recorded. */
  const next = (uid: string, hash: string, event: string | null, now: string | null) =>
    transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock(hashtext('calendar:' || $1))", [uid]);
      const row = (await c.query<Row>('SELECT hash, sequence, modified_at, event FROM calendar_versions WHERE uid = $1', [uid])).rows[0];
      if (row && row.hash === hash) {
        if (now !== null && (row.modified_at === null || (event !== null && row.event === null))) {
          await c.query('UPDATE calendar_versions SET modified_at = COALESCE(modified_at, $2), event = COALESCE($3, event) WHERE uid = $1', [uid, now, event]);
        }
        return { sequence: row.sequence, lastModified: row.modified_at ?? now ?? '' };
      }
      const sequence = row ? row.sequence + 1 : 0;
      await c.query(
        `INSERT INTO calendar_versions (uid, hash, sequence, modified_at, event) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (uid) DO UPDATE SET hash = excluded.hash, sequence = excluded.sequence, modified_at = excluded.modified_at, event = excluded.event`,
        [uid, hash, sequence, now, event],
      );
      return { sequence, lastModified: now ?? '' };
    });
  return {
    sequenceFor: async (uid, hash) => (await next(uid, hash, null, null)).sequence,
    versionOf: (uid, hash, event, now) => next(uid, hash, event, now.toISOString()),
    published: () => query<{ uid: string; event: string }>('SELECT uid, event FROM calendar_versions WHERE event IS NOT NULL ORDER BY uid COLLATE "C"'),
  };
}
