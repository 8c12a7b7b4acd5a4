/**
 * The words that make a message continue the asker's last question (./follow-up.ts reads them;
 * no cue is written anywhere else). A phrase is matched as whole words of the folded message.
 *
 * - `opens`: said first, it says "same question, but…" ("and their RGMs?", "what about Q15?").
 * - `refers`: a word pointing back at what was listed ("their", "those", "the virtual ones").
 * - `adds`: what the message names joins what was asked rather than replacing it ("Q4 too").
 * - `count` / `list`: the same set, counted ("how many of those?") or listed again ("which ones?").
 * - `next`: the RGM after the one the last answer led with ("and the next one?").
 * Openers count at the start of the message only ("only" also at its end: "amendments only");
 * the others anywhere. `count`, `list` and `next` alone make a follow-up only when nothing else
 * is said ("how many?"): "how many RGMs does Q1 have?" stands on its own.
 */
export type CueRole = 'opens' | 'refers' | 'adds' | 'count' | 'list' | 'next';

export interface Cue {
  readonly phrase: string;
  readonly role: CueRole;
  /** Where in the message it counts (default: anywhere). */
  readonly at?: 'start' | 'edge';
}

const opens = (at: 'start' | 'edge', ...phrases: string[]): Cue[] => phrases.map((phrase) => ({ phrase, role: 'opens', at }));
const anywhere = (role: CueRole, ...phrases: string[]): Cue[] => phrases.map((phrase) => ({ phrase, role }));

export const FOLLOW_UP_CUES: readonly Cue[] = [
  ...opens('start', 'and', 'and what about', 'and how about', 'what about', 'how about', 'what of', 'same for', 'same but', 'same with', 'but', 'then', 'now'),
  ...opens('edge', 'only', 'just', 'of those', 'of them', 'among them', 'among those'),
  ...anywhere('refers', 'their', 'them', 'those', 'these', 'they', 'ones', 'the ones', 'that one', 'this one', 'same', 'the same'),
  ...anywhere('adds', 'also', 'too', 'as well', 'plus'),
  ...anywhere('count', 'how many', 'how many are there', 'count them', 'number of', 'the number'),
  ...anywhere('list', 'list them', 'show them', 'which ones', 'which are they', 'what are they', 'show me', 'list'),
  ...anywhere('next', 'next one', 'the one after', 'one after that', 'after that', 'following one', 'the next', 'next'),
];

/** Small words a follow-up may hold besides its cues and filters: with only these left, it names nothing new. */
export const FOLLOW_UP_FILLER: ReadonlySet<string> = new Set(
  'a an the of for in on at with from by to is are was were do does did please pls then ok okay so one any there what which whats'.split(' '),
);

/** A Question as typed on its own ("q15", "q", "15", "15/17", "questions"): a message of only these names no subject. */
export const QUESTION_TOKEN = /^(?:q\d{0,2}(?:\/17)?|qs|questions?|\d{1,2}(?:\/17)?|\/17|and|or)$/;
