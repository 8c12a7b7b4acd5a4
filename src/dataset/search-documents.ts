/**
 * What the search covers: everything the summary holds, one document per thing a delegate may
 * look for, each saying what it is and which meeting's summary it comes from. Only what the
 * source holds goes in (a field the summary leaves empty is left out).
 */
import type { Catalog } from './catalog.js';
import type { Meeting } from './schema.js';

export type SearchHitKind =
  | 'item'
  | 'work-item'
  | 'rgm'
  | 'cg'
  | 'hot-topic'
  | 'decision'
  | 'event'
  | 'future-meeting'
  | 'registration-authority'
  | 'statistic';

/** Where a word was found. A hit in a name (number, acronym, former acronym, country) weighs most, then title, topics, notes. */
export type SearchField = 'name' | 'title' | 'topics' | 'notes';
export const SEARCH_FIELDS: readonly SearchField[] = ['name', 'title', 'topics', 'notes'];
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = { name: 3, title: 2, topics: 1.5, notes: 1 };
/** A document's own weight: a summary line (hot topic, decision, planned meeting) is short, and length normalisation alone would put it above the texts it sums up. */
export const KIND_PRIOR: Readonly<Record<SearchHitKind, number>> = {
  item: 1,
  'work-item': 1,
  cg: 1,
  rgm: 0.9,
  'registration-authority': 1,
  statistic: 1,
  'hot-topic': 0.6,
  decision: 0.6,
  event: 0.8,
  'future-meeting': 0.6,
};

export interface SearchDocument {
  readonly kind: SearchHitKind;
  /** Index into catalog.entries / workItems / rgms / latest.correspondenceGroups for those kinds; else its place among its kind. */
  readonly ref: number;
  /** What answers call it ("X.1716", "sg17-2024-09/rgm-14", "sg17-2024-09/contributions/Korea"). */
  readonly id: string;
  /** What it is, as a reader names it ("Hot topic", "Contributions by country"). */
  readonly what: string;
  /** The thing itself in one line, as the summary says it. */
  readonly text: string;
  readonly meeting: Meeting;
  readonly fields: Readonly<Partial<Record<SearchField, string>>>;
}

type Add = (doc: Omit<SearchDocument, 'ref'> & { ref?: number }) => void;

/** Every searchable document, in the data's order (that order breaks the last ties). */
export function searchDocuments(catalog: Catalog): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const counts = new Map<SearchHitKind, number>();
  const add: Add = (doc) => {
    const ref = doc.ref ?? counts.get(doc.kind) ?? 0;
    counts.set(doc.kind, (counts.get(doc.kind) ?? 0) + 1);
    docs.push({ ...doc, ref });
  };
  addCatalogRecords(catalog, add);
  for (const meeting of catalog.meetings) addMeetingFacts(meeting, add);
  return docs;
}

const join = (...parts: readonly (string | null | undefined)[]): string => parts.filter(Boolean).join(' ');

/** Texts, work items, RGMs and correspondence groups: the catalog's own lists. */
function addCatalogRecords(catalog: Catalog, add: Add): void {
  catalog.entries.forEach((entry, ref) => {
    const items = entry.records.map((r) => r.item);
    const footnotes = entry.records.flatMap((r) => r.footnotes.map((f) => f.text));
    const title = [...new Set(items.map((i) => i.title).filter(Boolean))].join(' ');
    add({
      kind: 'item',
      ref,
      id: entry.id,
      what: 'Text',
      text: join(entry.latest.item.number, entry.latest.item.title),
      meeting: entry.latest.meeting,
      fields: {
        name: entry.names.join(' '),
        title,
        notes: join(...items.flatMap((i) => [i.baseText, i.a5Reference, i.equivalent]), ...footnotes),
      },
    });
  });
  catalog.workItems.forEach(({ workItem: w, meeting }, ref) => {
    add({
      kind: 'work-item',
      ref,
      id: w.acronym ?? `${meeting.id}/work-item-${w.seq ?? '?'}`,
      what: 'New work item',
      text: join(w.acronym, w.title),
      meeting,
      fields: { name: w.acronym ?? '', title: w.title ?? '', notes: w.document ?? '' },
    });
  });
  catalog.rgms.forEach(({ rgm, meeting }, ref) => {
    add({
      kind: 'rgm',
      ref,
      id: rgm.id,
      what: 'RGM',
      text: join(rgm.question, rgm.datesText, rgm.venue),
      meeting,
      fields: { topics: [...rgm.topics, ...rgm.remarks].join(' '), notes: join(rgm.venue, rgm.host) },
    });
  });
  catalog.latest.correspondenceGroups.forEach((g, ref) => {
    add({
      kind: 'cg',
      ref,
      id: g.acronym,
      what: 'Correspondence group',
      text: `${g.acronym} (${g.name})`,
      meeting: catalog.latest,
      fields: { name: g.acronym, title: `${g.name} correspondence group`, notes: join(g.status, ...g.torDocuments) },
    });
  });
}

/** Outputs that no other document already covers: a count of a table, a group or an authority is found as itself. */
function isDecision(line: string): boolean {
  return !/\(\d+|^CG-|registration authority|:\s*$/i.test(line);
}

/** The summary's other facts: hot topics, decisions, planned meetings and their events, registration authorities, statistics. */
function addMeetingFacts(m: Meeting, add: Add): void {
  m.hotTopics.forEach((topic, i) => {
    add({ kind: 'hot-topic', id: `${m.id}/hot-topic-${i + 1}`, what: 'Hot topic', text: topic, meeting: m, fields: { title: topic } });
  });
  m.outputs.filter(isDecision).forEach((line, i) => {
    add({ kind: 'decision', id: `${m.id}/decision-${i + 1}`, what: 'Decision', text: line, meeting: m, fields: { title: line } });
  });
  m.futureMeetings.forEach((f, i) => {
    add({
      kind: 'future-meeting',
      id: `${m.id}/future-meeting-${i + 1}`,
      what: 'Planned meeting',
      text: join(f.title, f.datesText ? `(${f.datesText})` : null),
      meeting: m,
      fields: { title: f.title, notes: join(f.datesText, ...f.remarks) },
    });
    for (const [j, e] of f.events.entries()) {
      add({
        kind: 'event',
        id: e.document ?? `${m.id}/future-meeting-${i + 1}/event-${j + 1}`,
        what: 'Event at a planned meeting',
        text: join(e.title, e.document ? `(${e.document})` : null, `— at the ${f.title}`),
        meeting: m,
        fields: { name: e.document ?? '', title: e.title, notes: join(f.title, f.datesText) },
      });
    }
  });
  m.registrationAuthorities.forEach((r, i) => {
    add({
      kind: 'registration-authority',
      id: `${m.id}/registration-authority-${i + 1}`,
      what: 'Registration authority (OID)',
      text: r.text,
      meeting: m,
      fields: { name: join(r.oid ? `OID ${r.oid}` : null, r.country), title: r.text },
    });
  });
  addStatistics(m, add);
}

/** Contributions by region and country, and the liaison statements, as the statistics annex gives them. */
function addStatistics(m: Meeting, add: Add): void {
  const s = m.statistics;
  const of = s.contributions === null ? '' : ` of ${s.contributions}`;
  if (s.contributions !== null) {
    const text = `Contributions: ${s.contributions}${s.ddpPercent === null ? '' : ` (DDP ${s.ddpPercent} %)`}`;
    add({ kind: 'statistic', id: `${m.id}/contributions`, what: 'Statistics', text, meeting: m, fields: { title: `${text} statistics` } });
  }
  for (const r of s.byRegion) {
    const breakdown = r.breakdown.map((c) => `${c.country} ${c.count}`).join(', ');
    const text = `${r.region}: ${r.count}${of} contributions${r.percent === null ? '' : ` (${r.percent} %)`}${breakdown ? `: ${breakdown}` : ''}`;
    add({
      kind: 'statistic',
      id: `${m.id}/contributions/${r.region}`,
      what: 'Contributions by region',
      text,
      meeting: m,
      fields: { name: r.region, title: 'contributions by region statistics', notes: breakdown },
    });
    for (const c of r.breakdown) {
      add({
        kind: 'statistic',
        id: `${m.id}/contributions/${c.country}`,
        what: 'Contributions by country',
        text: `${c.country}: ${c.count}${of} contributions (${r.region} ${r.count})`,
        meeting: m,
        fields: { name: c.country, title: 'contributions by country statistics', notes: r.region },
      });
    }
  }
  const l = s.liaisons;
  if (l && (l.incoming !== null || l.outgoing !== null)) {
    const text = [
      'Liaison statements:',
      [l.incoming === null ? '' : `${l.incoming} incoming`, l.outgoing === null ? '' : `${l.outgoing} outgoing`].filter(Boolean).join(', '),
      l.matrixDocument ? `(matrix in ${l.matrixDocument})` : '',
    ]
      .filter(Boolean)
      .join(' ');
    add({
      kind: 'statistic',
      id: `${m.id}/liaisons`,
      what: 'Statistics',
      text,
      meeting: m,
      fields: { name: l.matrixDocument ?? '', title: `${text} statistics` },
    });
  }
}
