/**
 * SG17 meetings named in a question: "the April meeting" (planned or held), "this meeting", the
 * meeting held in a month ("what happened in Sep"), and whether a question asks what a planned
 * meeting will do. Dates are ISO days; the meetings come from the gazetteer.
 */
import type { Catalog } from '../../../../dataset/catalog.js';
import { utcDay } from '../../../format-dates.js';
import { THIS_MEETING, THIS_MEETING_CUE, WILL_CUES } from '../../words.js';
import type { PlaceIndex } from '../gazetteer.js';
import { MONTH_MEETING, MONTH_NUMBERS, SG17_MEETING, WHEN_WHERE, YEAR_IN } from '../lexicon/parser-words.js';

export interface TimeSpan {
  readonly from?: string;
  readonly to?: string;
  readonly matched: readonly string[];
}

/**
 * The SG17 meeting a past-tense question about a month means ("what happened in Sep", "what did the
 * September meeting decide"): the latest meeting held that month (that year, if one was named).
 */
export function heldMeetingOf(time: TimeSpan, now: Date, index: PlaceIndex): string | undefined {
  if (!time.from?.endsWith('-01')) return undefined;
  // A whole month ("in Sep"), or from the start of one ("decisions from September").
  if (time.to !== undefined && time.to !== lastOfMonth(time.from)) return undefined;
  const yearNamed = time.matched.some((m) => YEAR_IN.test(m));
  const today = utcDay(now);
  return index.meetingsByMonth
    .get(Number(time.from.slice(5, 7)) - 1)
    ?.find((m) => m.end < today && (!yearNamed || m.start.slice(0, 4) === time.from!.slice(0, 4)))?.id;
}

/**
 * "the April meeting": the SG17 meeting the data names in that month (planned or held), whatever
 * today's date; a year named as well must match. Its days, as the window asked.
 */
export function meetingByName(lower: string, time: TimeSpan, catalog: Catalog): { start: string; end: string } | undefined {
  const month = MONTH_MEETING.exec(lower)?.[1];
  // Only the month itself ("the April meeting"), not "before the April meeting" (a window of its own).
  if (!month || !time.from?.endsWith('-01') || time.to !== lastOfMonth(time.from)) return undefined;
  const year = time.matched.map((m) => YEAR_IN.exec(m)?.[1]).find(Boolean);
  const number = String(MONTH_NUMBERS.indexOf(month) + 1).padStart(2, '0');
  const named = (r: { start: string }): boolean => r.start.slice(5, 7) === number && (!year || r.start.startsWith(year));
  for (const m of catalog.meetings) {
    // A meeting held is found by its month already (`heldMeetingOf`); the one planned is named here.
    const planned = m.futureMeetings.find((f) => f.range && named(f.range))?.range;
    if (planned) return planned;
  }
  return undefined;
}

/** "this meeting", "this time", "this round": the meeting the data is of (the latest), never search words. */
export function thisMeeting(lower: string): { phrase: string } | undefined {
  if (!lower.includes(THIS_MEETING_CUE)) return undefined;
  for (const phrase of THIS_MEETING) {
    const at = lower.indexOf(phrase);
    if (at >= 0 && !/\w/.test(lower[at - 1] ?? '') && !/\w/.test(lower[at + phrase.length] ?? '')) return { phrase };
  }
  return undefined;
}

/**
 * What a question about the SG17 meeting the data plans asks for: what it will do ("what will
 * happen at the April meeting": the texts determined for approval there), or the listing ("the
 * April meeting", "sg17 meetings in 2025": SG17's own meetings, never the RGMs).
 */
export function plannedMeetingAsked(
  lower: string,
  norm: string,
  words: readonly string[],
  window: { from?: string; to?: string },
  timed: boolean,
  places: PlaceIndex,
): 'determined' | 'listing' | undefined {
  const planned = timed ? places.planned.some((r) => overlaps(r, window)) : places.planned.length > 0;
  const named = timed ? MONTH_MEETING.test(lower) && planned : planned;
  // "where will sg17 meet next", "when will it be": the place and dates are the listing's, not the texts.
  const whereOrWhen = words.some((w) => WHEN_WHERE.has(w));
  if (named && !whereOrWhen && words.some((w) => WILL_CUES.has(w))) return 'determined';
  if ((named && timed) || (timed && SG17_MEETING.test(norm))) return 'listing';
  return undefined;
}

/** Whether a planned meeting's days meet the window (an open side meets everything). */
export function overlaps(range: { readonly start: string; readonly end: string }, window: { from?: string; to?: string }): boolean {
  return (!window.to || range.start <= window.to) && (!window.from || range.end >= window.from);
}

/** The last day of the month of an ISO day. */
export function lastOfMonth(day: string): string {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

/** The same day a year earlier; a month's last day stays its last (29 Feb 2028 → 28 Feb 2027). */
export function yearEarlier(day: string): string {
  const firstOfMonth = `${Number(day.slice(0, 4)) - 1}${day.slice(4, 8)}01`;
  return day === lastOfMonth(day) ? lastOfMonth(firstOfMonth) : `${firstOfMonth.slice(0, 8)}${day.slice(8)}`;
}
