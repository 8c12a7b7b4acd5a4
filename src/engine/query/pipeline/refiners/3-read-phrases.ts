/**
 * 3. Time spans (a window, "the April meeting", "this meeting") are taken out, the words left are
 * tokenised (typos mended), and the phrase spans read from them.
 *   "rgms in march" → window March · "aproved texts" → approved texts
 */
import type { ParseOutcome } from '../outcome.js';
import { readPhrases } from '../recognisers/phrases.js';
import { recogniseTime } from '../recognisers/time.js';
import type { State } from '../state.js';
import { wordsOf } from '../tokens.js';

export function readWords(s: State): ParseOutcome | undefined {
  s.lower = s.rest.toLowerCase();
  const t = recogniseTime(s.lower, s.env.now, s.env.catalog);
  s.asked = t.asked;
  s.time = t.time;
  s.timeNotApplied = t.timeNotApplied;
  s.timesLeftOut = t.leftOut;
  s.current = t.current;
  s.words = wordsOf(t.remaining, s.gazetteer, s.env.commandWords);
  ({ signals: s.signals, loose: s.loose } = readPhrases(s.words));
  return undefined;
}
