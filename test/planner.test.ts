import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planReminders, type DueItem, type Reminder } from '../src/planner/plan.js';
import { localToInstant } from '../src/planner/time.js';
import type { Subscription } from '../src/store/port.js';
import { allFixtureRgms, meetingWith, q10Paris, q13Jan, q14Mar31, q14Oct27, q15Window, q1Dec3, q3Nov26 } from './reminders-fixtures.js';
import { digestAnswer, reminderAnswer, allRgms } from '../src/planner/message.js';
import { plainText } from '../src/engine/answer.js';

function sub(partial: Partial<Subscription> = {}): Subscription {
  return {
    channel: 'slack:C1',
    questions: 'all',
    leads: ['7d', '1d'],
    at: '09:00',
    timeZone: 'Europe/Zurich',
    enabled: true,
    disabledReason: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: 'test',
    ...partial,
  };
}

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const reminders = (items: DueItem[]) => items.filter((i): i is Reminder => i.kind === 'reminder');
const year = window('2024-09-01T00:00:00Z', '2025-12-31T00:00:00Z');

describe('planReminders', () => {
  it('puts the default leads at 09:00 Europe/Zurich, 7 days and 1 day before the start', () => {
    const due = reminders(planReminders([q3Nov26], [sub()], year));
    expect(due.map((r) => [r.lead, r.dueAt])).toEqual([
      ['7d', '2024-11-19T08:00:00.000Z'],
      ['1d', '2024-11-25T08:00:00.000Z'],
    ]);
    expect(due[1]).toMatchObject({ channel: 'slack:C1', rgmId: q3Nov26.id, question: 'Q3/17', key: `slack:C1|${q3Nov26.id}|2024-11-26|1d` });
  });

  it('returns only what falls in the half-open window (from, to]', () => {
    const at = '2024-11-25T08:00:00.000Z';
    expect(reminders(planReminders([q3Nov26], [sub()], window('2024-11-25T07:58:00Z', at)))).toHaveLength(1);
    expect(reminders(planReminders([q3Nov26], [sub()], window(at, '2024-11-25T08:01:00Z')))).toHaveLength(0);
    expect(planReminders([q3Nov26], [sub()], window(at, at))).toEqual([]);
  });

  it('uses the subscription time zone and time, in several zones', () => {
    const zones: [string, string][] = [
      ['America/New_York', '2024-11-25T14:00:00.000Z'],
      ['Asia/Tokyo', '2024-11-25T00:00:00.000Z'],
      ['Asia/Kolkata', '2024-11-25T03:30:00.000Z'],
      ['Pacific/Auckland', '2024-11-24T20:00:00.000Z'], // NZDT, UTC+13
    ];
    for (const [timeZone, expected] of zones) {
      const due = reminders(planReminders([q3Nov26], [sub({ timeZone, leads: ['1d'] })], year));
      expect(
        due.map((r) => r.dueAt),
        timeZone,
      ).toEqual([expected]);
    }
  });

  it('keeps 09:00 local across a DST change between the lead and the meeting', () => {
    // 31 Mar 2025 is after spring-forward (30 Mar): 7 days before is still CET, 1 day before is CEST.
    const due = reminders(planReminders([q14Mar31], [sub({ channel: 'discord:1' })], year));
    expect(due.map((r) => r.dueAt)).toEqual(['2025-03-24T08:00:00.000Z', '2025-03-30T07:00:00.000Z']);
    // New York changes on 9 Mar; 27 Oct in Europe is after fall-back (26 Oct), New York still on EDT.
    const ny = reminders(planReminders([q14Oct27], [sub({ timeZone: 'America/New_York', leads: ['7d', '1d'] })], year));
    expect(ny.map((r) => r.dueAt)).toEqual(['2025-10-20T13:00:00.000Z', '2025-10-26T13:00:00.000Z']);
  });

  it('moves a due time in a DST gap forward and takes the first of an overlap', () => {
    // 02:30 on 30 Mar 2025 does not exist in Zurich (02:00 → 03:00): posted at 03:30 CEST.
    const gap = reminders(planReminders([q14Mar31], [sub({ leads: ['1d'], at: '02:30' })], year));
    expect(gap.map((r) => r.dueAt)).toEqual(['2025-03-30T01:30:00.000Z']);
    // 02:30 on 26 Oct 2025 happens twice (CEST then CET): the earlier one, 00:30 UTC.
    const overlap = reminders(planReminders([q14Oct27], [sub({ leads: ['1d'], at: '02:30' })], year));
    expect(overlap.map((r) => r.dueAt)).toEqual(['2025-10-26T00:30:00.000Z']);
  });

  it('counts hour leads from the given start time (Geneva) and otherwise from the local reminder time', () => {
    const timed = reminders(planReminders([q1Dec3], [sub({ leads: ['2h'] })], year));
    expect(timed.map((r) => r.dueAt)).toEqual(['2024-12-03T09:00:00.000Z']); // 12:00 CET − 2 h
    const untimed = reminders(planReminders([q10Paris], [sub({ leads: ['90m'], timeZone: 'Asia/Tokyo' })], year));
    expect(untimed.map((r) => r.dueAt)).toEqual(['2024-12-05T22:30:00.000Z']); // 09:00 JST − 90 min
  });

  it('reminds TBC dates, reminds alternatives from the earliest, gives month windows no timed reminder', () => {
    const due = reminders(planReminders([q1Dec3, q13Jan, q15Window], [sub({ leads: ['1d'] })], year));
    expect(due.map((r) => [r.rgmId, r.dueAt])).toEqual([
      [q1Dec3.id, '2024-12-02T08:00:00.000Z'],
      [q13Jan.id, '2025-01-06T08:00:00.000Z'],
    ]);
  });

  it('follows only the subscribed Questions, and all of them with "all"', () => {
    const some = reminders(planReminders(allFixtureRgms, [sub({ questions: ['Q3/17', 'Q13/17'] })], year));
    expect(new Set(some.map((r) => r.question))).toEqual(new Set(['Q3/17', 'Q13/17']));
    const all = reminders(planReminders(allFixtureRgms, [sub()], year));
    expect(new Set(all.map((r) => r.question))).toEqual(new Set(['Q1/17', 'Q3/17', 'Q10/17', 'Q13/17', 'Q14/17']));
  });

  it('owes a subscription nothing due before it was created, and nothing when disabled', () => {
    const late = planReminders([q3Nov26], [sub({ createdAt: '2024-11-20T00:00:00.000Z' })], year);
    expect(reminders(late).map((r) => r.lead)).toEqual(['1d']);
    expect(planReminders([q3Nov26], [sub({ enabled: false })], year)).toEqual([]);
  });

  it('plans a Monday digest at the local reminder time', () => {
    const due = planReminders([q3Nov26], [sub({ timeZone: 'America/New_York' })], window('2024-11-24T00:00:00Z', '2024-11-26T00:00:00Z'));
    const digests = due.filter((d) => d.kind === 'digest');
    expect(digests.map((d) => [d.dueAt, d.kind === 'digest' && d.week])).toEqual([['2024-11-25T14:00:00.000Z', '2024-11-25']]);
  });

  it('property: every reminder is due inside the window, not after its first day, and keys are unique', () => {
    const zones = ['Europe/Zurich', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC', 'America/Santiago'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.subarray(['7d', '1d', '2h', '30m', '1w'], { minLength: 1 }),
        fc.integer({ min: 0, max: 23 }),
        fc.date({ min: new Date('2024-09-01T00:00:00Z'), max: new Date('2025-12-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 90 * 24 * 60 }),
        (timeZone, leads, hour, from, minutes) => {
          const to = new Date(from.getTime() + minutes * 60_000);
          const at = `${String(hour).padStart(2, '0')}:00`;
          const due = planReminders(allFixtureRgms, [sub({ timeZone, leads, at })], { from, to });
          const keys = new Set(due.map((d) => d.key));
          expect(keys.size).toBe(due.length);
          for (const d of due) {
            expect(d.dueMs).toBeGreaterThan(from.getTime());
            expect(d.dueMs).toBeLessThanOrEqual(to.getTime());
            // Never after the meeting has begun, or at the latest on its first day in the reader's zone.
            const startDate = d.key.split('|')[2]!;
            if (d.kind === 'reminder') expect(d.dueMs).toBeLessThanOrEqual(Math.max(d.beginsMs, localToInstant(startDate, '23:59', timeZone)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: splitting a window in two gives the same plan (ticks never miss or repeat)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-10-01T00:00:00Z'), max: new Date('2025-11-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        fc.integer({ min: 0, max: 100 }),
        (from, minutes, cutPercent) => {
          const to = new Date(from.getTime() + minutes * 60_000);
          const cut = new Date(from.getTime() + Math.floor((minutes * 60_000 * cutPercent) / 100));
          const subs = [sub(), sub({ channel: 'discord:9', timeZone: 'Asia/Tokyo', leads: ['2h', '1d'] })];
          const whole = planReminders(allFixtureRgms, subs, { from, to }).map((d) => d.key);
          const parts = [...planReminders(allFixtureRgms, subs, { from, to: cut }), ...planReminders(allFixtureRgms, subs, { from: cut, to })].map(
            (d) => d.key,
          );
          expect(parts.sort()).toEqual(whole.sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('reminder and digest messages', () => {
  const refs = allRgms([meetingWith(allFixtureRgms)]);
  const ref = (id: string) => refs.find((r) => r.rgm.id === id)!;

  it('names the Question, dates as local-time spans, venue, topics, calendar link and source', () => {
    const [r] = reminders(planReminders([q1Dec3], [sub({ leads: ['1d'] })], year));
    const answer = reminderAnswer(r!, ref(q1Dec3.id), { publicUrl: 'https://sg17.example.org/' });
    expect(answer.title).toBe('Reminder: Q1/17 interim RGM in 1 day');
    expect(plainText(answer.summary!)).toBe('Q1/17 Rapporteur Group meeting: Tue 3 Dec 2024 – Thu 5 Dec 2024 — date to be confirmed');
    const spans = (answer.summary as unknown[]).filter((p) => typeof p !== 'string');
    expect(spans).toEqual([
      { type: 'time', iso: '2024-12-03T12:00:00.000Z', fallback: 'Tue 3 Dec 2024', style: 'date' },
      { type: 'time', iso: '2024-12-05T12:00:00.000Z', fallback: 'Thu 5 Dec 2024', style: 'date' },
    ]);
    const fields = answer.sections[0]!.fields!;
    // The summary says the dates; the fields do not say them again.
    expect(fields.map((f) => f.label)).toEqual(['Times', 'Venue', 'Format']);
    expect(plainText(fields[0]!.value)).toContain('Geneva time assumed');
    expect(answer.links).toEqual([{ label: 'Add Q1/17 RGMs to your calendar', url: 'https://sg17.example.org/calendar.ics?question=1' }]);
    expect(answer.source).toContain('Interim RGMs');
    expect(answer.data.items[0]).toMatchObject({ rgm: q1Dec3.id, question: 'Q1/17', channel: 'slack:C1', late: false });
  });

  it('names both alternatives and says when a reminder is late', () => {
    const [r] = reminders(planReminders([q13Jan], [sub({ leads: ['1d'] })], year));
    const answer = reminderAnswer(r!, ref(q13Jan.id), { late: true });
    expect(answer.title).toBe('Late reminder: Q13/17 interim RGM in 1 day');
    expect(plainText(answer.summary!)).toContain('Tue 7 Jan 2025 – Wed 8 Jan 2025 or Wed 8 Jan 2025 – Thu 9 Jan 2025 (alternatives) — date to be confirmed');
    expect(plainText(answer.summary!)).toContain('while the bot was down');
  });

  it('lists month windows in the digest as "date not set yet"', () => {
    const digest = planReminders(allFixtureRgms, [sub()], window('2025-01-05T00:00:00Z', '2025-01-07T00:00:00Z')).find((d) => d.kind === 'digest');
    expect(digest).toBeDefined();
    const answer = digestAnswer(digest as never, refs)!;
    expect(answer.sections.map((s) => s.heading)).toEqual(['Next four weeks', 'Date not set yet']);
    expect(answer.data.items.map((i) => [i.question, i.dateSet])).toEqual([
      ['Q13/17', true],
      ['Q15/17', false],
    ]);
  });

  it('does not plan a digest with nothing in its four weeks (and the message for one would be null)', () => {
    const plan = planReminders(allFixtureRgms, [sub()], window('2025-06-01T00:00:00Z', '2025-06-03T00:00:00Z'));
    expect(plan.filter((d) => d.kind === 'digest')).toEqual([]);
    const empty = {
      kind: 'digest',
      key: 'k',
      channel: 'slack:C1',
      week: '2025-06-02',
      dueAt: '2025-06-02T07:00:00.000Z',
      dueMs: 0,
      timeZone: 'Europe/Zurich',
      questions: 'all',
    };
    expect(digestAnswer(empty as never, refs)).toBeNull();
    // A week with an RGM in its four weeks still gets its digest.
    const busy = planReminders(allFixtureRgms, [sub()], window('2024-11-24T00:00:00Z', '2024-11-26T00:00:00Z'));
    expect(busy.filter((d) => d.kind === 'digest')).toHaveLength(1);
  });
});

describe('localToInstant', () => {
  it('is the time-zone library reading of a wall-clock time', () => {
    expect(new Date(localToInstant('2024-11-25', '09:00', 'Europe/Zurich')).toISOString()).toBe('2024-11-25T08:00:00.000Z');
    expect(() => localToInstant('2024-11-25', '09:00', 'Not/AZone')).toThrow(/invalid local time/);
  });
});
