/**
 * 11. The texts of a list are all acted on at a meeting: "the last meeting", "last time", "in
 * Geneva", "what happened at the plenary", "which texts at the meeting" name the meeting held
 * (never the one planned). Then the topic words: the content words of the data, and a word that
 * names other SG17 documents is a title's word as well ("security manual").
 *   "what was approved last time" → texts of the latest meeting held · "security manual updated?" → words manual
 */
import { LAST_WORDS, PAST_CUES, WILL_CUES } from '../../words.js';
import { DATES_WORDS, LAST_MEETING, NEXT_WORDS, TIME_WORDS, WHEN_WHERE } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

export function heldMeeting(s: State): ParseOutcome | undefined {
  const { words } = s;
  const asksWhenWhere = words.some((w) => WHEN_WHERE.has(w)) || (words.some((w) => DATES_WORDS.has(w)) && s.filters === 0);
  if (!s.meeting && s.textsAsked && !asksWhenWhere) meetingHeld(s);
  if (s.meeting && s.meeting !== s.meetingId) s.content = s.content.filter((w) => !PAST_CUES.has(w) && !s.places.meetingPlaceWords.has(w));
  // "next time" / "last time" is a time phrase about a meeting, never the topic word "time".
  if (meetingTimePhrase(words)) s.content = s.content.filter((w) => !TIME_WORDS.has(w));
  s.topicWords = topicWords(s);
  return undefined;
}

function meetingTimePhrase(words: readonly string[]): boolean {
  return words.some((w, i) => {
    const before = words[i - 1] ?? '';
    return TIME_WORDS.has(w) && (NEXT_WORDS.has(before) || LAST_WORDS.has(before));
  });
}

function meetingHeld(s: State): void {
  // "put off at a previous meeting": the Notes' history, not the texts of the latest meeting held.
  if (s.earlierDeferral) return;
  const { words } = s;
  const next = words.some((w) => NEXT_WORDS.has(w));
  const last = words.some((w) => LAST_WORDS.has(w)) && LAST_MEETING.test(s.norm);
  const place = s.content.find((w) => s.places.meetingPlaceWords.has(w));
  const meetings = s.topics.includes('meetings');
  // "what happened at the plenary": with nothing else to list, a past meeting's outcomes.
  const pastMeeting = meetings && s.pastCue && !s.textList && !s.plannedMeeting && !next;
  // "which texts at the meeting": texts named with nothing else are those acted on at the meeting held.
  const meetingTexts =
    meetings && s.subjects.length === 1 && s.subjects[0] === 'texts' && s.filters === 1 && !s.plannedMeeting && !next && !words.some((w) => WILL_CUES.has(w));
  if (((last || place) && (meetings || s.textList || s.pastCue)) || pastMeeting || meetingTexts) {
    const day = s.today();
    s.meeting = s.places.held.find((m) => m.end < day && (!place || m.place.has(place)))?.id;
    if (s.meeting && last) s.content = s.content.filter((w) => !TIME_WORDS.has(w));
  }
}

/** The topic words: content words the data holds; with a type of other documents, its own words too. */
function topicWords(s: State): string[] {
  const typeTitleWords = s.types.includes('other')
    ? new Set(s.signals.filter(({ phrase, signal }) => signal.type === 'other' && !phrase.includes(' ') && s.known.has(phrase)).map(({ phrase }) => phrase))
    : undefined;
  return typeTitleWords?.size
    ? s.words.filter((w, i) => (typeTitleWords.has(w) || (s.content.includes(w) && s.known.has(w))) && s.words.indexOf(w) === i)
    : s.content.filter((w) => s.known.has(w));
}
