/**
 * Full-text index over documents, work items and RGMs (numbers, acronyms, titles, topics).
 * Built once, on the first search (see Catalog.searchIndex).
 *
 * FlexSearch answers almost every query. Its contextual index also keeps, for each word, the
 * words near it, so a query of several words looks up those pairs instead of intersecting each
 * word's whole list of documents, ranks documents where the words sit close together (as in
 * "edge computing security") first, and stops once it has `limit` results: a search costs about
 * the same at 1000× the data. (MiniSearch, used before, scores and sorts every matching
 * document: 6–80 ms at 1000×.)
 *
 * Words are reduced to their stem by FlexSearch's English stemmer, so "metaverse" also finds
 * "metaverses". The contextual index matches whole words only (no prefixes) and FlexSearch has
 * no edit distance, so a query it cannot match at all (an unfinished word "quant", a typo
 * "blockchian") falls back to MiniSearch's prefix and fuzzy search, whose index is built only when
 * that first happens. (A FlexSearch "forward" index, which holds every prefix, was measured too:
 * ~15 s to build and ~560 MB of heap at 1000×, and no context, so slow multi-word queries.)
 */
import { Document, Encoder } from 'flexsearch';
import english from 'flexsearch/lang/en';
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Catalog } from './catalog.js';

export type SearchHitKind = 'item' | 'work-item' | 'rgm';

export interface SearchHit {
  readonly kind: SearchHitKind;
  /** Index into catalog.entries / catalog.workItems / catalog.rgms. */
  readonly ref: number;
  /**
   * Higher is better. FlexSearch ranks without scores, so its hits get 1/(rank+1) (1, 0.5, 0.33, …);
   * hits of the fuzzy fallback carry MiniSearch's relevance score.
   */
  readonly score: number;
}

export interface SearchIndex {
  search(text: string, limit?: number): SearchHit[];
}

interface SearchDoc {
  [key: string]: string;
  /** "item:12", "work-item:3", "rgm:7": the kind and its index in the catalog. */
  id: string;
  number: string;
  acronym: string;
  title: string;
  topics: string;
  question: string;
}

/**
 * Searched in this order, and a document's rank is that of its first matching field: a hit on a
 * number or acronym ("X.1716", "QKDN") comes before a hit on words of a title, then RGM topics.
 */
const FIELDS = ['number', 'acronym', 'title', 'topics', 'question'] as const;

/**
 * Field order of the looser pass: a title or topics matching some of the words before a short
 * name matching one of them ("zero trust security architecture" should not start with the
 * "Security Manual").
 */
const LOOSE_FIELDS = ['title', 'topics', 'acronym', 'number', 'question'] as const;
const PASSES = [
  [false, FIELDS],
  [true, LOOSE_FIELDS],
] as const;

/** Words count as "together" within 3 places (after stop words are dropped), in either order. */
const CONTEXT = { depth: 3, bidirectional: true, resolution: 3 };

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

/** The same terms for FlexSearch as for MiniSearch: tokenize, lower-case, drop stop words and single letters. */
function encode(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** FlexSearch's English stemmer (`numeric: false`: keep "1716" whole, not split into "171" "6") ("metaverses" → "metaverse", "networks" → "network"), over our terms. */
const stemmer = new Encoder({ stemmer: english.stemmer, numeric: false, normalize: false, dedupe: false, cache: true });

function stemmed(text: string): string[] {
  return encode(text).flatMap((term) => stemmer.encode(term));
}

function searchDocs(catalog: Catalog): SearchDoc[] {
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
  return docs;
}

function toHit(id: string, score: number): SearchHit {
  const colon = id.indexOf(':');
  return { kind: id.slice(0, colon) as SearchHitKind, ref: Number(id.slice(colon + 1)), score };
}

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const docs = searchDocs(catalog);
  // Whole words ("strict"; context needs it), each with the words up to 3 places either side.
  const flex = new Document<SearchDoc>({
    document: { id: 'id', index: FIELDS.map((field) => ({ field, tokenize: 'strict' as const, context: CONTEXT, encode: stemmed })) },
  });
  for (const doc of docs) flex.add(doc);

  let fuzzy: ((text: string, limit: number) => SearchHit[]) | undefined;

  return {
    search(text, limit = 10) {
      // (1) All words close together in one field; (2) up to `limit`, the documents matching the
      // most words (FlexSearch's `suggest`: words may also be apart or spread over fields), so
      // "edge computing security" lists X.1648 first and then the other edge-computing texts;
      // (3) nothing at all: an unfinished word ("quant") or a typo ("blockchian"): MiniSearch.
      const ids: string[] = [];
      for (const [suggest, index] of PASSES) {
        if (ids.length >= limit) break;
        for (const r of flex.search(text, { limit, suggest, index: [...index], merge: true })) {
          const id = String(r.id);
          if (!ids.includes(id)) ids.push(id);
          if (ids.length >= limit) break;
        }
      }
      if (ids.length > 0) return ids.map((id, rank) => toHit(id, 1 / (rank + 1)));
      fuzzy ??= buildFuzzySearch(docs);
      return fuzzy(text, limit);
    },
  };
}

/** MiniSearch with prefixes and typo tolerance: the rare query that FlexSearch cannot match at all. */
function buildFuzzySearch(docs: readonly SearchDoc[]): (text: string, limit: number) => SearchHit[] {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    // Nothing stored: the id says what a hit is ("item:12"), so no per-hit copy of stored fields.
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { boost: { number: 4, acronym: 3, title: 1.5, topics: 1, question: 1 } },
  });
  mini.addAll(docs);
  // All words, the last one also as a prefix ("quant"); then allowing typos in longer words
  // ("quantim"); then any word.
  const steps: SearchOptions[] = [
    { combineWith: 'AND', prefix: lastTermPrefix },
    { combineWith: 'AND', prefix: lastTermPrefix, fuzzy: typoTolerance },
    { combineWith: 'OR', prefix: lastTermPrefix, fuzzy: typoTolerance },
  ];
  return (text, limit) => {
    for (const options of steps) {
      const results = mini.search(text, options);
      if (results.length > 0) return results.slice(0, limit).map((r) => toHit(String(r.id), r.score));
    }
    return [];
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
