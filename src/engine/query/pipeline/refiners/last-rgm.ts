/**
 * The last of the RGMs asked, when one RGM is named with a word for the last of them. Used by ./15-list.ts and
 * ./16-topics.ts ("when was the last Q3 meeting").
 *   "the last rgm before the april plenary" → the last of that window · "when was the last q3 rgm" → the last Q3
 *   RGM until yesterday · "the final q1 rgm", "the last rgm of the study period" → the final one the data plans
 */
import { utcDay } from '../../../format-dates.js';
import type { Query } from '../../model.js';
import { DAY_MS } from '../../time-days.js';
import { FINAL_WORDS, LAST_HELD, LAST_OF_WINDOW, ONE_MEETING, ONE_RGM } from '../../words.js';
import { FINAL_OF } from '../lexicon/parser-words.js';
import type { State } from '../state.js';

/**
 * One RGM named with a word for the last of them: in a window, the last of it ("the last rgm before the april
 * plenary", "the last upcoming rgm"); without one, the final one the data plans ("the final q1 rgm", "the last rgm
 * of the study period"), or else the last already held ("when was the last q3 rgm", "the most recent rgm").
 */
export function lastOne(s: State, listed: Query): Query {
  const said = (words: ReadonlySet<string>): boolean => s.words.some((w) => words.has(w));
  const rgmPhrases = s.signals.filter(({ signal }) => signal.subject === 'rgms');
  const one = rgmPhrases.length ? rgmPhrases.every(({ phrase }) => ONE_RGM.has(phrase)) : s.questionNamed && said(ONE_MEETING);
  if (!one) return listed;
  // "the most recent rgm": the window until yesterday the past cue gave (./10-past.ts), as a window said.
  if (listed.from || listed.to) return said(LAST_OF_WINDOW) || (!s.time && said(LAST_HELD)) ? { ...listed, last: true } : listed;
  if (s.time) return listed;
  if (said(FINAL_WORDS) || (said(LAST_OF_WINDOW) && (s.wholeData || FINAL_OF.test(s.norm)))) return { ...listed, last: true };
  return said(LAST_HELD) ? { ...listed, to: utcDay(new Date(s.env.now.getTime() - DAY_MS)), last: true } : listed;
}
