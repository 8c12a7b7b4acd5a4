/**
 * 17. Help and definitions over what is left; the words left as a search (a name typed without its
 * series, "vctp", is an id the recognisers took: recognisers/ids.ts); a Question alone; nothing at
 * all: not understood, with the nearest commands.
 *   "help" → help · "what does qkd stand for" → explain qkd · "anything about pki?" → search pki
 */
import { ABBREVIATIONS } from '../../../../dataset/abbreviations.js';
import { query } from '../build-query.js';
import { QUESTION_MARK, QUESTION_OPENERS, readingFor } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';
import { nearestCommands } from '../suggestions.js';
import { wordAskedAlone } from './definitions.js';

export function search(s: State): ParseOutcome {
  const { topics, terms, content, questions } = s;
  if (topics.includes('help') && content.length === 0) return query({ ask: 'help' });
  if (terms.length > 0 && content.length === 0 && s.askingMeaning) return query({ ask: 'define', terms });
  // "what does qkd stand for", "what is wtsa": one word the glossary or the abbreviations know; the search came close.
  const defined = s.askingMeaning && s.signals.length === 0 && s.definable ? wordAskedAlone(s.loose, s.opener) : undefined;
  if (defined) return query({ ask: 'define', terms: [defined] }, readingFor.search(defined));
  const searchWords = content.filter((w) => !/^\d$/.test(w));
  if (searchWords.length > 0 && searchable(s, searchWords)) {
    return query({ ask: 'search', words: searchWords.join(' ') }, questions.length === 1 ? readingFor.question(questions[0]!) : undefined);
  }
  if (topics.includes('greeting') || topics.includes('thanks')) return query({ ask: topics.includes('thanks') ? 'thanks' : 'greeting' });
  if (topics.includes('help')) return query({ ask: 'help' });
  if (questions.length > 0) return query({ ask: 'question', questions: [questions[0]!] });
  return { kind: 'unknown', suggestions: nearestCommands(s.words, s.env.commandWords) };
}

/** Words worth a search: a word of the data, an abbreviation the search spells out ("pii"), a name's piece, or a question. */
function searchable(s: State, searchWords: readonly string[]): boolean {
  const { known } = s;
  return (
    known.has(searchWords[0]!) ||
    searchWords.some((w) => known.has(w) || Object.hasOwn(ABBREVIATIONS, w)) ||
    looksLikeAQuestion(s.text, s.words) ||
    searchWords.some((w) => s.gazetteer.names.pieces.has(w))
  );
}

function looksLikeAQuestion(text: string, words: readonly string[]): boolean {
  return text.trim().endsWith(QUESTION_MARK) || QUESTION_OPENERS.has(words[0] ?? '');
}
