/**
 * The negation rule, in one place: which words exclude (the one lexicon, words.ts `NEGATION`), when
 * a negator does exclude (`excludes`: not in a question asked the other way round, not a "but" that
 * joins), and what it covers — the value that follows, over small words (`NEGATOR_GAP`), and what is
 * joined to that value by a conjunction (`joined`: "except Q3 and Q1", "not in Paris or Stockholm").
 * The patterns for an excluded Question, id, place or time window are built from the lexicon here.
 */
import {
  ASKED_OF,
  AUXILIARIES,
  CONJUNCTIONS,
  LEAD_INS,
  NEGATION,
  NEGATION_BEFORE_PLACE,
  NEGATION_BEFORE_QUESTION,
  PLACE_ALIASES,
  PLACE_WORDS,
} from './words.js';
import {
  ARTICLE,
  BEFORE_PLACE_GAP,
  BEFORE_QUESTION_GAP,
  BEFORE_TIME_GAP,
  BUT,
  CONTRACTED_NEGATION,
  CONTRACTED_VERBS,
  contracted,
  ENDING_FROM,
  EXCLUDED_CALLED,
  HYPHEN,
  NO,
  NOT,
  NOT_OR_NON,
  NOTHING_WORDS,
  ONLY_WORDS,
  PLACE_VERBS,
  PREDICATE_VERBS,
  PREFIX_NEGATORS,
  TOPIC_PREPOSITIONS,
} from './negation-words.js';

export { PLACE_VERBS, PREFIX_NEGATORS, TOPIC_PREPOSITIONS };

/** Other names of places, longest first ("south korea" before "korea"). */
const ALIASES_LONGEST_FIRST: readonly string[] = [...PLACE_ALIASES.keys()].sort((x, y) => y.length - x.length);

/** A place excluded ("not in paris", "outside europe", "except stockholm"): the place word. */
const NOT_AT_PLACE = new RegExp(`\\b(?:${alternation([...NEGATION, ...NEGATION_BEFORE_PLACE])})\\s+${BEFORE_PLACE_GAP}([a-z]+)`);

/** Words right before a time window that exclude it ("not in january", "except next week", "other than in 2025"). */
export const NOT_BEFORE_TIME = new RegExp(`\\b(?:${alternation([...NEGATION, ...NEGATION_BEFORE_PLACE])})(?:\\s+(?:${BEFORE_TIME_GAP}))*\\s*$`);
/**
 * A negator whose last word is "from" ("apart from", "aside from", "away from"): the "from" is the
 * negator's, never the open start of a window ("rgms apart from march" leaves March out).
 */
export const NEGATOR_ENDING_IN_FROM = new RegExp(`\\b(?:${alternation([...NEGATION, ...NEGATION_BEFORE_PLACE].filter((p) => p.endsWith(ENDING_FROM)))})\\s*$`);
/** Phrases of the negation lexicon as one regular-expression alternation, longest first. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|');
}

/** Words right before a Question that exclude it ("all but q11", "other than q2", "not from q11", "except those from q2"). */
export const EXCLUDING_BEFORE = new RegExp(
  `\\b(?:${alternation([...NEGATION, ...NEGATION_BEFORE_QUESTION])}|${CONTRACTED_NEGATION})(?:\\s+(?:${BEFORE_QUESTION_GAP}))*\\s*${HYPHEN}\\s*$`,
  'i',
);

/** Every word of the negation phrases, and the contracted verbs that exclude ("isn't from"), typed with or without the apostrophe. */
const NEGATION_WORDS: ReadonlySet<string> = new Set([
  ...[...NEGATION, ...NEGATION_BEFORE_QUESTION].flatMap((p) => p.split(' ')).map((w) => w.replace('’', "'")),
  ...CONTRACTED_VERBS.flatMap(contracted),
]);
const NOT_A_LETTER = /[^a-z'’]+/;

/** The longest a negation phrase and the small words after it can be ("without counting for the "). */
const NEGATOR_REACH = 40;

/** Whether the text holds any word of the negation lexicon (one pass; most questions hold none). */
export function mayNegate(text: string): boolean {
  return text
    .toLowerCase()
    .split(NOT_A_LETTER)
    .some((w) => NEGATION_WORDS.has(w));
}

/** Where the negator that excludes what stands at `at` begins (an index into `text`), or null: only the last words before it are read. */
export function negatorBefore(text: string, at: number): { readonly index: number } | null {
  const from = Math.max(0, at - NEGATOR_REACH);
  const tail = text.slice(from, at);
  // Most ids and Questions follow no negator: a set lookup per word decides before the pattern runs.
  if (
    !tail
      .toLowerCase()
      .split(NOT_A_LETTER)
      .some((w) => NEGATION_WORDS.has(w))
  )
    return null;
  const m = EXCLUDING_BEFORE.exec(tail);
  return m ? { index: from + m.index } : null;
}

/**
 * What may join two things a negator covers: "Q3's and Q1's", "paris or stockholm", "q1, q2", and what
 * the excluded items are called around the conjunction ("the q13 one and the q10 one", "q2's texts or q4's").
 */
const CALLED = `(?:${EXCLUDED_CALLED.join('|')})`;
const JOINED = new RegExp(`^\\s*(?:['’]s)?\\s*(?:(?:${CALLED}\\s*)*(?:,|&|\\b(?:${[...CONJUNCTIONS].join('|')})\\b)(?:\\s+${CALLED})*)?\\s*$`, 'i');
export function joined(between: string): boolean {
  return JOINED.test(between);
}

const TIME_GAP_WORDS = new RegExp(`\\b(?:${BEFORE_TIME_GAP})\\b`, 'g');
/** What may join a window left out to the next ("not in january and in june", "except march, or may"). */
export function joinedWindow(between: string): boolean {
  const rest = between.replace(TIME_GAP_WORDS, ' ');
  // A conjunction or a comma itself: two windows side by side are one asked, one left out ("not march 2025 2025").
  return joined(rest) && (/[,&]/.test(rest) || rest.split(NOT_A_LETTER).some((w) => CONJUNCTIONS.has(w)));
}

/** Every place a negator excludes ("not in paris", "outside europe", "not in paris or stockholm"), as the venues name them. */
export function placesExcluded(norm: string, venues: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of norm.matchAll(NOT_AT_PLACES)) {
    // "not in south korea": another name of a place, of one word or more, from the word excluded on.
    const from = m.index + m[0].length - m[1]!.length;
    const phrase = ALIASES_LONGEST_FIRST.find((p) => norm.startsWith(p, from) && !/\w/.test(norm[from + p.length] ?? '')) ?? m[1]!;
    const name = PLACE_ALIASES.get(phrase) ?? phrase;
    if (venues.has(name)) out.push(...placesJoined(norm.slice(from + phrase.length).split(' '), venues, name));
  }
  return [...new Set(out)];
}
const NOT_AT_PLACES = new RegExp(NOT_AT_PLACE.source, 'g');

/** The place a negator excluded and those joined to it ("not in paris or stockholm"): the words after it, over conjunctions and "in"/"at". */
function placesJoined(after: readonly string[], venues: ReadonlySet<string>, first: string): string[] {
  const out = [first];
  for (const w of after) {
    if (CONJUNCTIONS.has(w) || PLACE_WORDS.has(w) || w === ARTICLE || w === '') continue;
    if (!venues.has(w)) break;
    out.push(w);
  }
  return out;
}

/** Verbs a phrase of what texts did may open on ("were agreed", "got approved", "going to lc"). */
export const PREDICATE_OPENERS: ReadonlySet<string> = new Set([...AUXILIARIES, ...PREDICATE_VERBS]);

/**
 * Whether the negator at `i` excludes what follows. Not in a question asked the other way round
 * ("aren't the amendments consented?": the amendments consented, never the other texts not consented),
 * nor "but" that joins ("but are the amendments in last call") or means "only" ("nothing but amendments").
 */
export function excludes(words: readonly string[], i: number, saidBefore: boolean): boolean {
  const w = words[i]!;
  // "approved, not just consented": the step named after is excluded (the one before is asked); "not just
  // amendments but also new texts" asks for both, so it only excludes after something asked.
  if (w === NOT && ONLY_WORDS.has(words[i + 1] ?? '')) return saidBefore;
  // "no new recs?": a "no" opening the question asks whether there are any (or is an aside, "no, i meant …").
  if (w === NO && i === 0) return false;
  if (w === NOT && i > 0 && AUXILIARIES.has(words[i - 1]!) && ASKED_OF.has(words[i + 1] ?? '')) {
    return !words.slice(0, i - 1).every((x) => LEAD_INS.has(x));
  }
  // "not amendments but new texts", "not approved but consented": after a "not", "but" names what is asked instead;
  // one that opens the question joins ("not q1 but q3 rgms" once "not q1" is taken: "but rgms").
  if (w === BUT) return i > 0 && !AUXILIARIES.has(words[i + 1] ?? '') && !NOTHING_WORDS.has(words[i - 1]!) && !words.slice(0, i).some((x) => NOT_OR_NON.has(x));
  return true;
}
