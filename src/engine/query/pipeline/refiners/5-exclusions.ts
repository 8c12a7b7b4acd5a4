/**
 * 5. What is excluded, kept per dimension; one value named as well wins ("new, not amended"). A
 * route excluded beside its own step excludes only the step ("apart from tap approvals"); a window
 * after a negator is a window left out ("rgms not in 2025").
 *   "texts except amendments" → not kinds amendment · "new, not amended" → kinds new
 */
import { ROUTE_OUTCOMES } from '../build-query.js';
import type { ParseOutcome } from '../outcome.js';
import type { State } from '../state.js';

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
  const n = s.not;
  s.textExclusions = n.outcomes!.length + n.routes!.length + n.kinds!.length + n.types!.length + s.flags.length + s.notFlags.length + s.notIds.length;
  return undefined;
}
