/**
 * Follow-ups: a message that continues the asker's last question refines that Query.
 *
 *   "aap Q10" → "and their RGMs?"      the Questions carried over to the RGMs: `rgm Q10`
 *   "aap Q10" → "what about Q15?"      the Question named replaces Q10: `aap Q15`
 *   "aap"     → "only the amendments"  narrowed: `aap amendment`
 *   "rgm Q15" → "how many of those?"   counted: `count rgm Q15`
 *   "rgm Q15" → "and the next one?"    the RGM after the one the answer led with
 *
 * Whether a message continues is told by the cue words of ./follow-up-words.ts (an opener, a word
 * pointing back, a bare "how many?"), or by a message that names Questions and nothing else. The
 * rest of the message is read by the one parser; the refined Query is then built dimension by
 * dimension, never sentence by sentence: a dimension the message names replaces the last one's
 * (or joins it, with "too"); one it does not name is carried over if the subject now asked can
 * take it; the subject is the message's own when it names one (RGMs, texts, work items), else
 * the last one's. A message that stands on its own is answered as it is: one naming no cue is
 * never refined, nor one whose refinement would carry nothing over. Pure: no clock, no state.
 */
import type { Answer } from '../answer.js';
import type { ParseOutcome } from './parse.js';
import { type Exclusion, Query as QuerySchema, type Query } from './model.js';
import { fieldsExcluded } from './dimensions.js';
import { readingOf } from './reading.js';
import { READ } from './reading-words.js';
import { PHRASES } from './words.js';
import { FOLLOW_UP_CUES, FOLLOW_UP_FILLER, POINTING_WORDS, QUESTION_NAMED, QUESTION_TOKEN, type Cue, type CueRole } from './follow-up-words.js';

/** What a follow-up refines: the Query last answered, and the last day of the RGM its answer led with ("the next one" starts after it). */
export interface LastQuestion {
  readonly query: Query;
  /** RGMs: the last day of the one the answer led with. */
  readonly shownUntil?: string;
  /** The answer amounts to the RGM it led with (it showed one, or it was "the next one"): "the next one" steps past it. */
  readonly leads?: boolean;
  /** The Questions of what the answer showed, when its Query named none: what "their …" points at. */
  readonly questions?: string[];
}

/** What an answer leaves for a follow-up: its Query, and for RGMs the last day of the one it led with. */
export function lastQuestionOf(query: Query, answer: Answer): LastQuestion | undefined {
  // "help", "hello", "thanks" ask nothing: the question before them is still the last one.
  if (NOT_QUESTIONS.has(query.ask)) return undefined;
  const items = answer.data.items;
  const led = query.ask === 'rgms' ? items[0]?.lastDay : undefined;
  const questions = query.questions?.length ? [] : [...new Set(items.map((i) => i.question).filter((q): q is string => typeof q === 'string'))];
  return {
    query: saying(query),
    ...(typeof led === 'string' ? { shownUntil: led, ...(items.length === 1 ? { leads: true } : {}) } : {}),
    ...(questions.length ? { questions } : {}),
  };
}

/** The Query's fields in the schema's order. */
const FIELDS = Object.keys(QuerySchema.shape) as (keyof Query)[];

/**
 * Only the filters that say something (options may carry empty lists), in the schema's order: a
 * Query read from words and the same from options are one.
 */
function saying(query: Query): Query {
  const out: Record<string, unknown> = {};
  for (const key of FIELDS) {
    const v = query[key];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[key] = v;
  }
  return out as Query;
}

export interface FollowUp {
  readonly query: Query;
  /** It was "the next one": its answer amounts to the RGM it leads with. */
  readonly next?: boolean;
  /**
   * Something of the last question was carried over (said back as "following your last question").
   * False: the message, cues aside, said it all ("and the virtual RGMs?"): its rest is the question.
   */
  readonly following: boolean;
  /** Words of the message that narrowed nothing (as the parser said them). */
  readonly unused?: readonly string[];
}

const NOT_QUESTIONS = new Set<Query['ask']>(['help', 'greeting', 'thanks']);
/** Subjects a follow-up can refine: lists, and a Question's overview (whose Questions carry on). */
const REFINABLE = new Set<Query['ask']>(['texts', 'work-items', 'rgms', 'groups', 'question']);
/** Asks the parser gives a message that names no subject: the Questions alone, topic words alone. */
const SUBJECTLESS = new Set<Query['ask']>(['question', 'search']);
const LISTS = new Set<Query['ask']>(['texts', 'work-items', 'rgms', 'groups']);
/** Lists found by their words alone: a correspondence group by its name, acronym and status ("which one is new?"). */
const FOUND_BY_WORDS = new Set<Query['ask']>(['groups']);
/** Fields read together as one dimension: a window named replaces the whole window. */
const TOGETHER: readonly (readonly (keyof Query)[])[] = [['from', 'to']];

/** A cue with its words split once (every message is looked at for cues: no split per word). */
type SplitCue = Cue & { readonly parts: readonly string[] };

/** The cues by their first word, longest first: a word is compared only with the cues it can open. */
const CUES_BY_FIRST = (() => {
  const split: SplitCue[] = FOLLOW_UP_CUES.map((c) => ({ ...c, parts: c.phrase.split(' ') })).sort((a, b) => b.parts.length - a.parts.length);
  const byFirst = new Map<string, SplitCue[]>();
  for (const cue of split) byFirst.set(cue.parts[0]!, [...(byFirst.get(cue.parts[0]!) ?? []), cue]);
  return byFirst;
})();

/**
 * The refined Query when `text` continues `last`, else undefined (answer it on its own).
 * `parse` reads the rest of the message (the one parser, with its clock and catalog).
 */
export function followUp(last: LastQuestion, text: string, parse: (text: string) => ParseOutcome, today: string): FollowUp | undefined {
  const { roles, said, restOf } = cuesOf(text);
  // Only lists and a Question's overview are refined; after anything else, "their …" can still mean the Questions of what it showed.
  if (!REFINABLE.has(last.query.ask) && !(roles.has('refers') && last.questions)) return undefined;
  const steps = new Set<CueRole>([...roles].filter((r) => STEPS.has(r)));
  const continues = roles.has('opens') || roles.has('refers') || roles.has('adds') || (roles.has('points') && said.length <= POINTING_WORDS);
  const aggregates = roles.has('aggregates');
  if (said.length === 0 && !aggregates) {
    // "how many?", "and the next one?", "and?": the last question itself, counted, listed or stepped on.
    if ((!continues && steps.size === 0) || !REFINABLE.has(last.query.ask)) return undefined;
    return stepped(last, steps, today);
  }
  // Said with more, "how many" or "next" are the parser's to read ("how many of them are amendments").
  const restText = restOf(steps.size > 0);
  const alone = parse(restText);
  // "per question please", "which question has the most?" mean nothing alone (unlike "which questions have
  // approved texts"): read after the last subject's word, they are that list per Question.
  const parsed = alone.kind === 'query' ? alone : continues || aggregates ? inLastSubject(last.query.ask, restText, parse) : undefined;
  if (parsed?.kind !== 'query') return undefined;
  const continuing = continues || parsed !== alone;
  const standalone = parsed.query;
  // No cue: only a message of nothing but Questions ("Q15?", "not Q6 or Q7") continues; anything else stands alone.
  if (!continuing && !onlyQuestions(said)) return undefined;
  const named = namesSubject(said) ? standalone : inContext(parsed, last.query.ask, restText, parse);
  if (!SUBJECTLESS.has(named.ask) && !LISTS.has(named.ask)) return undefined;
  const ask = LISTS.has(named.ask) ? named.ask : last.query.ask;
  if (!REFINABLE.has(ask)) return undefined;
  // A dimension the subject cannot take ("what about blockchain?" after a Question's overview): the message stands alone.
  if (ask !== named.ask && (Object.keys(named) as (keyof Query)[]).some((k) => k !== 'ask' && !takes(ask, k, named[k]))) return undefined;
  let query = refine(last.query, named, ask, roles.has('adds'));
  // "their RGMs" after texts listed without a Question: the Questions of those texts.
  if (roles.has('refers') && !query.questions && last.questions && takes(ask, 'questions', last.questions))
    query = { ...query, questions: [...last.questions] };
  // Nothing carried over: the message, cues aside, said it all (read in the last subject, "per question please"
  // after "rgm", the subject itself was carried over).
  const following = parsed !== alone || readingOf(query) !== readingOf(standalone);
  return { query, following, ...(parsed.unused?.length ? { unused: parsed.unused } : {}) };
}

const STEPS = new Set<CueRole>(['count', 'list', 'next']);

/** Whether a message says nothing but Questions, asked or left out ("Q15?", "not Q6 or Q7"). */
function onlyQuestions(said: readonly string[]): boolean {
  return said.some((w) => QUESTION_NAMED.test(w)) && said.every((w) => QUESTION_TOKEN.test(w));
}

/**
 * A message naming no subject, read again after the last subject's own command word: "virtual"
 * alone is a topic word and "except Q1" texts, but said of RGMs ("rgm virtual", "rgm except Q1")
 * they are how the RGMs meet and which Questions hold them. Kept only when it reads as that subject
 * without words left over.
 */
function inContext(parsed: Extract<ParseOutcome, { kind: 'query' }>, lastAsk: Query['ask'], text: string, parse: (text: string) => ParseOutcome): Query {
  if (!LISTS.has(lastAsk) || parsed.query.ask === lastAsk) return parsed.query;
  const again = parse(`${subjectSaid(lastAsk)} ${text}`);
  if (again.kind !== 'query' || again.query.ask !== lastAsk) return parsed.query;
  const wordsLeft = !FOUND_BY_WORDS.has(lastAsk) && again.query.words !== undefined && again.query.words !== parsed.query.words;
  const leftOver = wordsLeft || (again.unused?.length ?? 0) > (parsed.unused?.length ?? 0);
  return leftOver ? parsed.query : again.query;
}

/**
 * A continuing message the parser cannot read alone ("per question please"), read after the last
 * subject's own command word: kept when it reads as that subject with no word left unused.
 */
function inLastSubject(lastAsk: Query['ask'], text: string, parse: (text: string) => ParseOutcome): ParseOutcome | undefined {
  if (!LISTS.has(lastAsk)) return undefined;
  const again = parse(`${subjectSaid(lastAsk)} ${text}`);
  return again.kind === 'query' && again.query.ask === lastAsk && !again.unused?.length ? again : undefined;
}

/**
 * The last subject's command words, said so that nothing after them changes the subject: work items
 * are `new work-items`, since `new` before a type ("new tr") is new texts of that type — "just the
 * technical reports" after new work items narrows the work items by their type.
 */
function subjectSaid(ask: Query['ask']): string {
  return ask === 'work-items' ? `${READ.new} ${READ.workItems}` : readingOf({ ask });
}

/** Whether the words name a subject of their own (RGMs, texts, work items), as the parser's phrase table says. */
function namesSubject(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      if (PHRASES.get(words.slice(i, i + n).join(' '))?.subject) return true;
    }
  }
  return false;
}

/** The last Query, with each dimension the message names in place of (or, adding, joined to) the last one's. */
function refine(last: Query, named: Query, ask: Query['ask'], adding: boolean): Query {
  const out: Record<string, unknown> = { ask };
  const namedKeys = new Set(Object.keys(named).filter((k) => (k as keyof Query) !== 'ask'));
  // The topic words of a subjectless message ("what about quantum?") are a filter like any other.
  for (const group of TOGETHER) if (group.some((k) => namedKeys.has(k))) for (const k of group) namedKeys.add(k);
  // "without q11 …" after "aap Q10": a dimension the message excludes is named by it, the last one's values not carried over.
  for (const k of fieldsExcluded(named.not)) namedKeys.add(k);
  for (const key of Object.keys(last) as (keyof Query)[]) {
    if (key === 'ask' || namedKeys.has(key)) continue;
    if (takes(ask, key, last[key])) out[key] = last[key];
  }
  for (const key of Object.keys(named) as (keyof Query)[]) {
    if (key === 'ask') continue;
    const value = named[key];
    const before = last[key];
    // What is left out adds to what was left out ("tap approved not Q6" → "and not Q7"), dimension by dimension.
    if (key === 'not') out.not = mergeExclusions(last.not, named.not);
    else out[key] = adding && Array.isArray(value) && Array.isArray(before) ? [...new Set([...before, ...value])] : value;
  }
  return out as Query;
}

function mergeExclusions(a: Exclusion | undefined, b: Exclusion | undefined): Exclusion | undefined {
  if (!a || !b) return a ?? b;
  const out: Record<string, string[]> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Exclusion>) out[key] = [...new Set([...(a[key] ?? []), ...(b[key] ?? [])])];
  return out as Exclusion;
}

/** Whether a Query asking `ask` can hold `key` at `value`: it does when the value changes how the Query reads. */
function takes(ask: Query['ask'], key: keyof Query, value: unknown): boolean {
  if (value === undefined) return false;
  const bare = { ask } as Query;
  return readingOf({ ...bare, [key]: value } as Query) !== readingOf(bare);
}

/**
 * The last question counted, listed, or moved on to "the next one": after an answer that amounts to
 * one RGM, the RGM after it; after a list, the soonest of it still to come.
 */
function stepped(last: LastQuestion, steps: ReadonlySet<CueRole>, today: string): FollowUp | undefined {
  let query = last.query;
  let next = false;
  if (steps.has('next')) {
    if (query.ask !== 'rgms') return undefined;
    next = true;
    if (last.leads && last.shownUntil) {
      const { to: _to, ...open } = query;
      query = { ...open, from: dayAfter(last.shownUntil) };
    } else if (!query.from || query.from < today) query = { ...query, from: today };
  }
  if (steps.has('count')) query = { ...query, count: true };
  if (steps.has('list')) query = withoutCount(query);
  return { query, following: true, ...(next ? { next } : {}) };
}

function withoutCount(query: Query): Query {
  const { count: _count, ...rest } = query;
  return rest;
}

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The cues of a message: their roles, its own words (`said`), and what is left of it as typed (`restOf`). */
interface Cues {
  readonly roles: Set<CueRole>;
  /** Its own words: folded, no cue, no filler. */
  readonly said: string[];
  /** The message as typed without any cue (ids keep their dots), or with only its step cues left in: built only when asked. */
  readonly restOf: (withSteps: boolean) => string;
}

/** The cues of a message and what is left of it (each token folded once; what is left built only when read). */
function cuesOf(text: string): Cues {
  const tokens = text.split(/\s+/).filter(Boolean);
  // Each word of the message, folded, with the typed token it came from.
  const folded = tokens.map(fold);
  const words: string[] = [];
  const tokenOf: number[] = [];
  for (let t = 0; t < folded.length; t++) {
    for (const word of folded[t]!) {
      words.push(word);
      tokenOf.push(t);
    }
  }
  const role: (CueRole | undefined)[] = new Array(words.length);
  const keep: boolean[] = new Array(words.length);
  // Tokens the parser reads as another word ("drop" → "without"), or not at all (the rest of that cue's words).
  const readsAs = new Map<number, string>();
  const roles = new Set<CueRole>();
  let start = 0; // words before this one are all openers: an opener may follow another ("and just …")
  for (let i = 0; i < words.length; ) {
    const cue = CUES_BY_FIRST.get(words[i]!)?.find((c) => matches(c, words, i, start === i));
    if (!cue) {
      i++;
      continue;
    }
    const n = cue.parts.length;
    for (let j = i; j < i + n; j++) {
      role[j] = cue.role;
      keep[j] = cue.keep === true;
      if (cue.reads !== undefined) readsAs.set(tokenOf[j]!, j === i ? cue.reads : '');
    }
    roles.add(cue.role);
    if (start === i && (cue.role === 'opens' || cue.role === 'adds')) start = i + n;
    i += n;
  }
  const said: string[] = [];
  for (let i = 0; i < words.length; i++) if (role[i] === undefined && !FOLLOW_UP_FILLER.has(words[i]!)) said.push(words[i]!);
  const restOf = (withSteps: boolean): string => {
    const kept = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      const r = role[i];
      if (keep[i] || r === undefined || (withSteps && STEPS.has(r))) kept.add(tokenOf[i]!);
    }
    return tokens
      .map((token, t) => readsAs.get(t) ?? token)
      .filter((token, t) => token !== '' && (kept.has(t) || folded[t]!.length === 0))
      .join(' ');
  };
  return { roles, said, restOf };
}

function matches(cue: SplitCue, words: readonly string[], i: number, atStart: boolean): boolean {
  const parts = cue.parts;
  if (i + parts.length > words.length) return false;
  for (let k = 0; k < parts.length; k++) if (words[i + k] !== parts[k]) return false;
  if (cue.at === undefined) return true;
  return atStart || (cue.at === 'edge' && i + parts.length === words.length);
}

const PLAIN_TOKEN = /^[a-z0-9/]+$/;

/** A typed token as the cue table's words: lower case, letters and digits ("Q15/17?" → "q15/17"). */
function fold(token: string): string[] {
  const low = token.toLowerCase();
  // Most tokens are a plain word already: no pattern to replace.
  if (PLAIN_TOKEN.test(low)) return [low];
  return low
    .replace(/[^a-z0-9/]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}
