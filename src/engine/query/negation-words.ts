/**
 * The negation rule's own small words, as data (the negators themselves are ./words.ts `NEGATION`):
 * what may stand between a negator and what it excludes, the contracted verbs that exclude
 * ("isn't from"), and the words `excludes` weighs ("not just", "nothing but"). ./negation.ts
 * builds its patterns from these; it names no word itself.
 */

/**
 * What the excluded items may be called between a negator and what names them, whatever the
 * dimension: "except the ones from q2", "apart from those in 2024", "except the one in stockholm",
 * "other than the texts of q11", "excluding the rgms that are in paris".
 */
export const EXCLUDED_CALLED: readonly string[] = [
  'the',
  'those',
  'these',
  'one',
  'ones',
  'any',
  'that',
  'which',
  'are',
  'were',
  'is',
  'was',
  'held',
  'texts',
  'items',
  'recs',
  'recommendations',
  'rgms',
  'meetings',
];
const called = EXCLUDED_CALLED.join('|');
/** Between a negator and the place it excludes ("not in paris", "outside the uk", "except the one in stockholm"): a regular-expression piece. */
/** How RGMs meet at a place, between a negator and it ("not taking place in paris", "do not meet in stockholm", "not hosted in geneva"). */
export const PLACE_VERBS: readonly string[] = ['in', 'at', 'taking', 'takes', 'take', 'place', 'happening', 'meet', 'meeting', 'meets', 'located', 'hosted'];
export const BEFORE_PLACE_GAP = `(?:(?:${PLACE_VERBS.join('|')}|${called})\\s+)*`;
/** Between a negator and the time window it excludes ("not in january", "except for next week", "apart from those in 2024"). */
export const BEFORE_TIME_GAP = `for|from|in|on|during|of|${called}`;
/**
 * Between a negator and the Question it excludes: prepositions, and what the excluded items are called
 * ("not from q11", "other than the q2", "except those from q2", "other than the texts of q11").
 */
export const BEFORE_QUESTION_GAP = `for|from|in|of|by|belong|belonging|to|${called}`;
/** The last word of a negator that is never a window's open start ("apart from march"). */
export const ENDING_FROM = ' from';
/** A negator joined to what it excludes by a hyphen ("non-q11", "non-x.1716"): a regular-expression piece. */
export const HYPHEN = '-?';
/** Verbs whose contraction excludes the Question after it ("isn't from q11", "weren't in q2", "don't belong to q11"). */
export const CONTRACTED_VERBS: readonly string[] = ['is', 'are', 'was', 'were', 'do', 'does', 'did'];
/** What follows a contracted verb that excludes. */
export const AFTER_CONTRACTED = 'from|for|of|by|in|belong|belongs|come|comes';
/** A contracted verb's spellings, with or without the apostrophe. */
export const contracted = (verb: string): string[] => [`${verb}n't`, `${verb}nt`, `${verb}n’t`];
/** The contraction as a regular-expression piece. */
export const CONTRACTED_NEGATION = `(?:${CONTRACTED_VERBS.join('|')})n['’]?t\\s+(?:${AFTER_CONTRACTED})`;

/** Words between an excluding word and the topic it excludes ("not about 5g", "except on pki"). */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on', 'regarding', 'concerning', 're', 'related']);
/** Verbs (besides the auxiliaries) a phrase of what texts did may open on ("got approved", "going to lc"). */
export const PREDICATE_VERBS: readonly string[] = ['got', 'get', 'gets', 'going', 'go', 'goes', 'went', 'gone', 'sent'];

/** "not": the negator `excludes` weighs. */
export const NOT = 'not';
/** "not just consented": the step named after is excluded only once something is asked. */
export const ONLY_WORDS: ReadonlySet<string> = new Set(['just', 'merely']);
/** "but": a negator after a "not", or a joiner. */
export const BUT = 'but';
/** "nothing but amendments": "but" means "only". */
export const NOTHING_WORDS: ReadonlySet<string> = new Set(['nothing', 'none']);
/**
 * Negators that are a prefix of the one word after them ("non-tap work items", "non-amendment texts"):
 * they exclude that phrase alone; what is listed after it is asked.
 */
export const PREFIX_NEGATORS: ReadonlySet<string> = new Set(['non']);
/** A "not" or "non" before a "but" makes the "but" name what is asked instead. */
export const NOT_OR_NON: ReadonlySet<string> = new Set(['not', 'non']);
/** The article skipped between places joined ("not in paris or the hague"). */
export const ARTICLE = 'the';
/** "no" that opens a question asks whether there are none ("no new recs?", "no, i meant…"): it excludes nothing. */
export const NO = 'no';

/**
 * What the excluded items may be called after the values that name them ("the determined Q6 ones",
 * "apart from the virtual Q3 one"): taken with the combination left out.
 */
export const AFTER_EXCLUDED_VALUES: ReadonlySet<string> = new Set(['one', 'ones']);
/**
 * Punctuation that ends what a negator covers ("except Q11. amendments?", "docs (not recs) agreed"); a
 * comma joins, and a bracket opened after the negator groups its values (`not (Q11 amd)`).
 */
export const SCOPE_END = /[.?!;:)]/;
/** A contraction's "not" ("aren't", "weren't"), read as the parser's normal form does: the verb, then "not". */
export const CONTRACTED_NOT = /^([a-z]+)n't$/;
export const SCOPE_JOIN = /,/;
/** The bracket that opens a group's values right after its negator (`not (approved Q6)`: no "not approved" step). */
export const OPEN = /\(/;
