/**
 * The calendar model, pure: RGMs and future SG17 meetings → calendar events. Rendering to
 * iCalendar is separate (./ics.ts). Everything an event says comes from the summary; what the
 * summary leaves open (no time zone, TBC, alternatives, month windows) is said in the text.
 */
import type { Meeting, Rgm } from '../dataset/schema.js';
import { meetingLabel } from '../dataset/catalog.js';
import { RGM_TIME_ZONE, addDays } from '../planner/time.js';

export interface CalendarEvent {
  /** Stable across runs: derived from the dataset id of the RGM or meeting. */
  readonly uid: string;
  readonly summary: string;
  /** All-day: start/end are dates, end exclusive. Timed: local "YYYY-MM-DDTHH:MM" in `timeZone`. */
  readonly allDay: boolean;
  readonly start: string;
  readonly end: string;
  readonly timeZone: string | null;
  /** Timed events on several consecutive days: one occurrence per day. */
  readonly dailyCount: number;
  /** cancelled: the RGM is no longer listed in the data (see withdrawnEvents). */
  readonly status: 'tentative' | 'confirmed' | 'cancelled' | null;
  /** True for month windows: shown, but not blocking the calendar. */
  readonly free: boolean;
  readonly location: string | null;
  readonly description: string;
  readonly question: string | null;
}

const UID_DOMAIN = 'sg17-bot';

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

function rgmDescription(rgm: Rgm, meeting: Meeting, notes: string[]): string {
  const lines = [
    `${rgm.question ?? 'Question not given'} interim Rapporteur Group meeting.`,
    `Dates as written in the summary: "${rgm.datesText}".`,
    ...notes,
    ...(rgm.scheduleText ? [`Schedule as written: "${rgm.scheduleText}".`] : []),
    ...(rgm.venue ? [`Venue: ${rgm.venue}.`] : []),
    ...(rgm.format ? [`Format: ${rgm.format}.`] : []),
    ...(rgm.host ? [`Host: ${rgm.host}.`] : []),
    ...(rgm.topics.length ? ['Topics:', ...rgm.topics.map((t) => `- ${t}`)] : []),
    ...(rgm.remarks.length ? ['Remarks:', ...rgm.remarks.map((t) => `- ${t}`)] : []),
    `Source: ${meetingLabel(meeting)} — executive summary (${meeting.sourceFile}), Interim RGMs, lines ${rgm.source.lines[0]}–${rgm.source.lines[1]}.`,
  ];
  return lines.join('\n');
}

export function rgmEvent(rgm: Rgm, meeting: Meeting): CalendarEvent | null {
  const when = rgm.when;
  const notes: string[] = [];
  if (rgm.tbc) notes.push('The date is to be confirmed (TBC).');
  let start: string;
  let last: string;
  let free = false;
  switch (when.kind) {
    case 'days':
      start = when.range.start;
      last = when.range.end;
      break;
    case 'alternatives': {
      start = when.options.map((o) => o.start).sort()[0]!;
      last = when.options
        .map((o) => o.end)
        .sort()
        .at(-1)!;
      notes.push(
        `The summary gives alternative dates (${when.options.map((o) => (o.start === o.end ? o.start : `${o.start} to ${o.end}`)).join(' or ')}); this event spans all of them.`,
      );
      break;
    }
    case 'window':
      start = `${when.from}-01`;
      last = lastDayOfMonth(when.to);
      free = true;
      notes.push(
        `Only the month${when.from === when.to ? '' : 's'} ${when.from === when.to ? when.from : `${when.from} to ${when.to}`} are given: the date is not set yet. This entry marks the period and does not block your calendar.`,
      );
      break;
    default:
      return null;
  }
  const label = `${rgm.question ?? 'SG17'} interim RGM${rgm.tbc ? ' (TBC)' : ''}${when.kind === 'window' ? ' — date not set yet' : ''}`;
  const base = {
    uid: `${rgm.id}@${UID_DOMAIN}`,
    summary: label,
    status: rgm.tbc || when.kind !== 'days' ? ('tentative' as const) : null,
    free,
    location: rgm.venue,
    question: rgm.question,
  };
  if (rgm.times && when.kind === 'days') {
    notes.push(
      `Times are as given in the summary (${rgm.times.start}–${rgm.times.end}); the summary names no time zone, Geneva time (${RGM_TIME_ZONE}) is assumed.`,
    );
    return {
      ...base,
      allDay: false,
      start: `${start}T${rgm.times.start}`,
      end: `${start}T${rgm.times.end}`,
      timeZone: RGM_TIME_ZONE,
      dailyCount: daysBetween(start, last),
      description: rgmDescription(rgm, meeting, notes),
    };
  }
  if (rgm.times) notes.push(`Times as given: ${rgm.times.start}–${rgm.times.end} (no time zone named in the summary; Geneva time assumed).`);
  return {
    ...base,
    allDay: true,
    start,
    end: addDays(last, 1),
    timeZone: null,
    dailyCount: 1,
    description: rgmDescription(rgm, meeting, notes),
  };
}

/** Future SG17 meetings with dates (the plenary), as all-day events. */
export function futureMeetingEvents(meeting: Meeting): CalendarEvent[] {
  return meeting.futureMeetings.flatMap((f, i): CalendarEvent[] => {
    if (!f.range) return [];
    return [
      {
        uid: `${meeting.id}/future-${i + 1}@${UID_DOMAIN}`,
        summary: f.title,
        allDay: true,
        start: f.range.start,
        end: addDays(f.range.end, 1),
        timeZone: null,
        dailyCount: 1,
        status: null,
        free: false,
        location: null,
        description: [
          `${f.title}: ${f.datesText}.`,
          ...f.remarks,
          ...f.events.map((e) => `Side event: ${e.title}${e.document ? ` (${e.document})` : ''}`),
          `Source: ${meetingLabel(meeting)} — executive summary (${meeting.sourceFile}), Future SG17 meetings, lines ${f.source.lines[0]}–${f.source.lines[1]}.`,
        ].join('\n'),
        question: null,
      },
    ];
  });
}

const NO_LONGER_LISTED = ' — no longer listed';

/**
 * Events the feed published before (their last content, as JSON) that the data no longer holds,
 * as cancelled events with the same UID: subscribers' calendars then show them cancelled instead
 * of silently losing them. The summary does not say why a row went, so the text says only that.
 */
export function withdrawnEvents(published: readonly { uid: string; event: string }[], current: readonly CalendarEvent[]): CalendarEvent[] {
  const listed = new Set(current.map((e) => e.uid));
  const out: CalendarEvent[] = [];
  for (const { uid, event } of published) {
    if (listed.has(uid)) continue;
    let last: CalendarEvent;
    try {
      last = JSON.parse(event) as CalendarEvent;
    } catch {
      continue;
    }
    if (typeof last?.start !== 'string' || typeof last.summary !== 'string' || typeof last.description !== 'string') continue;
    if (last.status === 'cancelled') {
      out.push(last);
      continue;
    }
    out.push({
      ...last,
      uid,
      status: 'cancelled',
      summary: `${last.summary}${NO_LONGER_LISTED}`,
      description: `No longer listed in the SG17 data this feed is built from; the summary does not say why.\n\n${last.description}`,
    });
  }
  return out;
}

/** All events, optionally only one Question's RGMs (the SG17 meetings are always included). */
export function calendarEvents(meetings: readonly Meeting[], question?: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const meeting of meetings) {
    for (const rgm of meeting.rgms) {
      if (question && rgm.question !== question) continue;
      const event = rgmEvent(rgm, meeting);
      if (event) events.push(event);
    }
  }
  // Future meetings are repeated across summaries; keep one per date range.
  const seen = new Set<string>();
  for (const meeting of [...meetings].reverse()) {
    for (const e of futureMeetingEvents(meeting)) {
      const k = `${e.start}|${e.end}`;
      if (!seen.has(k)) events.push(e);
      seen.add(k);
    }
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
