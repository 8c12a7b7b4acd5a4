/**
 * 12. Greetings and thanks alone; "what's next" (the RGMs still to come, SG17's meetings came
 * close); "what is a rapporteur" (the word, before the person the summary does not name); then
 * what the summary does not hold.
 *   "hi" → greeting · "what's next" → rgm (or meeting) · "who is the q15 rapporteur" → not held rapporteurs
 */
import { NEXT_CUES } from '../../words.js';
import { query } from '../build-query.js';
import { ALTERNATIVES, RAPPORTEUR } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';
import { meaningAsked } from './definitions.js';
import { notHeldQuery } from './not-held.js';

export function smallTalk(s: State): ParseOutcome | undefined {
  const { topics } = s;
  s.bare = !s.questionNamed && !s.time && s.content.length === 0;
  if (s.bare && s.filters === 0 && (topics.includes('greeting') || topics.includes('thanks')) && topics.length === 1) {
    return query({ ask: topics[0] as 'greeting' | 'thanks' });
  }
  if (s.bare && s.signals.length === 0 && s.loose.some((w) => NEXT_CUES.has(w))) return query({ ask: 'rgms' }, ALTERNATIVES.meeting);
  s.definable = !s.time && !s.count && !s.questionNamed;
  if (s.definable && s.terms.includes(RAPPORTEUR) && meaningAsked(s).defines) return query({ ask: 'define', terms: s.terms });
  return notHeldQuery(s);
}
