/**
 * Time phrases → a window of UTC days, against the injected clock (never the system's).
 * The relative periods people use most ("this week", "next month") are a table (./time-words.ts),
 * so their meaning is fixed and explainable (weeks run Monday–Sunday); dates and month names ("in
 * January", "before 15 Jan", "3 Dec") are read by chrono-node; "after the April meeting" names
 * an SG17 meeting of the data. The reading spells the result as `2024-11-18..2024-11-24`.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { Meeting } from '../../dataset/schema.js';
import { NEGATOR_ENDING_IN_FROM } from './negation.js';
import { DAY_MS, iso, month, monthStart, startOfDay } from './time-days.js';
import {
  AFTER,
  AFTER_MEETING,
  BARE_MONTH,
  BEFORE,
  CHRONO_MODULE,
  CHRONO_TIMEZONE,
  DATE_CUE,
  END_OF,
  EXPLICIT_RANGE,
  FROM,
  LAST_MEETING_WORDS,
  MAY,
  MAY_BESIDE_RGMS,
  MEETING_REF,
  MONTH_PART,
  MONTH_PARTS,
  MONTH_RANGE,
  MONTH_FIRST_DAY,
  MONTH_FIRST_RANGE,
  ISO_MONTH,
  MONTH_DAY_RANGE,
  DAY_RANGE,
  MONTH_RE,
  MONTHS,
  NEXT_MEETING_WORDS,
  OPEN_RANGE,
  OPEN_SIDES,
  RELATIVE,
  REMAINDER_AFTER,
  REMAINDER_BEFORE,
  SINCE,
  TIME_CUE,
  YEAR,
  YEAR_NAMED,
} from './time-words.js';

/**
 * chrono-node, loaded on the first text that names a date: it takes a few hundred ms to load, which
 * a CLI answer to "rec X.1716" should not pay.
 */
let chronoModule: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  chronoModule ??= createRequire(import.meta.url)(CHRONO_MODULE) as typeof Chrono;
  return chronoModule;
}

export interface TimeWindow {
  readonly from?: string;
  readonly to?: string;
  /** The text that said it, to be taken out before the rest is read. */
  readonly matched: readonly string[];
}

type Reader = (text: string, now: Date, meetings: readonly Meeting[]) => TimeWindow | undefined;

/** The readers, in order: the reading's own spelling, the table's periods, a meeting, days of a month, two months or days, part of a month, a month in ISO form, a day with its month first, then chrono. */
const READERS: readonly Reader[] = [
  explicitWindow,
  relativeWindow,
  meetingWindow,
  dayRangeWindow,
  monthRangeWindow,
  monthPartWindow,
  isoMonthWindow,
  monthFirstDayWindow,
  datedWindow,
];

/** A window named in `text` (lower case, ids taken out), or undefined. */
export function parseTimeWindow(text: string, now: Date, meetings: readonly Meeting[]): TimeWindow | undefined {
  if (!TIME_CUE.test(text)) return undefined;
  for (const read of READERS) {
    const window = read(text, now, meetings);
    if (window) return whatIsLeft(text, window, now);
  }
  return undefined;
}

/** "rgms still this month", "remaining in December", "rgms this year left": from today to the window's end, while today is in it. */
function whatIsLeft(text: string, window: TimeWindow, now: Date): TimeWindow {
  const words = window.matched[0];
  if (!window.from || !window.to || window.matched.length !== 1 || words === undefined) return window;
  const at = text.indexOf(words);
  const cue = REMAINDER_BEFORE.exec(text.slice(0, at))?.[0] ?? REMAINDER_AFTER.exec(text.slice(at + words.length))?.[0];
  const today = startOfDay(now);
  if (!cue || today <= Date.parse(`${window.from}T00:00:00Z`) || today > Date.parse(`${window.to}T00:00:00Z`)) return window;
  return { from: iso(today), to: window.to, matched: [cue.trim(), words] };
}

/** The reading's own spelling: 2024-11-18..2024-11-24, from 2024-11-18, until 2024-11-24. */
function explicitWindow(text: string): TimeWindow | undefined {
  const explicit = EXPLICIT_RANGE.exec(text);
  if (explicit) return { from: explicit[1]!, to: explicit[2]!, matched: [explicit[0]] };
  const open = OPEN_RANGE.exec(text);
  if (!open) return undefined;
  const day = Date.parse(`${open[2]}T00:00:00Z`);
  if (Number.isNaN(day)) return undefined;
  const side = OPEN_SIDES[open[1]!];
  if (side === 'from') return { from: open[2]!, matched: [open[0]] };
  if (side === 'after') return { from: iso(day + DAY_MS), matched: [open[0]] };
  if (side === 'to') return { to: open[2]!, matched: [open[0]] };
  return { to: iso(day - DAY_MS), matched: [open[0]] };
}

function relativeWindow(text: string, now: Date): TimeWindow | undefined {
  for (const [re, range] of RELATIVE) {
    const m = re.exec(text);
    if (m) {
      const r = range(now, m);
      return withPrefix(text, m.index, m[0], r.from, r.to, now);
    }
  }
  return undefined;
}

/** "before the April meeting", "after the next plenary". */
function meetingWindow(text: string, now: Date, meetings: readonly Meeting[]): TimeWindow | undefined {
  const meetingRef = MEETING_REF.exec(text);
  const found = meetingRef ? findMeeting(meetingRef[2], now, meetings) : undefined;
  if (!meetingRef || !found) return undefined;
  const start = Date.parse(`${found.start}T00:00:00Z`);
  const end = Date.parse(`${found.end}T00:00:00Z`);
  if (AFTER_MEETING.has(meetingRef[1]!)) return { from: iso(end + DAY_MS), matched: [meetingRef[0]] };
  // As "before 15 Jan": from today while the meeting is still ahead.
  const today = startOfDay(now);
  return start > today ? { from: iso(today), to: iso(start - DAY_MS), matched: [meetingRef[0]] } : { to: iso(start - DAY_MS), matched: [meetingRef[0]] };
}

/** "rgms in 2025-01": a month in ISO form is that month. */
function isoMonthWindow(text: string, now: Date): TimeWindow | undefined {
  const m = ISO_MONTH.exec(text);
  if (!m) return undefined;
  const { from, to } = month(Number(m[1]), Number(m[2]) - 1);
  return withPrefix(text, m.index, m[0], from, to, now);
}

/** Days of one month: "between 1 and 10 Dec 2024", "from 1 to 10 dec", "1-10 Dec", "Dec 1-10"; without a year, the month ahead. */
function dayRangeWindow(text: string, now: Date): TimeWindow | undefined {
  const dayFirst = DAY_RANGE.exec(text);
  const monthFirst = dayFirst ? null : MONTH_DAY_RANGE.exec(text);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[1], dayFirst[2], dayFirst[4]]
    : monthFirst
      ? [monthFirst[1], monthFirst[2], monthFirst[3], monthFirst[4]]
      : undefined;
  const matched = (dayFirst ?? monthFirst)?.[0];
  if (!parts || !matched) return undefined;
  const m = monthOf(parts[0]!);
  const [d1, d2] = [Number(parts[1]), Number(parts[2])];
  const y = parts[3] ? Number(parts[3]) : yearAhead(m, now);
  const last = new Date(month(y, m).to).getUTCDate();
  if (m < 0 || d1 < 1 || d2 < d1 || d2 > last) return undefined;
  return { from: iso(Date.UTC(y, m, d1)), to: iso(Date.UTC(y, m, d2)), matched: [matched] };
}

/**
 * Two months or days joined, as [words, day, month, year, day, month, year]: the day first ("1 dec to 15
 * jan") or the month first ("Dec 1 to Dec 15", "from Nov 28 to Dec 5").
 */
function monthRange(text: string): readonly (string | undefined)[] | undefined {
  const dayFirst = MONTH_RANGE.exec(text);
  if (dayFirst) return dayFirst;
  const m = MONTH_FIRST_RANGE.exec(text);
  return m ? [m[0], m[2], m[1], m[3], m[5], m[4], m[6]] : undefined;
}

/** "dec to feb", "between 1 dec and 31 jan", "Aug/Sep 2023", "Dec 1 to Dec 15". */
function monthRangeWindow(text: string, now: Date): TimeWindow | undefined {
  const range = monthRange(text);
  if (!range) return undefined;
  const first = monthOf(range[2]!);
  const last = monthOf(range[5]!);
  if (first < 0 || last < 0) return undefined;
  // Without years: the first span of those months that has not ended yet ("dec to feb" asked in
  // January is the winter we are in; asked in November, the coming one).
  const span = (y1: number): { from: number; to: number } => {
    const from = range[1] ? Date.UTC(y1, first, Number(range[1])) : monthStart(y1, first);
    let y2 = range[6] ? Number(range[6]) : y1;
    if (!range[6] && month(y2, last).to < from) y2++;
    return { from, to: range[4] ? Date.UTC(y2, last, Number(range[4])) : month(y2, last).to };
  };
  const thisYear = now.getUTCFullYear();
  // A year said only after the second month ("Feb/Mar 2024", "dec to jan 2025") is that month's: the first is in it, or the year before.
  const y1 = range[3]
    ? Number(range[3])
    : range[6]
      ? Number(range[6]) - (last < first ? 1 : 0)
      : ([thisYear - 1, thisYear].find((y) => span(y).to >= startOfDay(now)) ?? thisYear + 1);
  const { from, to } = span(y1);
  return to >= from ? { from: iso(from), to: iso(to), matched: [range[0]!] } : undefined;
}

/**
 * One day with its month first: "rgms on Dec 15", "until December 1st", "Jan 7, 2025" (chrono's British
 * reading takes "Dec 15" for December 2015). Without a year, the next such day, as chrono reads "15 Dec".
 */
function monthFirstDayWindow(text: string, now: Date): TimeWindow | undefined {
  const m = MONTH_FIRST_DAY.exec(text);
  if (!m) return undefined;
  const index = monthOf(m[1]!);
  const d = Number(m[2]);
  const thisYear = now.getUTCFullYear();
  const y = m[3] ? Number(m[3]) : Date.UTC(thisYear, index, d) >= startOfDay(now) ? thisYear : thisYear + 1;
  if (index < 0 || d < 1 || d > new Date(month(y, index).to).getUTCDate()) return undefined;
  const day = Date.UTC(y, index, d);
  return withPrefix(text, m.index, m[0], day, day, now);
}

/** "early Feb" (1–10), "mid January" (11–20), "late Jan" (21 to the end), "before the end of January". */
function monthPartWindow(text: string, now: Date): TimeWindow | undefined {
  const part = MONTH_PART.exec(text);
  if (!part) return undefined;
  const m = monthOf(part[2]!);
  const y = part[3] ? Number(part[3]) : yearAhead(m, now);
  const end = month(y, m).to;
  const before = part[1] === END_OF ? BEFORE.exec(text.slice(0, part.index)) : null;
  // "before the end of January": from today through the 31st.
  if (before) return { from: iso(startOfDay(now)), to: iso(end), matched: [before[0].trim(), part[0]] };
  const [first, last] = MONTH_PARTS[part[1]!]!;
  return withPrefix(text, part.index, part[0], Date.UTC(y, m, first), last === undefined ? end : Date.UTC(y, m, last), now);
}

/** Dates and month names, read by chrono; a month's name alone; a year alone. */
function datedWindow(text: string, now: Date): TimeWindow | undefined {
  if (!DATE_CUE.test(text)) return (text.includes(MAY) ? mayBesideRgms(text, now) : undefined) ?? yearWindow(text);
  const results = chrono().en.GB.parse(text, { instant: now, timezone: CHRONO_TIMEZONE }, { forwardDate: true });
  const result = results.find((r) => r.start.isCertain('month') || r.start.isCertain('day') || r.start.isCertain('weekday'));
  if (!result) return bareMonth(text, now) ?? yearWindow(text);
  const start = result.start;
  const m = start.get('month')! - 1;
  // A month named alone is the month we are in, not next year's: chrono's forwardDate moves "in
  // November" asked on 20 November to the next one (its first day has passed).
  const y =
    !start.isCertain('year') &&
    !start.isCertain('day') &&
    !start.isCertain('weekday') &&
    m === now.getUTCMonth() &&
    start.get('year') === now.getUTCFullYear() + 1
      ? now.getUTCFullYear()
      : start.get('year')!;
  const d = start.get('day')!;
  let from: number;
  let to: number;
  if (start.isCertain('day') || start.isCertain('weekday')) {
    from = Date.UTC(y, m, d);
    to = from;
  } else ({ from, to } = month(y, m));
  if (result.end) {
    const e = result.end;
    to = e.isCertain('day') ? Date.UTC(e.get('year')!, e.get('month')! - 1, e.get('day')!) : month(e.get('year')!, e.get('month')! - 1).to;
  }
  return withPrefix(text, result.index, result.text, from, to, now);
}

/** "before 15 Jan" / "after January": an open window on one side of the date. */
function withPrefix(text: string, index: number, matched: string, from: number, to: number, now: Date): TimeWindow {
  const head = text.slice(0, index);
  const before = BEFORE.exec(head);
  if (before) {
    // "before Christmas" means from now until then; a day already past stays open at the start.
    const today = startOfDay(now);
    const end = from - DAY_MS;
    return end >= today ? { from: iso(today), to: iso(end), matched: [before[0].trim(), matched] } : { to: iso(end), matched: [before[0].trim(), matched] };
  }
  // "apart from march": the "from" is the negator's (./negation.ts), the month is left out whole.
  const after = NEGATOR_ENDING_IN_FROM.test(head) ? null : AFTER.exec(head);
  if (after && !FROM.test(after[0])) return { from: iso(to + DAY_MS), matched: [after[0].trim(), matched] };
  if (after) {
    // "approved since June", asked in November: the June just past ("since" looks back), not next year's.
    // A month only ("since 1 Dec" is a day named ahead, kept).
    const back = SINCE.test(after[0].trim()) && to > from && from > startOfDay(now) && !YEAR_NAMED.test(matched);
    const d = new Date(from);
    return { from: iso(back ? Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()) : from), matched: [after[0].trim(), matched] };
  }
  return { from: iso(from), to: iso(to), matched: [matched] };
}

/** Month index (0–11) of a month name or its abbreviation. */
function monthOf(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3)));
}

/** The year a month named without one is in: this year unless the month is already over (as chrono's forwardDate). */
function yearAhead(m: number, now: Date): number {
  return m < now.getUTCMonth() ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
}

function mayBesideRgms(text: string, now: Date): TimeWindow | undefined {
  return MAY_BESIDE_RGMS.test(text) ? bareMonth(text, now, true) : undefined;
}

/** A month's name alone, which chrono does not read ("rgms jan", "jan rgms"): that month, ahead. "may" alone is a verb unless `mayIsMonth`. */
function bareMonth(text: string, now: Date, mayIsMonth = false): TimeWindow | undefined {
  const m = BARE_MONTH.exec(text);
  if (!m || (m[1] === MAY && !mayIsMonth)) return undefined;
  const index = monthOf(m[1]!);
  const y = yearAhead(index, now);
  const { from, to } = month(y, index);
  return withPrefix(text, m.index, m[0], from, to, now);
}

function yearWindow(text: string): TimeWindow | undefined {
  const m = YEAR.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  return { from: iso(Date.UTC(y, 0, 1)), to: iso(Date.UTC(y, 11, 31)), matched: [m[0]] };
}

/** The SG17 meeting "the April meeting" / "the next meeting" names: planned ones first. */
function findMeeting(word: string | undefined, now: Date, meetings: readonly Meeting[]): { start: string; end: string } | undefined {
  const planned = meetings.flatMap((m) => m.futureMeetings.flatMap((f) => (f.range ? [f.range] : [])));
  const held = meetings.map((m) => m.range);
  const all = [...planned, ...held];
  const today = iso(startOfDay(now));
  if (word === undefined || NEXT_MEETING_WORDS.has(word)) return all.filter((r) => r.start >= today).sort((a, b) => a.start.localeCompare(b.start))[0];
  if (LAST_MEETING_WORDS.has(word)) return all.filter((r) => r.end < today).sort((a, b) => b.end.localeCompare(a.end))[0];
  const mm = MONTH_RE.exec(word);
  if (!mm) return undefined;
  const monthIndex = MONTHS.findIndex((name) => name.startsWith(mm[1]!.slice(0, 3)));
  return all.find((r) => Number(r.start.slice(5, 7)) - 1 === monthIndex);
}
