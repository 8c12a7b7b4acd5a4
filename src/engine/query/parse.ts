/**
 * One parser, text → Query, for terse commands (`aap q15`, `tap determined`) and plain words
 * alike. Deterministic and explainable: identifiers and Questions are taken out by pattern, a
 * time phrase by ./time.ts, typos are mended by edit distance against the tables' own words, and
 * the rest is read phrase by phrase from the tables in ./words.ts (longest phrase first). What
 * the phrases say is then combined by a few rules, in this order:
 *   1. a leading `search`, `explain` or `rec` takes the rest of the text as it is;
 *   2. greetings and thanks alone; things the summary does not hold (rapporteurs' names…);
 *   3. "what is / explain / difference between" + nothing but glossary terms → definitions;
 *   4. Recommendation ids anywhere (one or several) → those texts;
 *   5. RGM words or a time window → interim RGMs; work-item words → new work items;
 *   6. any outcome, route, kind or type → Annex A texts with all those filters;
 *   7. correspondence groups, SG17 meetings, statistics, help; a Question alone → `q n`;
 *   8. words left over → a search; nothing at all → not understood, with the nearest commands.
 * The parser never throws: anything unexpected is "not understood".
 */
import { ABBREVIATIONS } from '../../dataset/abbreviations.js';
import { normaliseKey, type Catalog } from '../../dataset/catalog.js';
import { editDistance, firstAtLeast, normalise as normalize } from '../../text/index.js';
import { findTerm } from '../commands/explain.js';
import type { DocType, Exclusion, Outcome, ParsedQuery, Query, RgmFormat, RgmState, Route, TextFlag, TextKind } from './model.js';
import { NOT_BEFORE_TIME, mayNegate, negatorBefore, PREDICATE_OPENERS, TOPIC_PREPOSITIONS, excludes, joined, placesExcluded } from './negation.js';
import { canonicalExclusion } from './dimensions.js';
import { readingOf } from './reading.js';
import { parseTimeWindow } from './time.js';
import { utcDay } from '../format-dates.js';
import {
  DEFINE_FILLER,
  DEFINE_OPENERS,
  LAST_WORDS,
  LIST_CUES,
  MEETING_WORDS,
  NONE_CUES,
  NEGATOR_GAP,
  PAST_RGM_CUES,
  NEGATORS,
  NEGATION_BEFORE_PLACE,
  NEXT_CUES,
  PAST_CUES,
  PAST_TENSE,
  PHRASES,
  NOT_PLACES,
  PLACE_ALIAS_WORDS,
  PLACE_ALIASES,
  PLACE_WORDS,
  VENUE_NOUNS,
  WILL_CUES,
  STILL_AHEAD,
  THIS_MEETING,
  THIS_MEETING_CUE,
  COMPARE_CUES,
  QUESTION_NOUNS,
  RANK_CUES,
  SETTING_COMMANDS,
  STOPWORDS,
  WHO_WORDS,
  textsNotListed,
  type Signal,
} from './words.js';

export type ParseOutcome =
  | ({ readonly kind: 'query' } & ParsedQuery)
  /** A registry command that keeps its own word parser (channel settings), or a malformed terse command. */
  | { readonly kind: 'command'; readonly name: string }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

export interface ParseEnv {
  readonly now: Date;
  readonly catalog: Catalog;
  /** Every command word (names and aliases), for commands typed first and for suggestions. */
  readonly commandWords: readonly string[];
}

// ---------------------------------------------------------------- identifiers

const REC_AMD = /\b(x|tr|y|e)\s*\.?\s*(\d{1,4})\s*(?:amd|amendment|amend)\s*\.?\s*(\d{1,2})\b/gi;
const REC_COR = /\b(x|y|e)\s*\.?\s*(\d{1,4})\s*(?:cor|corr|corrigendum)\s*\.?\s*(\d{1,2})\b/gi;
const REC_SUPPL = /\b(x|y|e)\s*\.?\s*(?:suppl|supp|sup|supplement)\s*\.?\s*(\d{1,3})\b/gi;
/** "Suppl. 41", "supplement 41" without the series letter: SG17's Supplements are X-series. */
const BARE_SUPPL = /(?<![\w.])(?:suppl|supp|supplement)\s*\.?\s*(\d{1,3})(?![\w.:/])/gi;
const REC_NUMBER = /(?<![\w.])(x|y|e)\s*\.?\s*(\d{3,5})(?![\w])/gi;
/** Working acronyms: X.sec_QKDN_AA, X.5Gsec-ctrl, TR.5Gsec-bsf (a letter after the dot somewhere). */
const REC_ACRONYM = /(?<![\w.])((?:x|tr|y|e)\.(?=[\w-]*[a-z])[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*)/gi;
/** Supplement working acronyms named in RGM topics: Sup-cdc. */
const SUPPL_ACRONYM = /(?<![\w.-])((?:sup|supp|suppl)-[a-z][\w-]*)/gi;
/** A bare number of 3–5 digits ("1716"): a Recommendation number unless it is a year. */
const BARE_NUMBER = /(?<![\w.:/-])(\d{3,5})(?![\w.:/]|-\d)/g;
/** Questions in every spelling: Q15, q 15, Q.15, Q15/17, question 15, questions 2 and 4, 15/17. */
const QUESTIONS = /(?<![\w.])(?:q\.?|qs|question|questions)\s*(\d{1,2}(?:\s*\/\s*17)?(?:\s*(?:,|and|&|or|\+)\s*(?:q\.?\s*)?\d{1,2}(?:\s*\/\s*17)?)*)(?![\w])/gi;
/** A word that asks for RGMs already held, after a "not" ("not happened yet", "not taken place", "not in the past"). */
const NOT_PAST = /\bnot\s+(?:(?:yet|been|in|the|a|there)\s+)*(?:past|already|happened|recent|previous|earlier|former|taken place|took place)\b/;
const QUESTION_SLASH = /(?<![\w.])(\d{1,2})\s*\/\s*17\b/g;

/** A TD number ("TD2475", "td 2475"): the base text or work item the summary names it for. */
const TD_NUMBER = /(?<![\w.])td\s*-?\s*(\d{3,5})(?![\w])/gi;

/** A word joined by "_" or "-" ("sec_QKDN_AA", "5Gsec-ctrl"): maybe a working acronym without its series. */
const ACRONYM_BODY = /(?<![\w.-])([a-z0-9]+(?:[-_][a-z0-9]+)+)(?![\w-])/gi;

/** A meeting id as the reading spells it: `texts sg17-2024-09`. */
const MEETING_ID = /(?<![\w-])(sg17-\d{4}-\d{2})(?![\w-])/g;

interface Extracted {
  readonly ids: string[];
  /** Ids named after a word that excludes them ("everything consented except X.1716"). */
  readonly notIds: string[];
  readonly questions: string[];
  /** Questions named after a word that excludes them ("all questions except q11", "amendments not from q11"). */
  readonly notQuestions: string[];
  readonly meeting: string | undefined;
  readonly rest: string;
}

/** Terse commands whose bare small number is a Question ("aap 11", "tap 6", "q 15"). */
const TAKES_QUESTION = new Set(['aap', 'lastcall', 'tap', 'agreed', 'texts', 'new', 'workitems', 'work-items', 'rgm', 'rgms', 'q', 'question', 'count']);

function extract(text: string, catalog: Catalog): Extracted {
  const found: { at: number; id: string }[] = [];
  // Most questions hold no negator: then nothing named in them is looked at for one.
  const negating = mayNegate(text);
  let rest = text;
  /** Every match of `re` becomes an id at its place in the text and is blanked out of `rest` (same length, so places stay put). */
  const take = (re: RegExp, spell: (m: RegExpExecArray) => string): void => {
    re.lastIndex = 0;
    let out = '';
    let last = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      found.push({ at: m.index, id: spell(m) });
      out += rest.slice(last, m.index) + ' '.repeat(m[0].length);
      last = m.index + m[0].length;
    }
    if (last > 0) rest = out + rest.slice(last);
  };
  // Each pattern runs only if the text holds a piece every match must contain (the patterns are
  // case-insensitive, so the lower-cased text is asked): most questions hold no number or dot, and
  // a terse `rec X.1716` needs two of the nine passes.
  const low = text.toLowerCase();
  const digit = /\d/.test(low);
  let meeting: string | undefined;
  if (digit && low.includes('sg17-')) {
    rest = rest.replace(MEETING_ID, (all, id: string) => {
      meeting ??= id.toLowerCase();
      return ' '.repeat(all.length);
    });
  }
  if (digit && low.includes('am')) take(REC_AMD, (m) => `${m[1]!.toUpperCase()}.${m[2]} Amd.${m[3]}`);
  if (digit && low.includes('cor')) take(REC_COR, (m) => `${m[1]!.toUpperCase()}.${m[2]} Cor.${m[3]}`);
  if (digit && low.includes('sup')) {
    take(REC_SUPPL, (m) => `${m[1]!.toUpperCase()}.Suppl.${m[2]}`);
    take(BARE_SUPPL, (m) => `X.Suppl.${m[1]}`);
  }
  // Asked only with "td" in the text: a TD is a text's base document or a work item's (looked up in an index built once).
  if (digit && low.includes('td')) takeDocuments(rest, catalog, found, (blanked) => (rest = blanked));
  // "ISO/IEC 9594-8": the texts the summary gives that equivalent (every part, when none is named).
  if (digit && low.includes('iso')) {
    rest = rest.replace(ISO_NUMBER, (all, number: string, part: string | undefined, at: number) => {
      for (const id of equivalentsOf(catalog, number, part)) found.push({ at, id });
      return ' '.repeat(all.length);
    });
  }
  if (digit) take(REC_NUMBER, (m) => `${m[1]!.toUpperCase()}.${m[2]}`);
  // Asked of what is left: once "X.1716" is taken, a terse `rec X.1716` holds no dot.
  if (rest.includes('.'))
    take(REC_ACRONYM, (m) => {
      const raw = m[1]!.replace(/[-.]+$/, '');
      const dot = raw.indexOf('.');
      return `${raw.slice(0, dot).toUpperCase()}${raw.slice(dot)}`;
    });
  if (low.includes('sup-') || low.includes('supp-') || low.includes('suppl-'))
    take(SUPPL_ACRONYM, (m) => `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).replace(/[-.]+$/, '')}`);
  // "sec_qkdn_aa", "5gsec-ctrl": a working acronym typed without its "X." (only text with "_" or "-" can hold one).
  if (low.includes('_') || low.includes('-')) {
    const bodies = namesOf(catalog).byBody;
    rest = rest.replace(ACRONYM_BODY, (all, body: string, at: number) => {
      const name = bodies.get(normaliseKey(body));
      if (!name) return all;
      found.push({ at, id: name });
      return ' '.repeat(all.length);
    });
  }
  const questions: string[] = [];
  const notQuestions: string[] = [];
  if (digit && /\d/.test(rest)) {
    if (low.includes('q')) {
      const excluded: [number, number][] = [];
      let excludedEnd = -1;
      rest = rest.replace(QUESTIONS, (all, list: string, at: number, whole: string) => {
        // "except q11", "not from q11": the Question is excluded, and the excluding words are used;
        // so is one joined to it ("except Q3's and Q1's", "not q1 or q2").
        const negator = negating ? negatorBefore(whole, at) : null;
        const before = negator ?? (excludedEnd >= 0 && joined(whole.slice(excludedEnd, at)) ? ({ index: excludedEnd } as const) : null);
        excludedEnd = before ? at + all.length : -1;
        if (before) excluded.push([before.index, at]);
        for (const n of list.split(/[^\d/]+/).filter(Boolean)) {
          const q = Number(n.split('/')[0]);
          if (q >= 1 && q <= 99) (before ? notQuestions : questions).push(`Q${q}/17`);
        }
        return ' ';
      });
      // Blanked after the replace (same length: later places stay put), so "except" is not said back unused.
      for (const [from, to] of excluded) rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
    }
    if (low.includes('/'))
      rest = rest.replace(QUESTION_SLASH, (_all, n: string) => {
        questions.push(`Q${Number(n)}/17`);
        return ' ';
      });
    if (TAKES_QUESTION.has(/^\s*(\S*)/.exec(low)![1]!)) {
      // "texts under resolution 1": WTSA Resolution 1, no Question.
      const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
      const small = new RegExp(
        `(?<![\\w.:/-])(?<!${month}\\s+)(?<!\\bres(?:olution)?\\s+)(\\d{1,2})(?![\\w.:/])(?!\\s*(?:st|nd|rd|th)?\\s+${month})(?!\\s+(?:weeks?|wks?|days?|months?)\\b)`,
        'gi',
      );
      rest = rest.replace(small, (_all, n: string) => {
        if (Number(n) >= 1) questions.push(`Q${Number(n)}/17`);
        return ' ';
      });
    }
    rest = rest.replace(BARE_NUMBER, (all, digits: string, at: number) => {
      const known = catalog.byDigits.get(String(Number(digits)));
      if (!known && /^(19|20)\d\d$/.test(digits)) return all; // a year
      const only = known?.length === 1 ? known[0]!.latest.item.number : undefined;
      found.push({ at, id: only ?? digits });
      return ' '.repeat(all.length);
    });
  }
  // "everything consented except X.1716", "amendments bar X.509": an id after a negator (or joined to one) is excluded.
  found.sort((a, b) => a.at - b.at);
  const notIds: string[] = [];
  const ids: string[] = [];
  let excludedEnd = -1;
  for (const f of found) {
    const negator = negating ? negatorBefore(text, f.at) : null;
    const excluded = negator !== null || (excludedEnd >= 0 && joined(text.slice(excludedEnd, f.at)));
    // The excluding words are used: blanked, never said back unused.
    if (negator) rest = rest.slice(0, negator.index) + ' '.repeat(f.at - negator.index) + rest.slice(f.at);
    (excluded ? notIds : ids).push(f.id);
    excludedEnd = excluded ? f.at + f.id.length : -1;
  }
  return { ids: [...new Set(ids)], notIds: [...new Set(notIds)], questions: [...new Set(questions)], notQuestions: [...new Set(notQuestions)], meeting, rest };
}

/** An ISO/IEC number ("ISO/IEC 9594-8", "iso 9594"), the Equivalent column's spelling. */
const ISO_NUMBER = /\biso\s*(?:\/\s*iec|iec)?\s*(\d{4,5})(?:\s*-\s*(\d{1,3}))?(?![\w])/gi;

/** The texts whose ISO/IEC equivalent is this number (and part, if named). */
function equivalentsOf(catalog: Catalog, number: string, part: string | undefined): string[] {
  const out: string[] = [];
  for (const e of catalog.entries) {
    const m = /(\d{4,5})(?:-(\d+))?/.exec(e.latest.item.equivalent ?? '');
    if (m && m[1] === number && (part === undefined || m[2] === part)) out.push(e.latest.item.number ?? e.names[0] ?? e.id);
  }
  return out;
}

/** Whether the data holds a text or work item by this name (number, former acronym, base number, acronym, TD). */
function knownId(catalog: Catalog, id: string): boolean {
  const key = normaliseKey(id);
  return catalog.byKey.has(key) || catalog.byBase.has(key) || catalog.workItemsByKey.has(key) || /^td\d/i.test(id) || !/^[a-z]{1,2}\.\d+$/i.test(id);
}

const titleTexts = new WeakMap<Catalog, string>();
/** Whether a title of a text or work item names this number as words ("x 1254" in "Supplement to ITU-T X.1254: …"). */
function titlesName(catalog: Catalog, id: string): boolean {
  let all = titleTexts.get(catalog);
  if (all === undefined) {
    all = ` ${[...catalog.entries.map((e) => e.latest.item.title ?? ''), ...catalog.workItems.map((w) => w.workItem.title ?? '')].map(normalize).join(' | ')} `;
    titleTexts.set(catalog, all);
  }
  return all.includes(` ${normalize(id)} `);
}

/** Every TD number in `rest` becomes the names of the texts and work items it is the base of (itself when none is). */
function takeDocuments(rest: string, catalog: Catalog, found: { at: number; id: string }[], blanked: (rest: string) => void): void {
  const byTd = documentsOf(catalog);
  blanked(
    rest.replace(TD_NUMBER, (all, digits: string, at: number) => {
      const td = `TD${Number(digits)}`;
      for (const id of byTd.get(td) ?? [td]) found.push({ at, id });
      return ' '.repeat(all.length);
    }),
  );
}

const documentIndexes = new WeakMap<Catalog, ReadonlyMap<string, readonly string[]>>();
/** TD number → the texts (base text) and named work items (document) it is for, built once per catalog. */
function documentsOf(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  let index = documentIndexes.get(catalog);
  if (!index) {
    const byTd = new Map<string, string[]>();
    const add = (td: string | null | undefined, id: string | null | undefined): void => {
      const key = /^TD\s*(\d+)$/i.exec(td?.trim() ?? '')?.[1];
      if (!key || !id) return;
      const list = byTd.get(`TD${Number(key)}`) ?? [];
      if (!list.includes(id)) list.push(id);
      byTd.set(`TD${Number(key)}`, list);
    };
    // A TD is a text's base text or its A.5 justification ("what does TD2355 justify").
    for (const entry of catalog.entries)
      for (const r of entry.records) for (const td of [r.item.baseText, r.item.a5Reference]) add(td, entry.latest.item.number ?? entry.names[0]);
    for (const { workItem } of catalog.workItems) add(workItem.document, workItem.acronym);
    index = byTd;
    documentIndexes.set(catalog, index);
  }
  return index;
}

interface NameIndex {
  /** Names by what follows their series ("secqkdnaa" → X.sec_QKDN_AA, "vctp" → X.vctp); a body two names share is left out. */
  readonly byBody: ReadonlyMap<string, string>;
  /** The pieces of those names, three letters or more ("evtol", "vctp"): a word of a name is a topic to search. */
  readonly pieces: ReadonlySet<string>;
}
const nameIndexes = new WeakMap<Catalog, NameIndex>();
function namesOf(catalog: Catalog): NameIndex {
  let index = nameIndexes.get(catalog);
  if (!index) {
    const byBody = new Map<string, string>();
    const shared = new Set<string>();
    const pieces = new Set<string>();
    const names = [...catalog.entries.flatMap((e) => e.names), ...catalog.workItems.map((w) => w.workItem.acronym ?? '')];
    for (const name of names) {
      const body = /^[a-z]{1,2}\.(.*[a-z].*)$/i.exec(name)?.[1];
      if (!body || /^suppl/i.test(body)) continue;
      const key = normaliseKey(body);
      if (byBody.has(key) && byBody.get(key) !== name) shared.add(key);
      else byBody.set(key, name);
      for (const piece of body.toLowerCase().split(/[^a-z0-9]+/)) if (/^[a-z][a-z0-9]{2,}$/.test(piece)) pieces.add(piece);
    }
    for (const key of shared) byBody.delete(key);
    index = { byBody, pieces };
    nameIndexes.set(catalog, index);
  }
  return index;
}

// ---------------------------------------------------------------- normal form and typos

/** Every single word of the tables and command words: what a typo is mended towards. */
let tableWords: readonly string[] | undefined;
function knownTableWords(commandWords: readonly string[]): readonly string[] {
  tableWords ??= [
    ...new Set([...[...PHRASES.keys()].flatMap((p) => p.split(' ')), ...commandWords, ...DEFINE_FILLER, 'explain', 'define', 'difference', 'between']),
  ].filter((w) => /^[a-z]{4,}$/.test(w));
  return tableWords;
}

/** Words of the data (titles, topics, group names), so a topic word is never "mended" into a table word. */
const dataWordCache = new WeakMap<Catalog, ReadonlySet<string>>();
function dataWords(catalog: Catalog): ReadonlySet<string> {
  let words = dataWordCache.get(catalog);
  if (!words) {
    const set = new Set<string>();
    const add = (text: string | null | undefined): void => {
      if (text) for (const w of normalize(text).split(' ')) if (w.length > 1) set.add(w);
    };
    // The meetings' own texts (not the entries' copies): the same words, once per meeting.
    for (const m of catalog.meetings) {
      for (const i of m.items) add(i.title);
      for (const w of m.workItems) add(w.title);
      for (const r of m.rgms) for (const t of r.topics) add(t);
      for (const g of m.correspondenceGroups) add(`${g.acronym} ${g.name} ${g.status}`);
      for (const t of m.hotTopics) add(t);
    }
    words = set;
    dataWordCache.set(catalog, words);
  }
  return words;
}

/** The data's words sorted, so a word that begins one ("telecom" of "telecommunications") is found by one binary search. */
const sortedDataWords = new WeakMap<Catalog, readonly string[]>();
function beginsDataWord(catalog: Catalog, word: string): boolean {
  let sorted = sortedDataWords.get(catalog);
  if (!sorted) {
    sorted = [...dataWords(catalog)].sort();
    sortedDataWords.set(catalog, sorted);
  }
  return sorted[firstAtLeast(sorted, word)]?.startsWith(word) ?? false;
}

/** What the parser needs of the data besides its words, built once per catalog (never a scan per question). */
interface PlaceIndex {
  /** Words of the RGMs' venues and hosts ("paris", "stockholm", "seoul"): a place the data holds. */
  readonly venueWords: ReadonlySet<string>;
  /** SG17 meetings held, by the month (0–11) they began in: "what happened in Sep". */
  readonly meetingsByMonth: ReadonlyMap<number, readonly { readonly id: string; readonly start: string; readonly end: string }[]>;
  /** SG17 meetings held, latest first, with the words of their place ("geneva"). */
  readonly held: readonly { readonly id: string; readonly end: string; readonly place: ReadonlySet<string> }[];
  /** Every word of those places. */
  readonly meetingPlaceWords: ReadonlySet<string>;
  /** SG17 meetings planned (where the determined texts go for approval). */
  readonly planned: readonly { readonly start: string; readonly end: string }[];
}
const GENERIC_VENUE_WORDS = new Set(['hybrid', 'virtual', 'myworkspace', 'tbd', 'university', 'tbc']);
const placeIndexes = new WeakMap<Catalog, PlaceIndex>();
function placeIndex(catalog: Catalog): PlaceIndex {
  let index = placeIndexes.get(catalog);
  if (!index) {
    const venueWords = new Set<string>();
    const meetingsByMonth = new Map<number, { id: string; start: string; end: string }[]>();
    const held: { id: string; end: string; place: ReadonlySet<string> }[] = [];
    const planned: { start: string; end: string }[] = [];
    const meetingPlaceWords = new Set<string>();
    for (const m of catalog.meetings) {
      const place = new Set(
        normalize(m.place ?? '')
          .split(' ')
          .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !PHRASES.has(w)),
      );
      for (const w of place) meetingPlaceWords.add(w);
      held.push({ id: m.id, end: m.range.end, place });
      for (const f of m.futureMeetings) if (f.range) planned.push(f.range);
      for (const r of m.rgms)
        for (const w of normalize(`${r.venue ?? ''} ${r.host ?? ''}`).split(' '))
          if (w.length > 2 && !GENERIC_VENUE_WORDS.has(w) && !STOPWORDS.has(w) && !PHRASES.has(w)) venueWords.add(w);
      const month = Number(m.range.start.slice(5, 7)) - 1;
      meetingsByMonth.set(month, [...(meetingsByMonth.get(month) ?? []), { id: m.id, start: m.range.start, end: m.range.end }]);
    }
    for (const list of meetingsByMonth.values()) list.sort((a, b) => b.start.localeCompare(a.start));
    held.sort((a, b) => b.end.localeCompare(a.end));
    index = { venueWords, meetingsByMonth, held, meetingPlaceWords, planned };
    placeIndexes.set(catalog, index);
  }
  return index;
}

/**
 * The SG17 meeting a past-tense question about a month means ("what happened in Sep", "what did the
 * September meeting decide"): the latest meeting held that month (that year, if one was named).
 */
function heldMeetingOf(time: { from?: string; to?: string; matched: readonly string[] }, now: Date, index: PlaceIndex): string | undefined {
  if (!time.from?.endsWith('-01')) return undefined;
  // A whole month ("in Sep"), or from the start of one ("decisions from September").
  const lastDay = new Date(Date.UTC(Number(time.from.slice(0, 4)), Number(time.from.slice(5, 7)), 0)).toISOString().slice(0, 10);
  if (time.to !== undefined && time.to !== lastDay) return undefined;
  const yearNamed = time.matched.some((m) => /\b20\d\d\b/.test(m));
  const today = utcDay(now);
  return index.meetingsByMonth
    .get(Number(time.from.slice(5, 7)) - 1)
    ?.find((m) => m.end < today && (!yearNamed || m.start.slice(0, 4) === time.from!.slice(0, 4)))?.id;
}

/** A month named right before "meeting" or "plenary" ("the April meeting", "sep sg17 meeting"). */
const MONTH_MEETING = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:sg17\s+|sg\s+|study group\s+)?(?:meeting|plenary)\b/;

/**
 * "the April meeting": the SG17 meeting the data names in that month (planned or held), whatever
 * today's date; a year named as well must match. Its days, as the window asked.
 */
function meetingByName(
  lower: string,
  time: { from?: string; to?: string; matched: readonly string[] },
  catalog: Catalog,
): { start: string; end: string } | undefined {
  const month = MONTH_MEETING.exec(lower)?.[1];
  // Only the month itself ("the April meeting"), not "before the April meeting" (a window of its own).
  if (!month || !time.from?.endsWith('-01') || time.to !== lastOfMonth(time.from)) return undefined;
  const year = time?.matched.map((m) => /\b(20\d\d)\b/.exec(m)?.[1]).find(Boolean);
  const number = String(MONTH_NUMBERS.indexOf(month) + 1).padStart(2, '0');
  const named = (r: { start: string }): boolean => r.start.slice(5, 7) === number && (!year || r.start.startsWith(year));
  for (const m of catalog.meetings) {
    // A meeting held is found by its month already (`heldMeetingOf`); the one planned is named here.
    const planned = m.futureMeetings.find((f) => f.range && named(f.range))?.range;
    if (planned) return planned;
  }
  return undefined;
}
const MONTH_NUMBERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "this meeting", "this time", "this round": the meeting the data is of (the latest), never search words. */
function thisMeeting(lower: string): { phrase: string } | undefined {
  if (!lower.includes(THIS_MEETING_CUE)) return undefined;
  for (const phrase of THIS_MEETING) {
    const at = lower.indexOf(phrase);
    if (at >= 0 && !/\w/.test(lower[at - 1] ?? '') && !/\w/.test(lower[at + phrase.length] ?? '')) return { phrase };
  }
  return undefined;
}

/** SG17's own meetings named as such ("sg17 meetings", "study group meeting", "plenary"), not "meetings" alone. */
const SG17_MEETING = /\b(?:sg17|sg|study group) (?:meeting|meetings|plenary|plenaries)\b|\bplenar(?:y|ies)\b/;

/**
 * What a question about the SG17 meeting the data plans asks for: what it will do ("what will
 * happen at the April meeting": the texts determined for approval there), or the listing ("the
 * April meeting", "sg17 meetings in 2025": SG17's own meetings, never the RGMs).
 */
function plannedMeetingAsked(
  lower: string,
  norm: string,
  words: readonly string[],
  window: { from?: string; to?: string },
  timed: boolean,
  places: PlaceIndex,
): 'determined' | 'listing' | undefined {
  const planned = timed ? places.planned.some((r) => overlaps(r, window)) : places.planned.length > 0;
  const named = timed ? MONTH_MEETING.test(lower) && planned : planned;
  // "where will sg17 meet next", "when will it be": the place and dates are the listing's, not the texts.
  const whereOrWhen = words.includes('where') || words.includes('when');
  if (named && !whereOrWhen && words.some((w) => WILL_CUES.has(w))) return 'determined';
  if ((named && timed) || (timed && SG17_MEETING.test(norm))) return 'listing';
  return undefined;
}

/** Whether a planned meeting's days meet the window (an open side meets everything). */
function overlaps(range: { readonly start: string; readonly end: string }, window: { from?: string; to?: string }): boolean {
  return (!window.to || range.start <= window.to) && (!window.from || range.end >= window.from);
}

/** The last day of the month of an ISO day. */
function lastOfMonth(day: string): string {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

/** The same day a year earlier; a month's last day stays its last (29 Feb 2028 → 28 Feb 2027). */
function yearEarlier(day: string): string {
  const firstOfMonth = `${Number(day.slice(0, 4)) - 1}${day.slice(4, 8)}01`;
  return day === lastOfMonth(day) ? lastOfMonth(firstOfMonth) : `${firstOfMonth.slice(0, 8)}${day.slice(8)}`;
}

/** One slip per word of 5–6 letters, two from 7 (transpositions count as one); shorter words are too easily another word. Unique best only. */
const mended = new Map<string, string | null>();
const MENDED_KEPT = 5000;

/** `mendWord`, remembered: the same words come back in question after question. */
function mend(word: string, candidates: readonly string[]): string | undefined {
  let result = mended.get(word);
  if (result === undefined) {
    result = mendWord(word, candidates) ?? null;
    if (mended.size >= MENDED_KEPT) mended.clear();
    mended.set(word, result);
  }
  return result ?? undefined;
}

function mendWord(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const budget = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestD = budget + 1;
  let tie = false;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > budget || (c[0] !== word[0] && c[1] !== word[1])) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD && c !== best && JSON.stringify(PHRASES.get(c)) !== JSON.stringify(PHRASES.get(best!))) tie = true;
  }
  return best && !tie ? best : split(word);
}

/** Words of the tables a run-together word may be made of ("approvedtexts", "newworkitems"). */
let pieceWords: ReadonlySet<string> | undefined;

/**
 * A word run together from two or three words of the tables, at least one a phrase of its own
 * ("approvedtexts" → "approved texts", "rapporteurgroup" → "rapporteur group"); pieces of two
 * letters or more. Reached only for a word nothing else knows, and remembered by `mend`.
 */
function split(word: string, depth = 0): string | undefined {
  if (word.length < 7 && depth === 0) return undefined;
  pieceWords ??= new Set([...[...PHRASES.keys()].flatMap((p) => p.split(' ')), ...STOPWORDS]);
  for (let i = word.length - 2; i >= 2; i--) {
    const head = word.slice(0, i);
    if (!pieceWords.has(head)) continue;
    const tail = word.slice(i);
    const rest = pieceWords.has(tail) ? tail : depth < 1 ? split(tail, depth + 1) : undefined;
    if (!rest) continue;
    const joined = `${head} ${rest}`;
    if (depth > 0 || PHRASES.has(joined) || joined.split(' ').some((w) => PHRASES.has(w))) return joined;
  }
  return undefined;
}

// ---------------------------------------------------------------- phrases

interface Reading {
  /** `negated`: the phrase follows a word that excludes it ("not amendments", "other than supplements"). */
  readonly signals: { readonly phrase: string; readonly signal: Signal; readonly negated?: true }[];
  /** Words no phrase took, in order (stop words included). */
  readonly loose: string[];
}

/** Every proper beginning, in whole words, of a phrase of two words or more ("what", "what can", "what can you"). */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...PHRASES.keys()].flatMap((p) => {
    const words = p.split(' ');
    return words.slice(1).map((_, n) => words.slice(0, n + 1).join(' '));
  }),
);

/**
 * The phrases of `words`, longest first at each place. A phrase is grown word by word only while
 * it is the beginning of a longer one, so most places look up one word and build no string.
 */
function readPhrases(words: readonly string[], withoutFormats = false): Reading {
  const signals: { phrase: string; signal: Signal; negated?: true }[] = [];
  const loose: string[] = [];
  const has = (phrase: string): boolean => PHRASES.has(phrase) && !(withoutFormats && PHRASES.get(phrase)!.format);
  // A word that excludes what follows ("not", "except", "other than"), kept over a few small words ("except for the").
  let negating = false;
  // The word before was part of a phrase: a loose word after what a negator excluded ends the exclusion
  // ("besides the amendments went to aap": "went to" leads to no excluded step).
  let afterPhrase = false;
  let negator = '';
  for (let i = 0; i < words.length; ) {
    let phrase = words[i]!;
    let longest = has(phrase) ? 1 : 0;
    let found = phrase;
    for (let n = 2; i + n <= words.length && PHRASE_STARTS.has(phrase); n++) {
      phrase = `${phrase} ${words[i + n - 1]!}`;
      if (has(phrase)) {
        longest = n;
        found = phrase;
      }
    }
    // "which were not amendments": the "not" excludes the kind named next, it is no "which were not (approved)".
    const next = PHRASES.get(words[i + longest] ?? '');
    if (longest > 1 && found.endsWith(' not') && !found.includes('approv') && (next?.kind || next?.type)) {
      const head = readPhrases(found.split(' ').slice(0, -1), withoutFormats);
      signals.push(...head.signals);
      loose.push(...head.loose, 'not');
      negating = true;
      i += longest;
      continue;
    }
    if (longest === 0) {
      loose.push(words[i]!);
      const starts = NEGATORS.has(words[i]!) && excludes(words, i, signals.length > 0);
      if (starts && !negating) negator = words[i]!;
      negating = starts || (negating && !afterPhrase && NEGATOR_GAP.has(words[i]!));
      afterPhrase = false;
      i++;
    } else {
      // "texts other than recommendations were agreed": a phrase opening on a verb after what was excluded says
      // what those others did, it is not excluded too ("apart from tap approvals" still excludes both).
      if (negating && afterPhrase && PREDICATE_OPENERS.has(found.split(' ')[0]!)) negating = false;
      // What is listed is excluded only by "except", "apart from"…: "not the q1 rgm, the q10 one" and
      // "questions without rgms" still ask for RGMs.
      const kept = PHRASES.get(found)!.subject && (negator === 'not' || negator === 'without');
      signals.push({ phrase: found, signal: PHRASES.get(found)!, ...(negating && !kept ? { negated: true as const } : {}) });
      // Kept over phrases that follow at once: "apart from tap approvals" excludes both (a loose word or
      // the thing listed ends it: "non-amendment texts going to last call" excludes no outcome).
      if (PHRASES.get(found)!.subject) negating = false;
      afterPhrase = true;

      i += longest;
    }
  }
  return { signals, loose };
}

// ---------------------------------------------------------------- the rules

const VERBATIM: Readonly<Record<string, 'search' | 'define' | 'ids'>> = {
  search: 'search',
  find: 'search',
  explain: 'define',
  define: 'define',
  glossary: 'define',
  rec: 'ids',
  recommendation: 'ids',
};

/** Read `text` as a Query. Never throws. */
export function parseQuery(text: string, env: ParseEnv): ParseOutcome {
  try {
    return parse(String(text ?? ''), env);
  } catch {
    return { kind: 'unknown', suggestions: nearestCommands([], env.commandWords) };
  }
}

function query(q: Query, alternative?: string, unused: readonly string[] = []): ParseOutcome {
  // Only the filters that say something: no undefined fields, no empty lists.
  const clean: Record<string, unknown> = {};
  for (const key in q) {
    const v = key === 'not' ? exclusionFor(q.not, Object.keys(q.not ?? {}) as (keyof Exclusion)[]) : q[key as keyof Query];
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
  };
}

/**
 * Chat markup pasted along with a question says nothing about SG17: Slack and Discord mentions and
 * channel links (<@U123>, <#C1|general>, <!here>, @sg17bot), emoji codes (:wave:, <:party:123>)
 * and links (whose path pieces would otherwise come back as words not used).
 */
const CHAT_MARKUP = /<[@#!][^>\s]*>|<a?:\w+:\d+>|<?https?:\/\/[^\s>]*>?|(?<!\S)@[\w.-]+|:[a-z0-9_+-]+:/gi;

/** One pass over the text for the characters every piece of chat markup holds. */
const CHAT_CUE = /[@:<]/;

/** `text` without chat markup; asked only when a character every piece of it holds is there. */
function withoutChatMarkup(text: string): string {
  return CHAT_CUE.test(text) ? text.replace(CHAT_MARKUP, ' ') : text;
}

function firstWordOf(text: string): string {
  return (/^\s*(\S*)/.exec(text)?.[1] ?? '').toLowerCase();
}

function parse(typed: string, env: ParseEnv): ParseOutcome {
  // A terse `search …` takes its words as typed: answered before chat markup is looked for.
  const typedFirst = firstWordOf(typed);
  if (VERBATIM[typedFirst] === 'search') {
    const words = typed
      .trim()
      .slice(typedFirst.length)
      .trim()
      .replace(/^(?:for|about)\s+/i, '');
    return words ? query({ ask: 'search', words }) : { kind: 'command', name: typedFirst };
  }
  const text = withoutChatMarkup(typed);
  const firstRaw = text === typed ? typedFirst : firstWordOf(text);
  const afterFirst = text.trim().slice(firstRaw.length).trim();
  if (SETTING_COMMANDS.has(firstRaw)) return { kind: 'command', name: firstRaw };

  const verbatim = VERBATIM[firstRaw];
  if (verbatim === 'search') {
    // "<@U123> search pki": the command after a mention.
    const words = afterFirst.replace(/^(?:for|about)\s+/i, '');
    return words ? query({ ask: 'search', words }) : { kind: 'command', name: firstRaw };
  }

  const extracted = extract(text, env.catalog);
  const { ids, notIds, meeting: meetingId, rest } = extracted;
  // "texts from all questions except q11": every Question but those, an exclusion (one named as well wins).
  const questions = extracted.questions;
  const notQuestions = questions.length ? [] : extracted.notQuestions;
  /** A Question was named, asked or excluded. */
  const questionNamed = questions.length > 0 || notQuestions.length > 0;
  if (verbatim === 'ids') {
    if (ids.length) return query({ ask: 'ids', ids });
    const words = afterFirst.replace(/^(?:status of|status|about|of|for)\s+/i, '');
    // "recommendation approved", "rec consented": no text named, only words of the tables; read as free text.
    const tableWordsOnly =
      words &&
      normalize(words)
        .split(' ')
        .every((w) => PHRASES.has(w) || STOPWORDS.has(w));
    if (!tableWordsOnly) return words ? query({ ask: 'ids', ids: [words] }) : { kind: 'command', name: firstRaw };
  }

  const lower = rest.toLowerCase();
  const window0 = parseTimeWindow(lower, env.now, env.catalog.meetings);
  const byName = window0 ? meetingByName(lower, window0, env.catalog) : undefined;
  const asked = byName && window0 ? { ...window0, from: byName.start, to: byName.end } : window0;
  const current = thisMeeting(lower);
  let remaining = current ? cut(lower, current.phrase) : lower;
  for (const m of asked?.matched ?? []) remaining = cut(remaining, m);
  // "rgms not in january", "rgms other than next week": no window says "any time but then", so the window is
  // not applied and said back unused, never read as that window (it listed the January RGMs).
  const timeNotApplied = asked?.matched.some((m) => NOT_BEFORE_TIME.test(lower.slice(0, lower.indexOf(m)))) ? asked.matched : [];
  const time = timeNotApplied.length ? undefined : asked;
  const known = dataWords(env.catalog);
  const places = placeIndex(env.catalog);
  const candidates = knownTableWords(env.commandWords);
  // A plain loop, not flatMap: this runs for every question, and a mended word may be two ("approvedtexts").
  const words: string[] = [];
  for (const w of normalize(remaining).split(' ')) {
    if (!w) continue;
    if (PHRASES.has(w) || STOPWORDS.has(w) || NEGATORS.has(w) || DEFINE_FILLER.has(w) || known.has(w) || places.venueWords.has(w) || PLACE_ALIAS_WORDS.has(w))
      words.push(w);
    // A word that begins a word of the data is a topic cut short ("telecom"), not a slip of a table word ("telco").
    else if (w.length >= 5 && beginsDataWord(env.catalog, w)) words.push(w);
    else {
      const mended = mend(w, candidates);
      if (mended === undefined) words.push(w);
      else for (const piece of mended.split(' ')) words.push(piece);
    }
  }
  let { signals, loose } = readPhrases(words);
  // What the phrases say, each kind once, in the order said (one pass: this runs for every question).
  const outcomes: Outcome[] = [];
  const routes: Route[] = [];
  let kinds: TextKind[] = [];
  const types: DocType[] = [];
  const subjects: ('texts' | 'work-items' | 'rgms')[] = [];
  const topics: NonNullable<Signal['topic']>[] = [];
  const terms: string[] = [];
  let notHeld: string | undefined;
  let listCue = false;
  const formats: RgmFormat[] = [];
  const flags: TextFlag[] = [];
  const notFlags: TextFlag[] = [];
  const notFormats: RgmFormat[] = [];
  let state: RgmState | undefined;
  let perQuestion = false;
  const add = <T>(list: T[], value: T | undefined): void => {
    if (value !== undefined && !list.includes(value)) list.push(value);
  };
  // What an excluding word named that no filter can say ("not in january", "not virtual", "not about 5g"): said back unused.
  const excludedNotApplied: string[] = [];
  let subjectExcluded = false;
  const notOutcomes: Outcome[] = [];
  const notRoutes: Route[] = [];
  const notKinds: TextKind[] = [];
  const notTypes: DocType[] = [];
  for (const { phrase, signal, negated } of signals) {
    // "not amendments", "other than supplements": a kind or type excluded, not asked for.
    if (negated && (signal.kind || signal.type) && !signal.outcome && !signal.route && !signal.subject) {
      add(notKinds, signal.kind);
      add(notTypes, signal.type);
      continue;
    }
    // "rgms not tbc": the dates confirmed (and the other way round), the one state that is the opposite.
    if (negated && (signal.state === 'tbc' || signal.state === 'confirmed')) {
      state ??= signal.state === 'tbc' ? 'confirmed' : 'tbc';
      continue;
    }
    // "which rgms are not virtual": every RGM but the virtual ones (those stating no format included).
    if (negated && signal.format) {
      add(notFormats, signal.format);
      continue;
    }
    // "texts without an iso equivalent": those the column leaves blank.
    if (negated && signal.flag) {
      add(notFlags, signal.flag);
      continue;
    }
    // "anything q10 did apart from rgms": no filter says "all but RGMs", so what is listed is not narrowed and the
    // words are said back unused, never read as the RGMs alone.
    if (negated && signal.subject && !signal.outcome && !signal.route && !signal.kind && !signal.type) {
      excludedNotApplied.push(phrase);
      subjectExcluded = true;
      continue;
    }
    // "all texts except those consented": an outcome excluded (a "not" before one is a phrase of its own, "not consented").
    if (negated && (signal.outcome || signal.outcomes) && !signal.route && !signal.kind && !signal.type) {
      add(notOutcomes, signal.outcome);
      for (const o of signal.outcomes ?? []) add(notOutcomes, o);
      continue;
    }
    // "new work items except tap", "texts other than tap": a route excluded.
    if (negated && signal.route && !signal.outcome && !signal.kind && !signal.type) {
      add(notRoutes, signal.route);
      continue;
    }
    add(outcomes, signal.outcome);
    for (const o of signal.outcomes ?? []) add(outcomes, o);
    add(routes, signal.route);
    add(kinds, signal.kind);
    add(types, signal.type);
    add(subjects, signal.subject);
    add(topics, signal.topic);
    add(terms, signal.term);
    notHeld ??= signal.notHeld;
    if (signal.list) listCue = true;
    add(formats, signal.format);
    add(flags, signal.flag);
    state ??= signal.state;
    if (signal.perQuestion) perQuestion = true;
  }
  // What is excluded is kept as an exclusion, per dimension; one value named as well wins ("new, not amended").
  const not: Exclusion = {
    outcomes: outcomes.length ? [] : notOutcomes,
    // "apart from tap approvals": the outcome excluded is the route's step, not the whole route.
    routes: routes.length || outcomes.length ? [] : notRoutes.filter((r) => !ROUTE_OUTCOMES[r].some((o) => notOutcomes.includes(o))),
    kinds: kinds.length ? [] : notKinds,
    types: types.length ? [] : notTypes,
    questions: notQuestions,
    formats: formats.length ? [] : notFormats,
    flags: notFlags,
    ids: notIds,
    // "rgms not in 2025", "texts except in march": the window left out.
    windows: timeNotApplied.length && asked ? [`${asked.from ?? '0000-01-01'}..${asked.to ?? '9999-12-31'}`] : [],
  };
  /** How many filters the exclusions and table flags add (a text list asked by them alone). */
  const textExclusions = not.outcomes!.length + not.routes!.length + not.kinds!.length + not.types!.length + flags.length + notFlags.length + notIds.length;
  // "postponed rgms": no texts held back, and RGMs' changes are not in the summary either; the word is said back unused.
  if (notHeld === 'deferred' && subjects.includes('rgms')) {
    notHeld = undefined;
    loose = [...loose, ...signals.filter(({ signal }) => signal.notHeld === 'deferred').flatMap(({ phrase }) => phrase.split(' '))];
  }
  if (verbatim === 'define') {
    const asked = terms.length ? terms : afterFirst ? [afterFirst.toLowerCase()] : [];
    return asked.length ? query({ ask: 'define', terms: asked }) : { kind: 'command', name: firstRaw };
  }
  const filters = outcomes.length + routes.length + kinds.length + types.length + subjects.length + textExclusions;
  // 4, early: with ids, only "what the summary does not hold" comes before them (greetings and
  // definitions need a text without ids), so the rest of the reading is not built.
  // "is X.1818 published": the text, whose status the answer gives; publication is for the texts asked at large.
  // "which supplements relate to x.1254": a Recommendation the data holds no text of, but whose number
  // titles name ("Supplement to ITU-T X.1254"): those texts, found by the search; not "not found".
  if (ids.length === 1 && !notHeld && !knownId(env.catalog, ids[0]!) && titlesName(env.catalog, ids[0]!))
    return query({ ask: 'search', words: ids[0]! }, `rec ${ids[0]!}`);
  if (ids.length > 0)
    return (notHeld === 'published' ? undefined : notHeldQuery(words, signals, notHeld, filters, !!time, questions)) ?? query({ ask: 'ids', ids });

  const count = topics.includes('count');
  // A negator that excluded a kind or type was used ("except amendments"): not said back as unused.
  const negationUsed = notKinds.length + notTypes.length + notRoutes.length + notOutcomes.length + notFormats.length + notFlags.length > 0 || subjectExcluded;
  const contentOf = (ws: readonly string[]): string[] =>
    ws.filter((w) => !STOPWORDS.has(w) && !DEFINE_FILLER.has(w) && (w.length > 1 || /\d/.test(w)) && !(negationUsed && NEGATORS.has(w)));
  let content = contentOf(loose);
  // "approved texts not about 5g", "texts about quantum not 5g": no filter says "not about", so a topic word after
  // an excluding word is not searched for (it listed the 5G texts) and is said back unused.
  for (let i = 0; i < words.length; i++) {
    if (!NEGATORS.has(words[i]!) || !excludes(words, i, true)) continue;
    let j = i + 1;
    while (j < words.length && (NEGATOR_GAP.has(words[j]!) || TOPIC_PREPOSITIONS.has(words[j]!))) j++;
    const w = words[j];
    // "approved texts not about 5g": the topic excluded (items whose title holds it are left out).
    if (w && content.includes(w) && known.has(w) && !places.venueWords.has(w)) {
      content = content.filter((c) => c !== w);
      not.words = [...(not.words ?? []), w];
    }
  }
  const norm = words.join(' ');
  let window: { from?: string; to?: string } = time ? { from: time.from, to: time.to } : {};

  // Where and how RGMs meet: a place of the data ("paris"), or a word after "in"/"at" that is nothing
  // else ("rgms in geneva": the answer says the data holds none there); "virtual", "in person". Said
  // of RGMs only: "child online protection" is a title's words, read again without the formats.
  const textFilters =
    outcomes.length + routes.length + kinds.length + types.length + textExclusions > 0 || subjects.includes('texts') || subjects.includes('work-items');
  const venueWords = content.filter((w) => places.venueWords.has(w));
  // "rgms in south korea": another name of a place, looked up only when a word of one is there.
  const alias = content.some((w) => PLACE_ALIAS_WORDS.has(w)) ? placeAlias(norm) : undefined;
  if (alias) {
    content = content.filter((w) => !alias.words.includes(w));
    if (!venueWords.includes(alias.place)) venueWords.push(alias.place);
  }
  const rgmContext =
    !textFilters &&
    (subjects.includes('rgms') ||
      !!time ||
      topics.includes('meetings') ||
      ((formats.length > 0 || notFormats.length > 0 || venueWords.length > 0 || !!state) && content.every((w) => venueWords.includes(w) || PAST_CUES.has(w))));
  let venue: string | undefined;
  let format: RgmFormat | undefined;
  if (!rgmContext) state = undefined;
  // "rgms where the venue is tbd": the undecided thing is the venue, not the dates.
  else if (state === 'tbc' && words.some((w) => VENUE_NOUNS.has(w))) state = 'no-venue';
  if (rgmContext && (formats.length > 0 || notFormats.length > 0 || venueWords.length > 0 || state)) {
    if (!subjects.includes('rgms')) subjects.push('rgms');
    format = formats.length === 1 ? formats[0] : undefined;
    if (venueWords.length) venue = venueWords.join(' ');
  } else if (formats.length > 0) {
    ({ signals, loose } = readPhrases(words, true));
    content = contentOf(loose);
  }
  // "rgms in geneva, switzerland": the city named before a country the data holds no RGM in is asked too.
  const countryOnly = alias !== undefined && !places.venueWords.has(alias.place);
  if (rgmContext && (!venue || countryOnly) && (subjects.includes('rgms') || !!time)) {
    const place = placeNamed(words, content, known);
    if (place) venue = venue && place !== venue ? `${place} ${venue}` : place;
  }
  // "rgms not in paris", "rgms outside europe": every RGM but those meeting there.
  if (venue) {
    const excludedPlaces = placesExcluded(norm, new Set(venue.split(' ')));
    if (excludedPlaces.length) {
      venue =
        venue
          .split(' ')
          .filter((w) => !excludedPlaces.includes(w))
          .join(' ') || undefined;
      not.venues = excludedPlaces;
      const said = new Set([...excludedPlaces, ...NEGATION_BEFORE_PLACE]);
      content = content.filter((w) => !said.has(w) && !said.has(PLACE_ALIASES.get(w) ?? '') && !(alias?.words.includes(w) ?? false));
    }
  }
  // A past-tense question about a month an SG17 meeting was held in, or about "the September
  // meeting": that meeting's outcomes, not a time window ahead ("rgms in Sep" stays a window).
  // The texts of a list are all acted on at a meeting: a month it was held in names it too ("amds
  // that went to LC in Sep"), as do "the last meeting", "last time", "in Geneva".
  let meeting = meetingId;
  const textList = outcomes.length + routes.length + kinds.length + types.length + textExclusions > 0 || subjects.includes('texts');
  const textsAsked = !subjects.includes('rgms') && !subjects.includes('work-items');
  const pastCue = words.some((w) => PAST_CUES.has(w));
  // "what was approved this time": the texts acted on at the meeting the data is of, said in the reading.
  if (!meeting && current && textsAsked && (textList || filters > 0)) meeting = env.catalog.latest.id;
  if (!meeting && time && textsAsked && (pastCue || topics.includes('meetings') || textList)) {
    meeting = heldMeetingOf(time, env.now, places);
    if (meeting) window = {};
  }
  // "the April meeting", "what will happen at the next meeting": the SG17 meeting the data plans.
  // What it will do is, as far as the summary says, approve the determined texts (the listing of
  // the meeting came close); "the April meeting" alone, or "when is" it, is that listing.
  const planned =
    !meeting && topics.includes('meetings') && filters === 0 && !questionNamed && (time || words.includes('next'))
      ? plannedMeetingAsked(lower, norm, words, window, !!time, places)
      : undefined;
  if (planned === 'listing') return query({ ask: 'meetings' });
  const plannedMeeting = planned === 'determined';
  if (plannedMeeting) {
    outcomes.push('tap-determined');
    window = {};
    content = content.filter((w) => !WILL_CUES.has(w));
  }
  // "past rgms", "rgms that already happened", "which rgms have taken place": those held until
  // yesterday (a list of RGMs is otherwise of those to come, the opposite set).
  if (
    !time &&
    subjects.includes('rgms') &&
    !textFilters &&
    // "the recent rgm in stockholm": a place already names the RGM meant.
    !venue &&
    (words.some((w) => PAST_RGM_CUES.has(w)) || /\b(?:taken|took) place\b/.test(norm))
  ) {
    // "which rgms have not happened yet", "rgms not in the past": the cue turned round asks for those to
    // come (the list without a window), never those held.
    if (!NOT_PAST.test(norm)) window = { to: utcDay(new Date(env.now.getTime() - 86_400_000)) };
    content = content.filter((w) => !PAST_RGM_CUES.has(w) && w !== 'taken' && w !== 'took');
  }
  // "what happened in October", asked in November: the October just past, not next year's.
  // Today's date only when a rule below needs it (most questions name no time).
  let todayText: string | undefined;
  const today = (): string => {
    todayText ??= utcDay(env.now);
    return todayText;
  };
  if (
    !meeting &&
    time &&
    window.from &&
    window.to &&
    window.from > today() &&
    words.some((w) => PAST_TENSE.has(w)) &&
    // A year named, or a phrase counted from today ("next week"), already says which one is meant.
    !time.matched.some((m) => /\b20\d\d\b|\b(?:next|this|coming|upcoming|tomorrow)\b/.test(m))
  ) {
    const from = yearEarlier(window.from);
    if (from < today()) window = { from, to: yearEarlier(window.to) };
  }
  // "what will be approved in April": the determined texts go for approval at the meeting planned then.
  if (time && !meeting && outcomes.length === 1 && outcomes[0] === 'tap-determined' && places.planned.some((r) => overlaps(r, window))) window = {};
  if (!meeting && textsAsked && !words.includes('when') && !words.includes('where') && !(words.includes('dates') && filters === 0)) {
    const last =
      words.some((w) => LAST_WORDS.has(w)) && /\b(?:last|previous|past|recent|latest) (?:sg17 |sg |study group )?(?:meeting|plenary|time)\b/.test(norm);
    const place = content.find((w) => places.meetingPlaceWords.has(w));
    // "what happened at the plenary": with nothing else to list, a past meeting's outcomes.
    const pastMeeting = topics.includes('meetings') && pastCue && !textList && !plannedMeeting && !words.includes('next');
    // "which texts at the meeting", "what texts did the meeting handle": texts named with nothing else
    // are those acted on at the meeting held, never the listing of the one planned.
    const meetingTexts =
      topics.includes('meetings') &&
      subjects.length === 1 &&
      subjects[0] === 'texts' &&
      filters === 1 &&
      !plannedMeeting &&
      !words.includes('next') &&
      !words.some((w) => WILL_CUES.has(w));
    if (((last || place) && (topics.includes('meetings') || textList || pastCue)) || pastMeeting || meetingTexts) {
      const day = today();
      meeting = places.held.find((m) => m.end < day && (!place || m.place.has(place)))?.id;
      if (meeting && last) content = content.filter((w) => w !== 'time');
    }
  }
  if (meeting && meeting !== meetingId) content = content.filter((w) => !PAST_CUES.has(w) && !places.meetingPlaceWords.has(w));
  // "security manual", "compendium updated?": a word that names other SG17 documents is also a title's word.
  const typeTitleWords = types.includes('other')
    ? new Set(signals.filter(({ phrase, signal }) => signal.type === 'other' && !phrase.includes(' ') && known.has(phrase)).map(({ phrase }) => phrase))
    : undefined;
  const topicWords = typeTitleWords?.size
    ? words.filter((w, i) => (typeTitleWords.has(w) || (content.includes(w) && known.has(w))) && words.indexOf(w) === i)
    : content.filter((w) => known.has(w));

  // 2. Greetings, thanks; what the summary does not hold.
  const bare = !questionNamed && !time && content.length === 0;
  if (bare && filters === 0 && (topics.includes('greeting') || topics.includes('thanks')) && topics.length === 1) {
    return query({ ask: topics[0] as 'greeting' | 'thanks' });
  }
  // "what's next", "anything coming up", "upcoming": the RGMs still to come; SG17's own meetings came close.
  if (bare && signals.length === 0 && loose.some((w) => NEXT_CUES.has(w))) return query({ ask: 'rgms' }, 'meeting');
  // "what is a rapporteur": the word, before the person the summary does not name (asked only when the word is there).
  const definable = !time && !count && !questionNamed;
  if (definable && terms.includes('rapporteur') && meaningAsked(norm, terms, loose, signals, listCue).defines) return query({ ask: 'define', terms });
  const notHeldAnswer = notHeldQuery(words, signals, notHeld, filters, !!time, questions);
  if (notHeldAnswer) return notHeldAnswer;

  // 3. "What is …" over nothing but glossary terms: definitions.
  const { opener, askingMeaning, defines } = meaningAsked(norm, terms, loose, signals, listCue);
  if (defines && definable) {
    const listed = listQuery({ outcomes, routes, kinds, types, subjects, questions, window, count, words: undefined });
    // "what is a cg": the groups came close.
    const close = listed ? readingOf(listed) : topics.includes('groups') ? 'cg' : undefined;
    return query({ ask: 'define', terms }, terms.length === 1 ? close : undefined);
  }

  // 5–6. Lists with filters.
  // "new cgs": the groups the summary marks New, not the new work items.
  const newGroups = topics.includes('groups') && filters === 1 && kinds.length === 1 && kinds[0] === 'new';
  if (newGroups) kinds = [];
  // "cgs that are not new": the groups not marked New (the status is a word of the group, excluded like a topic);
  // never the texts of the other kinds (it listed revised texts and amendments).
  const notNewGroups =
    topics.includes('groups') && notKinds.length === 1 && notKinds[0] === 'new' && outcomes.length + routes.length + types.length + subjects.length === 0;
  if (notNewGroups) {
    kinds = [];
    not.words = [...(not.words ?? []), 'new'];
  }
  if (
    kinds.length === 1 &&
    kinds[0] === 'new' &&
    outcomes.length + routes.length + types.length === 0 &&
    !subjects.includes('texts') &&
    !subjects.includes('rgms')
  ) {
    // "what's new", "anything new?", "new Q10", `new tap`: the new work items.
    kinds = [];
    subjects.push('work-items');
  }
  // The terse `new tap`, also counted (`count new tap`, the reading of "how many new work items by tap").
  const newCommand = firstRaw === 'new' || (firstRaw === 'count' && /^new\b/i.test(afterFirst));
  if (newCommand && types.length === 0 && outcomes.length === 0 && kinds.every((k) => k === 'new') && !subjects.includes('rgms')) {
    kinds = kinds.filter((k) => k !== 'new');
    if (!subjects.includes('work-items')) subjects.push('work-items');
  }
  // "which question has the most texts": the Questions ranked; "compare Q10 and Q15": side by side.
  const rank = words.some((w) => QUESTION_NOUNS.has(w)) ? words.map((w) => RANK_CUES.get(w)).find((r) => r !== undefined) : undefined;
  if (rank) {
    perQuestion = true;
    content = content.filter((w) => !RANK_CUES.has(w));
  }
  const compared = questions.length >= 2 && words.some((w) => COMPARE_CUES.has(w));
  if (compared) content = content.filter((w) => !COMPARE_CUES.has(w));
  const about = topicWords.length ? topicWords.join(' ') : undefined;
  const otherTopic = topics.some((t) => t === 'groups' || t === 'stats' || t === 'highlights');
  let listed =
    otherTopic && (filters === 0 || newGroups || notNewGroups)
      ? undefined
      : listQuery({
          outcomes,
          routes,
          kinds,
          types,
          subjects,
          questions,
          window,
          count,
          words: about,
          meetingsAsked: topics.includes('meetings'),
          venue,
          format,
          state,
          perQuestion,
          meeting,
          twoClauses: norm.includes(' and ') && TWO_CLAUSES.test(norm),
          not,
          flags,
          nothingElse: content.length === 0 && !time,
        });
  // "which questions have no rgms", "questions with nothing approved": the Questions holding none,
  // as a list for those Questions (its answer says they hold none); never the ones holding some.
  // One subject only: "questions with rgms but no texts" asks two things, not the Questions without RGMs.
  // "which questions don't have any work items", "didn't get anything approved" ask the same; a "no" that opens or
  // closes the question ("no, i meant which questions have rgms", "which questions have rgms, no?") is an aside.
  const noneAsked =
    loose.some((w) => NONE_CUES.has(w) && !(w === 'no' && (words[0] === 'no' || words.at(-1) === 'no') && loose.filter((x) => x === 'no').length === 1)) ||
    signals.some(({ phrase }) => phrase.endsWith(' without')) ||
    /\bnot\s+(?:have|has|had|get|got|hold|holding)\b/.test(norm);
  if (listed?.perQuestion && rank) listed = { ...listed, rank };
  // "how many rgms are left": a count is of the whole set unless the clock is asked for, as here (from today).
  if (listed?.ask === 'rgms' && listed.count && !listed.from && !listed.to && words.some((w) => STILL_AHEAD.has(w))) listed = { ...listed, from: today() };
  if (listed && compared) listed = { ...listed, sideBySide: true };
  // The executor finds those Questions (the parser never runs a query).
  if (listed?.perQuestion && subjects.length <= 1 && noneAsked) {
    return query(
      { ...listed, none: true },
      undefined,
      content.filter((w) => !NONE_CUES.has(w) && !MEETING_WORDS.has(w)),
    );
  }
  if (listed) {
    // "last call" alone, "what is going to last call": the list; the definition came close.
    const term = terms[0];
    const typedCommand = env.commandWords.includes(firstRaw);
    const alone = signals.length === 1 && !signals[0]!.signal.list && !questionNamed;
    const close = term && !typedCommand && (opener !== undefined || alone) && listed.ask === 'texts' && !count ? `explain ${term}` : undefined;
    // Content words that narrowed nothing ("tap maybe"): the answer says it did not use them.
    const used = new Set([...(listed.words?.split(' ') ?? []), ...(listed.venue?.split(' ') ?? [])]);
    const secondAsk =
      subjects.length > 0 && subjects.length + topics.length + outcomes.length + routes.length + types.length > 1
        ? otherListAsked(listed, { outcomes, routes, kinds, types, subjects, topics })
        : undefined;
    return query(listed, close ?? (plannedMeeting ? 'meeting' : undefined) ?? secondAsk, [
      ...content.filter((w) => !used.has(w) && !MEETING_WORDS.has(w) && !/^\d$/.test(w)),
      ...excludedNotApplied.map((p) => `not ${p}`),
    ]);
  }

  // 7. Other topics; a Question on its own.
  // "cg on ai security": the groups whose names hold the words, like `about` on the other lists.
  if (topics.includes('groups'))
    return query(
      { ask: 'groups', words: newGroups ? ['new', ...topicWords].join(' ') : about, count: count || undefined, not: exclusionFor(not, ['words']) },
      undefined,
      content.filter((w) => !topicWords.includes(w)),
    );
  if (topics.includes('stats')) return query({ ask: 'stats' });
  // "q11 summary", "hot topics in q1": a Question's own overview, below.
  if (topics.includes('highlights') && !questionNamed) {
    // "hot topics of the september meeting": that meeting; "hot topics in march 2024": the meeting held then (the answer says when none was).
    return query({ ask: 'highlights', ...(meeting ? { meeting } : { from: window.from, to: window.to }) });
  }
  if (topics.includes('meetings') && !questionNamed) return query({ ask: 'meetings' });
  if (questionNamed) {
    const notQ = notQuestions.length ? { questions: notQuestions } : undefined;
    if (words.some((w) => MEETING_WORDS.has(w))) return query({ ask: 'rgms', questions, not: notQ });
    if (questions.length === 1 && content.length === 0) return query({ ask: 'question', questions });
    if (compared && words.some((w) => MEETING_WORDS.has(w))) return query({ ask: 'rgms', questions, sideBySide: true });
    if (content.length === 0) return query({ ask: 'texts', questions, not: notQ, sideBySide: compared || undefined });
  }
  if (topics.includes('help') && content.length === 0) return query({ ask: 'help' });
  if (terms.length > 0 && content.length === 0 && askingMeaning) return query({ ask: 'define', terms });
  // "what does qkd stand for", "what is wtsa": one word the glossary or the abbreviations know; the search came close.
  const defined = askingMeaning && signals.length === 0 && definable ? wordAskedAlone(loose, opener) : undefined;
  if (defined) return query({ ask: 'define', terms: [defined] }, `search ${defined}`);

  // 8. A search for the words left.
  const searchWords = content.filter((w) => !/^\d$/.test(w));
  // "vctp", "what happened to dpama": a name typed without its "X." or "TR.".
  const named = searchWords.length === 1 ? namesOf(env.catalog).byBody.get(normaliseKey(searchWords[0]!)) : undefined;
  if (named) return query({ ask: 'ids', ids: [named] });
  // An abbreviation the search spells out ("texts about pii") is a topic even when no title holds it as written.
  if (
    searchWords.length > 0 &&
    (known.has(searchWords[0]!) ||
      searchWords.some((w) => known.has(w) || Object.hasOwn(ABBREVIATIONS, w)) ||
      looksLikeAQuestion(text, words) ||
      searchWords.some((w) => namesOf(env.catalog).pieces.has(w)))
  ) {
    return query({ ask: 'search', words: searchWords.join(' ') }, questions.length === 1 ? `q ${questions[0]!.slice(1, -3)}` : undefined);
  }
  if (topics.includes('greeting') || topics.includes('thanks')) return query({ ask: topics.includes('thanks') ? 'thanks' : 'greeting' });
  if (topics.includes('help')) return query({ ask: 'help' });
  if (questions.length > 0) return query({ ask: 'question', questions: [questions[0]!] });
  return { kind: 'unknown', suggestions: nearestCommands(words, env.commandWords) };
}

/**
 * A second list named in the same message that the answer does not give ("aap texts and rgms",
 * "rgms and cgs"), as its command: offered as the alternative, so half the message is never dropped
 * silently. Only an explicit second subject counts: "new work items by tap" is one ask.
 */
function otherListAsked(
  listed: Query,
  said: Pick<ListParts, 'outcomes' | 'routes' | 'kinds' | 'types' | 'subjects'> & { readonly topics: readonly NonNullable<Signal['topic']>[] },
): string | undefined {
  const textFilters = said.outcomes.length + said.routes.length + said.types.length + said.kinds.filter((k) => k !== 'new').length > 0;
  const textsNamed = said.subjects.includes('texts') || (listed.ask === 'rgms' && textFilters);
  if (listed.ask !== 'texts' && textsNamed) {
    const texts = listQuery({ ...said, subjects: ['texts'], questions: listed.questions ?? [], window: {}, count: false, words: undefined });
    if (texts) return readingOf(texts);
  }
  if (listed.ask !== 'rgms' && said.subjects.includes('rgms')) return 'rgm';
  if (listed.ask !== 'work-items' && said.subjects.includes('work-items')) return 'new';
  if (said.topics.includes('groups')) return 'cg';
  return undefined;
}

/** Whether a text asks what its glossary terms mean ("what is last call", "aap vs tap"), and the opening that says so. */
function meaningAsked(
  norm: string,
  terms: readonly string[],
  loose: readonly string[],
  signals: Reading['signals'],
  listCue: boolean,
): { opener: string | undefined; askingMeaning: boolean; defines: boolean } {
  const opener = DEFINE_OPENERS.find((o) => norm.startsWith(o) && (norm.length === o.length || norm[o.length] === ' '));
  const askingMeaning =
    opener !== undefined ||
    /\b(?:mean|means|stand for|stands for)$/.test(norm) ||
    (terms.length >= 2 && /\b(?:vs|versus|compared|compare|difference|diff)\b/.test(norm));
  const onlyTerms =
    terms.length > 0 &&
    !listCue &&
    // "what are the new work items", "what are the rgms": those items (a comparison of terms still defines).
    !(opener === 'what are the' && terms.length === 1) &&
    loose.every((w) => DEFINE_FILLER.has(w) || (STOPWORDS.has(w) && !LIST_CUES.has(w)) || (opener?.split(' ').includes(w) ?? false)) &&
    signals.every(({ signal }) => signal.term !== undefined || signal.topic === 'count');
  return { opener, askingMeaning, defines: askingMeaning && onlyTerms };
}

/** The one word of a "what is …" question, if the glossary or the abbreviations table knows it ("its" too: a stop word elsewhere). */
function wordAskedAlone(loose: readonly string[], opener: string | undefined): string | undefined {
  const openerWords = opener?.split(' ') ?? [];
  const left = loose.filter((w) => !DEFINE_FILLER.has(w) && !openerWords.includes(w));
  if (left.length !== 1) return undefined;
  const word = left[0]!;
  return Object.hasOwn(ABBREVIATIONS, word) || findTerm(word) ? word : undefined;
}

/** A question about what the summary does not name (rapporteurs, editors…), if it is one. */
function notHeldQuery(
  words: readonly string[],
  signals: Reading['signals'],
  notHeld: string | undefined,
  filters: number,
  timed: boolean,
  questions: string[],
): ParseOutcome | undefined {
  const asksWho = words.some((w) => WHO_WORDS.has(w));
  // "which texts were not consented": whatever else is named, the summary lists no such texts.
  // Who proposed texts ("how many recs did china contribute") is asked of texts: said so, never every text counted.
  if (notHeld && (asksWho || words[0] === 'who' || filters === 0 || textsNotListed(notHeld) || notHeld === 'authors'))
    return query({ ask: 'not-held', notHeld, questions });
  // "who is the Q15 rapporteur", "q15 rapporteur?": the person. "rapporteur" alone (not "rapporteur
  // meeting", not "rapporteurs") with nothing about meetings or time asks for the person too.
  const rgmPhrases = signals.filter(({ signal }) => signal.subject === 'rgms');
  const personOnly = rgmPhrases.length > 0 && rgmPhrases.every(({ phrase }) => phrase === 'rapporteur') && !timed && !words.some((w) => MEETING_WORDS.has(w));
  if ((asksWho || personOnly) && signals.some(({ phrase }) => phrase.startsWith('rapporteur')) && !words.some((w) => w.startsWith('meet'))) {
    return query({ ask: 'not-held', notHeld: 'rapporteurs', questions });
  }
  return undefined;
}

/** The place after "in"/"at" ("rgms in Paris"): another name of one, or a word that is nothing else. */
function placeNamed(words: readonly string[], content: readonly string[], known: ReadonlySet<string>): string | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!PLACE_WORDS.has(words[i]!)) continue;
    // "in the uk": the article is no place; "us" is a stop word, so an alias is asked first.
    const w = words[i + 1] === 'the' ? (words[i + 2] ?? '') : words[i + 1]!;
    const alias = PLACE_ALIASES.get(w);
    if (alias) return alias;
    if (w.length > 2 && !/\d/.test(w) && content.includes(w) && !known.has(w) && !NOT_PLACES.has(w)) return w;
  }
  return undefined;
}

/** Alias phrases, longest first, so "south korea" is taken whole rather than as "korea". */
let aliasesLongestFirst: readonly string[] | undefined;

/** The place an alias in `norm` names ("south korea" → seoul), and the alias's words. */
function placeAlias(norm: string): { place: string; words: readonly string[] } | undefined {
  aliasesLongestFirst ??= [...PLACE_ALIASES.keys()].sort((a, b) => b.length - a.length);
  const padded = ` ${norm} `;
  const phrase = aliasesLongestFirst.find((p) => padded.includes(` ${p} `));
  return phrase ? { place: PLACE_ALIASES.get(phrase)!, words: phrase.split(' ') } : undefined;
}

/** `text` without `piece` where it stands as whole words ("dec" out of "in dec", not out of "decisions"). */
function cut(text: string, piece: string): string {
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    const end = at + piece.length;
    if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[end] ?? '')) return `${text.slice(0, at)} ${text.slice(end)}`;
  }
  return text.replace(piece, ' ');
}

function looksLikeAQuestion(text: string, words: readonly string[]): boolean {
  return text.trim().endsWith('?') || ['what', 'which', 'any', 'anything', 'is', 'are', 'show', 'list', 'tell', 'find'].includes(words[0] ?? '');
}

interface ListParts {
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
  readonly venue?: string | undefined;
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
  /** Table flags asked (ISO/IEC equivalent, A.5 justification…). */
  readonly flags?: readonly TextFlag[];
}

/** The exclusions that apply to one kind of list. */
function exclusionFor(not: Exclusion | undefined, keys: readonly (keyof Exclusion)[]): Exclusion | undefined {
  if (!not) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (not[k]?.length) out[k] = not[k];
  return Object.keys(out).length ? canonicalExclusion(out as Exclusion) : undefined;
}

/** A second clause asking again ("… and which …", "… and what …", "… and how many …"). */
const TWO_CLAUSES = /\band (?:which|what|how many)\b/;

/** The outcomes a route says when no outcome of its own is named in its clause. */
const ROUTE_OUTCOMES: Readonly<Record<Route, readonly Outcome[]>> = {
  tap: ['tap-approved', 'tap-not-approved', 'tap-determined'],
  aap: ['aap-consented'],
  agreement: ['agreed'],
};

/** The list a question asks for, if its phrases name one. */
function listQuery(p: ListParts): Query | undefined {
  const timed = p.window.from !== undefined || p.window.to !== undefined;
  const count = p.count || undefined;
  const perQuestion = p.perQuestion || undefined;
  if (
    p.subjects.includes('rgms') ||
    (timed &&
      !p.subjects.includes('work-items') &&
      !p.subjects.includes('texts') &&
      p.outcomes.length + p.routes.length + p.kinds.length + p.types.length === 0)
  ) {
    return {
      ask: 'rgms',
      questions: p.questions,
      format: p.format,
      state: p.state,
      venue: p.venue,
      ...p.window,
      words: p.words,
      count,
      perQuestion,
      not: exclusionFor(p.not, ['questions', 'formats', 'venues', 'words', 'windows']),
    };
  }
  if (p.subjects.includes('work-items')) {
    const route = p.routes[0] ?? (p.outcomes.includes('agreed') ? 'agreement' : p.outcomes.includes('aap-consented') ? 'aap' : undefined);
    const typeOrder: DocType[] = ['recommendation', 'supplement', 'technical-report', 'other'];
    return {
      ask: 'work-items',
      route,
      types: typeOrder.filter((t) => p.types.includes(t)),
      questions: p.questions,
      words: p.words,
      count,
      perQuestion,
      not: exclusionFor(p.not, ['questions', 'routes', 'types', 'ids', 'words']),
    };
  }
  const textNot = exclusionFor(p.not, ['outcomes', 'routes', 'kinds', 'types', 'questions', 'flags', 'ids', 'words', 'windows']);
  const questionNamed = p.questions.length > 0 || !!p.not?.questions?.length;
  if (
    p.outcomes.length + p.routes.length + p.kinds.length + p.types.length + (p.flags?.length ?? 0) === 0 &&
    !textNot?.outcomes &&
    !textNot?.routes &&
    !textNot?.kinds &&
    !textNot?.types &&
    !textNot?.flags &&
    !textNot?.ids &&
    !p.meeting &&
    !(p.subjects.includes('texts') && (p.count || questionNamed || !!p.words || p.perQuestion || timed))
  ) {
    // "texts", "all texts" and nothing else: every text acted on, as the `texts` command with no options.
    if (p.nothingElse && p.subjects.length === 1 && p.subjects[0] === 'texts' && !p.count && !p.perQuestion && !questionNamed) return { ask: 'texts' };
    return (p.count || p.perQuestion) && !questionNamed && p.subjects.length + (p.count ? 1 : 0) > 0 ? { ask: 'texts', count, perQuestion } : undefined;
  }
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
  // Every TAP or AAP text is a Recommendation: "approved recommendations" names no extra filter.
  const types = outcomes.length > 0 && outcomes.every((o) => o !== 'agreed') ? p.types.filter((t) => t !== 'recommendation') : p.types;
  const order: Outcome[] = ['tap-approved', 'tap-not-approved', 'tap-determined', 'aap-consented', 'agreed'];
  outcomes = order.filter((o) => outcomes.includes(o));
  const typeOrder: DocType[] = ['recommendation', 'supplement', 'technical-report', 'other'];
  const kindOrder: TextKind[] = ['new', 'revised', 'amendment', 'corrigendum'];
  return {
    ask: 'texts',
    outcomes,
    kinds: kindOrder.filter((k) => p.kinds.includes(k)),
    types: typeOrder.filter((t) => types.includes(t)),
    questions: p.questions,
    flags: p.flags?.length ? [...p.flags] : undefined,
    not: textNot,
    meeting: p.meeting,
    ...p.window,
    words: p.words,
    count,
    perQuestion,
  };
}

// ---------------------------------------------------------------- suggestions

const DEFAULT_SUGGESTIONS = ['help', 'search', 'aap'];

/** Three commands a confused text most likely meant: typos of command words first. */
export function nearestCommands(words: readonly string[], commandWords: readonly string[]): string[] {
  const scored: { cmd: string; d: number }[] = [];
  for (const cmd of commandWords) {
    let best = 99;
    for (const w of words) {
      if (w.length < 2) continue;
      const d = editDistance(w, cmd) + (w.startsWith(cmd) || cmd.startsWith(w) ? -1 : 0);
      if (d < best) best = d;
    }
    if (best <= Math.min(2, Math.floor(cmd.length / 3) + 1)) scored.push({ cmd, d: best });
  }
  scored.sort((a, b) => a.d - b.d || a.cmd.localeCompare(b.cmd));
  const out = [...new Set(scored.map((s) => s.cmd))];
  for (const d of DEFAULT_SUGGESTIONS) if (out.length < 3 && !out.includes(d)) out.push(d);
  return out.slice(0, 3);
}
