/**
 * Calendar events → an iCalendar document (ical-generator). Timed events carry TZID and a
 * VTIMEZONE; all-day events are DATE values. UIDs are stable; SEQUENCE grows and LAST-MODIFIED
 * moves when an event's content changes (kept by the CalendarVersions port).
 */
import { createHash } from 'node:crypto';
import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarVersions } from '../store/port.js';
import type { CalendarEvent } from './model.js';
import { vtimezone } from './vtimezone.js';

export interface IcsOptions {
  /** DTSTAMP of every event: the service clock's now. */
  readonly now: Date;
  readonly name: string;
  /** Remembers sequences across runs; without it every event has SEQUENCE:0. */
  readonly versions?: CalendarVersions;
  readonly url?: string;
}

const STATUS = {
  tentative: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

function contentHash(event: CalendarEvent): string {
  return createHash('sha256').update(JSON.stringify(event)).digest('hex').slice(0, 32);
}

function localDateTime(local: string, zone: string): DateTime {
  return DateTime.fromISO(local, { zone });
}

export async function renderIcs(events: readonly CalendarEvent[], options: IcsOptions): Promise<string> {
  const zones = [...new Set(events.map((e) => e.timeZone).filter((z): z is string => z !== null))];
  const years = events.map((e) => Number(e.start.slice(0, 4)));
  const fromYear = Math.min(...years, options.now.getUTCFullYear());
  const toYear = Math.max(...years, options.now.getUTCFullYear());
  const calendar = ical({
    name: options.name,
    prodId: { company: 'sg17-bot', product: 'sg17-rgm-calendar', language: 'EN' },
    ...(options.url ? { url: options.url } : {}),
    // No calendar-wide zone (name null): stamps and all-day dates stay UTC/dates; the generator
    // still emits one VTIMEZONE per zone the timed events use.
    ...(zones.length ? { timezone: { name: null, generator: (tz: string) => vtimezone(tz, fromYear - 1, toYear + 1) } } : {}),
  });
  for (const event of events) {
    const version = await options.versions?.versionOf(event.uid, contentHash(event), JSON.stringify(event), options.now);
    calendar.createEvent({
      id: event.uid,
      sequence: version?.sequence ?? 0,
      stamp: options.now,
      ...(version?.lastModified ? { lastModified: new Date(version.lastModified) } : {}),
      summary: event.summary,
      description: event.description,
      location: event.location,
      ...(event.status ? { status: STATUS[event.status] } : {}),
      transparency: event.free ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      ...(event.allDay
        ? {
            allDay: true,
            // All-day values are dates; pass them as UTC midnight so no zone shifts the day.
            start: DateTime.fromISO(event.start, { zone: 'UTC' }),
            end: DateTime.fromISO(event.end, { zone: 'UTC' }),
          }
        : {
            timezone: event.timeZone!,
            start: localDateTime(event.start, event.timeZone!),
            end: localDateTime(event.end, event.timeZone!),
            ...(event.dailyCount > 1 ? { repeating: { freq: ICalEventRepeatingFreq.DAILY, count: event.dailyCount } } : {}),
          }),
    });
  }
  return calendar.toString();
}
