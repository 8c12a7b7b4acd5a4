/**
 * The terse grammar's words, as the reading (./reading.ts) writes them: each ask's leading command
 * word, and the words that lead a value (`in paris`, `about 5g`, `by question`). The parser reads
 * the same words from ./words.ts; test/query-roundtrip.test.ts holds the two to each other.
 */
import type { Ask, Outcome } from './model.js';

/**
 * What the summary does not hold, spelled so it reads back to itself: "deferred" alone lists the
 * Notes' deferrals, so the deferrals of this meeting (not held) say which meeting.
 */
export const NOT_HELD_SPELLED: Readonly<Partial<Record<string, string>>> = { deferred: 'deferred this meeting' };

/** The words the reading writes besides the values themselves. */
export const READ = {
  tap: 'tap',
  aap: 'aap',
  agreed: 'agreed',
  texts: 'texts',
  new: 'new',
  workItems: 'work-items',
  from: 'from',
  until: 'until',
  /** RGMs in a window: only the last of them (`rgm 2025-01-01..2025-03-31 last`). */
  last: 'last',
  /** RGMs with no window: only the final one the data plans (`rgm Q1 final`). */
  final: 'final',
  about: 'about',
  /** Texts by their Timing column (`texts timing 2023-09`). */
  timing: 'timing',
  in: 'in',
  by: 'by',
  question: 'question',
  none: 'none',
  who: 'who',
  rapporteurs: 'rapporteurs',
  and: ' and ',
  q: 'q',
  compare: 'compare',
  count: 'count',
} as const;

/** What each ask is led by, when its reading is that word and the filters after it. */
export const ASK_WORD: Readonly<Partial<Record<Ask, string>>> = {
  rgms: 'rgm',
  ids: 'rec',
  define: 'explain',
  search: 'search',
  groups: 'cg',
  meetings: 'meeting',
  stats: 'stats',
  highlights: 'highlights',
  help: 'help',
  greeting: 'hello',
  thanks: 'thanks',
};

/** The TAP outcomes, in the order the reading writes them (all three: `tap` alone). */
export const TAP_OUTCOMES: readonly Outcome[] = ['tap-approved', 'tap-not-approved', 'tap-determined'];
