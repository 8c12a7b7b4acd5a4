/**
 * 6. `explain …` defines what it names; texts named by id are those texts (only "what the summary
 * does not hold" comes before them). A number the data holds no text of, but that titles name
 * ("which supplements relate to x.1254"), is searched for, never "not found".
 *   "explain last call" → explain last call · "what happened to X.1716" → rec X.1716 · "who edits X.1716" → not held ·
 *   "why was X.1222 not approved" → rec X.1222, and "why" said not answered (./unanswerable.ts) ·
 *   "cut off date for documents for the plenary in april" → not held deadlines ·
 *   "the amendments with an ISO/IEC 9594 equivalent" → rec of the amendments among ISO/IEC 9594's texts
 */
import { NEVER_RECORDED, OUTSIDE_DATA } from '../../words.js';
import { query } from '../build-query.js';
import { NOT_HELD, readingFor } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';
import { discussedAt } from './discussed.js';
import { notHeldBySubject, notHeldQuery } from './not-held.js';
import { unanswerable } from './unanswerable.js';

export function idsAsked(s: State): ParseOutcome | undefined {
  if (s.verbatim === 'define') {
    const asked = s.terms.length ? s.terms : s.afterFirst ? [s.afterFirst.toLowerCase()] : [];
    return asked.length ? query({ ask: 'define', terms: asked }) : { kind: 'command', name: s.firstRaw };
  }
  // "postponed rgms", "the agenda of the april meeting": what the subject makes of a word the summary does not hold.
  notHeldBySubject(s);
  // "which texts got comments in last call", "how many delegates came from korea": what the summary records of
  // nothing it lists is said so, before any list, meeting or text the other words name.
  if (OUTSIDE_DATA.test(s.lower)) s.notHeld = NOT_HELD.elsewhere;
  if (s.notHeld && NEVER_RECORDED.has(s.notHeld)) return query({ ask: 'not-held', notHeld: s.notHeld, questions: s.questions });
  s.filters = s.outcomes.length + s.routes.length + s.kinds.length + s.types.length + s.subjects.length + s.textExclusions;
  const [only] = s.ids;
  if (s.ids.length === 1 && only && !s.notHeld && !s.gazetteer.knows(only) && s.gazetteer.titlesName(only))
    return query({ ask: 'search', words: only }, readingFor.rec(only));
  // "is X.1818 published": the text, whose status the answer gives; publication is for the texts asked at large.
  // "when will X.1058-rev be discussed": a text named only in RGM topics, asked when: those RGMs.
  const discussed = s.ids.length > 0 ? discussedAt(s) : undefined;
  if (discussed) return discussed;
  // "ISO/IEC 9594 equivalents of the amendments", "the new ones among X.508 and X.509": several texts named at
  // once, and the kind of text asked, are the texts of that kind (a single text named is that text, whatever is asked of it).
  // (A document type is no such word: "rec" also names the command, "compare rec X.1818 and TR.5Gsec-bsf".)
  if (s.ids.length > 1 && s.kinds.length > 0) s.ids = s.gazetteer.ofKinds(s.ids, s.kinds);
  // "why was X.1222 not approved": the text, and the part the summary cannot answer said plainly.
  if (s.ids.length > 0)
    return (s.notHeld === NOT_HELD.published ? undefined : notHeldQuery(s)) ?? query({ ask: 'ids', ids: s.ids }, undefined, [], unanswerable(s));
  return undefined;
}
