/** The scheduler's steps one by one: plan (pure), claim (the ledger's lease), post (never throws), settle (the message id). */
import { afterEach, describe, expect, it } from 'vitest';
import { claimEntry, planItem, postJob, settleSent, backoff, type Job } from '../adapters/reminders/steps.js';
import type { Answer } from '../src/engine/answer.js';
import type { Digest, Reminder } from '../src/planner/plan.js';
import type { Poster } from '../src/ports.js';
import { openStore, type SqliteStore } from '../src/store/sqlite.js';

const DUE = Date.parse('2024-11-25T08:00:00Z');
const options = { lateAfterMs: 120_000, digestStaleAfterMs: 12 * 3600_000 };
const answer = { kind: 'reminder', ok: true, title: 'Q3/17 tomorrow' } as unknown as Answer;
const reminder: Reminder = {
  kind: 'reminder',
  key: 'slack:C1|rgm-3|2024-11-26|1d',
  channel: 'slack:C1',
  rgmId: 'rgm-3',
  question: 'Q3/17',
  lead: '1d',
  dueAt: new Date(DUE).toISOString(),
  dueMs: DUE,
  beginsMs: DUE + 86_400_000,
  timeZone: 'Europe/Zurich',
};
const digest: Digest = {
  kind: 'digest',
  key: 'slack:C1|digest|2024-11-25',
  channel: 'slack:C1',
  week: '2024-11-25',
  dueAt: new Date(DUE).toISOString(),
  dueMs: DUE,
  timeZone: 'Europe/Zurich',
  questions: 'all',
};

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});
const store = () => {
  const s = openStore(':memory:');
  stores.push(s);
  return s;
};

describe('plan', () => {
  it('posts a reminder on time, with its ledger entry carrying the message', () => {
    const d = planItem(reminder, DUE + 1_000, options, () => answer);
    expect(d).toMatchObject({ action: 'post', late: false, entry: { key: reminder.key, itemId: 'rgm-3', lead: '1d', late: false } });
    expect(d.action === 'post' && JSON.parse(d.entry.payload)).toEqual(answer);
  });

  it('marks a reminder late after lateAfterMs, and drops one missed until its meeting began', () => {
    const late: boolean[] = [];
    expect(
      planItem(reminder, DUE + 121_000, options, (l) => {
        late.push(l);
        return answer;
      }),
    ).toMatchObject({ action: 'post', late: true });
    expect(late).toEqual([true]);
    expect(planItem(reminder, reminder.beginsMs, options, () => answer)).toMatchObject({
      action: 'drop',
      warn: true,
      note: expect.stringContaining('meeting had begun'),
    });
  });

  it('drops a stale digest, and an empty one quietly', () => {
    expect(planItem(digest, DUE + options.digestStaleAfterMs + 1, options, () => answer)).toMatchObject({
      action: 'drop',
      warn: true,
      entry: { itemId: 'digest:2024-11-25', lead: 'weekly' },
    });
    expect(planItem(digest, DUE, options, () => null)).toMatchObject({ action: 'drop', warn: false, note: 'digest with nothing in the next four weeks' });
  });
});

describe('claim', () => {
  it('gives the job to the first claimant, with the message the ledger holds; others get nothing until the lease ends', async () => {
    const { ledger } = store();
    const entry = { key: 'k', channel: 'slack:C1' as const, itemId: 'rgm-3', lead: '1d', dueAt: reminder.dueAt, late: false, payload: JSON.stringify(answer) };
    const job = await claimEntry(ledger, entry, 'A', DUE, 60_000, reminder);
    expect(job).toMatchObject({ key: 'k', answer, attempts: 0, notBefore: DUE, item: reminder, cancelled: null });
    expect(await claimEntry(ledger, { ...entry, payload: '{}' }, 'B', DUE + 59_999, 60_000, null)).toBeNull();
    expect(await claimEntry(ledger, { ...entry, payload: '{}' }, 'B', DUE + 60_000, 60_000, null)).toMatchObject({ answer });
  });
});

describe('post', () => {
  const job: Job = {
    key: 'k',
    channel: 'slack:C1',
    itemId: 'rgm-3',
    item: null,
    question: null,
    answer,
    late: false,
    attempts: 0,
    notBefore: 0,
    cancelled: null,
  };
  it('passes the idempotency key, and turns a throw into a retry', async () => {
    const keys: (string | undefined)[] = [];
    const ok: Poster = {
      post: async (_c, _a, o) => {
        keys.push(o?.idempotencyKey);
        return { status: 'sent', messageId: 'm1' };
      },
    };
    expect(await postJob(ok, job)).toEqual({ status: 'sent', messageId: 'm1' });
    expect(keys).toEqual(['k']);
    const throwing: Poster = {
      post: async () => {
        throw new Error('socket hang up');
      },
    };
    expect(await postJob(throwing, job)).toEqual({ status: 'retry', reason: 'poster threw: socket hang up' });
  });

  it('backs off 1, 2, 4 … seconds up to the cap', () => {
    expect([1, 2, 3, 4, 12].map((n) => backoff(n, 5_000))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });
});

describe('settle', () => {
  it('records the platform message id while the claim is ours, and says when it no longer is', async () => {
    const { ledger } = store();
    const entry = { key: 'k', channel: 'slack:C1' as const, itemId: 'rgm-3', lead: '1d', dueAt: reminder.dueAt, late: false, payload: '{}' };
    await ledger.claim(entry, 'A', DUE, 60_000);
    expect(await settleSent(ledger, 'k', 'B', 'm1', new Date(DUE))).toBe('not ours');
    expect(await settleSent(ledger, 'k', 'A', '1700000000.000100', new Date(DUE))).toBe('recorded');
    expect(await ledger.get('k')).toMatchObject({ status: 'sent', messageId: '1700000000.000100' });
  });
});
