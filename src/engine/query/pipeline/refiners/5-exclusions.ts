/**
 * 5. What is excluded, kept per dimension; one value named as well wins ("new, not amended"). A
 * route excluded beside its own step excludes only the step ("apart from tap approvals"); a window
 * after a negator is a window left out ("rgms not in 2025").
 *   "texts except amendments" → not kinds amendment · "new, not amended" → kinds new
 */
import { ROUTE_OUTCOMES } from '../build-query.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';
import type { Exclusion } from '../../model.js';

export function exclusions(s: State): ParseOutcome | undefined {
  const named = s.outcomes.length > 0;
  s.not = {
    outcomes: named ? [] : s.notOutcomes,
    routes: s.routes.length || named ? [] : s.notRoutes.filter((r) => !ROUTE_OUTCOMES[r].some((o) => s.notOutcomes.includes(o))),
    kinds: s.kinds.length ? [] : s.notKinds,
    types: s.types.length ? [] : s.notTypes,
    questions: s.notQuestions,
    formats: s.formats.length ? [] : s.notFormats,
    flags: s.notFlags,
    ids: s.notIds,
    windows: s.timesLeftOut.map((w) => `${w.from ?? '0000-01-01'}..${w.to ?? '9999-12-31'}`),
  };
  // Values of one dimension beside a combination under the same negator ("except Q2 and the Q11 amendments").
  for (const [key, values] of Object.entries(s.notEach) as [keyof typeof s.not, string[]][])
    s.not[key] = [...new Set([...(s.not[key] ?? []), ...values])] as never;
  const n = s.not;
  s.textExclusions =
    textGroups(s.excludeAll) + n.outcomes!.length + n.routes!.length + n.kinds!.length + n.types!.length + s.flags.length + s.notFlags.length + s.notIds.length;
  return undefined;
}

/** What only texts hold: a combination naming one of these is said of texts ("except the Q11 amendments"). */
const TEXT_ONLY: readonly (keyof Exclusion)[] = ['outcomes', 'kinds', 'types', 'flags', 'ids'];
function textGroups(groups: readonly Exclusion[]): number {
  return groups.filter((g) => TEXT_ONLY.some((k) => g[k]?.length)).length;
}
