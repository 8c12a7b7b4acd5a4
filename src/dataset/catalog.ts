/**
 * The loaded dataset: every meeting, oldest first, and the indexes the engine needs.
 * Built once at start-up (Map lookups, so `rec` is O(1)); the full-text index is built
 * lazily on the first search so a CLI cold start stays fast. Queries then only read it.
 *
 * One document can appear in several meetings (determined at one, approved at the next): its
 * rows are merged into one `DocEntry` by number or former acronym, oldest first, so an answer
 * shows the latest status and the history.
 */
import type { Footnote, Item, Meeting, Rgm, WorkItem } from './schema.js';
import { buildSearchIndex, type SearchIndex } from './search.js';
import { nameKey } from '../text/index.js';

/** One row of Annex A in one meeting, with the footnotes it refers to. */
export interface ItemRecord {
  readonly item: Item;
  readonly meeting: Meeting;
  readonly footnotes: readonly Footnote[];
}

/** A Recommendation (or other text) across meetings. */
export interface DocEntry {
  /** What answers call it: the latest number, else the former acronym, else the title. */
  readonly id: string;
  /** Oldest first; never empty. */
  readonly records: readonly ItemRecord[];
  readonly latest: ItemRecord;
  /** Every number / former acronym it was listed under, as written. */
  readonly names: readonly string[];
}

export interface WorkItemRecord {
  readonly workItem: WorkItem;
  readonly meeting: Meeting;
}

export interface RgmRecord {
  readonly rgm: Rgm;
  readonly meeting: Meeting;
}

/** Everything the data holds about one Question. */
export interface QuestionEntry {
  readonly question: string;
  readonly entries: readonly DocEntry[];
  readonly workItems: readonly WorkItemRecord[];
  readonly rgms: readonly RgmRecord[];
}

export interface Catalog {
  /** Oldest first. */
  readonly meetings: readonly Meeting[];
  readonly latest: Meeting;
  /** Documents in table order, older meetings first. */
  readonly entries: readonly DocEntry[];
  readonly workItems: readonly WorkItemRecord[];
  readonly rgms: readonly RgmRecord[];
  /** normaliseKey(number or former acronym) → the document. */
  readonly byKey: ReadonlyMap<string, DocEntry>;
  /** normaliseKey(number without "Amd.n"/"Cor.n") → documents ("x509" → X.509 Amd.1). */
  readonly byBase: ReadonlyMap<string, readonly DocEntry[]>;
  /** Bare number digits ("1716", "509") → documents. */
  readonly byDigits: ReadonlyMap<string, readonly DocEntry[]>;
  /** normaliseKey(work item acronym) → work items. */
  readonly workItemsByKey: ReadonlyMap<string, readonly WorkItemRecord[]>;
  /** "Q15/17" → what the data holds about it. */
  readonly questions: ReadonlyMap<string, QuestionEntry>;
  /** The full-text index, built on first use. */
  searchIndex(): SearchIndex;
}

/** A name as a comparable key ("X.sec_QKDN_AA" → "xsecqkdnaa"): the text module's `nameKey`, under the name the engine reads. */
export const normaliseKey = nameKey;

/** "X.509 Amd.1" → "X.509"; other numbers unchanged. */
export function baseNumber(number: string): string {
  return number.replace(/\s*(?:Amd|Cor|Corr|Add)\.?\s*\d+\s*$/i, '').trim();
}

/** "X.1716" → "1716", "X.509 Amd.1" → "509"; null for "X.Suppl.41", "Security Manual". */
export function numberDigits(number: string): string | null {
  return /^[A-Za-z]{1,3}\.(\d+)(?![\d.])/.exec(number.trim())?.[1] ?? null;
}

export function buildCatalog(meetings: readonly Meeting[]): Catalog {
  if (meetings.length === 0) throw new Error('the dataset holds no meeting (data/*.json)');
  const sorted = [...meetings].sort((a, b) => a.range.start.localeCompare(b.range.start));

  const builders: { records: ItemRecord[] }[] = [];
  const byKeyBuilder = new Map<string, { records: ItemRecord[] }>();
  const workItems: WorkItemRecord[] = [];
  const rgms: RgmRecord[] = [];
  for (const meeting of sorted) {
    for (const item of meeting.items) {
      const record: ItemRecord = { item, meeting, footnotes: footnotesOf(item, meeting) };
      const keys = [item.number, item.formerAcronym]
        .filter((k): k is string => !!k)
        .map(normaliseKey)
        .filter(Boolean);
      const existing = keys.map((k) => byKeyBuilder.get(k)).find((b) => b !== undefined);
      const builder = existing ?? { records: [] };
      if (!existing) builders.push(builder);
      builder.records.push(record);
      for (const key of keys) if (!byKeyBuilder.has(key)) byKeyBuilder.set(key, builder);
    }
    for (const workItem of meeting.workItems) workItems.push({ workItem, meeting });
    for (const rgm of meeting.rgms) rgms.push({ rgm, meeting });
  }

  const entries: DocEntry[] = builders.map(({ records }) => {
    const latest = records[records.length - 1]!;
    const names = unique(records.flatMap((r) => [r.item.number, r.item.formerAcronym]).filter((n): n is string => !!n));
    const id =
      latest.item.number ??
      records.map((r) => r.item.number).findLast((n) => !!n) ??
      latest.item.formerAcronym ??
      latest.item.title ??
      `${latest.meeting.id} Annex A ${latest.item.section}) row ${latest.item.seq ?? '?'}`;
    return { id, records, latest, names };
  });

  const byKey = new Map<string, DocEntry>();
  const byBase = new Map<string, DocEntry[]>();
  const byDigits = new Map<string, DocEntry[]>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = normaliseKey(name);
      if (key && !byKey.has(key)) byKey.set(key, entry);
    }
    for (const number of unique(entry.records.map((r) => r.item.number).filter((n): n is string => !!n))) {
      push(byBase, normaliseKey(baseNumber(number)), entry);
      const digits = numberDigits(number);
      if (digits) push(byDigits, digits, entry);
    }
  }

  const workItemsByKey = new Map<string, WorkItemRecord[]>();
  for (const record of workItems) if (record.workItem.acronym) push(workItemsByKey, normaliseKey(record.workItem.acronym), record);

  const questions = new Map<string, { question: string; entries: DocEntry[]; workItems: WorkItemRecord[]; rgms: RgmRecord[] }>();
  const questionOf = (q: string) => {
    let entry = questions.get(q);
    if (!entry) {
      entry = { question: q, entries: [], workItems: [], rgms: [] };
      questions.set(q, entry);
    }
    return entry;
  };
  for (const entry of entries) {
    const q = entry.latest.item.question ?? entry.records.map((r) => r.item.question).findLast((x) => !!x);
    if (q) questionOf(q).entries.push(entry);
  }
  for (const record of workItems) if (record.workItem.question) questionOf(record.workItem.question).workItems.push(record);
  for (const record of rgms) if (record.rgm.question) questionOf(record.rgm.question).rgms.push(record);
  const orderedQuestions = new Map([...questions.entries()].sort(([a], [b]) => questionNumber(a) - questionNumber(b)));

  let index: SearchIndex | undefined;
  const catalog: Catalog = {
    meetings: sorted,
    latest: sorted[sorted.length - 1]!,
    entries,
    workItems,
    rgms,
    byKey,
    byBase,
    byDigits,
    workItemsByKey,
    questions: orderedQuestions,
    searchIndex: () => (index ??= buildSearchIndex(catalog)),
  };
  return catalog;
}

/** "Q15/17" → 15 (for ordering). */
export function questionNumber(question: string): number {
  return Number(/\d+/.exec(question)?.[0] ?? 0);
}

function footnotesOf(item: Item, meeting: Meeting): Footnote[] {
  return item.notes.map((n) => meeting.footnotes.find((f) => f.number === n && f.section === item.section)).filter((f): f is Footnote => f !== undefined);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Labels computed once per meeting object: nearly every answer names its meetings (source, history). */
const labels = new WeakMap<Meeting, string>();

/** "SG17, Geneva, 2–6 Sep 2024": how answers name where they came from. */
export function meetingLabel(meeting: Meeting): string {
  let label = labels.get(meeting);
  if (label === undefined) {
    label = formatMeetingLabel(meeting);
    labels.set(meeting, label);
  }
  return label;
}

function formatMeetingLabel(meeting: Meeting): string {
  const [sy, sm, sd] = meeting.range.start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = meeting.range.end.split('-').map(Number) as [number, number, number];
  const dates =
    sy === ey && sm === em ? `${sd}–${ed} ${MONTHS[em - 1]} ${ey}` : `${sd} ${MONTHS[sm - 1]}${sy === ey ? '' : ` ${sy}`} – ${ed} ${MONTHS[em - 1]} ${ey}`;
  return `SG17, ${meeting.place ? `${meeting.place}, ` : ''}${dates}`;
}
