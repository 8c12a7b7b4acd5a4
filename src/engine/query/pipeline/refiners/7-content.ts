/**
 * 7. The content words: neither a phrase, nor a stop word, nor a negator used. A topic word after
 * an excluding word is excluded ("approved texts not about 5g": items whose title holds it are
 * left out), never searched for.
 *   "texts about quantum not 5g" → words quantum, not words 5g
 */
import { TOPIC_PREPOSITIONS, excludes } from '../../negation.js';
import { NEGATOR_GAP, NEGATORS } from '../../words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

export function contentWords(s: State): ParseOutcome | undefined {
  s.count = s.topics.includes('count');
  // A negator that excluded a kind or type was used ("except amendments"): not said back as unused.
  s.negationUsed =
    s.notKinds.length + s.notTypes.length + s.notRoutes.length + s.notOutcomes.length + s.notFormats.length + s.notFlags.length > 0 || s.subjectExcluded;
  s.content = s.contentOf(s.loose);
  const { words } = s;
  for (let i = 0; i < words.length; i++) {
    if (!NEGATORS.has(words[i]!) || !excludes(words, i, true)) continue;
    let j = i + 1;
    while (j < words.length && (NEGATOR_GAP.has(words[j]!) || TOPIC_PREPOSITIONS.has(words[j]!))) j++;
    const w = words[j];
    if (w && s.content.includes(w) && s.known.has(w) && !s.places.venueWords.has(w)) {
      s.content = s.content.filter((c) => c !== w);
      s.not.words = [...(s.not.words ?? []), w];
    }
  }
  s.norm = words.join(' ');
  s.window = s.time ? { from: s.time.from, to: s.time.to } : {};
  return undefined;
}
