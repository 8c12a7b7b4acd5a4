/**
 * A text the data names only in RGM topics, asked when or where it is discussed (or with RGMs
 * named): the RGMs whose topics name it, from the gazetteer's topic names. Used by ./6-ids-asked.ts.
 *   "when will X.1058-rev be discussed" → rgm about x 1058 rev · "X.1058" → rec X.1058 (what the data says of it)
 */
import { query } from '../build-query.js';
import { DISCUSSION_ASKED } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

export function discussedAt(s: State): ParseOutcome | undefined {
  if (!s.subjects.includes('rgms') && !s.words.some((w) => DISCUSSION_ASKED.has(w))) return undefined;
  const names = s.ids.map((id) => (s.gazetteer.holds(id) ? undefined : s.gazetteer.topicName(id)));
  if (names.length === 0 || names.some((n) => n === undefined)) return undefined;
  return query({ ask: 'rgms', words: names.join(' '), questions: s.questions });
}
