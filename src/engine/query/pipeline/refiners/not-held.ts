/**
 * What the summary does not hold (rapporteurs, editors, publication…): a question about it is
 * answered so, never read as every text. Used by ./6-ids-asked.ts and ./11-small-talk.ts.
 *   "who is the q15 rapporteur" → not held rapporteurs · "which texts were not consented" → not held
 */
import { textsNotListed, MEETING_WORDS, WHO_WORDS } from '../../words.js';
import { query } from '../build-query.js';
import { MEET_STEM, NOT_HELD, RAPPORTEUR, WHO_OPENERS } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

export function notHeldQuery(s: State): ParseOutcome | undefined {
  const { words, signals, notHeld, questions } = s;
  const asksWho = words.some((w) => WHO_WORDS.has(w));
  // Who proposed texts ("how many recs did china contribute") is asked of texts: said so, never every text counted.
  if (notHeld && (asksWho || WHO_OPENERS.has(words[0] ?? '') || s.filters === 0 || textsNotListed(notHeld) || notHeld === NOT_HELD.authors))
    return query({ ask: 'not-held', notHeld, questions });
  // "who is the Q15 rapporteur", "q15 rapporteur?": the person. "rapporteur" alone (not "rapporteur
  // meeting", not "rapporteurs") with nothing about meetings or time asks for the person too.
  const rgmPhrases = signals.filter(({ signal }) => signal.subject === 'rgms');
  const personOnly = rgmPhrases.length > 0 && rgmPhrases.every(({ phrase }) => phrase === RAPPORTEUR) && !s.time && !words.some((w) => MEETING_WORDS.has(w));
  if ((asksWho || personOnly) && signals.some(({ phrase }) => phrase.startsWith(RAPPORTEUR)) && !words.some((w) => w.startsWith(MEET_STEM))) {
    return query({ ask: 'not-held', notHeld: NOT_HELD.rapporteurs, questions });
  }
  return undefined;
}
