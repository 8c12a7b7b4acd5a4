/**
 * The parser's own words and patterns, as data (the phrase tables are ../../words.ts; identifier
 * spellings are ./id-words.ts). Recognisers and refiners name these tables, never a word: a
 * misread phrasing is fixed by a line here.
 */

/** A first word that takes the rest of the text as it is. */
export const VERBATIM: Readonly<Record<string, 'search' | 'define' | 'ids'>> = {
  search: 'search',
  find: 'search',
  explain: 'define',
  define: 'define',
  glossary: 'define',
  rec: 'ids',
  recommendation: 'ids',
};
/** Words after `search` that are no part of what is searched ("search for pki"). */
export const SEARCH_LEAD = /^(?:for|about)\s+/i;
/** Words after `rec` that are no part of the name ("rec status of X.1716"). */
export const IDS_LEAD = /^(?:status of|status|of|for)\s+/i;
/** What only a name is spelled with (a digit, ".", "_", "-"): words after `rec` holding one are looked up as a name. */
export const NAME_CHARACTERS = /[\d._-]/;
/** Words after `rec` that lead to a topic, not a name ("rec on vehicular edge computing"): read as Recommendations about it. */
export const TOPIC_LEAD = /^(?:on|about|regarding|concerning)\s+/i;

/** Words a typo is mended towards besides the tables' phrases and the command words. */
export const TYPO_EXTRA_WORDS: readonly string[] = ['explain', 'define', 'difference', 'between'];

/** Words of RGM venues that name no place. */
export const GENERIC_VENUE_WORDS: ReadonlySet<string> = new Set(['hybrid', 'virtual', 'myworkspace', 'tbd', 'university', 'tbc']);

/**
 * Chat markup pasted along with a question says nothing about SG17: Slack and Discord mentions and
 * channel links (<@U123>, <#C1|general>, <!here>, @sg17bot), emoji codes (:wave:, <:party:123>)
 * and links (whose path pieces would otherwise come back as words not used).
 */
export const CHAT_MARKUP = /<[@#!][^>\s]*>|<a?:\w+:\d+>|<?https?:\/\/[^\s>]*>?|(?<!\S)@[\w.-]+|:[a-z0-9_+-]+:/gi;

/** Months as the parser's patterns name them, January first. */
export const MONTH_NUMBERS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month named right before "meeting" or "plenary" ("the April meeting", "sep sg17 meeting", "the april 2025 meeting"). */
export const MONTH_MEETING =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:20\d\d\s+)?(?:sg17\s+|sg\s+|study group\s+)?(?:meeting|plenary)\b/;
/** SG17's own meetings named as such ("sg17 meetings", "study group meeting", "plenary"), not "meetings" alone. */
export const SG17_MEETING = /\b(?:sg17|sg|study group) (?:meeting|meetings|plenary|plenaries)\b|\bplenar(?:y|ies)\b/;
/**
 * SG17 itself named ("the next SG17", "study group 17", "the plenary"), not an RGM: with a time and nothing
 * else asked, its own meetings.
 */
export const SG17_NAMED = /\b(?:sg ?17|sg|study group(?: 17)?|plenar(?:y|ies))\b/;
/** "the last meeting", "last time": the meeting held last. */
export const LAST_MEETING = /\b(?:last|previous|past|recent|latest) (?:sg17 |sg |study group )?(?:meeting|plenary|time)\b/;
/**
 * "The last rgm of the study period", "the last one in the data", "the last planned q1 rgm": the final one the data
 * plans, not the last held.
 */
export const FINAL_OF =
  /\b(?:of|in|on) (?:the )?(?:(?:whole|current|this|new|next) )?(?:study period|summary|plan|plans|schedule|list|programme|program)\b|\b(?:planned|scheduled|of them all)\b/;
/** The data itself named ("rgms in the data", "the last one in the dataset"): no topic word, and with "last" the final one. */
export const DATA_ITSELF = /\b(?:in|of|from) (?:the |this |your )?(?:data|dataset|database)\b/;
/** A year named, or a phrase counted from today ("next week"): which month is meant is said already. */
export const TIME_ANCHORED = /\b20\d\d\b|\b(?:next|this|coming|upcoming|tomorrow)\b/;
/** A window typed as ISO days (a reading spelled back: "tap approved 2025-01-01..2025-12-31") says exactly what it filters. */
export const ISO_DAY_TYPED = /\b\d{4}-\d{2}-\d{2}\b/;
/** A year in a time phrase. */
export const YEAR_IN = /\b(20\d\d)\b/;

/** A word that asks for RGMs already held, after a "not" ("not happened yet", "not taken place", "not in the past"). */
export const NOT_PAST =
  /\bnot\s+(?:(?:yet|been|in|the|a|there)\s+)*(?:past|already|happened|recent|previous|earlier|former|taken place|took place|been held|held)\b/;
/**
 * "which rgms have taken place", "rgms held so far", "rgms to date", "the ones up to now": up to the clock, as
 * "coming up" is from it ("held" alone is no time: "rgms held online").
 */
export const TAKEN_PLACE = /\b(?:taken|took) place\b|\b(?:been|were|was) held\b|\b(?:so|thus) far\b|\bto date\b|\b(?:up to|until|till|before) now\b/;
export const TAKEN_PLACE_WORDS: ReadonlySet<string> = new Set(['taken', 'took', 'held', 'far', 'thus', 'date', 'now']);

/** A second clause asking again ("… and which …", "… and what …", "… and how many …"). */
export const TWO_CLAUSES = /\band (?:which|what|how many)\b/;
/** What a second clause must hold before TWO_CLAUSES is asked. */
export const AND_JOIN = ' and ';

/** "which questions don't have any work items", "didn't get anything approved": none asked. */
export const NOT_HAVE = /\bnot\s+(?:have|has|had|get|got|hold|holding)\b/;
/** The "no" that opens or closes a question ("no, i meant…", "…, no?") is an aside, not "none". */
export const ASIDE_NO = 'no';
/** A phrase ending on a word that asks for none ("questions without"). */
export const WITHOUT_ENDING = ' without';

/** Asking when or where: the listing's place and dates, never the texts. */
export const WHEN_WHERE: ReadonlySet<string> = new Set(['when', 'where']);
/** Asking when or where a text is discussed ("when will X.1058-rev be discussed"). */
export const DISCUSSION_ASKED: ReadonlySet<string> = new Set(['when', 'where', 'discussed', 'discuss', 'discusses', 'discussing', 'meets', 'meeting']);
/** "dates" with nothing else asked: the meetings' days. */
export const DATES_WORDS: ReadonlySet<string> = new Set(['dates']);
/** "next": a meeting still to come. */
export const NEXT_WORDS: ReadonlySet<string> = new Set(['next']);
/** "last time": the word "time" is used by naming the meeting. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['time']);
/** A first word that opens a question, or a question mark: the rest is searched. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['what', 'which', 'any', 'anything', 'is', 'are', 'show', 'list', 'tell', 'find']);
export const QUESTION_MARK = '?';
/** A first word that asks who. */
export const WHO_OPENERS: ReadonlySet<string> = new Set(['who']);
/** Words that begin a word about meeting ("meet", "meeting", "meets"). */
export const MEET_STEM = 'meet';
/** The phrase (and the opening of phrases) naming the rapporteur: the person, or the word. */
export const RAPPORTEUR = 'rapporteur';

/** Phrases ending on "not" that turn a step round ("were not approved"), which never exclude the kind named next. */
export const NOT_ENDING = ' not';
export const NOT_WORD = 'not';
export const APPROVAL_STEM = 'approv';
/** Negators after which a subject named is still asked ("not the q1 rgm, the q10 one", "questions without rgms", "questions with no rgms"). */
export const NEGATORS_KEEPING_SUBJECT: ReadonlySet<string> = new Set(['not', 'without', 'no']);

/**
 * A Question named as where things came from ("all from question 8", "everything from Q11", "anything from q10"):
 * what it produced, its texts; "everything about Q11" is its overview.
 */
export const FROM_QUESTION = /\bfrom\s+(?:the\s+)?(?:q\.?|qs|questions?)\s*\d/i;

/** Terse commands the parser reads itself ("new tap", "count new tap"). */
export const NEW_COMMAND = 'new';
export const COUNT_COMMAND = 'count';
export const NEW_LEAD = /^new\b/i;
/** The status word of a group excluded like a topic ("cgs that are not new"). */
export const NEW_WORD = 'new';

/** A group status the data never gives (words.ts `groupStatus`), and how the summary's not holding it is said. */
export const GROUP_STATUS_NOT_HELD = { status: 'closed', notHeld: 'closed-cgs' } as const;

/** What the summary does not hold, as words.ts names it. */
export const NOT_HELD = {
  agendas: 'agendas',
  elsewhere: 'other-groups',
  deferred: 'deferred',
  published: 'published',
  authors: 'authors',
  rapporteurs: 'rapporteurs',
} as const;

/** Readings offered as the alternative that came close, and how a reading is spelled. */
export const ALTERNATIVES = { meeting: 'meeting', groups: 'cg', rgms: 'rgm', workItems: 'new' } as const;
export const readingFor = {
  rec: (id: string): string => `rec ${id}`,
  explain: (term: string): string => `explain ${term}`,
  search: (word: string): string => `search ${word}`,
  question: (q: string): string => `q ${q.slice(1, -3)}`,
  notApplied: (phrase: string): string => `not ${phrase}`,
};

/** Commands suggested when nothing is understood and no command word is near. */
export const DEFAULT_SUGGESTIONS: readonly string[] = ['help', 'search', 'aap'];

/** The article that is no place ("in the uk"). */
export const ARTICLE = 'the';

/** "what does qkd mean", "what does pki stand for": a question of meaning, by its last words. */
export const MEANING_ASKED = /\b(?:mean|means|stand for|stands for)$/;
/** "aap vs tap", "difference between…": two terms compared, also a question of meaning. */
export const COMPARISON_ASKED = /\b(?:vs|versus|compared|compare|difference|diff)\b/;
/** "what are the new work items": an opener that lists the one term it names, never defines it. */
export const LISTING_OPENER = 'what are the';

/**
 * What a question may ask of a text that the summary cannot answer: the words that ask it, what
 * else the question must say (its publication; its approval, which a meeting still to come
 * decides), and the part said back plainly. The text
 * is still answered with what the data holds.
 */
export interface CannotAnswer {
  readonly asks: ReadonlySet<string>;
  readonly needs?: 'published' | 'approval';
  readonly part: string;
}
export const CANNOT_ANSWER: readonly CannotAnswer[] = [
  { asks: new Set(['why', 'reason', 'reasons']), part: 'why — the summary gives no reasons' },
  { asks: new Set(['when']), needs: 'published', part: 'when it will be published — the summary gives no publication dates' },
  {
    asks: new Set(['will', 'shall', 'going']),
    needs: 'approval',
    part: 'whether it will be approved — the summary records what was decided, not what will be',
  },
];

/** Words after which an unknown short word is read as a place, so a slip of a short place is mended ("rgm in soel"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
/** Chat shorthands whose slash splits them into two words ("w/o" → "w o"): the word they stand for, for every dimension ("texts w/o an iso equivalent"). */
export const SPLIT_SHORTHANDS: ReadonlyMap<string, string> = new Map([['w o', 'without']]);
