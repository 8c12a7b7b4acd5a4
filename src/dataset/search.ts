/**
 * Full-text index over documents, work items and RGMs (numbers, acronyms, titles, topics),
 * with MiniSearch. Built once, on the first search (see Catalog.searchIndex).
 */
import MiniSearch from 'minisearch';
import type { Catalog } from './catalog.js';

export type SearchHitKind = 'item' | 'work-item' | 'rgm';

export interface SearchHit {
  readonly kind: SearchHitKind;
  /** Index into catalog.entries / catalog.workItems / catalog.rgms. */
  readonly ref: number;
  readonly score: number;
}

export interface SearchIndex {
  search(text: string, limit?: number): SearchHit[];
}

interface SearchDoc {
  id: string;
  kind: SearchHitKind;
  ref: number;
  number: string;
  acronym: string;
  title: string;
  topics: string;
  question: string;
}

/** Words too common in SG17 titles to say anything. */
const STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'by', 'or', 'based', 'itu', 'rec']);

/** Split on spaces and punctuation, and also keep each punctuated word joined ("X.1716" → x, 1716, x1716). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const pieces = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    out.push(...pieces);
    const joined = pieces.join('');
    if (pieces.length > 1) out.push(joined);
  }
  return out;
}

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return t.length < 2 || STOP_WORDS.has(t) ? null : t;
}

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const docs: SearchDoc[] = [];
  catalog.entries.forEach((entry, ref) => {
    const titles = new Set(entry.records.map((r) => r.item.title).filter(Boolean));
    docs.push({
      id: `item:${ref}`,
      kind: 'item',
      ref,
      number: entry.records.map((r) => r.item.number ?? '').join(' '),
      acronym: entry.records.map((r) => r.item.formerAcronym ?? '').join(' '),
      title: [...titles].join(' '),
      topics: '',
      question: entry.latest.item.question ?? '',
    });
  });
  catalog.workItems.forEach(({ workItem }, ref) => {
    docs.push({
      id: `work-item:${ref}`,
      kind: 'work-item',
      ref,
      number: '',
      acronym: workItem.acronym ?? '',
      title: workItem.title ?? '',
      topics: '',
      question: workItem.question ?? '',
    });
  });
  catalog.rgms.forEach(({ rgm }, ref) => {
    docs.push({
      id: `rgm:${ref}`,
      kind: 'rgm',
      ref,
      number: '',
      acronym: '',
      title: `RGM ${rgm.datesText} ${rgm.venue ?? ''}`,
      topics: [...rgm.topics, ...rgm.remarks].join(' '),
      question: rgm.question ?? '',
    });
  });

  const mini = new MiniSearch<SearchDoc>({
    fields: ['number', 'acronym', 'title', 'topics', 'question'],
    storeFields: ['kind', 'ref'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { number: 4, acronym: 3, title: 1.5, topics: 1, question: 1 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 && !/^\d+$/.test(term) ? 0.2 : false),
    },
  });
  mini.addAll(docs);

  return {
    search(text, limit = 10) {
      // All words first; when nothing has them all, the best partial matches.
      let results = mini.search(text, { combineWith: 'AND' });
      if (results.length === 0) results = mini.search(text, { combineWith: 'OR' });
      return results.slice(0, limit).map((r) => ({ kind: r.kind as SearchHitKind, ref: r.ref as number, score: r.score }));
    },
  };
}
