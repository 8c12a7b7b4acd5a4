/**
 * The filter dimensions, as data: one record per dimension a list can be narrowed by. From each
 * record come its Query field (model.ts `Exclusion` holds the excluded values under the same key),
 * how a value is read back (`word`, with the record's `negator` for an exclusion: `aap not Q11`),
 * how it matches the data (`match`, per kind of item), its option. The executor takes exclusions
 * and the table flags through `excludedBy` / `flagsHold` only, so a new dimension is one record
 * here, its reading words and help line in ./dimension-words.ts (code here holds no word: the
 * shape test checks it), its lexicon rows in ./words.ts, and a test.
 */
import type { DocEntry, RgmRecord, WorkItemRecord } from '../../dataset/catalog.js';
import type { CorrespondenceGroup, Item } from '../../dataset/schema.js';
import { rgmFirstDay, rgmLastDay } from '../rgm-dates.js';
import { mentions } from './mentions.js';
import { firstDetermination } from './history.js';
import { DIMENSION_HELP_LINE, DOC_PATTERNS, FLAG_WORD, KIND_WORD, NOTE_PATTERNS, OUTCOME_WORD, TYPE_WORD, VALUE_LEAD } from './dimension-words.js';
import {
  type DocType,
  type ExcludedGroup,
  type Exclusion,
  Exclusion as ExclusionSchema,
  type Outcome,
  type Query,
  RgmFormat,
  Route,
  type TextFlag,
  type TextKind,
} from './model.js';
import { REGION_PLACES } from './words.js';

/** What a list holds: Annex A texts, new work items (Annex B), interim RGMs. */
export type ItemOf = { readonly texts: DocEntry; readonly 'work-items': WorkItemRecord; readonly rgms: RgmRecord; readonly groups: CorrespondenceGroup };
export type Subject = keyof ItemOf;

export interface Dimension<K extends keyof Exclusion = keyof Exclusion> {
  readonly key: K;
  /** The word that leads an excluded value in the reading ("not" unless "not <word>" is a phrase of its own). */
  readonly negator: 'not' | 'except';
  /** One value as the terse command writes it. */
  readonly word: (value: string) => string;
  /** Every value, when the dimension's values are a closed set (an option can name them by their words). */
  readonly values?: readonly string[];
  /** Whether an item holds this value, per kind of item the dimension applies to. */
  readonly match: { readonly [S in Subject]?: (item: ItemOf[S], value: string) => boolean };
  /** The Query fields that ask for what this dimension excludes (`questions` for `not.questions`, `from`/`to` for a window). */
  readonly include: readonly (keyof Query)[];
}

/** Supplement, Technical Report, Recommendation, or another SG17 document (Security Manual, roadmap…). */
export function docTypeOf(item: Item): DocType {
  const name = item.number ?? item.formerAcronym ?? '';
  if (DOC_PATTERNS.supplementNumber.test(name) || DOC_PATTERNS.supplementTitle.test(item.title ?? '')) return 'supplement';
  if (DOC_PATTERNS.reportName.test(name) || DOC_PATTERNS.reportTitle.test(item.title ?? '')) return 'technical-report';
  if (/^[a-z]{1,2}\.\d/i.test(name) || (/^[a-z]{1,2}\.[a-z]/i.test(name) && item.status !== 'agreed')) return 'recommendation';
  return 'other';
}

export function kindOf(item: Item): TextKind | null {
  if (item.number && DOC_PATTERNS.corrigendumNumber.test(item.number)) return 'corrigendum';
  return item.kind;
}

/** A work item's document type, from its acronym or title ("TR.dpama", "Technical Report on …"). */
export function workItemType({ workItem }: WorkItemRecord): DocType {
  const acronym = workItem.acronym ?? '';
  const title = workItem.title ?? '';
  if (DOC_PATTERNS.reportName.test(acronym) || DOC_PATTERNS.reportTitle.test(title)) return 'technical-report';
  if (DOC_PATTERNS.supplementAcronym.test(acronym) || DOC_PATTERNS.supplementTitle.test(title)) return 'supplement';
  if (/^[a-z]{1,2}\./i.test(acronym) || workItem.route === 'tap' || workItem.route === 'aap') return 'recommendation';
  return 'other';
}

/** The RGM's venue or host names the place, or (for a region) one of its places. */
export function venueMatches(rgm: RgmRecord['rgm'], place: string): boolean {
  const where = { title: rgm.venue, names: rgm.host ? [rgm.host] : [] };
  return (REGION_PLACES.get(place) ?? [place]).some((p) => mentions(where, p));
}

const ROUTE_OF: Readonly<Record<Outcome, Route>> = {
  'tap-approved': 'tap',
  'tap-not-approved': 'tap',
  'tap-determined': 'tap',
  'aap-consented': 'aap',
  agreed: 'agreement',
};

/** Whether a Note of the text's own table (Notes 1–3) says this of its history. */
function noteSays(pattern: RegExp): (entry: DocEntry) => boolean {
  return ({ latest }) =>
    latest.item.notes.some((n) => latest.footnotes.some((f) => f.number === n && f.section === latest.item.section && pattern.test(f.text)));
}

/** What each flag holds of a text, from the summary's columns and notes. */
export const FLAG_HOLDS: Readonly<Record<TextFlag, (entry: DocEntry) => boolean>> = {
  'iso-equivalent': (e) => !!e.latest.item.equivalent,
  a5: (e) => !!e.latest.item.a5Reference,
  'deferred-before': noteSays(NOTE_PATTERNS.deferred),
  're-determined': noteSays(NOTE_PATTERNS.reDetermined),
  'first-determined': (e) => firstDetermination(e) !== undefined,
  'base-text': (e) => !!e.latest.item.baseText,
};

const question = (q: string | null, value: string): boolean => q === value;

export const DIMENSIONS: { readonly [K in keyof Exclusion]-?: Dimension<K> } = {
  outcomes: {
    key: 'outcomes',
    include: ['outcomes'],
    negator: 'except',
    values: Object.keys(OUTCOME_WORD),
    word: (v) => OUTCOME_WORD[v as Outcome] ?? v,
    match: { texts: (e, v) => e.latest.item.status === v },
  },
  routes: {
    key: 'routes',
    include: ['route'],
    negator: 'except',
    values: Route.options,
    word: (v) => v,
    match: { texts: (e, v) => ROUTE_OF[e.latest.item.status] === v, 'work-items': (w, v) => w.workItem.route === v },
  },
  kinds: {
    key: 'kinds',
    include: ['kinds'],
    negator: 'not',
    values: Object.keys(KIND_WORD),
    word: (v) => KIND_WORD[v as TextKind] ?? v,
    match: { texts: (e, v) => kindOf(e.latest.item) === v },
  },
  types: {
    key: 'types',
    include: ['types'],
    negator: 'not',
    values: Object.keys(TYPE_WORD),
    word: (v) => TYPE_WORD[v as DocType] ?? v,
    match: { texts: (e, v) => docTypeOf(e.latest.item) === v, 'work-items': (w, v) => workItemType(w) === v },
  },
  questions: {
    key: 'questions',
    include: ['questions'],
    negator: 'not',
    word: (v) => v.replace('/17', ''),
    match: {
      texts: (e, v) => question(e.latest.item.question, v),
      'work-items': (w, v) => question(w.workItem.question, v),
      rgms: (r, v) => question(r.rgm.question, v),
    },
  },
  formats: {
    key: 'formats',
    include: ['format'],
    negator: 'not',
    values: RgmFormat.options,
    word: (v) => v,
    match: { rgms: (r, v) => r.rgm.format === v },
  },
  venues: {
    key: 'venues',
    include: ['venues'],
    negator: 'not',
    word: (v) => `${VALUE_LEAD.venues} ${v}`,
    match: { rgms: (r, v) => venueMatches(r.rgm, v) },
  },
  flags: {
    key: 'flags',
    include: ['flags'],
    negator: 'not',
    values: Object.keys(FLAG_WORD),
    word: (v) => FLAG_WORD[v as TextFlag] ?? v,
    match: { texts: (e, v) => FLAG_HOLDS[v as TextFlag]?.(e) ?? false },
  },
  ids: {
    key: 'ids',
    include: ['ids'],
    negator: 'not',
    word: (v) => v.replace(/ /g, ''),
    match: {
      texts: (e, v) => e.id === v || named(e.names, v),
      'work-items': (w, v) => w.workItem.acronym === v,
    },
  },
  windows: {
    key: 'windows',
    include: ['from', 'to'],
    negator: 'not',
    word: (v) => v,
    match: {
      texts: (e, v) => meets(e.latest.meeting.range.start, e.latest.meeting.range.end, v),
      rgms: (r, v) => meets(rgmFirstDay(r.rgm.when), rgmLastDay(r.rgm.when), v),
    },
  },
  words: {
    key: 'words',
    include: ['words'],
    negator: 'not',
    word: (v) => `${VALUE_LEAD.words} ${v}`,
    match: {
      texts: (e, v) => mentions({ title: e.latest.item.title, names: e.names }, v),
      'work-items': (w, v) => mentions({ title: w.workItem.title, names: w.workItem.acronym ? [w.workItem.acronym] : [] }, v),
      rgms: (r, v) => mentions({ title: [...r.rgm.topics, ...r.rgm.remarks].join(' '), names: [] }, v),
      // A group's status is one of its words ("new", "continued").
      groups: (g, v) => mentions({ title: g.name, names: [g.acronym, g.status] }, v),
    },
  },
};

/** Whether days [start, end] meet the window "from..to" (an unreadable date meets none). */
function meets(start: string | null, end: string | null, window: string): boolean {
  const [from, to] = window.split('..') as [string, string];
  return start !== null && end !== null && start <= to && end >= from;
}

/** A name of the text is the id, or the id is its base ("X.509" of "X.509 Amd.1"). */
function named(names: readonly string[], id: string): boolean {
  const key = id.toLowerCase();
  return names.some((n) => {
    const name = n.toLowerCase();
    return name === key || name.startsWith(`${key} `);
  });
}

const DIMENSION_LIST: readonly Dimension[] = Object.values(DIMENSIONS) as Dimension[];

/** Whether the Query excludes this item: it holds a value some dimension's exclusion names. */
export function excludedBy<S extends Subject>(not: Exclusion | undefined, subject: S, item: ItemOf[S]): boolean {
  if (!not) return false;
  for (const d of DIMENSION_LIST) {
    const values = not[d.key];
    const match = d.match[subject] as ((i: ItemOf[S], v: string) => boolean) | undefined;
    if (values?.length && match && values.some((v) => match(item, v))) return true;
  }
  return false;
}

/**
 * Whether one of the combinations left out holds this item: every dimension a group names holds one of
 * its values ("the Q11 amendments": a Q11 text that is an amendment). A dimension that says nothing of
 * this kind of item holds none, so its group leaves nothing out.
 */
export function excludedByGroup<S extends Subject>(groups: readonly ExcludedGroup[] | undefined, subject: S, item: ItemOf[S]): boolean {
  return !!groups?.some((group) =>
    DIMENSION_LIST.every((d) => {
      const values = group[d.key];
      if (!values?.length) return true;
      const match = d.match[subject] as ((i: ItemOf[S], v: string) => boolean) | undefined;
      return !!match && values.some((v) => match(item, v));
    }),
  );
}

/** Whether a text holds every flag asked. */
export function flagsHold(flags: readonly TextFlag[] | undefined, entry: DocEntry): boolean {
  return !flags?.length || flags.every((f) => FLAG_HOLDS[f](entry));
}

/** The reading's words for the exclusions: `not Q11 not virtual`, `except consented`. */
export function exclusionWords(query: Pick<Query, 'not'>): string[] {
  const out: string[] = [];
  for (const d of DIMENSION_LIST) for (const v of query.not?.[d.key] ?? []) out.push(d.negator, d.word(v));
  return out;
}

/** The negator of a combination left out, and what brackets its values: `not (Q11 amd)`. */
const GROUP_NEGATOR: Dimension['negator'] = 'not';
const [OPEN, CLOSE] = ['(', ')'];
/** Questions first: a step's word before a Question could read as one phrase with the negator ("not determined"). */
const GROUP_ORDER: readonly Dimension[] = [DIMENSIONS.questions as Dimension, ...DIMENSION_LIST.filter((d) => d.key !== 'questions')];

/** The reading's words for the combinations left out: `not (Q11 amd)`, `not (Q3 virtual)`. */
export function groupWords(query: Pick<Query, 'excludeAll'>): string[] {
  return (query.excludeAll ?? []).map((g) => {
    const values = GROUP_ORDER.flatMap((d) => (g[d.key] ?? []).map((v) => d.word(v)));
    return `${GROUP_NEGATOR} ${OPEN}${values.join(' ')}${CLOSE}`;
  });
}

/** The reading's words for the flags asked: `iso`, `a5`. */
export function flagWords(query: Pick<Query, 'flags'>): string[] {
  return (query.flags ?? []).map((f) => DIMENSIONS.flags.word(f));
}

/**
 * The `not` option ("Q11 amd virtual", "X.1716, iso"): each word as the reading writes a value (or
 * the value's own name), a Question, or a text id; the Exclusion they make, or the word no
 * dimension knows.
 */
export function exclusionOf(text: string, subject: Subject | 'groups'): { readonly not: Exclusion } | { readonly unknown: string } {
  const not: Record<string, string[]> = {};
  const put = (key: keyof Exclusion, value: string): void => {
    not[key] = [...new Set([...(not[key] ?? []), value])];
  };
  for (const word of text.split(/[\s,]+/).filter(Boolean)) {
    const known = OPTION_WORDS.get(word.toLowerCase());
    const question = /^q?(\d{1,2})(?:\/17)?$/i.exec(word)?.[1];
    if (known && subject !== 'groups') put(known.key, known.value);
    else if (question && subject !== 'groups') put('questions', `Q${Number(question)}/17`);
    else if (/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(word) && subject !== 'groups') put('windows', word);
    else if (/^[a-z]{1,2}\.[\w.-]+$/i.test(word) && subject !== 'rgms') put('ids', word);
    // Anything else is a place (RGMs) or a topic word (texts, work items, groups), as the data writes them.
    else if (/^[\p{L}\p{N}]+$/u.test(word)) put(subject === 'rgms' ? 'venues' : 'words', word.toLowerCase());
    else return { unknown: word };
  }
  return { not: canonicalExclusion(not as Exclusion) };
}

/** The keys of an Exclusion in the schema's order (a Query from options and from words read the same). */
export function canonicalExclusion(not: Exclusion): Exclusion {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(ExclusionSchema.shape) as (keyof Exclusion)[]) if (not[key]?.length) out[key] = not[key];
  return out as Exclusion;
}

/** The `not` option's text for an Exclusion: what `exclusionOf` reads back to it. */
export function exclusionOption(not: Exclusion | undefined): string | undefined {
  if (!not) return undefined;
  const words: string[] = [];
  for (const d of DIMENSION_LIST) for (const v of not[d.key] ?? []) words.push(d.key === 'venues' || d.key === 'words' ? v : d.word(v));
  return words.join(' ') || undefined;
}

/** Each closed value by its reading word and its own name ("amd" and "amendment"). */
const OPTION_WORDS: ReadonlyMap<string, { key: keyof Exclusion; value: string }> = new Map(
  DIMENSION_LIST.flatMap((d) => (d.values ?? []).flatMap((value) => [d.word(value), value].map((w) => [w.toLowerCase(), { key: d.key, value }] as const))),
);

/** The Query fields a Query's exclusions speak to ("not Q11" speaks to `questions`): a follow-up replaces them, never carries them over. */
export function fieldsExcluded(not: Exclusion | undefined): (keyof Query)[] {
  return DIMENSION_LIST.filter((d) => not?.[d.key]?.length).flatMap((d) => d.include);
}

/** The help lines of the dimensions, for `help` and docs. */
export const DIMENSION_HELP: readonly string[] = DIMENSION_LIST.map((d) => DIMENSION_HELP_LINE[d.key]);
