/**
 * 2. Identifier spans are recognised (ids, acronyms, TDs, ISO numbers, Questions, a meeting id);
 * a terse `rec …` names its texts, or is read as free text when it holds only table words, or
 * leads to a topic (the kind it names, searched within), or names no text but words of the data.
 *   "rec X.1716" → rec X.1716 · "rec foo" → rec foo · "recommendation approved" → read on ·
 *   "rec on vehicular edge computing" → texts rec about vehicular edge computing ·
 *   "recommendation for smart cities" → texts rec about smart cities ·
 *   "consented texts except the Q11 amendments" → aap not (Q11 amd) (a combination left out)
 */
import { normalise as normalize } from '../../../../text/index.js';
import { PHRASES, STOPWORDS } from '../../words.js';
import { query } from '../build-query.js';
import { IDS_LEAD, NAME_CHARACTERS, TOPIC_LEAD } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import { doubleNegation, excludedGroups, holdsNegator } from '../recognisers/excluded-groups.js';
import { nearestCommands } from '../suggestions.js';
import { mayNegate } from '../../negation.js';
import { recogniseIds } from '../recognisers/index.js';
import type { State } from '../state.js';

export function namedIds(s: State): ParseOutcome | undefined {
  // Most questions hold no negator: one look decides before either reading of negators runs.
  const negating = mayNegate(s.text) && holdsNegator(s.text);
  // "not without ISO equivalents": two negations are not read; one would answer the opposite set.
  if (negating && doubleNegation(s.text)) return { kind: 'unknown', suggestions: nearestCommands([], s.env.commandWords) };
  // "except the Q11 amendments": a combination left out is taken first, so no recogniser reads its values again.
  const groups = negating ? excludedGroups(s.text) : undefined;
  s.setIds(recogniseIds(groups?.rest ?? s.text, s.gazetteer));
  if (groups) s.excludeGroups(groups);
  if (s.verbatim !== 'ids') return undefined;
  if (s.ids.length) return query({ ask: 'ids', ids: s.ids });
  if (TOPIC_LEAD.test(s.afterFirst)) return undefined;
  const words = s.afterFirst.replace(IDS_LEAD, '');
  if (!words) return { kind: 'command', name: s.firstRaw };
  // "recommendation approved", "rec consented": no text named, only words of the tables; read as free text.
  const tableWordsOnly = normalize(words)
    .split(' ')
    .every((w) => PHRASES.has(w) || STOPWORDS.has(w));
  return tableWordsOnly || topicOnly(s, words) ? undefined : query({ ask: 'ids', ids: [words] });
}

/**
 * "rec for payment security", "recommendation for smart cities": nothing a name is spelled with, and
 * words of the data (a typo or an unknown name, "rec foo", is still looked up and said not found; a name of
 * words, "rec Security Manual", is the text): a topic.
 */
function topicOnly(s: State, words: string): boolean {
  if (NAME_CHARACTERS.test(words) || s.gazetteer.holds(words)) return false;
  const content = s.contentOf(normalize(words).split(' '));
  return content.length > 0 && content.every((w) => s.known.has(w) || PHRASES.has(w));
}
