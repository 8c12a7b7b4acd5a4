import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarEvents } from '../src/calendar/model.js';
import { renderIcs } from '../src/calendar/ics.js';
import { calendarFeed } from '../src/calendar/feed.js';
import { main as cliMain } from '../adapters/cli/cli.js';
import { openStore } from '../src/store/sqlite.js';
import { meetingWith, allFixtureRgms, q1Dec3, q3Nov26, q13Jan, q15Window } from './reminders-fixtures.js';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../adapters/http/server.js';
import { calendarRoute } from '../adapters/calendar/route.js';
import { silentLogger } from '../adapters/logger.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { loadDataset } from '../src/dataset/load.js';
import { FakeClock } from '../src/clock.js';

const now = new Date('2024-11-25T08:00:00Z');

function parse(ics: string) {
  const vcal = new ICAL.Component(ICAL.parse(ics));
  // Resolve TZIDs from the feed's own VTIMEZONE blocks, as a calendar client does.
  for (const tz of vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return vcal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('calendar feed', () => {
  let ics = '';
  let events: ReturnType<typeof parse> = [];
  let byUid = new Map<string, ReturnType<typeof parse>[number]>();
  beforeAll(async () => {
    ics = await renderIcs(calendarEvents([meetingWith(allFixtureRgms)]), { now, name: 'SG17 RGMs' });
    events = parse(ics);
    byUid = new Map(events.map((e) => [e.uid, e]));
  });

  it('has one event per dated RGM plus the plenary, with stable UIDs', () => {
    expect(events.map((e) => e.uid).sort()).toEqual([...allFixtureRgms.map((r) => `${r.id}@sg17-bot`), 'sg17-2024-09/future-1@sg17-bot'].sort());
  });

  it('makes day dates all-day events with the right dates (DTEND exclusive)', () => {
    const e = byUid.get(`${q3Nov26.id}@sg17-bot`)!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2024-11-26');
    expect(e.endDate.toString()).toBe('2024-11-28');
    expect(e.summary).toBe('Q3/17 interim RGM');
  });

  it('makes timed events in Geneva time with a VTIMEZONE, repeated daily, TBC → TENTATIVE', () => {
    const e = byUid.get(`${q1Dec3.id}@sg17-bot`)!;
    expect(e.startDate.isDate).toBe(false);
    expect(e.startDate.zone.tzid).toBe('Europe/Zurich');
    // 12:00 CET = 11:00 UTC
    expect(e.startDate.toJSDate().toISOString()).toBe('2024-12-03T11:00:00.000Z');
    expect(e.endDate.toJSDate().toISOString()).toBe('2024-12-03T14:30:00.000Z');
    expect(e.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    const it = e.iterator();
    const days = [it.next(), it.next(), it.next(), it.next()].map((t) => t?.toString() ?? null);
    expect(days).toEqual(['2024-12-03T12:00:00', '2024-12-04T12:00:00', '2024-12-05T12:00:00', null]);
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Zurich/);
    expect(e.description).toContain('names no time zone');
    expect(e.location).toBe('MyWorkspace');
  });
});

describe('calendar feed: alternatives, windows, sequences', () => {
  it('spans alternatives and says so; marks month windows tentative, free and "date not set yet"', async () => {
    const events = parse(await renderIcs(calendarEvents([meetingWith([q13Jan, q15Window])]), { now, name: 'x' }));
    const [alt, win] = [q13Jan, q15Window].map((r) => events.find((e) => e.uid === `${r.id}@sg17-bot`)!);
    expect([alt!.startDate.toString(), alt!.endDate.toString()]).toEqual(['2025-01-07', '2025-01-10']);
    expect(alt!.description).toContain('alternative dates (2025-01-07 to 2025-01-08 or 2025-01-08 to 2025-01-09)');
    expect(alt!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect([win!.startDate.toString(), win!.endDate.toString()]).toEqual(['2025-01-01', '2025-03-01']);
    expect(win!.summary).toContain('date not set yet');
    expect(win!.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('filters by Question but keeps the SG17 meetings', async () => {
    const events = parse(await renderIcs(calendarEvents([meetingWith(allFixtureRgms)], 'Q3/17'), { now, name: 'x' }));
    expect(events.map((e) => e.summary)).toEqual(['Q3/17 interim RGM', '1st SG17 meeting in 2025-2028 Study Period']);
  });

  it('keeps UIDs across runs and bumps SEQUENCE only when an event changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg17-cal-'));
    const store = openStore(join(dir, 'sg17.db'));
    try {
      const render = async (rgms: typeof allFixtureRgms) =>
        parse(await renderIcs(calendarEvents([meetingWith(rgms)]), { now, name: 'x', versions: store.calendarVersions }));
      const seq = (events: ReturnType<typeof parse>, id: string) => events.find((e) => e.uid === `${id}@sg17-bot`)!.sequence;
      const first = await render(allFixtureRgms);
      const again = await render(allFixtureRgms);
      expect(seq(first, q3Nov26.id)).toBe(0);
      expect(seq(again, q3Nov26.id)).toBe(0);
      const moved = { ...q3Nov26, when: { kind: 'days' as const, range: { start: '2024-11-27', end: '2024-11-28' } } };
      const changed = await render(allFixtureRgms.map((r) => (r.id === q3Nov26.id ? moved : r)));
      expect(seq(changed, q3Nov26.id)).toBe(1);
      expect(seq(changed, q1Dec3.id)).toBe(0);
      expect(changed.find((e) => e.uid === `${q3Nov26.id}@sg17-bot`)!.startDate.toString()).toBe('2024-11-27');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('calendar feed: an RGM no longer listed', () => {
  it('stays in the feed with its UID as CANCELLED, a higher SEQUENCE and a later LAST-MODIFIED', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg17-cal-'));
    const store = openStore(join(dir, 'sg17.db'));
    try {
      const render = async (rgms: typeof allFixtureRgms, at: Date) =>
        parse(await calendarFeed([meetingWith(rgms)], { now: at, versions: store.calendarVersions }));
      const uid = `${q3Nov26.id}@sg17-bot`;
      const first = (await render(allFixtureRgms, now)).find((e) => e.uid === uid)!;
      expect(first.sequence).toBe(0);
      expect(first.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2024-11-25T08:00:00Z');
      const later = new Date('2024-11-26T10:00:00Z');
      const without = allFixtureRgms.filter((r) => r.id !== q3Nov26.id);
      const gone = (await render(without, later)).find((e) => e.uid === uid)!;
      expect(gone.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(gone.sequence).toBe(1);
      expect(gone.summary).toBe('Q3/17 interim RGM — no longer listed');
      expect(gone.description).toMatch(/^No longer listed in the SG17 data/);
      expect(gone.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2024-11-26T10:00:00Z');
      // Served again: the same revision, not a new one each time.
      const again = (await render(without, new Date('2024-11-27T10:00:00Z'))).find((e) => e.uid === uid)!;
      expect([again.sequence, again.component.getFirstPropertyValue('last-modified')?.toString()]).toEqual([1, '2024-11-26T10:00:00Z']);
      // Other events are untouched.
      expect((await render(without, later)).find((e) => e.uid === `${q1Dec3.id}@sg17-bot`)!.sequence).toBe(0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is shown as cancelled by `sg17 calendar` too, as GET /calendar.ics shows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg17-cal-'));
    const db = join(dir, 'sg17.db');
    const store = openStore(db);
    const data = buildCatalog(loadDataset('data'));
    // Published once from data that also held an RGM the committed data does not list.
    const dropped = { ...q3Nov26, id: 'sg17-2099-01/rgm-01' };
    await calendarFeed([...data.meetings, { ...meetingWith([dropped]), id: 'sg17-2099-01' }], { now, versions: store.calendarVersions });
    store.close();
    try {
      let stdout = '';
      const code = await cliMain(['calendar', '--now', '2024-11-26T10:00:00Z'], {
        stdout: (t) => {
          stdout += t;
        },
        stderr: () => {},
        env: { SG17_DB: db, SG17_DATA_DIR: 'data' },
      });
      expect(code).toBe(0);
      const gone = parse(stdout).find((e) => e.uid === `${dropped.id}@sg17-bot`)!;
      expect(gone.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(parse(stdout).filter((e) => e.component.getFirstPropertyValue('status') !== 'CANCELLED').length).toBe(calendarEvents(data.meetings).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never states a format the summary does not give (a city alone)', () => {
    const catalog = buildCatalog(loadDataset(fileURLToPath(new URL('../data', import.meta.url))));
    const stockholm = calendarEvents(catalog.meetings).find((e) => e.location === 'Stockholm, Sweden')!;
    expect(stockholm.description).not.toMatch(/Format/);
    expect(catalog.rgms.find((r) => r.rgm.venue === 'Stockholm, Sweden')!.rgm.format).toBeNull();
  });
});

describe('GET /calendar.ics on the real dataset', () => {
  it('lists the 2024–2025 RGMs and the plenary with the dates the summary gives', async () => {
    const catalog = buildCatalog(loadDataset(fileURLToPath(new URL('../data', import.meta.url))));
    const server = createHttpServer([calendarRoute({ catalog: () => catalog, clock: new FakeClock(now) })], silentLogger);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/calendar.ics`);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const events = parse(await res.text());
      const row = (e: ReturnType<typeof parse>[number]) => [
        e.summary,
        e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
        e.startDate.isDate ? e.endDate.toString() : e.endDate.toJSDate().toISOString(),
        e.component.getFirstPropertyValue('status') ?? '',
      ];
      // Expected values read off the summary's "Interim RGMs" list (lines 43–87) and section 2.
      expect(events.map(row)).toEqual([
        ['Q11/17 interim RGM', '2024-10-07', '2024-10-12', ''],
        ['Q3/17 interim RGM', '2024-11-19', '2024-11-20', ''],
        ['Q3/17 interim RGM', '2024-11-26', '2024-11-28', ''],
        ['Q1/17 interim RGM (TBC)', '2024-11-29', '2024-11-30', 'TENTATIVE'],
        ['Q1/17 interim RGM (TBC)', '2024-12-03T11:00:00.000Z', '2024-12-03T14:30:00.000Z', 'TENTATIVE'],
        ['Q10/17 interim RGM', '2024-12-06', '2024-12-07', ''],
        ['Q15/17 interim RGM (TBC) — date not set yet', '2025-01-01', '2025-03-01', 'TENTATIVE'],
        ['Q13/17 interim RGM (TBC)', '2025-01-07', '2025-01-10', 'TENTATIVE'],
        ['Q1/17 interim RGM', '2025-01-15', '2025-01-16', ''],
        ['Q1/17 interim RGM (TBC)', '2025-01-21T11:00:00.000Z', '2025-01-21T14:30:00.000Z', 'TENTATIVE'],
        ['Q8/17 interim RGM (TBC) — date not set yet', '2025-02-01', '2025-03-01', 'TENTATIVE'],
        ['Q14/17 interim RGM', '2025-02-10', '2025-02-12', ''],
        ['Q1/17 interim RGM (TBC)', '2025-02-18T11:00:00.000Z', '2025-02-18T14:30:00.000Z', 'TENTATIVE'],
        ['Q1/17 interim RGM (TBC)', '2025-03-04T11:00:00.000Z', '2025-03-04T14:30:00.000Z', 'TENTATIVE'],
        ['1st SG17 meeting in 2025-2028 Study Period', '2025-04-07', '2025-04-18', ''],
      ]);
      const paris = events.find((e) => e.summary === 'Q10/17 interim RGM')!;
      expect(paris.location).toBe('Paris, France');
      expect(paris.description).toContain('Source: SG17, Geneva, 2–6 Sep 2024');
      // The three-day timed RGMs repeat daily, 12:00–15:30 Geneva, DST-correct from the feed's own VTIMEZONE.
      const march = events.find((e) => e.startDate.toString().startsWith('2025-03-04'))!;
      const it = march.iterator();
      const days = [it.next(), it.next(), it.next(), it.next()].map((t) => (t ? march.getOccurrenceDetails(t).startDate.toJSDate().toISOString() : null));
      expect(days).toEqual(['2025-03-04T11:00:00.000Z', '2025-03-05T11:00:00.000Z', '2025-03-06T11:00:00.000Z', null]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
