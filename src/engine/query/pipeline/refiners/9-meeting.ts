/**
 * 9. The SG17 meeting a question means. A past-tense question about a month a meeting was held in,
 * or about "the September meeting", asks for that meeting's outcomes, not a window ahead ("rgms in
 * Sep" stays a window); "this time" is the data's meeting. "The April meeting" planned, or "what
 * will happen at the next meeting", is the listing of meetings or the texts determined for it.
 *   "what was approved this time" → texts of the latest meeting · "what happened in Sep" → texts sg17-2024-09 ·
 *   "what did q10 decide this time" → texts Q10 of the latest meeting
 *   "the April meeting" → meeting · "what will happen at the next meeting" → tap determined
 *   "when is the next SG17", "SG17 april 2025 dates", "meetings in april 2025" → meeting (no RGM meets then)
 */
import { PAST_CUES, WILL_CUES } from '../../words.js';
import { query } from '../build-query.js';
import { NEXT_WORDS, SG17_NAMED } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import { heldMeetingOf, overlaps, plannedMeetingAsked } from '../recognisers/meetings.js';
import type { State } from '../state.js';

export function meetingAsked(s: State): ParseOutcome | undefined {
  s.meeting = s.meetingId;
  s.textList = s.outcomes.length + s.routes.length + s.kinds.length + s.types.length + s.textExclusions > 0 || s.subjects.includes('texts');
  s.textsAsked = !s.subjects.includes('rgms') && !s.subjects.includes('work-items');
  s.pastCue = s.words.some((w) => PAST_CUES.has(w));
  // "what was approved this time", "what came out of Q13 this time": the outcomes of the data's meeting (a past cue
  // asks for them as "what happened at the plenary" does).
  if (!s.meeting && s.current && s.textsAsked && (s.textList || s.filters > 0 || s.pastCue)) s.meeting = s.env.catalog.latest.id;
  if (!s.meeting && s.time && s.textsAsked && (s.pastCue || s.topics.includes('meetings') || s.textList)) {
    s.meeting = heldMeetingOf(s.time, s.env.now, s.places);
    if (s.meeting) s.window = {};
  }
  const next = s.words.some((w) => NEXT_WORDS.has(w));
  if (!s.meeting && plannedPlenaryMeant(s, next)) return query({ ask: 'meetings' });
  const planned =
    !s.meeting && s.topics.includes('meetings') && s.filters === 0 && !s.questionNamed && (s.time || next)
      ? plannedMeetingAsked(s.lower, s.norm, s.words, s.window, !!s.time, s.places)
      : undefined;
  if (planned === 'listing') return query({ ask: 'meetings' });
  s.plannedMeeting = planned === 'determined';
  if (s.plannedMeeting) {
    s.outcomes.push('tap-determined');
    s.window = {};
    s.content = s.content.filter((w) => !WILL_CUES.has(w));
  }
  return undefined;
}

/**
 * SG17 itself ("the next SG17", "SG17 april 2025 dates"), or a meeting in a window that holds the planned
 * plenary and no RGM ("how long is the april 2025 meeting"), with no RGM word (no Question, no "rgm", nothing
 * else listed) and nothing asked of what it will do: the SG17 meeting planned, not an RGM. "rgms in april
 * 2025", "next Q15 rapporteur meeting", "meetings in feb 2025" (RGMs meet then) stay RGMs.
 */
function plannedPlenaryMeant(s: State, next: boolean): boolean {
  if (s.questionNamed || s.filters > 0 || s.textList || s.topics.some((t) => t !== 'meetings')) return false;
  if (s.words.some((w) => WILL_CUES.has(w))) return false;
  const sg17 = SG17_NAMED.test(s.norm);
  if (!s.time) return sg17 && next && s.places.planned.length > 0;
  if (!s.places.planned.some((r) => overlaps(r, s.window))) return false;
  return sg17 || (s.topics.includes('meetings') && !s.places.rgmDays.some((r) => overlaps(r, s.window)));
}
