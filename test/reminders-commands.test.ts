import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { ask, runCommand } from '../src/engine/engine.js';
import type { CommandContext } from '../src/engine/command.js';
import { plainText } from '../src/engine/answer.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { loadDataset } from '../src/dataset/load.js';
import { openStore, type SqliteStore } from '../src/store/sqlite.js';
import { parseSubscriptionWords } from '../src/engine/commands/subscribe.js';

const catalog = buildCatalog(loadDataset(fileURLToPath(new URL('../data', import.meta.url))));
const now = new Date('2024-11-25T07:58:00Z');
let store: SqliteStore;

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
  catalog,
  now,
  channel: 'slack:C1',
  actor: { id: 'slack:U1', canManageChannel: true },
  subscriptions: store.subscriptions,
  publicUrl: 'https://sg17.example.org',
  ...over,
});

beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

describe('subscribe', () => {
  it('parses Questions, lead, at and tz words', () => {
    expect(parseSubscriptionWords(['Q1', 'q15', 'lead', '7d,1d,2h', 'tz', 'Asia/Tokyo', 'at', '08:30'])).toEqual({
      questions: 'Q1 q15',
      lead: '7d,1d,2h',
      tz: 'Asia/Tokyo',
      at: '08:30',
    });
  });

  it('stores what it says, for a channel manager', async () => {
    const a = await ask('subscribe Q1 Q15 lead 7d,1d,2h tz Asia/Tokyo', ctx());
    expect(a.ok).toBe(true);
    expect(a.title).toBe('This channel follows Q1/17, Q15/17');
    expect(plainText(a.summary!)).toContain('7 days, 1 day and 2 hours before each interim RGM, day reminders at 09:00 (Asia/Tokyo)');
    expect((await store.subscriptions.listForChannel('slack:C1'))[0]).toMatchObject({
      questions: ['Q1/17', 'Q15/17'],
      leads: ['7d', '1d', '2h'],
      timeZone: 'Asia/Tokyo',
      createdBy: 'slack:U1',
      createdAt: now.toISOString(),
    });
  });

  it('reads a sentence around the Questions ("subscribe this channel to Q15 and Q4 please", "unsubscribe from q15")', async () => {
    const a = await ask('subscribe this channel to Q15 and Q4 please', ctx());
    expect(a.title).toBe('This channel follows Q4/17, Q15/17');
    await ask('unsubscribe from q15', ctx());
    expect((await store.subscriptions.listForChannel('slack:C1'))[0]).toMatchObject({ questions: ['Q4/17'] });
    expect((await ask('calendar link for q4', ctx())).title).toBe('Calendar feed for Q4/17');
  });

  it('subscribes to all with no Questions, and only changes settings when only settings are given', async () => {
    expect((await ask('subscribe', ctx())).title).toBe('This channel follows all Questions');
    await ask('unsubscribe', ctx());
    await ask('subscribe Q3', ctx());
    const a = await ask('subscribe lead 1d', ctx());
    expect(a.title).toBe('This channel follows Q3/17');
    expect((await store.subscriptions.listForChannel('slack:C1'))[0]!.leads).toEqual(['1d']);
  });

  it('asked for a Question while following all, says it still follows all and how to follow only that one', async () => {
    await ask('subscribe', ctx());
    const a = await ask('subscribe Q15', ctx());
    expect(a.title).toBe('This channel follows all Questions');
    expect(plainText(a.summary!)).toContain(
      'It already followed all Questions, Q15/17 among them; to follow only that one: "/sg17 unsubscribe", then "/sg17 subscribe Q15"',
    );
    await ask('unsubscribe', ctx());
    const only = await ask('subscribe Q15', ctx());
    expect(only.title).toBe('This channel follows Q15/17');
    expect(plainText(only.summary!)).not.toContain('already');
  });

  it('refuses someone who may not manage the channel, and changes nothing', async () => {
    const a = await ask('subscribe Q15', ctx({ actor: { id: 'slack:U2', canManageChannel: false } }));
    expect(a).toMatchObject({ ok: false, kind: 'not-allowed', title: 'Not allowed' });
    expect(await store.subscriptions.listForChannel('slack:C1')).toEqual([]);
    const u = await ask('unsubscribe', ctx({ actor: { id: 'slack:U2', canManageChannel: false } }));
    expect(u.kind).toBe('not-allowed');
  });

  it('explains it works in a channel when there is none (CLI)', async () => {
    const a = await ask('subscribe Q15', ctx({ channel: undefined }));
    expect(a).toMatchObject({ ok: false, kind: 'no-channel', title: 'This works in a channel' });
  });

  it('rejects bad Questions, leads, times and zones with a usage answer', async () => {
    for (const text of ['subscribe Q99x', 'subscribe Q1 lead soon', 'subscribe Q1 tz Mars/Olympus', 'subscribe Q1 at 25:00', 'subscribe Q1 lead 0d']) {
      const a = await ask(text, ctx());
      expect(a.ok, text).toBe(false);
      expect(a.error, text).toBe('usage');
    }
    expect(await store.subscriptions.listForChannel('slack:C1')).toEqual([]);
  });

  it('takes Discord-style options too', async () => {
    const a = await runCommand('subscribe', { questions: '3, 10', lead: '1d', tz: 'Europe/London' }, ctx({ channel: 'discord:42' }));
    expect(a.title).toBe('This channel follows Q3/17, Q10/17');
  });

  it('property: never throws and never stores on arbitrary words from a non-manager', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), fc.constantFrom('lead', 'tz', 'at', 'all', 'Q1', '7d')), { maxLength: 8 }), async (words) => {
        const a = await ask(['subscribe', ...words.map((w) => `"${w.replace(/"/g, '')}"`)].join(' '), ctx({ actor: { id: 'x', canManageChannel: false } }));
        expect(a.ok).toBe(false);
        expect(await store.subscriptions.listActive()).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('unsubscribe, subscriptions, reminders, calendar', () => {
  it('unsubscribes some Questions, then all', async () => {
    await ask('subscribe Q1 Q3 Q15', ctx());
    expect((await ask('unsubscribe Q3', ctx())).title).toBe('This channel now follows Q1/17, Q15/17');
    expect((await ask('subscriptions', ctx({ actor: { id: 'u', canManageChannel: false } }))).title).toBe('This channel follows Q1/17, Q15/17');
    expect((await ask('unsubscribe', ctx())).title).toBe('Reminders stopped in this channel');
    expect((await ask('subscriptions', ctx())).title).toBe('This channel follows no Question');
  });

  it('will not take single Questions out of "all"', async () => {
    await ask('subscribe all', ctx());
    const a = await ask('unsubscribe Q3', ctx());
    expect(a).toMatchObject({ ok: false, title: 'This channel follows all Questions' });
    expect((await store.subscriptions.listForChannel('slack:C1'))[0]!.questions).toBe('all');
  });

  it("previews this channel's next posts from the same planner", async () => {
    await ask('subscribe Q3 Q10 lead 1d', ctx());
    const a = await ask('reminders', ctx());
    expect(a.data.items.slice(0, 3)).toEqual([
      expect.objectContaining({ kind: 'reminder', rgm: 'sg17-2024-09/rgm-08', question: 'Q3/17', dueAt: '2024-11-25T08:00:00.000Z', channel: 'slack:C1' }),
      expect.objectContaining({ kind: 'digest', dueAt: '2024-11-25T08:00:00.000Z' }),
      expect.objectContaining({ kind: 'digest', dueAt: '2024-12-02T08:00:00.000Z' }),
    ]);
    expect(a.data.items.find((i) => i.question === 'Q10/17')).toMatchObject({ dueAt: '2024-12-05T08:00:00.000Z' });
  });

  it('from outside a channel with nothing stored, says no channel follows a Question (the CLI supplies the console default)', async () => {
    const a = await ask('reminders 3', ctx({ channel: undefined, subscriptions: undefined }));
    expect(a.data.items).toEqual([]);
    expect(plainText(a.summary!)).toContain('No channel follows a Question');
  });

  it('answers calendar with the subscription URL, or explains when there is no public URL', async () => {
    const a = await ask('calendar Q15', ctx());
    expect(a.links).toEqual([{ label: 'Calendar feed (.ics)', url: 'https://sg17.example.org/calendar.ics?question=15' }]);
    const b = await ask('calendar', ctx({ publicUrl: undefined }));
    expect(b.links).toBeUndefined();
    expect(plainText(b.summary!)).toContain('SG17_PUBLIC_URL');
  });
});

describe('managesChannel flag', () => {
  // Adapters decide from this flag whether to look up channel-manager rights (Slack users.info)
  // and whether to defer (Discord). It must match what the handlers actually enforce.
  it('is set on exactly the commands that refuse people who cannot manage the channel', async () => {
    const { commands } = await import('../src/engine/registry.js');
    for (const command of commands) {
      const answer = await runCommand(command.name, {}, ctx({ actor: { id: 'slack:U2', canManageChannel: false } }));
      const refused = answer.kind === 'not-allowed';
      expect(refused, command.name).toBe(command.managesChannel === true);
    }
    expect(await store.subscriptions.listForChannel('slack:C1')).toEqual([]);
  });
});
