/** What a word is, for the parser and the search alike. */
import { fold, normalise } from './normalise.js';

/** A question's words in the parser's normal form (see `normalise`): "What's X.1716?" → what, is, x, 1716. */
export function words(text: string): string[] {
  const t = normalise(text);
  return t === '' ? [] : t.split(' ');
}

/**
 * The pieces of a text as the search indexes them, case kept: every run of letters and digits,
 * an upper-case run before lower case split off ("AIsec" → "AIsec", "AI", "sec"), and a word of
 * several pieces joined as well ("X.sreai-ec" → "X", "sreai", "ec", "Xsreaiec"; "X.1716" → "X", "1716", "X1716").
 */
export function tokenise(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).split(/\s+/)) {
    const pieces = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const piece of pieces) {
      out.push(piece);
      const parts = piece.split(/(?<=[A-Z]{2})(?=[a-z])|(?<=[a-z])(?=[A-Z])/);
      if (parts.length > 1) out.push(...parts);
    }
    if (pieces.length > 1) out.push(pieces.join(''));
  }
  return out;
}

/** A text's search terms, in order: tokens lower-cased and plural-stemmed, single letters dropped ("X.1716" → x1716, 1716). */
export function termsOf(text: string): string[] {
  return tokenise(text)
    .filter((t) => t.length >= 2)
    .map((t) => stem(t.toLowerCase()));
}

/** A light English plural stemmer: "metaverses" → "metaverse", "policies" → "policy"; numbers and short words unchanged. */
export function stem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (term.endsWith('s') && !/(ss|us|is|ics)$/.test(term)) return term.slice(0, -1);
  return term;
}

/** The first index of sorted `list` whose word is not below `key` (a binary search). */
export function firstAtLeast(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
