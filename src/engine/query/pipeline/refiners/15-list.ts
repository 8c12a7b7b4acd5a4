/**
 * 15. The list a question asks for, with every filter said; the Questions holding none ("which
 * questions have no rgms"); counts from today ("how many rgms are left"); a definition or a second
 * list named in the same message as the alternative; content words that narrowed nothing said back unused.
 *   "aap q15" → aap Q15 · "which questions have no rgms" → rgm per question none · "tap maybe" → tap, unused maybe ·
 *   "the final q1 rgm in 2025" → the last RGM of Q1 in 2025 · "when was the last q3 rgm" → the last Q3 RGM until yesterday ·
 *   "the last rgm of the study period" → the final RGM
 */
import { AHEAD_OF_TODAY, FINAL_WORDS, HIGHLIGHT_ITEMS, LAST_HELD, LAST_OF_WINDOW, MEETING_WORDS, NONE_CUES, STILL_AHEAD } from '../../words.js';
import { listQuery, otherListAsked, query } from '../build-query.js';
import { ALTERNATIVES, AND_JOIN, ASIDE_NO, NOT_HAVE, TWO_CLAUSES, WITHOUT_ENDING, readingFor } from '../lexicon/parser-words.js';
import { lastOne } from './last-rgm.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

/** "which registration authority got approved": an item only the highlights hold, with only outcomes said of it. */
function highlightItemAsked(s: State): boolean {
  const named = s.signals.some(({ phrase, signal }) => signal.topic === 'highlights' && HIGHLIGHT_ITEMS.has(phrase));
  return named && s.filters === s.outcomes.length + s.routes.length;
}

export function list(s: State): ParseOutcome | undefined {
  const { outcomes, routes, kinds, types, subjects, questions, window, count, topics } = s;
  const otherTopic = topics.some((t) => t === 'groups' || t === 'stats' || t === 'highlights');
  let listed =
    otherTopic && (s.filters === 0 || s.newGroups || s.notNewGroups || highlightItemAsked(s))
      ? undefined
      : listQuery({
          outcomes,
          routes,
          kinds,
          types,
          subjects,
          questions,
          window,
          count,
          words: s.about,
          venues: s.venues,
          format: s.format,
          state: s.rgmState,
          meetingsAsked: topics.includes('meetings'),
          perQuestion: s.perQuestion,
          meeting: s.meeting,
          twoClauses: s.norm.includes(AND_JOIN) && TWO_CLAUSES.test(s.norm),
          not: s.not,
          excludeAll: s.excludeAll,
          flags: s.flags,
          timing: s.timing,
          nothingElse: s.content.length === 0 && !s.time,
        });
  if (!listed) return undefined;
  if (listed.perQuestion && s.rank) listed = { ...listed, rank: s.rank };
  // "how many rgms are left", "any rgms coming up": the RGMs still ahead are those from today (a list of RGMs
  // with no upcoming one would otherwise show the latest planned, as "rgms" alone does).
  // With a window as well ("upcoming rgms in 2024"), both hold: the part of the window from today.
  const ahead = listed.count ? STILL_AHEAD : AHEAD_OF_TODAY;
  const aheadSaid = listed.ask === 'rgms' && s.words.some((w) => ahead.has(w));
  if (aheadSaid) listed = fromToday(listed, s.today());
  if (listed.ask === 'rgms' && !listed.count) listed = lastOne(s, listed);
  if (s.compared) listed = { ...listed, sideBySide: true };
  // The executor finds those Questions (the parser never runs a query).
  if (listed.perQuestion && subjects.length <= 1 && noneAsked(s))
    return query(
      { ...listed, none: true },
      undefined,
      s.content.filter((w) => !NONE_CUES.has(w) && !MEETING_WORDS.has(w)),
    );
  const used = usedBy(listed);
  return query(listed, alternativeOf(s, listed), [
    ...s.content.filter(
      (w) =>
        !used.has(w) &&
        !MEETING_WORDS.has(w) &&
        !/^\d$/.test(w) &&
        !(listed.last && (LAST_OF_WINDOW.has(w) || LAST_HELD.has(w) || FINAL_WORDS.has(w))) &&
        !(aheadSaid && ahead.has(w)),
    ),
    ...s.excludedNotApplied.map(readingFor.notApplied),
  ]);
}

/** A list of RGMs from today: its window's part still ahead (a window wholly past, or from later on, is kept as said). */
function fromToday(listed: NonNullable<State['listed']>, today: string): NonNullable<State['listed']> {
  if (listed.from !== undefined && listed.from >= today) return listed;
  if (listed.to !== undefined && listed.to < today) return listed;
  return { ...listed, from: today };
}

/**
 * "which questions have no rgms", "questions with nothing approved", "which questions don't have any work
 * items": none asked. A "no" that opens or closes the question ("no, i meant…", "…, no?") is an aside.
 */
function noneAsked(s: State): boolean {
  const { words, loose } = s;
  const aside = (w: string): boolean =>
    w === ASIDE_NO && (words[0] === ASIDE_NO || words.at(-1) === ASIDE_NO) && loose.filter((x) => x === ASIDE_NO).length === 1;
  return loose.some((w) => NONE_CUES.has(w) && !aside(w)) || s.signals.some(({ phrase }) => phrase.endsWith(WITHOUT_ENDING)) || NOT_HAVE.test(s.norm);
}

/** The words a list uses (its topic words and venue). */
function usedBy(listed: NonNullable<State['listed']>): ReadonlySet<string> {
  return new Set([...(listed.words?.split(' ') ?? []), ...(listed.venues ?? []).flatMap((v) => v.split(' '))]);
}

/** "last call" alone: the definition came close; a planned meeting: its listing; or a second list named. */
function alternativeOf(s: State, listed: NonNullable<State['listed']>): string | undefined {
  const term = s.terms[0];
  const typedCommand = s.env.commandWords.includes(s.firstRaw);
  const alone = s.signals.length === 1 && !s.signals[0]!.signal.list && !s.questionNamed;
  const close = term && !typedCommand && (s.opener !== undefined || alone) && listed.ask === 'texts' && !s.count ? readingFor.explain(term) : undefined;
  const { outcomes, routes, kinds, types, subjects, topics } = s;
  const secondAsk =
    subjects.length > 0 && subjects.length + topics.length + outcomes.length + routes.length + types.length > 1
      ? otherListAsked(listed, { outcomes, routes, kinds, types, subjects, topics })
      : undefined;
  return close ?? (s.plannedMeeting ? ALTERNATIVES.meeting : undefined) ?? secondAsk;
}
