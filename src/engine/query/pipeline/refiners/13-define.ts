/**
 * 13. "What is …" over nothing but glossary terms: definitions, the list they name came close.
 *   "what is last call" → explain last call (alternative aap) · "what is a cg" → explain cg (alternative cg)
 */
import { listQuery, query } from '../build-query.js';
import { ALTERNATIVES } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import { readingOf } from '../../reading.js';
import type { State } from '../state.js';
import { meaningAsked } from './definitions.js';

export function define(s: State): ParseOutcome | undefined {
  const { opener, askingMeaning, defines } = meaningAsked(s);
  s.opener = opener;
  s.askingMeaning = askingMeaning;
  if (!defines || !s.definable) return undefined;
  const { outcomes, routes, kinds, types, subjects, questions, window, count, terms } = s;
  const listed = listQuery({ outcomes, routes, kinds, types, subjects, questions, window, count, words: undefined });
  const close = listed ? readingOf(listed) : s.topics.includes('groups') ? ALTERNATIVES.groups : undefined;
  return query({ ask: 'define', terms }, terms.length === 1 ? close : undefined);
}
