/**
 * Whether a question asks what its glossary terms mean ("what is last call", "aap vs tap"), the
 * opening that says so, and the one word of a "what is …" question the glossary or the
 * abbreviations know. Used by ./12-small-talk.ts, ./13-define.ts and ./17-search.ts.
 */
import { ABBREVIATIONS } from '../../../../dataset/abbreviations.js';
import { findTerm } from '../../../commands/explain.js';
import { DEFINE_FILLER, DEFINE_OPENERS, LIST_CUES, STOPWORDS } from '../../words.js';
import { COMPARISON_ASKED, LISTING_OPENER, MEANING_ASKED } from '../lexicon/parser-words.js';
import type { State } from '../state.js';

export function meaningAsked(s: State): { opener: string | undefined; askingMeaning: boolean; defines: boolean } {
  const { norm, terms, loose, signals, listCue } = s;
  const opener = DEFINE_OPENERS.find((o) => norm.startsWith(o) && (norm.length === o.length || norm[o.length] === ' '));
  const askingMeaning = opener !== undefined || MEANING_ASKED.test(norm) || (terms.length >= 2 && COMPARISON_ASKED.test(norm));
  const onlyTerms =
    terms.length > 0 &&
    !listCue &&
    // "what are the new work items", "what are the rgms": those items (a comparison of terms still defines).
    !(opener === LISTING_OPENER && terms.length === 1) &&
    loose.every((w) => DEFINE_FILLER.has(w) || (STOPWORDS.has(w) && !LIST_CUES.has(w)) || (opener?.split(' ').includes(w) ?? false)) &&
    signals.every(({ signal }) => signal.term !== undefined || signal.topic === 'count');
  return { opener, askingMeaning, defines: askingMeaning && onlyTerms };
}

/** The one word of a "what is …" question, if the glossary or the abbreviations table knows it ("its" too: a stop word elsewhere). */
export function wordAskedAlone(loose: readonly string[], opener: string | undefined): string | undefined {
  const openerWords = opener?.split(' ') ?? [];
  const left = loose.filter((w) => !DEFINE_FILLER.has(w) && !openerWords.includes(w));
  if (left.length !== 1) return undefined;
  const word = left[0]!;
  return Object.hasOwn(ABBREVIATIONS, word) || findTerm(word) ? word : undefined;
}
