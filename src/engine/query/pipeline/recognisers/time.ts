/**
 * The time recogniser: a time window (../../time.ts), "the April meeting" (that SG17 meeting's days,
 * ./meetings.ts), and "this meeting" (the data's own meeting). The words it takes are cut from
 * the text; a window after a negator ("not in january") is kept apart, applied as an exclusion, and
 * another window beside it is the one asked ("rgms in 2025 except the ones in march").
 */
import type { Catalog } from '../../../../dataset/catalog.js';
import { mayNegate, NOT_BEFORE_TIME } from '../../negation.js';
import { parseTimeWindow } from '../../time.js';
import { cut } from '../tokens.js';
import { meetingByName, thisMeeting, type TimeSpan } from './meetings.js';

export interface TimeReading {
  /** The window the words name, excluded or not. */
  readonly asked: TimeSpan | undefined;
  /** The window applied (undefined when a negator excludes it). */
  readonly time: TimeSpan | undefined;
  /** The words of a window a negator excludes. */
  readonly timeNotApplied: readonly string[];
  /** "this meeting", "this time": the phrase. */
  readonly current: { readonly phrase: string } | undefined;
  /** The text without those words. */
  readonly remaining: string;
}

export function recogniseTime(lower: string, now: Date, catalog: Catalog): TimeReading {
  const window0 = parseTimeWindow(lower, now, catalog.meetings);
  const byName = window0 ? meetingByName(lower, window0, catalog) : undefined;
  const first = byName && window0 ? { ...window0, from: byName.start, to: byName.end } : window0;
  const current = thisMeeting(lower);
  let remaining = current ? cut(lower, current.phrase) : lower;
  for (const m of first?.matched ?? []) remaining = cut(remaining, m);
  // "rgms not in january", "rgms other than next week": not read as that window (it listed the January RGMs).
  const firstLeftOut = !!first?.matched.some((m) => NOT_BEFORE_TIME.test(lower.slice(0, lower.indexOf(m))));
  // "rgms in 2025 except the ones in march", "rgms next year but not in january": one window asked, one left out.
  const second = first && mayNegate(lower) ? parseTimeWindow(remaining, now, catalog.meetings) : undefined;
  const secondLeftOut = !!second?.matched.some((m) => NOT_BEFORE_TIME.test(remaining.slice(0, remaining.indexOf(m))));
  const pair = second && firstLeftOut !== secondLeftOut;
  if (pair) for (const m of second.matched) remaining = cut(remaining, m);
  const leftOut = firstLeftOut ? first : pair && secondLeftOut ? second : undefined;
  const time = firstLeftOut ? (pair ? second : undefined) : first;
  return { asked: leftOut ?? time, time, timeNotApplied: leftOut?.matched ?? [], current, remaining };
}
