/**
 * When an interim RGM happens, as far as the data says, and whether it is still to come.
 * Pure: "now" is always passed in. Shared by the rgm command and the reminder planner.
 *
 * An RGM is upcoming while it has not ended: its last possible day (the end of the range, of
 * the latest alternative, or of the window's last month) is today or later, in UTC.
 */
import type { RgmWhen } from '../dataset/schema.js';
import { formatMonthRange, formatRange, utcDay } from './format-dates.js';

/** Last calendar day of "2025-02" → "2025-02-28". */
export function lastDayOfMonth(isoMonth: string): string {
  const [y, m] = isoMonth.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${isoMonth}-${String(day).padStart(2, '0')}`;
}

/** The earliest day it could start, or null when the date is unreadable. */
export function rgmFirstDay(when: RgmWhen): string | null {
  switch (when.kind) {
    case 'days':
      return when.range.start;
    case 'alternatives':
      return when.options.map((o) => o.start).sort()[0] ?? null;
    case 'window':
      return `${when.from}-01`;
    case 'unknown':
      return null;
  }
}

/** The latest day it could end, or null when the date is unreadable. */
export function rgmLastDay(when: RgmWhen): string | null {
  switch (when.kind) {
    case 'days':
      return when.range.end;
    case 'alternatives':
      return (
        when.options
          .map((o) => o.end)
          .sort()
          .at(-1) ?? null
      );
    case 'window':
      return lastDayOfMonth(when.to);
    case 'unknown':
      return null;
  }
}

/** Not ended yet as of `now` (UTC day). Unreadable dates are never upcoming. */
export function isUpcoming(when: RgmWhen, now: Date): boolean {
  const last = rgmLastDay(when);
  return last !== null && last >= utcDay(now);
}

/** Only a month window is known, no days. */
export function isUndated(when: RgmWhen): boolean {
  return when.kind === 'window' || when.kind === 'unknown';
}

/** Chronological order by first possible day; unreadable dates last. */
export function compareWhen(a: RgmWhen, b: RgmWhen): number {
  const fa = rgmFirstDay(a) ?? '9999';
  const fb = rgmFirstDay(b) ?? '9999';
  return fa === fb ? (rgmLastDay(a) ?? '9999').localeCompare(rgmLastDay(b) ?? '9999') : fa.localeCompare(fb);
}

/** "26–27 Nov 2024", "7–8 Jan 2025 or 8–9 Jan 2025", "Jan–Feb 2025 (no dates yet)"; `datesText` when unreadable. */
export function describeWhen(when: RgmWhen, datesText: string): string {
  switch (when.kind) {
    case 'days':
      return formatRange(when.range.start, when.range.end);
    case 'alternatives':
      return when.options.map((o) => formatRange(o.start, o.end)).join(' or ');
    case 'window':
      return `${formatMonthRange(when.from, when.to)} (no dates yet)`;
    case 'unknown':
      return `"${datesText}" (date not readable)`;
  }
}
