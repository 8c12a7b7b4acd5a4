/**
 * Recognisers of Questions in every spelling (Q15, q 15, Q.15, Q15/17, question 15, questions 2
 * and 4, 15/17; a small number after a terse command, `aap 11`), and of bare numbers ("1716": a
 * Recommendation the data knows, unless it is a year). A Question after a negator, or joined to
 * one excluded, is excluded; the excluding words are used (blanked, never said back unused).
 */
import { joined, negatorBefore } from '../../negation.js';
import { QUESTION_NOUNS } from '../../words.js';
import {
  BARE_NUMBER,
  ID_CUES,
  QUESTIONS,
  QUESTION_SLASH,
  SMALL_QUESTION_NUMBER,
  TAKES_QUESTION,
  WORD_BEFORE_NUMBER,
  YEAR,
  spell,
} from '../lexicon/id-words.js';
import { slipOf } from '../tokens.js';
import type { Scan } from './scan.js';

export function recogniseQuestions(s: Scan): void {
  if (!s.digit || !/\d/.test(s.rest)) return;
  const mended = mendQuestionWords(s);
  if (mended || s.low.includes(ID_CUES.question)) namedQuestions(s);
  if (s.low.includes('/'))
    s.rest = s.rest.replace(QUESTION_SLASH, (_all, n: string) => {
      s.questions.push(spell.question(Number(n)));
      return ' ';
    });
  if (TAKES_QUESTION.has(/^\s*(\S*)/.exec(s.low)![1]!)) {
    s.rest = s.rest.replace(SMALL_QUESTION_NUMBER, (_all, n: string) => {
      if (Number(n) >= 1) s.questions.push(spell.question(Number(n)));
      return ' ';
    });
  }
  s.rest = s.rest.replace(BARE_NUMBER, (all, digits: string, at: number) => {
    const known = s.gazetteer.catalog.byDigits.get(String(Number(digits)));
    if (!known && YEAR.test(digits)) return all;
    const only = known?.length === 1 ? known[0]!.latest.item.number : undefined;
    s.found.push({ at, id: only ?? digits });
    return ' '.repeat(all.length);
  });
}

/** "q15", "questions 2 and 4", "except q11", "not q1 or q2". */
function namedQuestions(s: Scan): void {
  const excluded: [number, number][] = [];
  let excludedEnd = -1;
  s.rest = s.rest.replace(QUESTIONS, (all, list: string, at: number, whole: string) => {
    const negator = s.negating ? negatorBefore(whole, at) : null;
    const before = negator ?? (excludedEnd >= 0 && joined(whole.slice(excludedEnd, at)) ? ({ index: excludedEnd } as const) : null);
    excludedEnd = before ? at + all.length : -1;
    if (before) excluded.push([before.index, at]);
    for (const n of list.split(/[^\d/]+/).filter(Boolean)) {
      const q = Number(n.split('/')[0]);
      if (q >= 1 && q <= 99) (before ? s.notQuestions : s.questions).push(spell.question(q));
    }
    return ' ';
  });
  // Blanked after the replace (same length: later places stay put), so "except" is not said back unused.
  for (const [from, to] of excluded) s.blank(from, to);
}

/**
 * "Quesiton 10 texts", "Qeustion 4": a slip of the word Question before a number is that word (the mender of
 * ../tokens.ts reads words, after the Questions are taken). Written back as "q" and spaces, the same length.
 */
function mendQuestionWords(s: Scan): boolean {
  let mended = false;
  s.rest = s.rest.replace(WORD_BEFORE_NUMBER, (all, word: string, gap: string) => {
    if (!slipOf(word.toLowerCase(), QUESTION_NOUNS)) return all;
    mended = true;
    return ID_CUES.question.padEnd(word.length) + gap;
  });
  return mended;
}
