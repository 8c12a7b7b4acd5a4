/**
 * Dates and clock times as the summaries write them: "2 – 6 September 2024", "TBC 3-5 Dec 2024",
 * "7-8/8-9 Jan 2025", "Jan-Feb 2025", "12-3:30pm". Only what is written is read; nothing is guessed.
 */
import type { ClockTimes, DateRange, RgmWhen } from '../dataset/schema.js';

export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DASH = '\\s*[-–—]\\s*';
const DAYS = `\\d{1,2}(?:${DASH}\\d{1,2})?`;

/**
 * A date expression at the start of a text, optionally preceded by "TBC" / "TBC,".
 * Forms: "3-5 Dec 2024", "15 January 2025", "7-8/8-9 Jan 2025", "28 Jan – 3 Feb 2025", "Feb 2025", "Jan-Feb 2025".
 */
export const DATE_EXPR = new RegExp(
  `^(?:(TBC|TBD)\\b[,:]?\\s*)?(` +
    `${DAYS}(?:\\s*\\/\\s*${DAYS})*\\s+${MONTH}(?:${DASH}\\d{1,2}\\s+${MONTH})?,?\\s+\\d{4}` +
    `|${MONTH}(?:${DASH}${MONTH})?,?\\s+\\d{4}` +
    `)`,
  'i',
);

export function monthNumber(name: string): number | null {
  const key = name.replace(/\.$/, '').slice(0, 3).toLowerCase();
  const i = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key);
  return i < 0 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date when the day exists in that month, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null;
}

export const isoMonth = (year: number, month: number) => `${year}-${pad(month)}`;

function dayRange(text: string, month: number, year: number): DateRange | null {
  const m = /^(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const start = isoDate(year, month, Number(m[1]));
  const end = isoDate(year, month, Number(m[2] ?? m[1]));
  return start && end && start <= end ? { start, end } : null;
}

/** Read a date expression (the text DATE_EXPR matched, without "TBC") into a `when`. */
export function parseWhen(expr: string): RgmWhen {
  const text = expr.replace(/\s+/g, ' ').trim();
  const yearM = /(\d{4})$/.exec(text);
  if (!yearM) return { kind: 'unknown' };
  const year = Number(yearM[1]);
  const body = text.slice(0, -4).replace(/,?\s*$/, '');
  const mon = `(${MONTH})`;

  // "28 Jan – 3 Feb"
  let m = new RegExp(`^(\\d{1,2})\\s+${mon}${DASH}(\\d{1,2})\\s+${mon}$`, 'i').exec(body);
  if (m) {
    const start = isoDate(year, monthNumber(m[2]!) ?? 0, Number(m[1]));
    const end = isoDate(year, monthNumber(m[4]!) ?? 0, Number(m[3]));
    return start && end && start <= end ? { kind: 'days', range: { start, end } } : { kind: 'unknown' };
  }
  // "Jan-Feb" / "Feb"
  m = new RegExp(`^${mon}(?:${DASH}${mon})?$`, 'i').exec(body);
  if (m) {
    const from = monthNumber(m[1]!);
    const to = monthNumber(m[2] ?? m[1]!);
    return from && to && from <= to ? { kind: 'window', from: isoMonth(year, from), to: isoMonth(year, to) } : { kind: 'unknown' };
  }
  // "3-5 Dec", "15 January", "7-8/8-9 Jan"
  m = new RegExp(`^(.+?)\\s+${mon}$`, 'i').exec(body);
  if (m) {
    const month = monthNumber(m[2]!);
    if (!month) return { kind: 'unknown' };
    const ranges = m[1]!.split('/').map((part) => dayRange(part, month, year));
    if (ranges.some((r) => r === null)) return { kind: 'unknown' };
    const options = (ranges as DateRange[]).sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
    if (options.length === 1) return { kind: 'days', range: options[0]! };
    return { kind: 'alternatives', options };
  }
  return { kind: 'unknown' };
}

/** A meeting's date range such as "2 – 6 September 2024" or "28 August – 8 September 2023". */
export function parseRange(text: string): DateRange | null {
  const when = parseWhen(text);
  return when.kind === 'days' ? when.range : null;
}

/** Clock range in a schedule text: "12-3:30pm" → 12:00–15:30, "09:00-12:00" → 09:00–12:00. */
export const TIME_RANGE = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?(?![\d/])/i;

export function parseTimes(text: string): ClockTimes | null {
  const m = TIME_RANGE.exec(text);
  if (!m) return null;
  const [, h1, m1 = '00', ap1, h2, m2 = '00', ap2] = m;
  // Without a colon or am/pm it is not a clock range ("3-5 Dec").
  if (!ap1 && !ap2 && !(m[2] && m[5])) return null;
  const to24 = (h: number, ap: string | undefined) => (ap === undefined ? h : ap.toLowerCase() === 'pm' ? (h % 12) + 12 : h % 12);
  const endH = to24(Number(h2), ap2);
  let startH = to24(Number(h1), ap1 ?? ap2);
  // "11-2pm": an inherited pm that puts the start after the end means the start was in the morning.
  if (!ap1 && ap2 && startH * 60 + Number(m1) > endH * 60 + Number(m2)) startH = to24(Number(h1), 'am');
  const ok = (h: number, min: string) => h >= 0 && h < 24 && Number(min) < 60;
  if (!ok(startH, m1) || !ok(endH, m2)) return null;
  return { start: `${pad(startH)}:${m1}`, end: `${pad(endH)}:${m2}` };
}
