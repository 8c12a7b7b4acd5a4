/**
 * 7. The content words: neither a phrase, nor a stop word, nor a negator used. A topic word after
 * an excluding word is excluded ("approved texts not about 5g": items whose title holds it are
 * left out), never searched for; the negator reaches over a topic's own noun ("apart from CG-COP")
 * and on over a conjunction ("not about quantum or 5g").
 *   "texts about quantum not 5g" → words quantum, not words 5g · "cgs except CG-RES and CG-COP" → not words res, cop
 */
import { TOPIC_PREPOSITIONS, excludes } from '../../negation.js';
import { CONJUNCTIONS, FREQUENCY_WORDS, NEGATOR_GAP, NEGATORS, QUESTION_MEETS } from '../../words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

export function contentWords(s: State): ParseOutcome | undefined {
  s.count = s.topics.includes('count');
  // A negator that excluded a kind or type was used ("except amendments"): not said back as unused.
  s.negationUsed ||=
    s.notKinds.length + s.notTypes.length + s.notRoutes.length + s.notOutcomes.length + s.notFormats.length + s.notFlags.length > 0 ||
    s.subjectExcluded ||
    (s.not.windows?.length ?? 0) > 0;
  s.content = s.contentOf(s.loose);
  // "which q meets most often", "the most times": how often is the count per Question, and a Question's meeting its RGMs; no topic.
  if (s.perQuestion) s.content = s.content.filter((w) => !FREQUENCY_WORDS.has(w) && !(s.subjects.includes('rgms') && QUESTION_MEETS.has(w)));
  const { words } = s;
  const named = topicNouns(s);
  const gap = (j: number): number => {
    while (j < words.length && (NEGATOR_GAP.has(words[j]!) || TOPIC_PREPOSITIONS.has(words[j]!) || named.has(j))) j++;
    return j;
  };
  const takeable = (w: string): boolean => s.content.includes(w) && s.known.has(w) && !s.places.venueWords.has(w);
  for (let i = 0; i < words.length; i++) {
    if (!NEGATORS.has(words[i]!) || !excludes(words, i, true)) continue;
    // "not about quantum or 5g", "cgs except CG-RES and CG-COP", "cgs other than the ai security one": each value
    // its words in a row, a conjunction (over the small words and the topic's own noun) starting the next.
    const values: string[][] = [[]];
    for (let j = gap(i + 1); j < words.length; ) {
      const w = words[j]!;
      if (takeable(w)) values.at(-1)!.push(w);
      else if (CONJUNCTIONS.has(w) && values.at(-1)!.length > 0) values.push([]);
      else break;
      j = takeable(w) ? j + 1 : gap(j + 1);
    }
    const taken = values.filter((v) => v.length > 0);
    if (!taken.length) continue;
    // The words taken, and the negator that took them, are used: never said back unused.
    s.content = s.content.filter((c) => !taken.some((v) => v.includes(c)) && c !== words[i]);
    s.not.words = [...(s.not.words ?? []), ...taken.map((v) => v.join(' '))];
  }
  s.norm = words.join(' ');
  s.window = s.time ? { from: s.time.from, to: s.time.to } : {};
  return undefined;
}

/**
 * The places of the words that name a topic ("cgs apart from CG-COP": the "cg" of the group's own
 * name): a negator reaches over them to the word that says which one.
 */
function topicNouns(s: State): Set<number> {
  const at = new Set<number>();
  for (const span of s.signals) if (span.signal.topic) for (let k = 0; k < span.length; k++) at.add(span.at + k);
  return at;
}
