/**
 * What a text went through before the meeting that lists it, as the Notes of its table give it
 * ("TAP determined at SG17 Aug/Sep 2022 meeting, TAP approval deferred by SG17 Aug/Sep 2023
 * meeting, …"): each step with the months of the meeting that took it. A list asked for a time
 * window ("determined in 2022") takes these steps as well as the text's latest status, so a text
 * approved now but first determined then is found by the step it took then.
 */
import type { DocEntry } from '../../dataset/catalog.js';
import type { Outcome, TextFlag } from './model.js';

/**
 * One earlier step of a text at a meeting within these days: the outcome it reached (determined), and
 * the table flag the step is (an approval deferred, a determination again), as dimensions.ts names them.
 */
export interface EarlierStep {
  readonly outcome?: Outcome;
  readonly flag?: TextFlag;
  /** The step as the Note writes it ("determined at SG17 Aug/Sep 2022"). */
  readonly said: string;
  readonly start: string;
  readonly end: string;
}

/** The flags a Note's step can be, each with a date: asked with a window, the window is the step's. */
export const STEP_FLAGS: readonly TextFlag[] = ['deferred-before', 're-determined', 'first-determined'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "SG17 Aug/Sep 2022" → the first day of August to the last of September 2022; null when no month and year are written. */
export function meetingMonths(meeting: string): { start: string; end: string } | null {
  const year = /\b(19|20)\d\d\b/.exec(meeting)?.[0];
  const months = [...meeting.toLowerCase().matchAll(/\b([a-z]{3})[a-z]*\b/g)].map((m) => MONTHS.indexOf(m[1]!)).filter((n) => n >= 0);
  if (!year || months.length === 0) return null;
  const first = Math.min(...months);
  const last = Math.max(...months);
  const lastDay = new Date(Date.UTC(Number(year), last + 1, 0)).getUTCDate();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { start: `${year}-${pad(first + 1)}-01`, end: `${year}-${pad(last + 1)}-${pad(lastDay)}` };
}

/** What a Note's event is: an approval deferred, a determination (again: also the flag it earns). */
function stepOf(event: string): Pick<EarlierStep, 'outcome' | 'flag'> | null {
  if (/\bdeferr?ed\b/i.test(event)) return { flag: 'deferred-before' };
  if (/\bre-?determined\b/i.test(event)) return { outcome: 'tap-determined', flag: 're-determined' };
  if (/\bdetermined\b/i.test(event)) return { outcome: 'tap-determined', flag: 'first-determined' };
  return null;
}

const stepsOfEntry = new WeakMap<DocEntry, readonly EarlierStep[]>();

/** The earlier steps the Notes of a text's rows give, oldest first as written (read once per entry). */
export function earlierSteps(entry: DocEntry): readonly EarlierStep[] {
  let steps = stepsOfEntry.get(entry);
  if (!steps) {
    const out: EarlierStep[] = [];
    for (const record of entry.records)
      for (const note of record.footnotes)
        for (const { event, meeting } of note.events) {
          const step = stepOf(event);
          const days = meetingMonths(meeting);
          if (step && days) out.push({ ...step, ...days, said: `${event} at ${meeting}` });
        }
    steps = out;
    stepsOfEntry.set(entry, steps);
  }
  return steps;
}

const within = (s: EarlierStep, from: string | undefined, to: string | undefined): boolean => !(from && s.end < from) && !(to && s.start > to);

/** The earlier steps of a text that reached one of these outcomes (any, when none is asked) within the window. */
export function stepsWithin(entry: DocEntry, outcomes: readonly Outcome[] | undefined, from: string | undefined, to: string | undefined): EarlierStep[] {
  return earlierSteps(entry).filter((s) => s.outcome !== undefined && (!outcomes?.length || outcomes.includes(s.outcome)) && within(s, from, to));
}

/** The earlier steps of a text that are this flag ("approval deferred") within the window. */
export function flaggedWithin(entry: DocEntry, flag: TextFlag, from: string | undefined, to: string | undefined): EarlierStep[] {
  if (flag === 'first-determined') {
    const first = firstDetermination(entry);
    return first && within(first, from, to) ? [first] : [];
  }
  return earlierSteps(entry).filter((s) => s.flag === flag && within(s, from, to));
}

/**
 * When a text was first determined: the first determination its Notes give (never one "again"), or, with none,
 * the meeting that determined it now (its latest status); undefined when the data does not say.
 */
export function firstDetermination(entry: DocEntry): EarlierStep | undefined {
  const noted = earlierSteps(entry).find((s) => s.flag === 'first-determined');
  if (noted) return noted;
  const { item, meeting } = entry.latest;
  if (item.status !== 'tap-determined' || earlierSteps(entry).some((s) => s.outcome === 'tap-determined')) return undefined;
  return { outcome: 'tap-determined', flag: 'first-determined', said: `determined at ${meeting.title}`, start: meeting.range.start, end: meeting.range.end };
}
