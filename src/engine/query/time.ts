/**
 * Time phrases → a window of UTC days, against the injected clock (never the system's).
 * The relative periods people use most ("this week", "next month") are a table here, so their
 * meaning is fixed and explainable (weeks run Monday–Sunday); dates and month names ("in
 * January", "before 15 Jan", "3 Dec") are read by chrono-node; "after the April meeting" names
 * an SG17 meeting of the data. The reading spells the result as `2024-11-18..2024-11-24`.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { Meeting } from '../../dataset/schema.js';

/**
 * chrono-node, loaded on the first text that names a date: it takes a few hundred ms to load, which
 * a CLI answer to "rec X.1716" should not pay.
 */
let chronoModule: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  return chronoModule;
}

export interface TimeWindow {
  readonly from?: string;
  readonly to?: string;
  /** The text that said it, to be taken out before the rest is read. */
  readonly matched: readonly string[];
}

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const startOfDay = (d: Date): number => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const monthStart = (y: number, m: number): number => Date.UTC(y, m, 1);

/** Monday of the week holding `ms`. */
function weekStart(ms: number): number {
  const day = new Date(ms).getUTCDay();
  return ms - ((day + 6) % 7) * DAY_MS;
}

type Relative = (now: Date, m: RegExpExecArray) => { from: number; to: number };

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, few: 7, couple: 2, 'couple of': 2 };

const RELATIVE: readonly [RegExp, Relative][] = [
  // What is left of a year or month: from today ("rgms left this year", "until the end of the month").
  [
    /\b(?:(?:left|remaining|remain|rest of|later) (?:in )?(?:this|the) year|(?:until|till|til|by|before) (?:the )?end of (?:this |the )?year)\b/,
    (n) => ({ from: startOfDay(n), to: Date.UTC(n.getUTCFullYear(), 11, 31) }),
  ],
  [
    /\b(?:(?:left|remaining|remain|rest of|later) (?:in )?(?:this|the) month|(?:until|till|til|by|before) (?:the )?end of (?:this |the )?month)\b/,
    (n) => ({ from: startOfDay(n), to: month(n.getUTCFullYear(), n.getUTCMonth()).to }),
  ],
  // "the next 2 weeks", "coming three weeks", "next few days": from today.
  [
    /\b(?:next|coming) (\d{1,2}|two|three|four|five|six|few|couple of|couple) (weeks?|wks?|days?)\b/,
    (n, m) => {
      const k = COUNT_WORDS[m[1]!] ?? Number(m[1]);
      return { from: startOfDay(n), to: startOfDay(n) + (m[2]!.startsWith('d') ? k : 7 * k) * DAY_MS };
    },
  ],
  [/\b(?:this|the current|current) (?:week|wk)\b/, (n) => ({ from: weekStart(startOfDay(n)), to: weekStart(startOfDay(n)) + 6 * DAY_MS })],
  [/\b(?:next|nxt) (?:week|wk)\b/, (n) => ({ from: weekStart(startOfDay(n)) + 7 * DAY_MS, to: weekStart(startOfDay(n)) + 13 * DAY_MS })],
  [/\blast (?:week|wk)\b/, (n) => ({ from: weekStart(startOfDay(n)) - 7 * DAY_MS, to: weekStart(startOfDay(n)) - DAY_MS })],
  [/\b(?:this|the current|current) month\b/, (n) => month(n.getUTCFullYear(), n.getUTCMonth())],
  [/\b(?:next|nxt) month\b/, (n) => month(n.getUTCFullYear(), n.getUTCMonth() + 1)],
  [/\blast month\b/, (n) => month(n.getUTCFullYear(), n.getUTCMonth() - 1)],
  [/\btoday\b/, (n) => ({ from: startOfDay(n), to: startOfDay(n) })],
  [/\b(?:tomorrow|tomorow|tmrw|tmr|2moro)\b/, (n) => ({ from: startOfDay(n) + DAY_MS, to: startOfDay(n) + DAY_MS })],
  [/\b(?:this|the current) year\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear(), 0, 1), to: Date.UTC(n.getUTCFullYear(), 11, 31) })],
  [/\bnext year\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear() + 1, 0, 1), to: Date.UTC(n.getUTCFullYear() + 1, 11, 31) })],
  // "what was consented last year": the year before this one ("year" was said back unused, the window dropped).
  [/\b(?:last|previous) year\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear() - 1, 0, 1), to: Date.UTC(n.getUTCFullYear() - 1, 11, 31) })],
  [/\b(?:christmas|xmas)\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear(), 11, 25), to: Date.UTC(n.getUTCFullYear(), 11, 25) })],
];

function month(y: number, m: number): { from: number; to: number } {
  return { from: monthStart(y, m), to: monthStart(y, m + 1) - DAY_MS };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/;
/** Text worth handing to chrono: a month name or a day-like number. ("may" alone is a verb: it needs a number or "in".) */
const DATE_CUE =
  /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:in|of|early|late|mid) may\b|\bmay \d|\d may\b|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b/;

const BEFORE = /\b(?:before|until|till|til|by|up to|prior to|ending)\s*$/;
const AFTER = /\b(?:after|since|from|following|starting|beginning)\s*$/;
/** The words of AFTER that take the day itself in ("from 1 Dec", "starting next week"); "after" and "following" do not. */
const FROM = /\b(?:since|from|starting|beginning)\s*$/;

/** A month's name or its usual abbreviation, never a longer word ("decision" is not December). */
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b';
const DAY_MONTH = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}(?:\\s+(20\\d\\d))?`;
/** Two months or days joined: "dec to feb", "between 1 dec and 31 jan", "jan and feb", "jan or feb", "jan-feb", "Aug/Sep 2023" (as the summary names its meetings). */
const MONTH_RANGE = new RegExp(`\\b(?:(?:from|between)\\s+)?${DAY_MONTH}\\s*(?:to|until|till|through|thru|and|or|-|–|/)\\s*${DAY_MONTH}\\b`);
/** A part of a month: "early Feb" (1–10), "mid January" (11–20), "late Jan" (21 to the end). */
const MONTH_PART = new RegExp(`\\b(?:the\\s+)?(early|mid|middle of|late|end of)\\s+${MONTH_NAME}(?:\\s+(20\\d\\d))?\\b`);
/** A year on its own: "in 2025", "rgms 2025"; not a name's number ("IMT-2020", "imt 2030"). */
const YEAR = /\b(?<!imt[-\s]?)(?<![a-z]-)(?:(?:in|during|for|of|throughout)\s+)?(20\d\d)\b/;

/**
 * A piece every time phrase below holds (a digit, or a word of the tables, a meeting, a month): text
 * without any of them names no time, and is not run through the patterns below and chrono.
 */
const TIME_CUE = /\d|week|\bwk|day|month|today|tomorrow|\btom|\btmr|year|christmas|xmas|meeting|plenary|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;

/** A window named in `text` (lower case, ids taken out), or undefined. */
export function parseTimeWindow(text: string, now: Date, meetings: readonly Meeting[]): TimeWindow | undefined {
  if (!TIME_CUE.test(text)) return undefined;
  // The reading's own spelling first: 2024-11-18..2024-11-24, from 2024-11-18, until 2024-11-24.
  const explicit = /\b(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|–|until)\s*(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (explicit) return { from: explicit[1]!, to: explicit[2]!, matched: [explicit[0]] };
  const open = /\b(from|after|since|until|before|till)\s+(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (open) {
    const day = Date.parse(`${open[2]}T00:00:00Z`);
    if (!Number.isNaN(day)) {
      const w = open[1]!;
      if (w === 'from' || w === 'since') return { from: open[2]!, matched: [open[0]] };
      if (w === 'after') return { from: iso(day + DAY_MS), matched: [open[0]] };
      if (w === 'until' || w === 'till') return { to: open[2]!, matched: [open[0]] };
      return { to: iso(day - DAY_MS), matched: [open[0]] };
    }
  }
  for (const [re, range] of RELATIVE) {
    const m = re.exec(text);
    if (m) {
      const r = range(now, m);
      return withPrefix(text, m.index, m[0], r.from, r.to, now);
    }
  }
  const meetingRef = /\b(before|after|since|until) the (?:(\w+) )?(?:sg17 |study group )?(?:meeting|plenary)\b/.exec(text);
  if (meetingRef) {
    const found = findMeeting(meetingRef[2], now, meetings);
    if (found) {
      const after = meetingRef[1] === 'after' || meetingRef[1] === 'since';
      const start = Date.parse(`${found.start}T00:00:00Z`);
      const end = Date.parse(`${found.end}T00:00:00Z`);
      if (after) return { from: iso(end + DAY_MS), matched: [meetingRef[0]] };
      // As "before 15 Jan": from today while the meeting is still ahead.
      const today = startOfDay(now);
      return start > today ? { from: iso(today), to: iso(start - DAY_MS), matched: [meetingRef[0]] } : { to: iso(start - DAY_MS), matched: [meetingRef[0]] };
    }
  }
  const range = MONTH_RANGE.exec(text);
  if (range) {
    const first = monthOf(range[2]!);
    const last = monthOf(range[5]!);
    if (first >= 0 && last >= 0) {
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
      if (to >= from) return { from: iso(from), to: iso(to), matched: [range[0]] };
    }
  }
  const part = MONTH_PART.exec(text);
  if (part) {
    const m = monthOf(part[2]!);
    const y = part[3] ? Number(part[3]) : yearAhead(m, now);
    const end = month(y, m).to;
    const before = part[1] === 'end of' ? BEFORE.exec(text.slice(0, part.index)) : null;
    // "before the end of January": from today through the 31st.
    if (before) return { from: iso(startOfDay(now)), to: iso(end), matched: [before[0].trim(), part[0]] };
    const [from, to] =
      part[1] === 'early'
        ? [monthStart(y, m), Date.UTC(y, m, 10)]
        : part[1]!.startsWith('mid')
          ? [Date.UTC(y, m, 11), Date.UTC(y, m, 20)]
          : [Date.UTC(y, m, 21), end];
    return withPrefix(text, part.index, part[0], from, to, now);
  }
  if (!DATE_CUE.test(text)) return (text.includes('may') ? mayBesideRgms(text, now) : undefined) ?? yearWindow(text);
  const results = chrono().en.GB.parse(text, { instant: now, timezone: 'UTC' }, { forwardDate: true });
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
  const after = AFTER.exec(head);
  if (after && !FROM.test(after[0])) return { from: iso(to + DAY_MS), matched: [after[0].trim(), matched] };
  if (after) {
    // "approved since June", asked in November: the June just past ("since" looks back), not next year's.
    // A month only ("since 1 Dec" is a day named ahead, kept).
    const back = /^since\b/.test(after[0].trim()) && to > from && from > startOfDay(now) && !/\b20\d\d\b/.test(matched);
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

const BARE_MONTH = new RegExp(`\\b${MONTH_NAME}`);

/** "may" right beside the RGMs asked for, with nothing after it ("rgms may", "may rgms"): the month, not the verb ("rgms may be virtual"). */
const MAY_BESIDE_RGMS = /\b(?:rgms?|meetings?)\s+may\s*[?.!]*\s*$|^\s*may\s+(?:rgms?|meetings?)\b/;

function mayBesideRgms(text: string, now: Date): TimeWindow | undefined {
  return MAY_BESIDE_RGMS.test(text) ? bareMonth(text, now, true) : undefined;
}

/** A month's name alone, which chrono does not read ("rgms jan", "jan rgms"): that month, ahead. "may" alone is a verb unless `mayIsMonth`. */
function bareMonth(text: string, now: Date, mayIsMonth = false): TimeWindow | undefined {
  const m = BARE_MONTH.exec(text);
  if (!m || (m[1] === 'may' && !mayIsMonth)) return undefined;
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
  if (word === undefined || word === 'next' || word === 'coming' || word === 'upcoming') {
    return all.filter((r) => r.start >= today).sort((a, b) => a.start.localeCompare(b.start))[0];
  }
  if (word === 'last' || word === 'previous') return all.filter((r) => r.end < today).sort((a, b) => b.end.localeCompare(a.end))[0];
  const mm = MONTH_RE.exec(word);
  if (!mm) return undefined;
  const monthIndex = MONTHS.findIndex((name) => name.startsWith(mm[1]!.slice(0, 3)));
  return all.find((r) => Number(r.start.slice(5, 7)) - 1 === monthIndex);
}
