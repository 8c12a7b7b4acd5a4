/**
 * The refiners, in their order. Each reads what the recognisers and the refiners before it left in
 * the state, refines it, and either passes (undefined) or answers; the last always answers.
 */
import type { ParseOutcome } from './outcome.js';
import { typedCommand } from './refiners/1-typed-command.js';
import { namedIds } from './refiners/2-named-ids.js';
import { readWords } from './refiners/3-read-phrases.js';
import { sortIntoDimensions } from './refiners/4-dimensions.js';
import { exclusions } from './refiners/5-exclusions.js';
import { idsAsked } from './refiners/6-ids-asked.js';
import { contentWords } from './refiners/7-content.js';
import { venue } from './refiners/8-venue.js';
import { meetingAsked } from './refiners/9-meeting.js';
import { pastWindows } from './refiners/10-past.js';
import { heldMeeting } from './refiners/11-held-meeting.js';
import { smallTalk } from './refiners/12-small-talk.js';
import { define } from './refiners/13-define.js';
import { newAndRank } from './refiners/14-new-and-rank.js';
import { list } from './refiners/15-list.js';
import { topics } from './refiners/16-topics.js';
import { search } from './refiners/17-search.js';
import type { State } from './state.js';

export type Refiner = (s: State) => ParseOutcome | undefined;

export const REFINERS: readonly Refiner[] = [
  typedCommand,
  namedIds,
  readWords,
  sortIntoDimensions,
  exclusions,
  idsAsked,
  contentWords,
  venue,
  meetingAsked,
  pastWindows,
  heldMeeting,
  smallTalk,
  define,
  newAndRank,
  list,
  topics,
];

/** The last refiner: a search for the words left, or not understood. */
export const LAST: (s: State) => ParseOutcome = search;

export function run(s: State, refiners: readonly Refiner[] = REFINERS, last: (s: State) => ParseOutcome = LAST): ParseOutcome {
  for (const refine of refiners) {
    const outcome = refine(s);
    if (outcome) return outcome;
  }
  return last(s);
}
