/**
 * The words of "a venue not yet settled" said as a clause rather than a fixed phrase ("nobody has fixed
 * the venue yet", "the location hasn't been announced", "where is still open", "yet to pick a place"):
 * read by ../recognisers/venue-state.ts in either order, as one rule — as is a venue said absent or still
 * needed ("no venue", "still missing a venue", "lacking a location", "venue tbd").
 */
import type { Signal } from '../../words.js';

/** What the clause says of the RGMs: no venue named yet. */
export const VENUE_UNSETTLED_SIGNAL: Signal = { state: 'no-venue' };

/** Nouns naming where an RGM meets. */
export const VENUE_NOUN_WORDS: ReadonlySet<string> = new Set(['venue', 'venues', 'location', 'locations', 'place', 'places', 'host', 'city', 'site']);
/** Words before "place" that make it no venue ("take place", "in place"). */
export const NOT_A_VENUE_BEFORE: ReadonlySet<string> = new Set(['take', 'takes', 'taking', 'took', 'taken', 'in']);
/** "where" is the venue only as a clause's subject ("where is still open") or a settling verb's object ("decided where"). */
export const WHERE_WORD = 'where';
export const WHERE_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'will', 'has', 's']);

/** Verbs and participles that settle a venue: with a "not yet" word they say it is not settled. */
export const SETTLE_WORDS: ReadonlySet<string> = new Set([
  ...['fixed', 'fix', 'fixing', 'decided', 'decide', 'deciding', 'confirmed', 'confirm', 'confirming', 'set', 'setting'],
  ...['known', 'know', 'announced', 'announce', 'announcing', 'chosen', 'choose', 'choosing', 'picked', 'pick', 'picking'],
  ...['settled', 'settle', 'agreed', 'agree', 'determined', 'determine', 'finalised', 'finalized', 'finalise', 'finalize'],
  ...['named', 'name', 'booked', 'book', 'arranged', 'arrange', 'specified', 'specify', 'published', 'sorted', 'selected', 'select'],
  ...['communicated', 'identified', 'given', 'stated', 'found', 'secured', 'locked'],
  // "yet to get a venue", "not having a location": to have one is to have it settled.
  ...['have', 'having', 'get', 'getting', 'got'],
]);
/** Words that say a venue is absent or still needed, said before it ("no venue", "still missing a venue", "w/o a place"). */
export const ABSENT_WORDS: ReadonlySet<string> = new Set(['no', 'without', 'wo', 'missing', 'lacking', 'lack', 'lacks', 'need', 'needs', 'needing']);
/** Words that say a settling has not happened (yet): "not", "nobody", "yet", "still", "no one", "to be". */
export const NOT_YET_WORDS: ReadonlySet<string> = new Set(['not', 'nobody', 'noone', 'no', 'none', 'never', 'yet', 'still', 'to']);
/** Words that say the venue is open by themselves ("venue still open", "unannounced location"). */
export const OPEN_WORDS: ReadonlySet<string> = new Set([
  ...['open', 'pending', 'undecided', 'unconfirmed', 'unknown', 'unannounced', 'unsettled', 'unfixed', 'unset', 'unspecified'],
  ...['undetermined', 'unnamed', 'unclear', 'tbd', 'tbc', 'tba', 'blank', 'empty', 'missing', 'outstanding', 'unresolved', 'unassigned'],
]);
/** Words that end the clause a venue's state is said in ("the dates are fixed but the venue is open"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ...['and', 'but', 'or', 'nor', 'while', 'whereas', 'though', 'although', 'however'],
  ...['date', 'dates', 'day', 'days', 'time', 'times', 'when', 'schedule', 'timing', 'month'],
]);
/** How far from the venue noun its settling word may stand, and a "not yet" word from that word. */
export const VENUE_REACH = 4;
export const NOT_YET_REACH = 3;
