/**
 * 16. Other topics, and a Question on its own: correspondence groups (narrowed by their words),
 * statistics (a word it cannot narrow by names one of its lines, which search finds), highlights,
 * SG17 meetings, a Question's RGMs or texts or overview, help, definitions.
 *   "cg on ai security" → cg ai security · "which cgs carry on" → cg about continued · "stats" → stats · "ls in and out figures" → stats · "q15" → q 15 ·
 *   "q15 meetings" → rgm Q15 · "what is q10 doing" → q 10 · "what came out for q10", "all from q10" → texts Q10 (what it produced) ·
 *   "when was the last q3 meeting" → rgm Q3 until yesterday, the last
 */
import { MEETING_WORDS, PAST_CUES, PRODUCED_CUES, STATS_BREAKDOWNS, STATS_DIRECTIONS, STATS_DOCUMENTS, STATS_MEASURES } from '../../words.js';
import { exclusionFor, query } from '../build-query.js';
import { FROM_QUESTION, NEW_WORD } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';
import { lastOne } from './last-rgm.js';

export function topics(s: State): ParseOutcome | undefined {
  const { topics, content } = s;
  if (topics.includes('groups')) {
    // "new cgs", "which cgs carry on": the status the data marks them with is one of the group's words.
    const statuses = [...(s.newGroups ? [NEW_WORD] : []), ...s.groupStatuses];
    const words = statuses.length ? [...statuses, ...s.topicWords].join(' ') : s.about;
    return query(
      { ask: 'groups', words, count: s.count || undefined, not: exclusionFor(s.not, ['words']) },
      undefined,
      content.filter((w) => !s.topicWords.includes(w)),
    );
  }
  if (topics.includes('stats')) {
    // "the DDP percentage", "contributions by region", "LS in/out": a word naming a figure of the statistics, how they
    // are broken down, or the documents they count coming in or going out, narrows nothing.
    const lineOf = (w: string): boolean => STATS_MEASURES.has(w) || STATS_BREAKDOWNS.has(w) || STATS_DOCUMENTS.has(w) || STATS_DIRECTIONS.has(w);
    const narrowing = [...content, ...(s.alias?.words ?? [])].filter((w) => !lineOf(w));
    if (narrowing.length === 0) return query({ ask: 'stats' });
    const statsPhrases = s.signals.filter(({ signal }) => signal.topic === 'stats').map(({ phrase }) => phrase);
    return query({ ask: 'search', words: [...statsPhrases, ...narrowing].join(' ') });
  }
  // "q11 summary", "hot topics in q1": a Question's own overview, below.
  if (topics.includes('highlights') && !s.questionNamed) {
    // "hot topics of the september meeting": that meeting; "hot topics in march 2024": the meeting held then.
    return query({ ask: 'highlights', ...(s.meeting ? { meeting: s.meeting } : { from: s.window.from, to: s.window.to }) });
  }
  if (topics.includes('meetings') && !s.questionNamed) return query({ ask: 'meetings' });
  return s.questionNamed ? questionAsked(s) : undefined;
}

function questionAsked(s: State): ParseOutcome | undefined {
  const { questions, notQuestions, compared } = s;
  // "what came out for Q10", "what did Q10 conclude": a past cue asks what the Question did, it is no topic word.
  const content = s.content.filter((w) => !PAST_CUES.has(w) && !PRODUCED_CUES.has(w));
  const notQ = notQuestions.length ? { questions: notQuestions } : undefined;
  const meetingWords = s.words.some((w) => MEETING_WORDS.has(w));
  // "when was the last Q3 meeting": the last of them.
  if (meetingWords) return query(lastOne(s, { ask: 'rgms', questions, not: notQ }));
  // "Q7 outcomes", "all from question 8": what the Question produced, its texts; "q8", "what is q8 doing": its overview.
  const produced = s.words.some((w) => PRODUCED_CUES.has(w)) || FROM_QUESTION.test(s.text);
  if (questions.length === 1 && content.length === 0 && !produced) return query({ ask: 'question', questions });
  if (compared && meetingWords) return query({ ask: 'rgms', questions, sideBySide: true });
  if (content.length === 0) return query({ ask: 'texts', questions, not: notQ, sideBySide: compared || undefined });
  return undefined;
}
