/**
 * 3. Time spans (a window, "the April meeting", "this meeting") are taken out, the words left are
 * tokenised (typos mended), and the phrase spans read from them (a venue not yet settled, said as a
 * clause in either order, one span: recognisers/venue-state.ts). Slips of time words are mended
 * before the window is read, slips of places with the other words; the Timing column's month is a value, not a window; the data itself named ("in the data") is no topic.
 *   "rgms in march" → window March · "aproved texts" → approved texts · "rgms in januray" → window January · "stokholm rgms" → rgm in stockholm · "texts timed for 2024-03" → texts timing 2024-03 ·
 *   "rgms where nobody has decided the location" → rgm no-venue
 */
import type { ParseOutcome } from '../outcome.js';
import { recogniseTime } from '../recognisers/time.js';
import { readPhrasesWithVenue } from '../recognisers/venue-state.js';
import type { State } from '../state.js';
import { NO_TIMING, TIMING_ASKED } from '../../time-words.js';
import { READ } from '../../reading-words.js';
import { DATA_ITSELF } from '../lexicon/parser-words.js';
import { cut, mendTimeWords, wordsOf } from '../tokens.js';

export function readWords(s: State): ParseOutcome | undefined {
  s.lower = mendTimeWords(s.rest.toLowerCase(), s.gazetteer);
  // The Timing column's month is a value of that column, read before any window ("timing 2023-09").
  const timing = TIMING_ASKED.exec(s.lower);
  if (timing) {
    s.timing = timing[1];
    s.lower = cut(s.lower, timing[0]);
  }
  const noTiming = NO_TIMING.exec(s.lower);
  if (noTiming) {
    s.timing = READ.none;
    s.lower = cut(s.lower, noTiming[0]);
  }
  // "rgms in the data": the whole data, no topic "data".
  const itself = DATA_ITSELF.exec(s.lower);
  if (itself) {
    s.wholeData = true;
    s.lower = cut(s.lower, itself[0]);
  }
  const t = recogniseTime(s.lower, s.env.now, s.env.catalog);
  s.asked = t.asked;
  s.time = t.time;
  s.timeNotApplied = t.timeNotApplied;
  s.timesLeftOut = t.leftOut;
  s.current = t.current;
  s.words = wordsOf(t.remaining, s.gazetteer, s.env.commandWords);
  ({ signals: s.signals, loose: s.loose } = readPhrasesWithVenue(s.words));
  return undefined;
}
