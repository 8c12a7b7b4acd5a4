/**
 * A venue not yet settled, said as a clause in either order: a venue noun ("venue", "location",
 * "where" as the thing asked) with a word that says it is open ("still open", "unannounced"), or
 * with a settling verb and a "not yet" word ("nobody has fixed the venue yet", "the location hasn't
 * been decided", "yet to pick a place", "not yet announced where"), or with a word before it that says
 * it is absent or still needed ("no venue", "still missing a location", "w/o a place"). The words from the first to the
 * last of them are one span of the no-venue state; the phrases around it are read as before.
 */
import {
  ABSENT_WORDS,
  CLAUSE_BREAKS,
  NOT_A_VENUE_BEFORE,
  NOT_YET_REACH,
  NOT_YET_WORDS,
  OPEN_WORDS,
  SETTLE_WORDS,
  VENUE_NOUN_WORDS,
  VENUE_REACH,
  VENUE_UNSETTLED_SIGNAL,
  WHERE_COPULAS,
  WHERE_WORD,
} from '../lexicon/venue-words.js';
import { type Reading, readPhrases } from './phrases.js';

interface Span {
  readonly at: number;
  readonly length: number;
}

/** Whether the word at `i` names where an RGM meets. */
function venueNoun(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (w === WHERE_WORD) return WHERE_COPULAS.has(words[i + 1] ?? '') || SETTLE_WORDS.has(words[i - 1] ?? '');
  return VENUE_NOUN_WORDS.has(w) && !NOT_A_VENUE_BEFORE.has(words[i - 1] ?? '');
}

/** The places within `reach` of `from` on both sides, in the same clause, nearest first. */
function around(words: readonly string[], from: number, reach: number): number[] {
  const out: number[] = [];
  for (const step of [-1, 1]) {
    for (let j = from + step; j >= 0 && j < words.length && Math.abs(j - from) <= reach && !CLAUSE_BREAKS.has(words[j]!); j += step) out.push(j);
  }
  return out.sort((a, b) => Math.abs(a - from) - Math.abs(b - from));
}

/** The span of the venue noun at `v` and what says it is unsettled, if anything does. */
function unsettledAt(words: readonly string[], v: number): Span | undefined {
  const near = around(words, v, VENUE_REACH);
  // "venue tbd", "unknown location"; and, said before it, "no venue", "still missing a venue".
  const open = near.find((j) => OPEN_WORDS.has(words[j]!) || (j < v && ABSENT_WORDS.has(words[j]!)));
  let used: number[] | undefined = open === undefined ? undefined : [v, open];
  const settle = near.find((j) => SETTLE_WORDS.has(words[j]!));
  if (!used && settle !== undefined) {
    const markers = around(words, settle, NOT_YET_REACH).filter((j) => NOT_YET_WORDS.has(words[j]!));
    if (markers.length > 0) used = [v, settle, ...markers];
  }
  if (!used) return undefined;
  const at = Math.min(...used);
  return { at, length: Math.max(...used) - at + 1 };
}

/** The first unsettled-venue clause of `words`. */
export function unsettledVenue(words: readonly string[]): Span | undefined {
  for (let v = 0; v < words.length; v++) {
    if (!venueNoun(words, v)) continue;
    const span = unsettledAt(words, v);
    if (span) return span;
  }
  return undefined;
}

/** The phrases of `words` (./phrases.ts), an unsettled-venue clause among them as one span. */
export function readPhrasesWithVenue(words: readonly string[]): Reading {
  const span = unsettledVenue(words);
  if (!span) return readPhrases(words);
  const end = span.at + span.length;
  const before = readPhrases(words.slice(0, span.at));
  const after = readPhrases(words.slice(end), false, end);
  const phrase = words.slice(span.at, end).join(' ');
  return {
    signals: [...before.signals, { phrase, signal: VENUE_UNSETTLED_SIGNAL, at: span.at, length: span.length }, ...after.signals],
    loose: [...before.loose, ...after.loose],
  };
}
