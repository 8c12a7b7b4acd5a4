/**
 * Search over everything the summary holds (./search-documents.ts), ranked so a reader can see
 * why: each hit says which asked words it matched, in which field, and how (the word itself, a
 * word of SG17's thesaurus, a prefix or a typo).
 *
 * Ranking: documents matching more of the asked words first; then a BM25F score (each field's
 * term frequency, saturated and length-normalised, weighted name 3 > title 2 > topics 1.5 >
 * notes 1, times the word's rarity); then the data's order. A word reaches other terms at a
 * discount: a `same` form of the thesaurus (QKD = quantum key distribution) ×1, a synonym ×0.8,
 * a near topic ×0.5, and, for a word the index does not hold, its prefixes ×0.6 or its typos ×0.5.
 *
 * The parts: ./search-postings.ts builds the postings (terms and thesaurus concepts per document),
 * ./search-query.ts reads a question into asked words and their reaches, ./search-rank.ts keeps
 * the best `limit`, ./search-explain.ts writes each returned hit's line.
 *
 * Why not MiniSearch: measured on the same documents in the same bench run (bench/search.ts), at
 * 1000× the data it scores every matching document into result objects, and a common word
 * ("security", in half the titles) kept its p99 far above the 1 ms target.
 */
import type { Catalog } from './catalog.js';
import type { SearchDocument, SearchField, SearchHitKind } from './search-documents.js';
import { searchDocuments } from './search-documents.js';
import { explain } from './search-explain.js';
import { buildPostings, thesaurusForms } from './search-postings.js';
import { type Asked, DISCOUNT, LEVEL, Reader } from './search-query.js';
import { Ranker, type Word } from './search-rank.js';
import { THESAURUS, type ThesaurusEntry } from './thesaurus.js';

export type { SearchDocument, SearchField, SearchHitKind };
export type { MatchHow } from './search-query.js';
export { termsOf } from './search-postings.js';

export interface SearchHit {
  readonly kind: SearchHitKind;
  /** See SearchDocument.ref. */
  readonly ref: number;
  readonly doc: SearchDocument;
  /** Higher is better: how many words matched, then the BM25F score (level + score / (1 + score) / 100). */
  readonly score: number;
  /** Which words matched where, in one short line ("quantum in title; qkd (QKD) in name"). */
  readonly why: string;
}

export interface SearchIndex {
  search(text: string, limit?: number): SearchHit[];
  readonly documents: readonly SearchDocument[];
}

/**
 * A document's own weight: a summary line (hot topic, decision, planned meeting) is short, so
 * length normalisation alone would put it above the texts it sums up; the texts come first.
 */
const KIND_PRIOR: Readonly<Record<SearchHitKind, number>> = {
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

export function buildSearchIndex(catalog: Catalog, thesaurus: readonly ThesaurusEntry[] = THESAURUS): SearchIndex {
  const docs = searchDocuments(catalog);
  const byFirst = thesaurusForms(thesaurus);
  const postings = buildPostings(docs, byFirst);
  const vocabulary = [...postings.keys()].filter((t) => !/^[§¶]/.test(t)).sort();
  const reader = new Reader(postings, vocabulary, byFirst, thesaurus);
  const ranker = new Ranker(Float32Array.from(docs, (d) => KIND_PRIOR[d.kind]));

  function search(text: string, limit = 10): SearchHit[] {
    if (limit <= 0) return [];
    const asked = reader.read(String(text));
    return ranker.rank(wordsOf(asked, docs.length), limit).map(({ doc: d, level, score }) => ({
      kind: docs[d]!.kind,
      ref: docs[d]!.ref,
      doc: docs[d]!,
      score: level + score / (1 + score) / 100,
      why: explain(d, asked),
    }));
  }

  return { search, documents: docs };
}

/** The asked words as the ranking takes them: each reach's posting, score factor and level. */
function wordsOf(asked: readonly Asked[], n: number): Word[] {
  const words: Word[] = [];
  for (const { reaches } of asked) {
    if (reaches.length === 0) continue;
    let df = 1;
    for (const r of reaches) df = Math.max(df, r.posting.docs.length);
    const rarity = idf(n, df);
    // A word in a quarter of the documents or more ("security" in SG17's) decides a quarter as much of the order.
    const weight = df > n / 4 ? 0.25 : 1;
    words.push(reaches.map((r) => ({ posting: r.posting, factor: rarity * DISCOUNT[r.how], level: LEVEL[r.how] * weight })));
  }
  return words;
}

/** Rarity of a word held by `df` of `n` documents (BM25's, never negative). */
function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
