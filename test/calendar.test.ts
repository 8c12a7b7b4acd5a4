import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarEvents } from '../src/calendar/model.js';
import { renderIcs } from '../src/calendar/ics.js';
import { openStore } from '../src/store/sqlite.js';
import { meetingWith, allFixtureRgms, q1Dec3, q3Nov26, rgm } from './reminders-fixtures.js';

const now = new Date('2024-11-25T08:00:00Z');

function parse(ics: string) {
  const vcal = new ICAL.Component(ICAL.parse(ics));
  // Resolve TZIDs from the feed's own VTIMEZONE blocks, as a calendar client does.
  for (const tz of vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return vcal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('calendar feed', () => {
  const ics = renderIcs(calendarEvents([meetingWith(allFixtureRgms)]), { now, name: 'SG17 RGMs' });
  const events = parse(ics);
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('prints', () => {
    console.log(ics);
  });

  it('has one event per dated RGM plus the plenary, with stable UIDs', () => {
    expect(events.map((e) => e.uid).sort()).toEqual(
      [...allFixtureRgms.map((r) => `${r.id}@sg17-bot`), 'sg17-2024-09/future-1@sg17-bot'].sort(),
    );
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
