/**
 * What the summary does not hold (rapporteurs, editors, publication…): a question about it is
 * answered so, never read as every text. Used by ./6-ids-asked.ts (first: what the subject asked
 * makes of such a word) and ./12-small-talk.ts.
 *   "who is the q15 rapporteur" → not held rapporteurs · "which texts were not consented" → not held ·
 *   "who presented X.1716" → not held authors · "postponed rgms" → rgm, "postponed" unused
 */
import { AUTHORSHIP_VERBS, textsNotListed, MEETING_WORDS, WHO_WORDS } from '../../words.js';
import { query } from '../build-query.js';
import { MEET_STEM, NOT_HELD, RAPPORTEUR, WHO_OPENERS } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

export function notHeldQuery(s: State): ParseOutcome | undefined {
  const { words, signals, questions } = s;
  const asksWho = words.some((w) => WHO_WORDS.has(w));
  // "who presented X.1716 in the plenary", "who drafted the qkd text": the persons behind a text, never the text.
  const notHeld = s.notHeld ?? (asksWho && words.some((w) => AUTHORSHIP_VERBS.has(w)) ? NOT_HELD.authors : undefined);
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

/**
 * What the subject asked makes of a word the summary does not hold, once the dimensions and exclusions are
 * sorted (they name the subject): "postponed rgms" asks of RGMs, whose changes the summary does not record either —
 * no text was held back, so the word is said back unused; "the agenda of the april meeting" is SG17's own,
 * the texts put up for decision there, which the summary holds (only an RGM's agenda is never recorded).
 */
export function notHeldBySubject(s: State): void {
  if (s.notHeld === NOT_HELD.deferred && s.subjects.includes('rgms')) {
    s.notHeld = undefined;
    s.loose = [...s.loose, ...s.signals.filter(({ signal }) => signal.notHeld === NOT_HELD.deferred).flatMap(({ phrase }) => phrase.split(' '))];
  }
  if (s.notHeld === NOT_HELD.agendas && s.topics.includes('meetings') && !s.subjects.includes('rgms')) s.notHeld = undefined;
}
