/**
 * The phrase recogniser: the phrases of the words (../../words.ts `PHRASES`), longest first at each
 * place, each a span of a kind (its Signal: an outcome, route, kind, type, subject, topic…), and
 * whether a negator before it excludes it ("not amendments", "other than supplements"). Words no
 * phrase takes are left loose, in order.
 */
import { excludes, PREDICATE_OPENERS, PREFIX_NEGATORS } from '../../negation.js';
import { CONJUNCTIONS, NEGATOR_GAP, NEGATORS, PHRASES, ROUTE_MOVES, type Signal } from '../../words.js';
import { APPROVAL_STEM, NEGATORS_KEEPING_SUBJECT, NOT_ENDING, NOT_WORD } from '../lexicon/parser-words.js';

export interface PhraseSpan {
  readonly phrase: string;
  readonly signal: Signal;
  /** Its place: the index of its first word among the words read, and how many words it spans. */
  readonly at: number;
  readonly length: number;
  /** The phrase follows a word that excludes it. */
  readonly negated?: true;
}

export interface Reading {
  readonly signals: PhraseSpan[];
  /** Words no phrase took, in order (stop words included). */
  readonly loose: string[];
}

let starts: ReadonlySet<string> | undefined;
/**
 * Every proper beginning, in whole words, of a phrase of two words or more ("what", "what can", "what can you").
 * Built on the first question read, not at import: a terse command (`sg17 rec X.1716`) never needs it.
 */
function phraseStarts(): ReadonlySet<string> {
  starts ??= new Set(
    [...PHRASES.keys()].flatMap((p) => {
      const words = p.split(' ');
      return words.slice(1).map((_, n) => words.slice(0, n + 1).join(' '));
    }),
  );
  return starts;
}

/** The longest phrase at `i`: grown word by word only while it begins a longer one (most places look up one word). */
function longestAt(words: readonly string[], i: number, has: (phrase: string) => boolean): { longest: number; found: string } {
  // "went through the tap route", "took the aap process": the verb joins the route phrase after it ("went through" alone stays approved).
  if (ROUTE_MOVES.has(words[i]!) && i + 1 < words.length) {
    const after = longestAt(words, i + 1, has);
    if (after.longest > 1 && PHRASES.get(after.found)?.route) return { longest: after.longest + 1, found: after.found };
  }
  let phrase = words[i]!;
  let longest = has(phrase) ? 1 : 0;
  let found = phrase;
  const phrasesStarting = phraseStarts();
  for (let n = 2; i + n <= words.length && phrasesStarting.has(phrase); n++) {
    phrase = `${phrase} ${words[i + n - 1]!}`;
    if (has(phrase)) {
      longest = n;
      found = phrase;
    }
  }
  return { longest, found };
}

/**
 * The phrases of `words`; `withoutFormats` reads them again with no RGM format ("child online
 * protection" is a title's words). `offset`: the place of `words[0]` among all the words read.
 */
export function readPhrases(words: readonly string[], withoutFormats = false, offset = 0): Reading {
  const signals: PhraseSpan[] = [];
  const loose: string[] = [];
  const has = (phrase: string): boolean => PHRASES.has(phrase) && !(withoutFormats && PHRASES.get(phrase)!.format);
  // A word that excludes what follows ("not", "except", "other than"), kept over a few small words ("except for the").
  let negating = false;
  // The word before was part of a phrase: a loose word after what a negator excluded ends the exclusion.
  let afterPhrase = false;
  let negator = '';
  for (let i = 0; i < words.length; ) {
    const { longest, found } = longestAt(words, i, has);
    // "which were not amendments": the "not" excludes the kind named next, it is no "which were not (approved)".
    const next = PHRASES.get(words[i + longest] ?? '');
    if (longest > 1 && found.endsWith(NOT_ENDING) && !found.includes(APPROVAL_STEM) && (next?.kind || next?.type)) {
      const head = readPhrases(found.split(' ').slice(0, -1), withoutFormats, offset + i);
      signals.push(...head.signals);
      loose.push(...head.loose, NOT_WORD);
      negating = true;
      i += longest;
      continue;
    }
    // "weren't approved or consented": the "not" of a phrase that holds one covers the step joined to it, so it
    // is read as a negator before its step ("not" + "approved"), which the conjunction then carries on.
    const not = longest > 0 && !negating ? distributedNot(words, i, longest, has, signals) : -1;
    if (not >= 0) {
      const head = readPhrases(words.slice(i, not), withoutFormats, offset + i);
      signals.push(...head.signals);
      loose.push(...head.loose, NOT_WORD);
      negating = true;
      negator = NOT_WORD;
      afterPhrase = false;
      i = not + 1;
      continue;
    }
    if (longest === 0) {
      loose.push(words[i]!);
      const starts = NEGATORS.has(words[i]!) && excludes(words, i, signals.length > 0);
      if (starts && (!negating || PREFIX_NEGATORS.has(words[i]!))) negator = words[i]!;
      // "except approved and consented": a conjunction carries the exclusion to a step of the same dimension.
      const carried: boolean = negating && afterPhrase && joinsLike(signals.at(-1), words, i, has);
      negating = starts || carried || (negating && !afterPhrase && NEGATOR_GAP.has(words[i]!));
      afterPhrase = false;
      i++;
      continue;
    }
    const signal = PHRASES.get(found)!;
    // "texts other than recommendations were agreed": a phrase opening on a verb after what was excluded says
    // what those others did, it is not excluded too ("apart from tap approvals" still excludes both).
    if (negating && afterPhrase && PREDICATE_OPENERS.has(found.split(' ')[0]!)) negating = false;
    // What is listed is excluded only by "except", "apart from"…: "not the q1 rgm, the q10 one" still asks for RGMs.
    const kept = signal.subject && NEGATORS_KEEPING_SUBJECT.has(negator);
    signals.push({ phrase: found, signal, at: offset + i, length: longest, ...(negating && !kept ? { negated: true as const } : {}) });
    // Kept over phrases that follow at once: "apart from tap approvals" excludes both (a loose word or
    // the thing listed ends it).
    if (signal.subject || PREFIX_NEGATORS.has(negator)) negating = false;
    afterPhrase = true;
    i += longest;
  }
  return { signals, loose };
}

/** The dimensions a Signal names values of (what a conjunction may join); several steps are the outcome dimension too, a type is a kind's. */
const DIMENSION_KEYS: readonly (keyof Signal)[] = ['outcome', 'outcomes', 'route', 'kind', 'type', 'format', 'flag', 'state'];
// What a text is, its kind or its document type, is one thing a conjunction carries an exclusion over ("except the amendments and the supplements").
const DIMENSION_OF: Partial<Record<keyof Signal, keyof Signal>> = { outcomes: 'outcome', type: 'kind' };
const OUTCOME: keyof Signal = 'outcome';
const dimensionsOf = (signal: Signal): Set<keyof Signal> => new Set(DIMENSION_KEYS.filter((k) => signal[k] !== undefined).map((k) => DIMENSION_OF[k] ?? k));

/** Whether the conjunction at `i` joins to the span before it a phrase of the same dimension ("approved and consented"). */
function joinsLike(before: PhraseSpan | undefined, words: readonly string[], i: number, has: (phrase: string) => boolean): boolean {
  if (!before?.negated || !CONJUNCTIONS.has(words[i]!) || i + 1 >= words.length) return false;
  // "except the amendments and the supplements": over the small words after the conjunction.
  let next = i + 1;
  while (next + 1 < words.length && NEGATOR_GAP.has(words[next]!) && !has(words[next]!)) next++;
  const { longest, found } = longestAt(words, next, has);
  if (longest === 0) return false;
  const after = dimensionsOf(PHRASES.get(found)!);
  return [...dimensionsOf(before.signal)].some((d) => after.has(d));
}

/**
 * Where the "not" of the phrase at `i` stands, when it covers a step joined to the phrase ("were not approved
 * or consented"): the words after it are a step of their own and a conjunction joins another step; else -1.
 */
function distributedNot(words: readonly string[], i: number, longest: number, has: (phrase: string) => boolean, before: readonly PhraseSpan[]): number {
  // "approved or not or determined": a step said with its own negation holds no "not" that reaches further.
  if (PHRASES.get(words.slice(i, i + longest).join(' '))?.eitherWay) return -1;
  const at = words.slice(i, i + longest).indexOf(NOT_WORD);
  const end = i + longest;
  if (at < 0 || !CONJUNCTIONS.has(words[end] ?? '') || end + 1 >= words.length) return -1;
  const step = PHRASES.get(words.slice(i + at + 1, end).join(' '));
  const joined = longestAt(words, end + 1, has);
  if (!step || joined.longest === 0) return -1;
  // "approved, not approved or determined": the step was just asked as it is, so this "not" is its negation, one of a list.
  if (step.outcome && before.some((b) => !b.negated && b.signal.outcome === step.outcome)) return -1;
  const asked = dimensionsOf(step);
  return asked.has(OUTCOME) && dimensionsOf(PHRASES.get(joined.found)!).has(OUTCOME) ? i + at : -1;
}
