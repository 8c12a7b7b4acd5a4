/**
 * The place recogniser: another name of a place ("south korea" → seoul, longest alias first), or
 * the word after "in"/"at" that is nothing else ("rgms in geneva": the answer says the data holds
 * none there). Aliases are ../../words.ts `PLACE_ALIASES`; the data's own places are the gazetteer's.
 */
import { NOT_PLACES, PLACE_ALIASES, PLACE_WORDS } from '../../words.js';
import { ARTICLE } from '../lexicon/parser-words.js';

/** The place after "in"/"at" ("rgms in Paris"): another name of one, or a word that is nothing else. */
export function placeNamed(words: readonly string[], content: readonly string[], known: ReadonlySet<string>): string | undefined {
  return placesNamed(words, content, known)[0];
}

/** Every place after "in"/"at", in the order said ("not in geneva not in seoul"). */
export function placesNamed(words: readonly string[], content: readonly string[], known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!PLACE_WORDS.has(words[i]!)) continue;
    // "in the uk": the article is no place; "us" is a stop word, so an alias is asked first.
    const w = words[i + 1] === ARTICLE ? (words[i + 2] ?? '') : words[i + 1]!;
    const alias = PLACE_ALIASES.get(w);
    if (alias) out.push(alias);
    else if (w.length > 2 && !/\d/.test(w) && content.includes(w) && !known.has(w) && !NOT_PLACES.has(w)) out.push(w);
  }
  return out;
}

/** Alias phrases, longest first, so "south korea" is taken whole rather than as "korea". */
let aliasesLongestFirst: readonly string[] | undefined;

/** The place an alias in `norm` names ("south korea" → seoul), and the alias's words. */
export function placeAlias(norm: string): { place: string; words: readonly string[] } | undefined {
  aliasesLongestFirst ??= [...PLACE_ALIASES.keys()].sort((a, b) => b.length - a.length);
  const padded = ` ${norm} `;
  const phrase = aliasesLongestFirst.find((p) => padded.includes(` ${p} `));
  return phrase ? { place: PLACE_ALIASES.get(phrase)!, words: phrase.split(' ') } : undefined;
}
