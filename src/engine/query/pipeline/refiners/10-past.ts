/**
 * 10. Windows turned by tense. "past rgms", "rgms that already happened" are those held until
 * yesterday (a list of RGMs is otherwise of those to come; "not happened yet" turns the cue round);
 * "what happened in October", asked in November, is the October just past; "what will be approved
 * in April" is the texts determined for the meeting planned then, with no window.
 *   "past rgms" → rgm to yesterday · "q3 rgms held so far" → rgm Q3 to yesterday ·
 *   "what happened in october" (asked in November) → last October ·
 *   "texts approved in april 2025", "approved next time" (April's meeting still ahead) → tap determined
 */
import { PAST_RGM_CUES, PAST_TENSE } from '../../words.js';
import { ISO_DAY_TYPED, NEXT_WORDS, NOT_PAST, TAKEN_PLACE, TAKEN_PLACE_WORDS, TIME_ANCHORED, TIME_WORDS } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import { overlaps, yearEarlier } from '../recognisers/meetings.js';
import { utcDay } from '../../../format-dates.js';
import type { State } from '../state.js';

export function pastWindows(s: State): ParseOutcome | undefined {
  // "the recent rgm in stockholm": a place already names the RGM meant.
  const pastRgms = !s.time && s.subjects.includes('rgms') && !s.textFilters && !s.venues?.length;
  if (pastRgms && (s.words.some((w) => PAST_RGM_CUES.has(w)) || TAKEN_PLACE.test(s.norm))) {
    if (!NOT_PAST.test(s.norm)) s.window = { to: utcDay(new Date(s.env.now.getTime() - 86_400_000)) };
    s.content = s.content.filter((w) => !PAST_RGM_CUES.has(w) && !TAKEN_PLACE_WORDS.has(w));
  }
  const { window, time } = s;
  if (
    !s.meeting &&
    time &&
    window.from &&
    window.to &&
    window.from > s.today() &&
    s.words.some((w) => PAST_TENSE.has(w)) &&
    // A year named, or a phrase counted from today ("next week"), already says which one is meant.
    !time.matched.some((m) => TIME_ANCHORED.test(m))
  ) {
    const from = yearEarlier(window.from);
    if (from < s.today()) s.window = { from, to: yearEarlier(window.to) };
  }
  approvalAhead(s);
  if (time && !s.meeting && s.outcomes.length === 1 && s.outcomes[0] === 'tap-determined' && s.places.planned.some((r) => overlaps(r, s.window))) s.window = {};
  return undefined;
}

/**
 * An approval that lies ahead — in a window still to come that holds the planned meeting ("approved in april
 * 2025", asked before it), or at the next meeting ("approved next time", "at the next plenary") — has not
 * happened: the texts it will be asked of are those determined now, for approval there.
 */
function approvalAhead(s: State): void {
  if (s.meeting || s.outcomes.length !== 1 || s.outcomes[0] !== 'tap-approved' || s.places.planned.length === 0) return;
  const nextMeeting = s.words.some((w) => NEXT_WORDS.has(w)) && (s.topics.includes('meetings') || s.words.some((w) => TIME_WORDS.has(w)));
  const windowAhead =
    s.time !== undefined &&
    !s.time.matched.some((m) => ISO_DAY_TYPED.test(m)) &&
    s.window.from !== undefined &&
    s.window.from > s.today() &&
    s.places.planned.some((r) => overlaps(r, s.window));
  if (nextMeeting || windowAhead) s.outcomes = ['tap-determined'];
}
