/**
 * Local-time arithmetic for reminders, done by Luxon (never hand-written offsets).
 * Policy for wall-clock times that do not exist or exist twice in a zone:
 *  - in a DST gap (e.g. 02:30 on the spring-forward night) the reminder moves forward by the
 *    length of the gap (02:30 → 03:30), so it is never skipped;
 *  - in a DST overlap (02:30 on the fall-back night happens twice) the earlier occurrence is
 *    used, so it is never late.
 */
import { DateTime, IANAZone } from 'luxon';
import type { Rgm } from '../dataset/schema.js';

/** The summary gives RGM clock times without a zone; ITU is in Geneva, so Geneva time is assumed. */
export const RGM_TIME_ZONE = 'Europe/Zurich';

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** Instant (ms) of a wall-clock date and time in `zone`, with the gap/overlap policy above. */
export function localToInstant(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const dt = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!dt.isValid) throw new Error(`invalid local time ${date} ${time} in ${zone}: ${dt.invalidReason}`);
  // Two possible offsets = overlap: take the earlier instant. (In a gap Luxon already shifts forward.)
  const candidates = dt.getPossibleOffsets().filter((c) => c.hour === hour && c.minute === minute);
  return candidates.length > 1 ? Math.min(...candidates.map((c) => c.toMillis())) : dt.toMillis();
}

/** Civil-date arithmetic on "YYYY-MM-DD" (no zones involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Day of week of a civil date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The civil date of an instant in `zone`. */
export function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate()!;
}

/** "Tue 26 Nov 2024, 09:00 CET" */
export function formatInstant(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ', { locale: 'en-GB' });
}

/** "Tue 26 Nov 2024" */
export function formatDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy', { locale: 'en-GB' });
}

/** The first day the RGM may start, when the summary gives days: earliest of alternatives. */
export function rgmStartDate(rgm: Rgm): string | null {
  if (rgm.when.kind === 'days') return rgm.when.range.start;
  if (rgm.when.kind === 'alternatives') return rgm.when.options.map((o) => o.start).sort()[0] ?? null;
  return null;
}

/** When the RGM begins: its start time in Geneva if given, else the start of its first day in Geneva. */
export function rgmBeginsMs(rgm: Rgm): number | null {
  const start = rgmStartDate(rgm);
  if (!start) return null;
  return localToInstant(start, rgm.times?.start ?? '00:00', RGM_TIME_ZONE);
}
