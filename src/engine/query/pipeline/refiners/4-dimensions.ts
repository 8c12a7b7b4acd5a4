/**
 * 4. The phrase spans sorted into dimensions, each value once, in the order said; a span a negator
 * covers is an exclusion of its dimension ("not amendments", "other than supplements", "rgms not
 * tbc", "texts without an iso equivalent"), or, where no filter can say it ("apart from rgms"),
 * said back unused.
 *   "approved amendments" → outcome tap-approved, kind amendment · "texts except supplements" → not types supplement ·
 *   "the interregnum" → its RGMs · "cgs in the interregnum" → the groups ·
 *   "which q is meeting most often" → RGMs per Question, most first ·
 *   "agreed reports and documents" → types technical-report, other ·
 *   "how many TDs were submitted", "LS in/out figures" → the statistics
 */
import {
  CONJUNCTIONS,
  EARLIER_CUES,
  FREQUENCY_WORDS,
  QUESTION_MEETS,
  QUESTION_NOUNS,
  RANK_CUES,
  STATS_BREAKDOWNS,
  STATS_DIRECTIONS,
  STATS_DOCUMENTS,
  STATS_ONLY_DOCUMENTS,
  WHO_WORDS,
} from '../../words.js';
import { ARTICLE, GROUP_STATUS_NOT_HELD, NOT_HELD } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { PhraseSpan } from '../recognisers/phrases.js';
import type { State } from '../state.js';

const add = <T>(list: T[], value: T | undefined): void => {
  if (value !== undefined && !list.includes(value)) list.push(value);
};

export function sortIntoDimensions(s: State): ParseOutcome | undefined {
  for (const said of s.signals) {
    const span = listedType(s, said);
    if (span.signal.groupStatus) continue; // sorted below, once the groups are known to be asked
    if (span.negated && excluded(s, span)) continue;
    const { signal } = span;
    add(s.outcomes, signal.outcome);
    for (const o of signal.outcomes ?? []) add(s.outcomes, o);
    add(s.routes, signal.route);
    add(s.kinds, signal.kind);
    add(s.types, signal.type);
    add(s.subjects, signal.subject);
    add(s.topics, signal.topic);
    add(s.terms, signal.term);
    s.notHeld ??= signal.notHeld;
    if (signal.list) s.listCue = true;
    add(s.formats, signal.format);
    add(s.flags, signal.flag);
    s.rgmState ??= signal.state;
    if (signal.perQuestion) s.perQuestion = true;
  }
  earlierDeferrals(s);
  groupStatus(s);
  questionsRanked(s);
  questionsMeet(s);
  contributionsByPlace(s);
  documentsCounted(s);
  interregnum(s);
  return undefined;
}

/**
 * "which Q is meeting most often", "which questions met the most times", "how often does each question meet": a
 * Question that meets holds RGMs (the plenary is no Question's), so it asks for the RGMs, per Question. Only
 * with nothing else asked of them, and no SG17 meeting named ("sg17 meeting", "plenary").
 */
function questionsMeet(s: State): void {
  const said = (words: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean => s.words.some((w) => words.has(w));
  if (!said(QUESTION_NOUNS) || !said(QUESTION_MEETS) || !(said(RANK_CUES) || said(FREQUENCY_WORDS))) return;
  const others = s.outcomes.length + s.routes.length + s.kinds.length + s.types.length + s.flags.length;
  const meetingsNamed = s.signals.filter(({ signal }) => signal.topic === 'meetings');
  if (others > 0 || s.subjects.some((x) => x !== 'rgms') || !meetingsNamed.every(({ phrase }) => QUESTION_MEETS.has(phrase))) return;
  s.topics = s.topics.filter((t) => t !== 'meetings');
  add(s.subjects, 'rgms');
  s.perQuestion = true;
}

/**
 * "agreed supplements and reports and docs": a word naming every text, listed beside a type (joined by "and",
 * "or" or nothing), names the type it stands for there (the other documents), excluded with the type it is
 * listed after ("except supplements and docs"); alone ("agreed docs"), every text.
 */
function listedType(s: State, span: PhraseSpan): PhraseSpan {
  const type = span.signal.listedType;
  if (!type) return span;
  const i = s.signals.indexOf(span);
  const joined = (a: PhraseSpan | undefined, b: PhraseSpan | undefined): boolean =>
    !!a && !!b && s.words.slice(a.at + a.length, b.at).every((w) => CONJUNCTIONS.has(w));
  const before = s.signals[i - 1];
  const after = s.signals[i + 1];
  if (before?.signal.type && joined(before, span)) return { ...span, signal: { type }, ...(before!.negated || span.negated ? { negated: true } : {}) };
  if (after?.signal.type && joined(span, after)) return { ...span, signal: { type } };
  return span;
}

/**
 * A group's status ("which cgs carry on" → those the data marks continued; "cgs not continuing" → the others),
 * asked or excluded as the group's word; "closed", which the data never gives, is said not held. Said of
 * anything but groups, the words are loose words, as they were.
 */
function groupStatus(s: State): void {
  const said = s.signals.filter(({ signal }) => signal.groupStatus);
  if (said.length === 0) return;
  if (!s.topics.includes('groups')) {
    s.loose = [...s.loose, ...said.flatMap(({ phrase }) => phrase.split(' '))];
    return;
  }
  for (const { signal, negated } of said) {
    const status = signal.groupStatus!;
    if (negated) s.negationUsed = true;
    if (status === GROUP_STATUS_NOT_HELD.status) {
      if (!negated) s.notHeld ??= GROUP_STATUS_NOT_HELD.notHeld;
    } else add(negated ? s.notGroupStatuses : s.groupStatuses, status);
  }
}

/** "the interregnum" alone is its RGMs; with anything else asked ("active cgs in the interregnum") it filters nothing. */
function interregnum(s: State): void {
  if (!s.signals.some(({ signal }) => signal.interregnum)) return;
  const asked = s.outcomes.length + s.routes.length + s.kinds.length + s.types.length + s.subjects.length + s.topics.length + s.flags.length;
  if (asked === 0) s.subjects.push('rgms');
}

/**
 * "which question contributed the most texts": a ranking of the Questions by what they hold, not who
 * wrote a contribution; the authors-cue yields (a person asked, "who contributed the most", still is not held).
 */
function questionsRanked(s: State): void {
  if (s.notHeld !== NOT_HELD.authors) return;
  if (s.words.some((w) => QUESTION_NOUNS.has(w)) && s.words.some((w) => RANK_CUES.has(w))) s.notHeld = undefined;
}

/**
 * "which region contributed the most", "which countries contributed": the statistics count contributions by
 * region and country; the authors-cue yields when no text and no person is asked ("how many recs did China
 * contribute", "who contributed" are still not held).
 */
function contributionsByPlace(s: State): void {
  if (s.notHeld !== NOT_HELD.authors || !s.words.some((w) => STATS_BREAKDOWNS.has(w)) || s.words.some((w) => WHO_WORDS.has(w))) return;
  if (s.outcomes.length + s.routes.length + s.kinds.length + s.types.length + s.subjects.length > 0) return;
  s.notHeld = undefined;
  add(s.topics, 'stats');
}

/**
 * "how many TDs were submitted", "LS in/out figures", "how many documents came in": documents the meeting received
 * or sent, counted or asked by their figures with no text, step or Question named, are the statistics (a count of
 * the tables' texts would answer something else); "how many documents were agreed" is still a count of texts.
 */
function documentsCounted(s: State): void {
  if (s.notHeld || s.questionNamed || s.ids.length > 0) return;
  if (!s.topics.includes('count') && !s.topics.includes('stats')) return;
  const documents = s.words.filter((w) => STATS_DOCUMENTS.has(w));
  const received = s.words.some((w) => STATS_DIRECTIONS.has(w)) || documents.some((w) => STATS_ONLY_DOCUMENTS.has(w));
  if (documents.length === 0 || !received) return;
  if (s.outcomes.length + s.routes.length + s.kinds.length + s.types.length + s.flags.length > 0) return;
  // A subject named as such ("how many texts came in", "rgms") is that list; "documents" counted are the inputs.
  if (s.signals.some(({ signal }) => signal.subject && !signal.listedType)) return;
  s.subjects = s.subjects.filter((subject) => subject !== 'texts');
  add(s.topics, 'stats');
}

/**
 * "deferred by the Feb/Mar 2024 meeting", "deferred in 2023": the deferrals of a meeting before the latest are
 * the Notes' (the `deferred-before` flag, its window the step's), as are those asked with no meeting or
 * time, and those said to be at an earlier meeting ("pushed back at an earlier meeting", "postponed before"); only
 * the latest meeting's are not held.
 */
function earlierDeferrals(s: State): void {
  if (s.notHeld !== NOT_HELD.deferred || s.flags.length === 0) return;
  const to = s.time?.to;
  if (to !== undefined && to < s.env.catalog.latest.range.start) s.notHeld = undefined;
  // "texts whose approval was deferred", "what was postponed": no meeting and no time said, the deferrals
  // the data records are the Notes'; "deferred at this meeting" (or in its month) is still not held.
  if (!s.time && !s.current && !s.meetingId && !s.topics.includes('meetings')) s.notHeld = undefined;
  // "at an earlier meeting", "before", "previously": the history; "at the previous meeting" names one meeting, the latest.
  const earlier = s.words.some((w, i) => EARLIER_CUES.has(w) && s.words[i - 1] !== ARTICLE);
  if (!s.current && !s.meetingId && earlier) {
    s.notHeld = undefined;
    s.earlierDeferral = true;
    // The cue is used: never said back unused.
    s.loose = s.loose.filter((w) => !EARLIER_CUES.has(w));
  }
}

/** A negated span as an exclusion of its dimension; false when the negator leaves it asked. */
function excluded(s: State, { phrase, signal }: PhraseSpan): boolean {
  const only = (...others: unknown[]): boolean => others.every((o) => !o);
  // "not amendments", "other than supplements": a kind or type excluded, not asked for.
  if ((signal.kind || signal.type) && only(signal.outcome, signal.route, signal.subject)) {
    add(s.notKinds, signal.kind);
    add(s.notTypes, signal.type);
  } else if (signal.state === 'tbc' || signal.state === 'confirmed') {
    // "rgms not tbc": the dates confirmed (and the other way round), the one state that is the opposite.
    s.rgmState ??= signal.state === 'tbc' ? 'confirmed' : 'tbc';
  } else if (signal.format) {
    // "which rgms are not virtual": every RGM but the virtual ones (those stating no format included).
    add(s.notFormats, signal.format);
  } else if (signal.flag) {
    // "texts without an iso equivalent": those the column leaves blank.
    add(s.notFlags, signal.flag);
  } else if (signal.subject && only(signal.outcome, signal.route, signal.kind, signal.type)) {
    // "anything q10 did apart from rgms": no filter says "all but RGMs", so the words are said back unused.
    s.excludedNotApplied.push(phrase);
    s.subjectExcluded = true;
  } else if ((signal.outcome || signal.outcomes) && only(signal.route, signal.kind, signal.type)) {
    // "all texts except those consented": an outcome excluded.
    add(s.notOutcomes, signal.outcome);
    for (const o of signal.outcomes ?? []) add(s.notOutcomes, o);
  } else if (signal.route && only(signal.outcome, signal.kind, signal.type)) {
    // "new work items except tap", "texts other than tap": a route excluded.
    add(s.notRoutes, signal.route);
  } else return false;
  // The negator was used ("rgms except tbc ones"): never said back unused.
  s.negationUsed = true;
  return true;
}
