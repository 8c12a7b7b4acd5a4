/**
 * The words that make a message continue the asker's last question (./follow-up.ts reads them;
 * no cue is written anywhere else). A phrase is matched as whole words of the folded message.
 *
 * - `opens`: said first, it says "same question, but…" ("and their RGMs?", "what about Q15?").
 * - `refers`: a word that can only point back ("their RGMs", "of them").
 * - `points`: a word that points back in a short message ("the virtual ones?", "those?") but is a
 *   determiner in a sentence of its own ("all texts except those consented"): it counts only when
 *   the message says at most POINTING_WORDS words besides cues and filler.
 * - `adds`: what the message names joins what was asked rather than replacing it ("Q4 too").
 * - `count` / `list`: the same set, counted ("how many of those?") or listed again ("which ones?").
 * - `next`: the RGM after the one the last answer led with ("and the next one?").
 * - `aggregates`: the last question's set taken per Question ("per question please", "which question
 *   has the most?"): the words stay for the parser, which reads them after the last subject's word.
 * `at`: `start` counts only first (after other openers), `edge` first or last, else anywhere.
 * `count`, `list` and `next` make a follow-up only when nothing else is said ("how many?"); said
 * with more, they are left to the parser ("how many of them are amendments", "also next week?").
 */
export type CueRole = 'opens' | 'refers' | 'points' | 'adds' | 'count' | 'list' | 'next' | 'aggregates';

export interface Cue {
  readonly phrase: string;
  readonly role: CueRole;
  readonly at?: 'start' | 'edge';
  /** The words stay in the message the parser reads: an excluding opener ("without the amendments") is what it says. */
  readonly keep?: true;
  /** What the parser reads in its place: "drop the amendments" is "without the amendments" said of the last set. */
  readonly reads?: string;
}

const cues = (role: CueRole, at: Cue['at'], ...phrases: string[]): Cue[] => phrases.map((phrase) => ({ phrase, role, ...(at ? { at } : {}) }));
const kept = (list: Cue[]): Cue[] => list.map((c) => ({ ...c, keep: true }));
/** The excluding word the parser reads for a removing verb said first ("drop", "remove", "no amendments"). */
export const REMOVES_AS = 'without';
const removing = (list: Cue[]): Cue[] => list.map((c) => ({ ...c, keep: true, reads: REMOVES_AS }));

export const FOLLOW_UP_CUES: readonly Cue[] = [
  ...cues(
    'opens',
    'start',
    'and',
    'and what about',
    'and how about',
    'what about',
    'how about',
    'what of',
    'same for',
    'same but',
    'same with',
    'but',
    'then',
    'now',
  ),
  ...cues('opens', 'edge', 'only', 'just', 'of those', 'of them', 'among them', 'among those'),
  // A message opening on an excluding word takes something away from the last question's set.
  ...kept(cues('opens', 'start', 'without', 'except', 'except for', 'excluding', 'but not', 'other than', 'apart from', 'besides', 'minus', 'leaving out')),
  // A verb that removes, said first, takes what it names out of the last question's set: read as "without …".
  // ("no" and "not" are not among them: "no new recs?", "not approved q4" are questions of their own.)
  ...removing(cues('opens', 'start', 'drop', 'remove', 'exclude', 'take out', 'take away', 'leave out', 'filter out', 'get rid of')),
  ...cues('refers', undefined, 'their', 'them', 'they'),
  ...cues(
    'points',
    undefined,
    'those',
    'these',
    'ones',
    'the ones',
    'that one',
    'this one',
    'which one',
    'what one',
    'is that',
    'was that',
    'is it',
    'same',
    'the same',
  ),
  // A relative opener said first of nothing named ("which are tbc", "that are virtual"): the last set narrowed
  // (the past "which were not approved" is a question of its own in the corpus).
  ...cues('points', 'start', 'which are', 'which is', 'that are', 'that is'),
  // "one" closing a short message stands for an item of the last set ("not the new one", "the virtual one").
  ...cues('points', 'edge', 'one'),
  ...cues('adds', 'start', 'also', 'plus'),
  ...cues('adds', 'edge', 'too', 'as well'),
  // A bare "count" or "total" is the same set counted, as "how many?" is ("amendments" → "count").
  ...cues(
    'count',
    undefined,
    'how many',
    'how many are there',
    'count them',
    'number of',
    'the number',
    'count',
    'the count',
    'total',
    'the total',
    'tally',
    'nb',
    'number',
  ),
  ...cues('list', undefined, 'list them', 'show them', 'which ones', 'which are they', 'what are they', 'show me', 'list'),
  ...kept(
    cues(
      'aggregates',
      undefined,
      'per question',
      'by question',
      'each question',
      'for each question',
      'broken down by question',
      'grouped by question',
      'split by question',
      'which question',
      'what question',
      'which questions',
      'what questions',
      'which q',
      'which qs',
    ),
  ),
  ...cues('next', undefined, 'next one', 'the one after', 'the one after that', 'one after that', 'after that', 'following one', 'the next', 'next'),
];

/** A pointing word ("those", "ones") points back only in a message saying at most this many words of its own. */
export const POINTING_WORDS = 2;

/** Small words a follow-up may hold besides its cues and filters: with only these left, it names nothing new. */
export const FOLLOW_UP_FILLER: ReadonlySet<string> = new Set(
  'a an the of for in on at with from by to is are was were do does did please pls then ok okay so one any there what which whats'.split(' '),
);

/**
 * A Question as typed on its own ("q15", "Q15/17", "15/17"; the terse `q 15` is a command of its own), or the
 * "not" before Questions: a message of only these names no subject ("Q15?", "not Q6 or Q7" continue the last set).
 */
export const QUESTION_TOKEN = /^(?:q\d{1,2}(?:\/17)?|\d{1,2}\/17|and|or|not)$/;
/** A Question among those tokens (a message of only "not" or "and" names none). */
export const QUESTION_NAMED = /^(?:q\d{1,2}(?:\/17)?|\d{1,2}\/17)$/;
