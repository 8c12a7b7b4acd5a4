/**
 * The embedded store: subscriptions, the reminder ledger and calendar sequence numbers in one
 * SQLite file (better-sqlite3, WAL). Several processes may share the file: every claim runs in
 * an IMMEDIATE transaction, so two instances can never both own the same reminder.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ChannelAddress } from '../channel.js';
import {
  DEFAULT_AT,
  DEFAULT_LEADS,
  DEFAULT_TIME_ZONE,
  SchemaTooNew,
  type Follow,
  type Subscription,
  type CalendarVersions,
  type FollowStore,
  type ClaimResult,
  type FollowChange,
  type LedgerEntry,
  type ReminderLedger,
  type Store,
  type SubscriptionChange,
  type SubscriptionStore,
} from './port.js';
import { byQuestionNumber, subscribeColumns, toFollow, toLedgerRow, toSubscription, type FollowRow, type LedgerDbRow, type SubscriptionRow } from './rows.js';
export { byQuestionNumber } from './rows.js';

/** Ordered schema migrations; index + 1 is the version. Append only. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscriptions (
     channel TEXT PRIMARY KEY,
     questions TEXT NOT NULL,          -- JSON: "all" or ["Q15/17", …]
     leads TEXT NOT NULL,              -- JSON array: ["7d","1d"]
     at TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     enabled INTEGER NOT NULL DEFAULT 1,
     disabled_reason TEXT,
     created_at TEXT NOT NULL,
     created_by TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE reminder_ledger (
     key TEXT PRIMARY KEY,
     channel TEXT NOT NULL,
     item_id TEXT NOT NULL,
     lead TEXT NOT NULL,
     due_at TEXT NOT NULL,
     late INTEGER NOT NULL,
     payload TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed','sent','dropped','gone')),
     claimant TEXT,
     claim_until INTEGER NOT NULL DEFAULT 0,
     attempts INTEGER NOT NULL DEFAULT 0,
     message_id TEXT,
     note TEXT,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX reminder_ledger_in_doubt ON reminder_ledger (status, claim_until);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE calendar_versions (uid TEXT PRIMARY KEY, hash TEXT NOT NULL, sequence INTEGER NOT NULL);
   INSERT INTO meta (key, value) VALUES ('subscriptions_revision', '0');`,
  // LAST-MODIFIED, and the last content of each published event (to publish it cancelled once no longer listed).
  `ALTER TABLE calendar_versions ADD COLUMN modified_at TEXT;
   ALTER TABLE calendar_versions ADD COLUMN event TEXT;`,
  // Personal follows (reminders by direct message); a row is deleted, not flagged, on "unfollow all".
  `CREATE TABLE follows (
     person TEXT PRIMARY KEY,          -- "<platform>:user:<id>"
     questions TEXT NOT NULL,          -- JSON: "all" or ["Q15/17", …]
     leads TEXT NOT NULL,
     at TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     time_zone_source TEXT NOT NULL,
     gone_reason TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );`,
];

export interface SqliteStore extends Store {
  readonly kind: 'sqlite';
  readonly path: string;
}

/** Open (creating the folder and file) and migrate the database at `path`; ":memory:" for tests. */
export function openStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db, path);
  return {
    kind: 'sqlite',
    name: path,
    subscriptions: subscriptionStore(db),
    follows: followStore(db),
    ledger: reminderLedger(db),
    calendarVersions: calendarVersions(db),
    path,
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const apply = db.transaction(() => {
    const row = db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null };
    if ((row.v ?? 0) > MIGRATIONS.length) throw new SchemaTooNew(path, row.v ?? 0, MIGRATIONS.length);
    for (let v = (row.v ?? 0) + 1; v <= MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v - 1]!);
      // Migration time is bookkeeping, not domain time; the injected clock does not reach here.
      db.prepare("INSERT INTO migrations (version, applied_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))").run(v);
    }
  });
  apply.immediate();
}

function subscriptionStore(db: Database.Database): SubscriptionStore {
  const byChannel = db.prepare('SELECT * FROM subscriptions WHERE channel = ?');
  const active = db.prepare('SELECT * FROM subscriptions WHERE enabled = 1 ORDER BY channel');
  const upsert = db.prepare(
    `INSERT INTO subscriptions (channel, questions, leads, at, time_zone, enabled, disabled_reason, created_at, created_by, updated_at)
     VALUES (@channel, @questions, @leads, @at, @timeZone, 1, NULL, @now, @actor, @now)
     ON CONFLICT (channel) DO UPDATE SET questions = @questions, leads = @leads, at = @at, time_zone = @timeZone,
       enabled = 1, disabled_reason = NULL, updated_at = @now,
       -- a re-enabled subscription owes nothing from the time it was off
       created_at = CASE WHEN subscriptions.enabled = 1 THEN subscriptions.created_at ELSE @now END`,
  );
  const remove = db.prepare('DELETE FROM subscriptions WHERE channel = ?');
  const setQuestions = db.prepare('UPDATE subscriptions SET questions = ? WHERE channel = ?');
  const disable = db.prepare('UPDATE subscriptions SET enabled = 0, disabled_reason = ? WHERE channel = ?');
  const bump = db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'subscriptions_revision'");
  const revision = db.prepare("SELECT value FROM meta WHERE key = 'subscriptions_revision'");
  const hadDefault = db.prepare("SELECT 1 FROM meta WHERE key = 'default:' || ?");
  const markDefault = db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('default:' || ?, '1')");

  const get = (channel: string): Subscription | null => {
    const row = byChannel.get(channel) as SubscriptionRow | undefined;
    return row ? toSubscription(row) : null;
  };

  const subscribe = db.transaction((channel: ChannelAddress, change: SubscriptionChange, actor: string, now: Date) => {
    upsert.run({ channel, ...subscribeColumns(get(channel), change, actor, now) });
    bump.run();
    return get(channel)!;
  });

  const unsubscribe = db.transaction((channel: ChannelAddress, questions: 'all' | readonly string[]) => {
    const current = get(channel);
    if (!current) return null;
    if (questions === 'all') {
      remove.run(channel);
      bump.run();
      return null;
    }
    if (current.questions === 'all') return current; // caller explains: "all" must be unsubscribed as a whole
    const left = current.questions.filter((q) => !questions.includes(q));
    if (left.length === 0) remove.run(channel);
    else setQuestions.run(JSON.stringify(left), channel);
    bump.run();
    return left.length === 0 ? null : get(channel);
  });

  return {
    listForChannel: async (channel) => {
      const s = get(channel);
      return s ? [s] : [];
    },
    listActive: async () => (active.all() as SubscriptionRow[]).map(toSubscription),
    subscribe: async (channel, change, actor, now) => subscribe.immediate(channel, change, actor, now),
    unsubscribe: async (channel, questions) => unsubscribe.immediate(channel, questions),
    disable: async (channel, reason) => {
      db.transaction(() => {
        disable.run(reason, channel);
        bump.run();
      }).immediate();
    },
    ensureDefault: async (channel, change, now) =>
      db
        .transaction(() => {
          if (hadDefault.get(channel)) return false;
          markDefault.run(channel);
          if (get(channel)) return false;
          subscribe(channel, change, 'default', now);
          return true;
        })
        .immediate(),
    revision: async () => Number((revision.get() as { value: string }).value),
  };
}

/** Follows live beside subscriptions and move the same revision, so one replan covers both. */
function followStore(db: Database.Database): FollowStore {
  const byPerson = db.prepare('SELECT * FROM follows WHERE person = ?');
  const active = db.prepare('SELECT * FROM follows WHERE gone_reason IS NULL ORDER BY person');
  const count = db.prepare('SELECT COUNT(*) AS n FROM follows WHERE gone_reason IS NULL');
  const upsert = db.prepare(
    `INSERT INTO follows (person, questions, leads, at, time_zone, time_zone_source, gone_reason, created_at, updated_at)
     VALUES (@person, @questions, @leads, @at, @timeZone, @timeZoneSource, NULL, @now, @now)
     ON CONFLICT (person) DO UPDATE SET questions = @questions, leads = @leads, at = @at, time_zone = @timeZone,
       time_zone_source = @timeZoneSource, gone_reason = NULL, updated_at = @now,
       -- following again after "gone" owes nothing from the time messages could not reach them
       created_at = CASE WHEN follows.gone_reason IS NULL THEN follows.created_at ELSE @now END`,
  );
  const remove = db.prepare('DELETE FROM follows WHERE person = ?');
  // Forgetting a person takes their settled ledger rows too (address and message text). Nothing is
  // posted twice for it: a new follow is owed only what falls due after it. A claim still being
  // posted stays until it settles, so two instances cannot both post it.
  const forgetLedger = db.prepare("DELETE FROM reminder_ledger WHERE channel = ? AND status <> 'claimed'");
  const setQuestions = db.prepare('UPDATE follows SET questions = ? WHERE person = ?');
  const gone = db.prepare('UPDATE follows SET gone_reason = ? WHERE person = ?');
  const bump = db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'subscriptions_revision'");
  const get = (person: string): Follow | null => {
    const row = byPerson.get(person) as FollowRow | undefined;
    return row ? toFollow(row) : null;
  };

  const follow = db.transaction((person: string, change: FollowChange, now: Date): Follow => {
    const current = get(person);
    const currentQuestions = current && current.goneReason === null ? current.questions : [];
    const questions =
      change.questions === 'all' || currentQuestions === 'all' ? 'all' : [...new Set([...currentQuestions, ...change.questions])].sort(byQuestionNumber);
    upsert.run({
      person,
      questions: JSON.stringify(questions),
      leads: JSON.stringify(change.leads ?? current?.leads ?? DEFAULT_LEADS),
      at: change.at ?? current?.at ?? DEFAULT_AT,
      timeZone: change.timeZone ?? current?.timeZone ?? DEFAULT_TIME_ZONE,
      timeZoneSource: change.timeZoneSource ?? current?.timeZoneSource ?? 'default',
      now: now.toISOString(),
    });
    bump.run();
    return get(person)!;
  });

  const unfollow = db.transaction((person: string, questions: 'all' | readonly string[]): Follow | null => {
    const current = get(person);
    if (!current) return null;
    const left = questions === 'all' ? [] : current.questions === 'all' ? 'all' : current.questions.filter((q) => !questions.includes(q));
    if (left === 'all') return current; // the command explains: "all" is unfollowed as a whole
    if (left.length === 0) {
      remove.run(person);
      forgetLedger.run(person);
    } else setQuestions.run(JSON.stringify(left), person);
    bump.run();
    return left.length === 0 ? null : get(person);
  });

  return {
    get: async (person) => get(person),
    listActive: async () => (active.all() as FollowRow[]).map(toFollow),
    follow: async (person, change, now) => follow.immediate(person, change, now),
    unfollow: async (person, questions) => unfollow.immediate(person, questions),
    markGone: async (person, reason) => {
      db.transaction(() => {
        gone.run(reason, person);
        bump.run();
      }).immediate();
    },
    count: async () => (count.get() as { n: number }).n,
  };
}

function reminderLedger(db: Database.Database): ReminderLedger {
  const insertClaim = db.prepare(
    `INSERT INTO reminder_ledger (key, channel, item_id, lead, due_at, late, payload, status, claimant, claim_until, attempts, updated_at)
     VALUES (@key, @channel, @itemId, @lead, @dueAt, @late, @payload, 'claimed', @claimant, @until, 1, @now)
     ON CONFLICT (key) DO NOTHING`,
  );
  const select = db.prepare('SELECT * FROM reminder_ledger WHERE key = ?');
  const takeOver = db.prepare(
    `UPDATE reminder_ledger SET claimant = @claimant, claim_until = @until, attempts = attempts + 1, updated_at = @now
     WHERE key = @key AND status = 'claimed' AND claim_until <= @nowMs`,
  );
  const renew = db.prepare("UPDATE reminder_ledger SET claim_until = ? WHERE key = ? AND claimant = ? AND status = 'claimed'");
  const sent = db.prepare(
    `UPDATE reminder_ledger SET status = 'sent', message_id = ?, updated_at = ?, claim_until = 0
     WHERE key = ? AND claimant = ? AND status = 'claimed'`,
  );
  const settle = db.prepare(
    `INSERT INTO reminder_ledger (key, channel, item_id, lead, due_at, late, payload, status, claimant, note, updated_at)
     VALUES (@key, @channel, @itemId, @lead, @dueAt, @late, @payload, @status, NULL, @note, @now)
     ON CONFLICT (key) DO NOTHING`,
  );
  const failed = db.prepare(
    `UPDATE reminder_ledger SET status = ?, note = ?, updated_at = ?, claim_until = 0
     WHERE key = ? AND claimant = ? AND status = 'claimed'`,
  );
  const inDoubt = db.prepare("SELECT * FROM reminder_ledger WHERE status = 'claimed' AND claim_until <= ? ORDER BY due_at LIMIT 500");
  const getMeta = db.prepare('SELECT value FROM meta WHERE key = ?');
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  const claim = db.transaction((entry: LedgerEntry, claimant: string, nowMs: number, ttlMs: number): ClaimResult => {
    const params = {
      ...entry,
      late: entry.late ? 1 : 0,
      claimant,
      until: nowMs + ttlMs,
      now: new Date(nowMs).toISOString(),
      nowMs,
    };
    if (insertClaim.run(params).changes === 1) {
      return { outcome: 'claimed', row: toLedgerRow(select.get(entry.key) as LedgerDbRow) };
    }
    const existing = toLedgerRow(select.get(entry.key) as LedgerDbRow);
    if (existing.status !== 'claimed') return { outcome: 'done', row: existing };
    if (existing.claimUntil > nowMs) return { outcome: 'held', row: existing };
    // The previous claimant died in doubt: retry under the same key (Discord nonce stays the same).
    takeOver.run(params);
    return { outcome: 'claimed', row: toLedgerRow(select.get(entry.key) as LedgerDbRow) };
  });

  return {
    claim: async (entry, claimant, nowMs, ttlMs) => claim.immediate(entry, claimant, nowMs, ttlMs),
    renew: async (key, claimant, untilMs) => renew.run(untilMs, key, claimant).changes === 1,
    release: async (key, claimant) => renew.run(0, key, claimant).changes === 1,
    markSent: async (key, claimant, messageId, now) => sent.run(messageId, now.toISOString(), key, claimant).changes === 1,
    settle: async (entry, status, note, now) => {
      settle.run({ ...entry, late: entry.late ? 1 : 0, status, note, now: now.toISOString() });
    },
    markFailed: async (key, claimant, status, note, now) => failed.run(status, note, now.toISOString(), key, claimant).changes === 1,
    inDoubt: async (nowMs) => (inDoubt.all(nowMs) as LedgerDbRow[]).map(toLedgerRow),
    get: async (key) => {
      const row = select.get(key) as LedgerDbRow | undefined;
      return row ? toLedgerRow(row) : undefined;
    },
    getMeta: async (key) => (getMeta.get(key) as { value: string } | undefined)?.value,
    setMeta: async (key, value) => {
      setMeta.run(key, value);
    },
  };
}

function calendarVersions(db: Database.Database): CalendarVersions {
  const select = db.prepare('SELECT hash, sequence, modified_at, event FROM calendar_versions WHERE uid = ?');
  const upsert = db.prepare(
    `INSERT INTO calendar_versions (uid, hash, sequence, modified_at, event) VALUES (@uid, @hash, @sequence, @now, @event)
     ON CONFLICT (uid) DO UPDATE SET hash = excluded.hash, sequence = excluded.sequence, modified_at = excluded.modified_at, event = excluded.event`,
  );
  // Rows from before LAST-MODIFIED was kept: fill in what is missing, same sequence.
  const fill = db.prepare('UPDATE calendar_versions SET modified_at = COALESCE(modified_at, @now), event = COALESCE(@event, event) WHERE uid = @uid');
  const published = db.prepare('SELECT uid, event FROM calendar_versions WHERE event IS NOT NULL ORDER BY uid');
  type Row = { hash: string; sequence: number; modified_at: string | null; event: string | null };
  /** `now` null: only the sequence is asked for (sequenceFor), nothing dated is recorded. */
  const next = db.transaction((uid: string, hash: string, event: string | null, now: string | null) => {
    const row = select.get(uid) as Row | undefined;
    if (row && row.hash === hash) {
      if (now !== null && (row.modified_at === null || (event !== null && row.event === null))) fill.run({ uid, now, event });
      return { sequence: row.sequence, lastModified: row.modified_at ?? now ?? '' };
    }
    const sequence = row ? row.sequence + 1 : 0;
    upsert.run({ uid, hash, sequence, now, event });
    return { sequence, lastModified: now ?? '' };
  });
  return {
    sequenceFor: async (uid, hash) => next.immediate(uid, hash, null, null).sequence,
    versionOf: async (uid, hash, event, now) => next.immediate(uid, hash, event, now.toISOString()),
    published: async () => published.all() as { uid: string; event: string }[],
  };
}
