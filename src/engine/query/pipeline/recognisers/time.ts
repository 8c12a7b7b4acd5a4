/**
 * The time recogniser: a time window (../../time.ts), "the April meeting" (that SG17 meeting's days,
 * ./meetings.ts), and "this meeting" (the data's own meeting). The words it takes are cut from
 * the text; a window after a negator ("not in january") is kept apart, applied as an exclusion, and
 * another window beside it is the one asked ("rgms in 2025 except the ones in march").
 */
import type { Catalog } from '../../../../dataset/catalog.js';
import { joinedWindow, mayNegate, NOT_BEFORE_TIME } from '../../negation.js';
import { parseTimeWindow } from '../../time.js';
import { cut } from '../tokens.js';
import { MONTHS_JOINED } from '../../time-words.js';
import { lastOfMonth, meetingByName, thisMeeting, type TimeSpan } from './meetings.js';

/**
 * A window left out that names two months (or days) joined by a conjunction ("not in march or june"):
 * each is left out, never the months between. Asked, the two stay one span, as they always have.
 */
function eachLeftOut(w: TimeSpan): TimeSpan[] {
  const joined = w.matched.length === 1 ? MONTHS_JOINED.exec(w.matched[0]!) : null;
  if (!joined || !w.from || !w.to) return [w];
  const firstOf = (day: string): string => `${day.slice(0, 8)}01`;
  return [
    { from: w.from, to: joined[1] ? w.from : lastOfMonth(w.from), matched: w.matched },
    { from: joined[4] ? w.to : firstOf(w.to), to: w.to, matched: [] },
  ];
}

export interface TimeReading {
  /** The window the words name, excluded or not. */
  readonly asked: TimeSpan | undefined;
  /** The window applied (undefined when a negator excludes it). */
  readonly time: TimeSpan | undefined;
  /** The words of a window a negator excludes. */
  readonly timeNotApplied: readonly string[];
  /** The windows a negator excludes ("not in march and not in may"). */
  readonly leftOut: readonly TimeSpan[];
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
  // "rgms in 2025 except the ones in march", "rgms next year but not in january", "not in march and not in may":
  // a second window, asked or left out; two asked stay one (the first).
  const second = first && mayNegate(lower) ? parseTimeWindow(remaining, now, catalog.meetings) : undefined;
  // Read from the end of the first window when it comes before: "rgm not 2025-03-01..2025-03-31 2025-01-01..2025-12-31" (a reading) asks 2025.
  const firstEnd = Math.max(...(first?.matched ?? []).map((m) => lower.indexOf(m) + m.length));
  const secondLeftOut = !!second?.matched.some((m) => {
    const at = lower.indexOf(m);
    const before = lower.slice(firstEnd <= at ? firstEnd : 0, at);
    // "except in january and in june": joined to a window left out, it is left out too.
    return NOT_BEFORE_TIME.test(before) || (firstLeftOut && firstEnd <= at && joinedWindow(before));
  });
  const used = second && (firstLeftOut || secondLeftOut) ? second : undefined;
  for (const m of used?.matched ?? []) remaining = cut(remaining, m);
  const leftOut = [firstLeftOut ? first : undefined, secondLeftOut ? used : undefined].filter((w): w is TimeSpan => w !== undefined).flatMap(eachLeftOut);
  const time = firstLeftOut ? (used && !secondLeftOut ? used : undefined) : first;
  return { asked: leftOut[0] ?? time, time, timeNotApplied: leftOut.flatMap((w) => w.matched), leftOut, current, remaining };
}
