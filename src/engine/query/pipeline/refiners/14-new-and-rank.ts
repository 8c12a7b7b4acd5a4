/**
 * 14. "New" said of groups, of work items, or of texts; Questions ranked or compared.
 *   "new cgs" → cg new · "cgs that are not new" → cg, not words new · "cgs not carrying on" → cg, not words continued · "what's new" → new ·
 *   `new tap` → new tap · "which question has the most texts" → ranked · "compare q10 and q15" → side by side
 */
import { COMPARE_CUES, QUESTION_NOUNS, RANK_CUES } from '../../words.js';
import { COUNT_COMMAND, NEW_COMMAND, NEW_LEAD, NEW_WORD } from '../lexicon/parser-words.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

export function newAndRank(s: State): ParseOutcome | undefined {
  newGroups(s);
  newWorkItems(s);
  // "which question has the most texts": the Questions ranked; "compare Q10 and Q15": side by side.
  s.rank = s.words.some((w) => QUESTION_NOUNS.has(w)) ? s.words.map((w) => RANK_CUES.get(w)).find((r) => r !== undefined) : undefined;
  if (s.rank) {
    s.perQuestion = true;
    s.content = s.content.filter((w) => !RANK_CUES.has(w));
  }
  s.compared = s.questions.length >= 2 && s.words.some((w) => COMPARE_CUES.has(w));
  if (s.compared) s.content = s.content.filter((w) => !COMPARE_CUES.has(w));
  s.about = s.topicWords.length ? s.topicWords.join(' ') : undefined;
  return undefined;
}

function newGroups(s: State): void {
  const groups = s.topics.includes('groups');
  // "new cgs": the groups the summary marks New, not the new work items.
  s.newGroups = groups && s.filters === 1 && s.kinds.length === 1 && s.kinds[0] === 'new';
  if (s.newGroups) s.kinds = [];
  // "cgs that are not new": the groups not marked New (the status is a word of the group, excluded like a topic).
  s.notNewGroups =
    groups && s.notKinds.length === 1 && s.notKinds[0] === 'new' && s.outcomes.length + s.routes.length + s.types.length + s.subjects.length === 0;
  if (s.notNewGroups) {
    s.kinds = [];
    s.not.words = [...(s.not.words ?? []), NEW_WORD];
  }
  // "cgs that are not continuing": the status excluded like a topic word, as "new" is.
  if (groups && s.notGroupStatuses.length) s.not.words = [...(s.not.words ?? []), ...s.notGroupStatuses];
}

function newWorkItems(s: State): void {
  const { subjects } = s;
  if (
    s.kinds.length === 1 &&
    s.kinds[0] === 'new' &&
    s.outcomes.length + s.routes.length + s.types.length === 0 &&
    !subjects.includes('texts') &&
    !subjects.includes('rgms')
  ) {
    // "what's new", "anything new?", "new Q10", `new tap`: the new work items.
    s.kinds = [];
    subjects.push('work-items');
  }
  // The terse `new tap`, also counted (`count new tap`, the reading of "how many new work items by tap").
  const newCommand = s.firstRaw === NEW_COMMAND || (s.firstRaw === COUNT_COMMAND && NEW_LEAD.test(s.afterFirst));
  // `new texts from q11` names the texts: the new ones among them, not the new work items.
  if (
    newCommand &&
    s.types.length === 0 &&
    s.outcomes.length === 0 &&
    s.kinds.every((k) => k === 'new') &&
    !subjects.includes('rgms') &&
    !subjects.includes('texts')
  ) {
    s.kinds = s.kinds.filter((k) => k !== 'new');
    if (!subjects.includes('work-items')) subjects.push('work-items');
  }
}
