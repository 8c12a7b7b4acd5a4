/**
 * Full-text index over documents, work items and RGMs (numbers, acronyms, titles, topics),
 * with MiniSearch. Built once, on the first search (see Catalog.searchIndex).
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
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
  /** "item:12", "work-item:3", "rgm:7": the kind and its index in the catalog. */
  id: string;
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
      number: '',
      acronym: '',
      title: `RGM ${rgm.datesText} ${rgm.venue ?? ''}`,
      topics: [...rgm.topics, ...rgm.remarks].join(' '),
      question: rgm.question ?? '',
    });
  });

  const mini = new MiniSearch<SearchDoc>({
    fields: ['number', 'acronym', 'title', 'topics', 'question'],
    // Nothing stored: the id says what a hit is ("item:12"), so no per-hit copy of stored fields.
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { boost: { number: 4, acronym: 3, title: 1.5, topics: 1, question: 1 } },
  });
  mini.addAll(docs);

  // Cost grows with every indexed term a query term reaches, so widen step by step and stop at the
  // first step that finds something: (1) all words, the last one also as a prefix (it may be
  // unfinished: "quant"); (2) all words, allowing typos in longer words ("quantim"); (3) any word.
  const steps: SearchOptions[] = [
    { combineWith: 'AND', prefix: lastTermPrefix },
    { combineWith: 'AND', prefix: lastTermPrefix, fuzzy: typoTolerance },
    { combineWith: 'OR', prefix: lastTermPrefix, fuzzy: typoTolerance },
  ];

  return {
    search(text, limit = 10) {
      let results: SearchResult[] = [];
      for (const options of steps) {
        results = mini.search(text, options);
        if (results.length > 0) break;
      }
      return results.slice(0, limit).map((r) => {
        const id = String(r.id);
        const colon = id.indexOf(':');
        return { kind: id.slice(0, colon) as SearchHitKind, ref: Number(id.slice(colon + 1)), score: r.score };
      });
    },
  };
}

/** Prefix matching for the last word only, from 3 letters: "search quant" finds quantum. */
function lastTermPrefix(term: string, i: number, terms: string[]): boolean {
  return i === terms.length - 1 && term.length >= 3;
}

/** One typo per five letters in words of 5+ letters; never in numbers ("1716" is not "1717"). */
function typoTolerance(term: string): number | false {
  return term.length >= 5 && !/^\d+$/.test(term) ? 0.2 : false;
}
