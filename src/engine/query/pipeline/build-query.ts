/**
 * The Query is built last, from what the refiners left: the list a question asks for (RGMs, work
 * items or texts, with every filter and exclusion that applies to it), cleaned of empty filters and
 * spelled once as its reading. The parser never runs a query: the executor does.
 */
import { canonicalExclusion } from '../dimensions.js';
import type { DocType, ExcludedGroup, Exclusion, Outcome, Query, RgmFormat, RgmState, Route, TextFlag, TextKind } from '../model.js';
import { readingOf } from '../reading.js';
import type { Signal } from '../words.js';
import { ALTERNATIVES } from './lexicon/parser-words.js';
import type { ParseOutcome } from './outcome.js';

export interface ListParts {
  readonly outcomes: Outcome[];
  readonly routes: Route[];
  readonly kinds: TextKind[];
  readonly types: DocType[];
  readonly subjects: ('texts' | 'work-items' | 'rgms')[];
  readonly questions: string[];
  readonly window: { from?: string; to?: string };
  readonly count: boolean;
  readonly words: string | undefined;
  readonly meetingsAsked?: boolean;
  readonly venues?: readonly string[] | undefined;
  readonly format?: RgmFormat | undefined;
  readonly state?: RgmState | undefined;
  readonly perQuestion?: boolean;
  readonly meeting?: string | undefined;
  /** "which were approved and which went to aap": each clause names its own outcome, so both are listed. */
  readonly twoClauses?: boolean;
  /** No word is left beyond the subject ("texts", "all texts"): the whole list is asked for. */
  readonly nothingElse?: boolean;
  /** What is excluded, per dimension. */
  readonly not?: Exclusion;
  /** Combinations left out ("except the Q11 amendments"). */
  readonly excludeAll?: readonly ExcludedGroup[];
  /** Table flags asked (ISO/IEC equivalent, A.5 justification…). */
  readonly flags?: readonly TextFlag[];
  /** The Timing column's month asked. */
  readonly timing?: string | undefined;
}

/** The outcomes a route says when no outcome of its own is named in its clause. */
export const ROUTE_OUTCOMES: Readonly<Record<Route, readonly Outcome[]>> = {
  tap: ['tap-approved', 'tap-not-approved', 'tap-determined'],
  aap: ['aap-consented'],
  agreement: ['agreed'],
};

/** The step of each route a text takes before its approval comes: what a work item "for" a route is said to wait for. */
const ROUTE_TO_COME: Readonly<Record<Route, readonly Outcome[]>> = { tap: ['tap-determined'], aap: ['aap-consented'], agreement: ['agreed'] };

const TYPE_ORDER: readonly DocType[] = ['recommendation', 'supplement', 'technical-report', 'other'];
const KIND_ORDER: readonly TextKind[] = ['new', 'revised', 'amendment', 'corrigendum'];
const OUTCOME_ORDER: readonly Outcome[] = ['tap-approved', 'tap-not-approved', 'tap-determined', 'aap-consented', 'agreed'];

/** The outcome to answer with: only the filters that say something, spelled once as its reading. */
export function query(q: Query, alternative?: string, unused: readonly string[] = [], unanswered?: string): ParseOutcome {
  const clean: Record<string, unknown> = {};
  for (const key in q) {
    const v = (key as keyof Query) === 'not' ? exclusionFor(q.not, Object.keys(q.not ?? {}) as (keyof Exclusion)[]) : q[key as keyof Query];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) clean[key] = v;
  }
  // Spelled once here: the alternative is compared with it, and the answer shows it.
  const reading = readingOf(clean as Query);
  return {
    kind: 'query',
    query: clean as Query,
    reading,
    ...(alternative && alternative !== reading ? { alternative } : {}),
    ...(unused.length ? { unused } : {}),
    ...(unanswered ? { unanswered } : {}),
  };
}

/** The exclusions that apply to one kind of list. */
export function exclusionFor(not: Exclusion | undefined, keys: readonly (keyof Exclusion)[]): Exclusion | undefined {
  if (!not) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (not[k]?.length) out[k] = not[k];
  return Object.keys(out).length ? canonicalExclusion(out as Exclusion) : undefined;
}

/** The combinations left out that one kind of list can hold: a group naming a dimension the list has not leaves nothing out. */
export function groupsFor(groups: readonly ExcludedGroup[] | undefined, keys: readonly (keyof Exclusion)[]): ExcludedGroup[] | undefined {
  const held = (groups ?? []).filter((g) => (Object.keys(g) as (keyof Exclusion)[]).every((k) => keys.includes(k)));
  return held.length ? held : undefined;
}

const RGM_KEYS: readonly (keyof Exclusion)[] = ['questions', 'formats', 'venues', 'words', 'windows'];
const WORK_ITEM_KEYS: readonly (keyof Exclusion)[] = ['questions', 'routes', 'types', 'ids', 'words'];
const TEXT_KEYS: readonly (keyof Exclusion)[] = ['outcomes', 'routes', 'kinds', 'types', 'questions', 'flags', 'ids', 'words', 'windows'];

/** The list a question asks for, if its phrases name one. */
export function listQuery(p: ListParts): Query | undefined {
  const timed = p.window.from !== undefined || p.window.to !== undefined;
  // A column of the texts' tables ("iso equivalents", "deferred before"), asked or excluded, names texts as a step does;
  // so does a combination left out that only texts hold ("everything except the Q11 amendments").
  const named =
    p.outcomes.length +
    p.routes.length +
    p.kinds.length +
    p.types.length +
    (p.flags?.length ?? 0) +
    (p.not?.flags?.length ?? 0) +
    (groupsFor(p.excludeAll, TEXT_KEYS)?.length ?? 0);
  const rgmGroup = !!p.excludeAll?.length && !groupsFor(p.excludeAll, TEXT_KEYS) && !!groupsFor(p.excludeAll, RGM_KEYS);
  if (
    p.subjects.includes('rgms') ||
    (rgmGroup && !p.subjects.length) ||
    (timed && !p.subjects.includes('work-items') && !p.subjects.includes('texts') && named === 0)
  )
    return rgmList(p);
  if (p.subjects.includes('work-items')) return workItemList(p);
  return textList(p, timed);
}

function rgmList(p: ListParts): Query {
  return {
    ask: 'rgms',
    questions: p.questions,
    format: p.format,
    state: p.state,
    venues: p.venues?.length ? [...p.venues] : undefined,
    ...p.window,
    words: p.words,
    count: p.count || undefined,
    perQuestion: p.perQuestion || undefined,
    not: exclusionFor(p.not, RGM_KEYS),
    excludeAll: groupsFor(p.excludeAll, RGM_KEYS),
  };
}

function workItemList(p: ListParts): Query {
  const route = p.routes[0] ?? routeOfOutcomes(p.outcomes);
  return {
    ask: 'work-items',
    route,
    types: TYPE_ORDER.filter((t) => p.types.includes(t)),
    questions: p.questions,
    words: p.words,
    count: p.count || undefined,
    perQuestion: p.perQuestion || undefined,
    not: exclusionFor(p.not, WORK_ITEM_KEYS),
    excludeAll: groupsFor(p.excludeAll, WORK_ITEM_KEYS),
  };
}

/**
 * A work item lists the approval route it will take: a step said of work items ("for TAP approval",
 * "to be agreed", "for consent") names the one route whose step to come is every step said; a step
 * already taken ("approved work items") names none, as no work item has taken one.
 */
function routeOfOutcomes(outcomes: readonly Outcome[]): Route | undefined {
  if (outcomes.length === 0) return undefined;
  const routes = (Object.keys(ROUTE_TO_COME) as Route[]).filter((r) => outcomes.every((o) => ROUTE_TO_COME[r].includes(o)));
  return routes.length === 1 ? routes[0] : undefined;
}

function textList(p: ListParts, timed: boolean): Query | undefined {
  const textNot = exclusionFor(p.not, TEXT_KEYS);
  const textGroups = groupsFor(p.excludeAll, TEXT_KEYS);
  const questionNamed = p.questions.length > 0 || !!p.not?.questions?.length;
  const filtered = p.outcomes.length + p.routes.length + p.kinds.length + p.types.length + (p.flags?.length ?? 0) > 0 || !!p.timing;
  const excluded = !!(textNot?.outcomes || textNot?.routes || textNot?.kinds || textNot?.types || textNot?.flags || textNot?.ids || textGroups);
  if (
    !filtered &&
    !excluded &&
    !p.meeting &&
    !(p.subjects.includes('texts') && (p.count || questionNamed || !!p.words || !!textNot || p.perQuestion || timed))
  ) {
    // "texts", "all texts" and nothing else: every text acted on, as the `texts` command with no options.
    if (p.nothingElse && p.subjects.length === 1 && p.subjects[0] === 'texts' && !p.count && !p.perQuestion && !questionNamed) return { ask: 'texts' };
    // "how many days is the next sg17 meeting": a count of nothing listed, asked of the SG17 meetings, is theirs (their dates and length).
    if (p.meetingsAsked && p.subjects.length === 0) return undefined;
    return (p.count || p.perQuestion) && !questionNamed && p.subjects.length + (p.count ? 1 : 0) > 0
      ? { ask: 'texts', count: p.count || undefined, perQuestion: p.perQuestion || undefined }
      : undefined;
  }
  const outcomes = textOutcomes(p);
  // Every TAP or AAP text is a Recommendation: "approved recommendations" names no extra filter.
  const types = outcomes.length > 0 && outcomes.every((o) => o !== 'agreed') ? p.types.filter((t) => t !== 'recommendation') : p.types;
  return {
    ask: 'texts',
    outcomes: OUTCOME_ORDER.filter((o) => outcomes.includes(o)),
    kinds: KIND_ORDER.filter((k) => p.kinds.includes(k)),
    types: TYPE_ORDER.filter((t) => types.includes(t)),
    questions: p.questions,
    flags: p.flags?.length ? [...p.flags] : undefined,
    timing: p.timing,
    not: textNot,
    excludeAll: textGroups,
    meeting: p.meeting,
    ...p.window,
    words: p.words,
    count: p.count || undefined,
    perQuestion: p.perQuestion || undefined,
  };
}

/** The outcomes a text list asks for: those named, as the routes named turn them. */
function textOutcomes(p: ListParts): Outcome[] {
  let outcomes = [...p.outcomes];
  // Supplements, Technical Reports and other documents are agreed, never TAP-approved: "any
  // suppl approved", "TRs approved at the meeting" ask what was agreed.
  if (outcomes.length === 1 && outcomes[0] === 'tap-approved' && p.types.length > 0 && !p.types.includes('recommendation') && p.routes.length === 0) {
    outcomes = ['agreed'];
  }
  // "approved" said of another route is that route's own step: "AAP approved texts", "recs pending
  // AAP approval" are the AAP texts (consented, going to Last Call), never the TAP approvals.
  const approvalWords = outcomes.length > 0 && outcomes.every((o) => o === 'tap-approved' || o === 'tap-determined');
  if (p.twoClauses) {
    // "which were approved and which went to aap": the route's clause adds its outcomes to the other's.
    for (const route of p.routes) if (!ROUTE_OUTCOMES[route].some((o) => outcomes.includes(o))) outcomes.push(...ROUTE_OUTCOMES[route]);
  } else {
    if (approvalWords && p.routes.length === 1 && p.routes[0] === 'aap') outcomes = ['aap-consented'];
    if (approvalWords && p.routes.length === 1 && p.routes[0] === 'agreement') outcomes = ['agreed'];
  }
  if (outcomes.length === 0) for (const route of p.routes) outcomes.push(...ROUTE_OUTCOMES[route]);
  return outcomes;
}

/**
 * A second list named in the same message that the answer does not give ("aap texts and rgms",
 * "rgms and cgs"), as its command: offered as the alternative, so half the message is never dropped
 * silently. Only an explicit second subject counts: "new work items by tap" is one ask.
 */
export function otherListAsked(
  listed: Query,
  said: Pick<ListParts, 'outcomes' | 'routes' | 'kinds' | 'types' | 'subjects'> & { readonly topics: readonly NonNullable<Signal['topic']>[] },
): string | undefined {
  const textFilters = said.outcomes.length + said.routes.length + said.types.length + said.kinds.filter((k) => k !== 'new').length > 0;
  const textsNamed = said.subjects.includes('texts') || (listed.ask === 'rgms' && textFilters);
  if (listed.ask !== 'texts' && textsNamed) {
    const texts = listQuery({ ...said, subjects: ['texts'], questions: listed.questions ?? [], window: {}, count: false, words: undefined });
    if (texts) return readingOf(texts);
  }
  if (listed.ask !== 'rgms' && said.subjects.includes('rgms')) return ALTERNATIVES.rgms;
  if (listed.ask !== 'work-items' && said.subjects.includes('work-items')) return ALTERNATIVES.workItems;
  if (said.topics.includes('groups')) return ALTERNATIVES.groups;
  return undefined;
}
