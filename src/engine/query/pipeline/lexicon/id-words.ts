/**
 * How identifiers are spelled, as data: the patterns the id, TD, ISO and Question recognisers
 * match, the pieces a text must hold before a pattern is worth running, and how each is spelled
 * back. A new spelling is a line here, never code in a recogniser.
 */
import { alternation } from '../../negation.js';
import { NEGATION } from '../../words.js';

export const REC_AMD = /\b(x|tr|y|e)\s*\.?\s*(\d{1,4})\s*(?:amd|amendment|amend)\s*\.?\s*(\d{1,2})\b/gi;
export const REC_COR = /\b(x|y|e)\s*\.?\s*(\d{1,4})\s*(?:cor|corr|corrigendum)\s*\.?\s*(\d{1,2})\b/gi;
export const REC_SUPPL = /\b(x|y|e)\s*\.?\s*(?:suppl|supp|sup|supplement)\s*\.?\s*(\d{1,3})\b/gi;
/** "Suppl. 41", "supplement 41" without the series letter: SG17's Supplements are X-series. */
export const BARE_SUPPL = /(?<![\w.])(?:suppl|supp|supplement)\s*\.?\s*(\d{1,3})(?![\w.:/])/gi;
/** "X.1716", "X 1716", "x1716", "X-1716" (any dash: the text is folded first). */
export const REC_NUMBER = /(?<![\w.])(x|y|e)\s*[.-]?\s*(\d{3,5})(?![\w])/gi;
/** Working acronyms: X.sec_QKDN_AA, X.5Gsec-ctrl, TR.5Gsec-bsf (a letter after the dot somewhere). */
export const REC_ACRONYM = /(?<![\w.])((?:x|tr|y|e)\.(?=[\w-]*[a-z])[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*)/gi;
/** Supplement working acronyms named in RGM topics: Sup-cdc. */
export const SUPPL_ACRONYM = /(?<![\w.-])((?:sup|supp|suppl)-[a-z][\w-]*)/gi;
/** The hyphened openings a Supplement acronym starts with (the pattern runs only when one is there). */
export const SUPPL_ACRONYM_CUES: readonly string[] = ['sup-', 'supp-', 'suppl-'];
/** A bare number of 3–5 digits ("1716"): a Recommendation number unless it is a year. */
export const BARE_NUMBER = /(?<![\w.:/-])(\d{3,5})(?![\w.:/]|-\d)/g;
/** A year, which a bare number the data does not know is taken to be. */
export const YEAR = /^(19|20)\d\d$/;
/** Questions in every spelling: Q15, q 15, Q.15, Q15/17, question 15, questions 2 and 4, 15/17. */
export const QUESTIONS =
  /(?<![\w.])(?:q\.?|qs|question|questions)\s*(\d{1,2}(?:\s*\/\s*17)?(?:\s*(?:,|and|&|or|\+)\s*(?:q\.?\s*)?\d{1,2}(?:\s*\/\s*17)?)*)(?![\w])/gi;
/** A word before a Question's number ("Quesiton 10", "qustion 4"): mended towards the word Question when it is a slip of it. */
export const WORD_BEFORE_NUMBER = /(?<![\w.])([a-z]{5,})(\s*)(?=\d{1,2}(?![\w.]))/gi;
export const QUESTION_SLASH = /(?<![\w.])(\d{1,2})\s*\/\s*17\b/g;
/**
 * A small number after a terse command is a Question, except a day (also the first of two: "between 1 and
 * 10 Dec", "1-10 Dec"), a count of weeks, or WTSA Resolution 1.
 */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
/** What joins a day to the second ("Dec 1 to 15", "December 1st through the 15th": the 15 is a day). */
const TO_DAY_JOIN = '(?:st|nd|rd|th)?\\s*(?:to|until|till|through|thru|and|-)\\s*';
const TO_DAY = '\\s*(?:st|nd|rd|th)?\\s*(?:to|until|till|through|thru|and|-)\\s*\\d{1,2}(?:st|nd|rd|th)?';
export const SMALL_QUESTION_NUMBER = new RegExp(
  `(?<![\\w.:/-])(?<!${MONTH}\\s+)(?<!${MONTH}\\s+(?:the\\s+)?\\d{1,2}${TO_DAY_JOIN}(?:the\\s+)?)(?<!\\bres(?:olution)?\\s+)(\\d{1,2})(?![\\w.:/])(?!(?:${TO_DAY})?\\s*(?:st|nd|rd|th)?\\s+${MONTH})(?!\\s+(?:weeks?|wks?|days?|months?)\\b)`,
  'gi',
);
/** Terse commands whose bare small number is a Question ("aap 11", "tap 6", "q 15"). */
export const TAKES_QUESTION: ReadonlySet<string> = new Set([
  'aap',
  'lastcall',
  'tap',
  'agreed',
  'texts',
  'new',
  'workitems',
  'work-items',
  'rgm',
  'rgms',
  'q',
  'question',
  'count',
]);

/**
 * A TD number ("TD2475", "td 2475"), maybe with its revision ("TD2287R4", "TD2287-R4", "TD2287 Rev.4",
 * "TD2287 (Rev.1)"): the base text, work item or group the summary names it for. A revision is the same
 * document, so it is looked up by its number (the data's "TD2287R4" is found by TD2287 too).
 */
export const TD_NUMBER = /(?<![\w.])td\s*-?\s*(\d{3,5})(?:\s*[-(]?\s*(?:rev(?:ision)?\.?\s*|r)\d{1,2}\)?)?(?![\w])/gi;
/** A TD as the summary's columns spell it ("TD2475", "TD 2475"). */
export const TD_COLUMN = /^TD\s*(\d+)$/i;
/** A document of another series as the columns spell it ("R63", a base text that is no TD). */
export const OTHER_DOCUMENT_COLUMN = /^([a-z]{1,3})\s*-?\s*(\d{1,5})$/i;
/** Such a document named in a question ("based on R63", "r 66"): looked up among those the columns give. */
export const OTHER_DOCUMENT = /(?<![\w.])([a-z]{1,3})\s*-?\s*(\d{1,5})(?![\w.])/gi;
/** An id that is a TD. */
export const TD_ID = /^td\d/i;
/** A word joined by "_" or "-" ("sec_QKDN_AA", "5Gsec-ctrl"): maybe a working acronym without its series. */
export const ACRONYM_BODY = /(?<![\w.-])([a-z0-9]+(?:[-_][a-z0-9]+)+)(?![\w-])/gi;
/**
 * The bodies the gazetteer reads as names when typed bare ("smdtsc", "ztdiot"), as one word joined to nothing:
 * one pattern of them all, so a question holding none is passed over in one search (keys are letters and digits).
 */
/**
 * One word of letters and digits standing alone, which the gazetteer's `bare` map may know as a name
 * ("smdtsc"). A pattern of every name as alternatives grew with the data (36 000 at 1000×, 1.5 µs a
 * question); one word shape and a map lookup per word cost the same at any size.
 */
export const BARE_NAME = /(?<![\w.-])([a-z0-9]+)(?![\w.-])/gi;
/** What lies between the words a bare name could be. */
export const BARE_NAME_SEPARATOR = /[^a-z0-9]+/;
/** A meeting id as the reading spells it: `texts sg17-2024-09`. */
export const MEETING_ID = /(?<![\w-])(sg17-\d{4}-\d{2})(?![\w-])/g;
/** An ISO/IEC number ("ISO/IEC 9594-8", "iso 9594"), the Equivalent column's spelling; never a date (`texts iso 2025-01-01..2025-12-31`). */
/** An ISO/IEC number and part without its prefix ("common text with 9594-12"): taken only when the data gives that equivalent. */
export const ISO_BARE_NUMBER = /(?<![\w./-])(\d{4,5})-(\d{1,3})(?![\w./-])/g;
export const ISO_NUMBER = /\biso\s*(?:\/\s*iec|iec)?\s*(\d{4,5})(?:\s*-\s*(\d{1,3}))?(?![\w-])/gi;
/** A text's name in an RGM's topics ("X.1058-rev", "X.sec_QKD_profr", "Sup-cdc"), and what separates the topics' words. */
export const TOPIC_NAME = /^(?:x|tr|y|e|sup)[.-]\w/i;
export const TOPIC_TOKEN_SEPARATORS = /[\s,;()]+/;
/** A revision named after its base ("x1058rev" of "x1058"). */
export const REVISION_SUFFIX = /^(.+\d)rev$/;
/** The body of a Supplement's name ("Suppl.41"), which is no working acronym. */
export const SUPPL_BODY = /^suppl/i;

/** What the lower-cased text must hold for each pattern to be worth running. */
export const ID_CUES = { meeting: 'sg17-', amendment: 'am', corrigendum: 'cor', supplement: 'sup', td: 'td', iso: 'iso', question: 'q' } as const;

/** How each id is spelled back, as the catalog names it. */
export const spell = {
  amendment: (series: string, n: string, a: string): string => `${series.toUpperCase()}.${n} Amd.${a}`,
  corrigendum: (series: string, n: string, c: string): string => `${series.toUpperCase()}.${n} Cor.${c}`,
  supplement: (series: string, n: string): string => `${series.toUpperCase()}.Suppl.${n}`,
  bareSupplement: (n: string): string => `X.Suppl.${n}`,
  td: (digits: string): string => `TD${Number(digits)}`,
  otherDocument: (series: string, digits: string): string => `${series.toLowerCase()}${Number(digits)}`,
  question: (n: number): string => `Q${n}/17`,
};

/**
 * Nouns that say what a bare number after a negator counts ("questions other than 11 and 15",
 * "all the supplements except 43"): the dimension it is read by, and whether the noun is used up
 * by it (a Question's noun is; "supplements" still names the type asked).
 */
export interface NumberedNoun {
  readonly dimension: 'question' | 'supplement';
}
const QUESTION_NOUN: NumberedNoun = { dimension: 'question' };
const SUPPLEMENT_NOUN: NumberedNoun = { dimension: 'supplement' };
export const NUMBERED_NOUNS: ReadonlyMap<string, NumberedNoun> = new Map([
  ...['question', 'questions', 'qs'].map((n): [string, NumberedNoun] => [n, QUESTION_NOUN]),
  ...['supplement', 'supplements', 'suppl', 'suppls', 'supps', 'sups'].map((n): [string, NumberedNoun] => [n, SUPPLEMENT_NOUN]),
]);
/** Small words between the negator and the numbers ("except for the 43", "other than numbers 11 and 15"). */
const NUMBERED_GAP = 'for|from|of|the|number|numbers|no|nos';
/** Numbers joined ("11 and 15", "11, 12 or 15"). */
const NUMBER_LIST = '\\d{1,3}(?:\\s*(?:,|and|or|&|\\+)\\s*\\d{1,3})*';
let negated: RegExp | undefined;
/** A numbered noun, a negator (with small words after it), and the numbers it excludes; built once, from the one negation lexicon. */
export function negatedNumbers(): RegExp {
  negated ??= new RegExp(
    `(?<![\\w.])(${[...NUMBERED_NOUNS.keys()].join('|')})\\s*,?\\s+((?:${alternation(NEGATION)})(?:\\s+(?:${NUMBERED_GAP}))*)\\s+(${NUMBER_LIST})(?![\\w.:/])`,
    'gi',
  );
  return negated;
}
