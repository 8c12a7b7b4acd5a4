/**
 * What someone asks, as data. Every question — typed as a terse command (`aap q15`, `tap
 * determined`, `rgm Q13`), asked in plain words, or sent as Discord options — becomes one Query;
 * one executor (./execute.ts) answers every Query, and ./reading.ts spells it back as the
 * shortest command text. Filters combine freely: an answer is the set matching all of them.
 */
import { z } from 'zod';
import { IsoDate, IsoMonth, ItemStatus, QuestionId } from '../../dataset/schema.js';

/** What an Annex A text's latest status is ("outcome" in the words). */
export const Outcome = ItemStatus;
export type Outcome = z.infer<typeof Outcome>;

export const Route = z.enum(['tap', 'aap', 'agreement']);
export type Route = z.infer<typeof Route>;

export const TextKind = z.enum(['new', 'revised', 'amendment', 'corrigendum']);
export type TextKind = z.infer<typeof TextKind>;

export const DocType = z.enum(['recommendation', 'supplement', 'technical-report', 'other']);
export type DocType = z.infer<typeof DocType>;

/** How an interim RGM meets, as the summary states it (a city alone states no format). */
export const RgmFormat = z.enum(['virtual', 'hybrid', 'physical']);
export type RgmFormat = z.infer<typeof RgmFormat>;

/**
 * What the summary has settled about an RGM: `tbc` its dates are marked TBC, `confirmed` they are
 * not, `no-venue` it names no venue (blank or "tbd").
 */
export const RgmState = z.enum(['tbc', 'confirmed', 'no-venue']);
export type RgmState = z.infer<typeof RgmState>;

/**
 * Yes/no facts the summary's tables hold per text: an ISO/IEC common text ("Equivalent" column), an
 * A.5 justification (the A.5 column), an approval deferred at an earlier meeting (the Notes 1–3),
 * a determination again or the first one (the Notes, or this meeting's table for a text determined now),
 * a base-text TD (the "Base text" column).
 */
export const TextFlag = z.enum(['iso-equivalent', 'a5', 'deferred-before', 're-determined', 'first-determined', 'base-text']);
export type TextFlag = z.infer<typeof TextFlag>;

/**
 * What is left out, per dimension: the executor takes the difference against the data ("aap not
 * Q11" is every consented text but Q11's, whatever Questions the data holds).
 */
export const Exclusion = z.object({
  outcomes: z.array(ItemStatus).optional(),
  routes: z.array(z.enum(['tap', 'aap', 'agreement'])).optional(),
  kinds: z.array(z.enum(['new', 'revised', 'amendment', 'corrigendum'])).optional(),
  types: z.array(z.enum(['recommendation', 'supplement', 'technical-report', 'other'])).optional(),
  questions: z.array(QuestionId).optional(),
  formats: z.array(z.enum(['virtual', 'hybrid', 'physical'])).optional(),
  venues: z.array(z.string()).optional(),
  flags: z.array(TextFlag).optional(),
  /** Texts or work items by id ("except X.1716"; a base number takes its amendments: "bar X.509"). */
  ids: z.array(z.string()).optional(),
  /** Topic words ("not about 5g"): items whose title holds them. */
  words: z.array(z.string()).optional(),
  /** Time windows as "from..to" (inclusive UTC days): RGMs meeting then, texts acted on at a meeting then. */
  windows: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/)).optional(),
});
export type Exclusion = z.infer<typeof Exclusion>;

/**
 * One combination left out ("except the Q11 amendments", "rgms apart from the virtual Q3 ones"): the
 * items holding, in every dimension it names, one of its values. It names two dimensions or more: a
 * single dimension is an `Exclusion` of its own. Read back as `not (Q11 amd)`.
 */
export const ExcludedGroup = Exclusion.refine((g) => Object.values(g).filter((v) => v?.length).length >= 2, {
  message: 'an excluded combination names two dimensions or more',
});
export type ExcludedGroup = z.infer<typeof ExcludedGroup>;

export const Ask = z.enum([
  /** Annex A texts matching the filters. */
  'texts',
  /** New work items (Annex B) matching the filters. */
  'work-items',
  /** Interim RGMs, by Question and time window. */
  'rgms',
  /** One or more texts by id (compared side by side when more than one). */
  'ids',
  /** What terms mean (more than one: a comparison). */
  'define',
  /** Everything about one Question. */
  'question',
  'search',
  'groups',
  'meetings',
  'stats',
  /** The latest meeting's hot topics, output lines and registration authorities. */
  'highlights',
  'help',
  'greeting',
  'thanks',
  /** Something the summary does not hold (rapporteurs, editors, authors). */
  'not-held',
]);
export type Ask = z.infer<typeof Ask>;

export const Query = z.object({
  ask: Ask,
  /** "how many …": the number first, then the items. */
  count: z.boolean().optional(),
  outcomes: z.array(Outcome).optional(),
  route: Route.optional(),
  kinds: z.array(TextKind).optional(),
  types: z.array(DocType).optional(),
  questions: z.array(QuestionId).optional(),
  /** A meeting id ("sg17-2024-09"): texts acted on there. */
  meeting: z.string().optional(),
  /** Time window, inclusive UTC days, resolved against the injected clock. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Recommendation numbers or former acronyms, as the dataset spells them where known. */
  ids: z.array(z.string()).optional(),
  /** Glossary terms (explain's keys). */
  terms: z.array(z.string()).optional(),
  /**
   * RGMs: where they meet, as asked ("paris", "geneva switzerland"): each place matched as all its words against
   * the venue and host as written; two places are alternatives ("in paris or stockholm": the RGMs of either).
   */
  venues: z.array(z.string()).optional(),
  /** RGMs: how they meet. */
  format: RgmFormat.optional(),
  /** RGMs: whether their dates or venue are settled ("tbc rgms", "rgms with no venue"). */
  state: RgmState.optional(),
  /** RGMs in a window: only the last of them by date ("the last rgm before the april plenary"). */
  last: z.boolean().optional(),
  /** RGMs, counted: the Questions holding them rather than the meetings ("how many questions have RGMs"). */
  perQuestion: z.boolean().optional(),
  /** Texts: only those whose Timing column (the month the work programme times the text for) is this one. */
  timing: z.union([IsoMonth, z.literal('none')]).optional(),
  /** Texts: only those the summary's tables mark so (ISO/IEC equivalent, A.5 justification…). */
  flags: z.array(TextFlag).optional(),
  /** What is left out, per dimension (read back as `not …`). */
  not: Exclusion.optional(),
  /** Combinations left out, each as one group (read back as `not (Q11 amd)`): the executor takes their difference too. */
  excludeAll: z.array(ExcludedGroup).optional(),
  /** Per Question: only the Questions holding none of the items ("which questions have no RGMs"). */
  none: z.boolean().optional(),
  /** Per Question: the Questions ordered by how many items they hold, most (or fewest) first. */
  rank: z.enum(['most', 'fewest']).optional(),
  /** Two Questions or more, each with its items, side by side ("compare Q10 and Q15"). */
  sideBySide: z.boolean().optional(),
  /** Search words; on a list, only items whose text holds them. */
  words: z.string().optional(),
  /** What the summary does not name ("rapporteurs"). */
  notHeld: z.string().optional(),
});
export type Query = z.infer<typeof Query>;

/** How a text was read, carried on the Answer (see answer.ts `Reading`). */
export interface ParsedQuery {
  readonly query: Query;
  /** The query as its terse command text (./reading.ts). */
  readonly reading: string;
  /** A second reading that came close, as command text. */
  readonly alternative?: string;
  /** Words of the question that narrowed nothing (not in the tables, not in the data): said back, never dropped silently. */
  readonly unused?: readonly string[];
  /** A part of the question the data cannot answer ("why…", "when will it be published"), said plainly beside what it can. */
  readonly unanswered?: string;
}
