/**
 * 1. A command typed first: `search …` takes the rest as it is (before chat markup is looked for,
 * and again after a mention: "<@U123> search pki"); a channel setting keeps its own parser.
 *   "search for pki" → search pki · "<@U1> search x.509" → search x.509 · "follow q15" → command follow
 */
import { SETTING_COMMANDS } from '../../words.js';
import { query } from '../build-query.js';
import { SEARCH_LEAD, VERBATIM } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';
import { firstWordOf, withoutChatMarkup } from '../tokens.js';

export function typedCommand(s: State): ParseOutcome | undefined {
  const typedFirst = firstWordOf(s.typed);
  if (VERBATIM[typedFirst] === 'search') {
    const words = s.typed.trim().slice(typedFirst.length).trim().replace(SEARCH_LEAD, '');
    return words ? query({ ask: 'search', words }) : { kind: 'command', name: typedFirst };
  }
  s.text = withoutChatMarkup(s.typed);
  s.firstRaw = s.text === s.typed ? typedFirst : firstWordOf(s.text);
  s.afterFirst = s.text.trim().slice(s.firstRaw.length).trim();
  if (SETTING_COMMANDS.has(s.firstRaw)) return { kind: 'command', name: s.firstRaw };
  s.verbatim = VERBATIM[s.firstRaw];
  if (s.verbatim === 'search') {
    const words = s.afterFirst.replace(SEARCH_LEAD, '');
    return words ? query({ ask: 'search', words }) : { kind: 'command', name: s.firstRaw };
  }
  return undefined;
}
