/**
 * Full-text search over what the data names: documents (numbers, former acronyms, titles), new
 * work items, interim RGMs (topics, remarks) and correspondence groups. Built once, on the first
 * search (see Catalog.searchIndex).
 *
 * One small inverted index, ranked by the meaning of the words asked:
 *   1. a hit on more of the words ranks above a hit on fewer ("AI security": both words first);
 *   2. then hits where the asked words stand closest together ("edge computing data security");
 *   3. then the words' rarity (inverse document frequency, a word of a number or acronym counting a quarter more),
 *      so a rare word outweighs a common one ("AI" over "security");
 *   4. then the data's own order.
 * Words are compared whole (numbers too: "1716" never finds X.11716), after a light English
 * plural stemming ("metaverses" → "metaverse"). A query none of whose words is in the index is
 * retried with its words as prefixes ("quant") and with one or two typing slips ("blockchian").
 *
 * This replaced FlexSearch (with MiniSearch as its fuzzy fallback): FlexSearch ranks without
 * term weights, so a common word counted as much as a rare one, and two libraries had to agree on
 * tokenising. Words are taken rarest first; once `limit` documents match as many words as a
 * newcomer still could, a more common word only adds to the documents already found, and only
 * the documents that can make the first places are sorted.
 */
import type { Catalog } from './catalog.js';

export type SearchHitKind = 'item' | 'work-item' | 'rgm' | 'cg';

export interface SearchHit {
  readonly kind: SearchHitKind;
  /** Index into catalog.entries / catalog.workItems / catalog.rgms / catalog.latest.correspondenceGroups. */
  readonly ref: number;
  /** Higher is better: 1/(rank+1) (1, 0.5, 0.33, …); the order is what the ranking above decided. */
  readonly score: number;
}

export interface SearchIndex {
  search(text: string, limit?: number): SearchHit[];
}

/** Words that say nothing about a topic. */
const STOP_WORDS = new Set(
  'the of and for in on to a an with by or based itu rec is are was were be this that these those it its from at as into about any anything what which'.split(
    ' ',
  ),
);

/** "X.sreai-ec" → x, sreai, ec, xsreaiec; "CG-AIsec" → cg, ai, sec, cgaisec; "X.1716" → x, 1716, x1716. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const pieces = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const piece of pieces) {
      out.push(piece);
      // An upper-case run before lower case is a word of its own: "AIsec" → "AI", "sec".
      const parts = piece.split(/(?<=[A-Z]{2})(?=[a-z])|(?<=[a-z])(?=[A-Z])/);
      if (parts.length > 1) out.push(...parts);
    }
    if (pieces.length > 1) out.push(pieces.join(''));
  }
  return out;
}

/** Lower case, stop words and single letters dropped, plurals stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const t = token.toLowerCase();
    if (t.length < 2 || STOP_WORDS.has(t)) continue;
    out.push(stem(t));
  }
  return out;
}

/** "metaverses" → "metaverse", "policies" → "policy"; numbers and short words unchanged. */
function stem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (term.endsWith('s') && !/(ss|us|is|ics)$/.test(term)) return term.slice(0, -1);
  return term;
}

interface Doc {
  readonly kind: SearchHitKind;
  readonly ref: number;
  /** Terms in order, for the next-to-each-other ranking. */
  readonly sequence: readonly string[];
}

interface Posting {
  readonly docs: Int32Array;
  readonly weights: Float32Array;
}

interface Candidate {
  readonly doc: number;
  readonly count: number;
  readonly weight: number;
  near: number;
}

/** A word in a name (number, acronym) counts a quarter more: asking for "QKDN" means the texts so named first. */
const NAME_WEIGHT = 1.25;

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const docs: Doc[] = [];
  const postings = new Map<string, Map<number, number>>();
  const add = (kind: SearchHitKind, ref: number, names: string, text: string): void => {
    const id = docs.length;
    const nameTerms = terms(names);
    const textTerms = terms(text);
    docs.push({ kind, ref, sequence: [...nameTerms, ...textTerms] });
    for (const [list, weight] of [
      [textTerms, 1],
      [nameTerms, NAME_WEIGHT],
    ] as const) {
      for (const term of list) {
        let posting = postings.get(term);
        if (!posting) {
          posting = new Map();
          postings.set(term, posting);
        }
        posting.set(id, Math.max(posting.get(id) ?? 0, weight));
      }
    }
  };
  catalog.entries.forEach((entry, ref) => {
    const titles = [...new Set(entry.records.map((r) => r.item.title).filter(Boolean))].join(' ');
    add('item', ref, entry.names.join(' '), titles);
  });
  catalog.workItems.forEach(({ workItem }, ref) => {
    add('work-item', ref, workItem.acronym ?? '', workItem.title ?? '');
  });
  catalog.rgms.forEach(({ rgm }, ref) => {
    add('rgm', ref, '', [...rgm.topics, ...rgm.remarks, rgm.venue ?? ''].join(' '));
  });
  catalog.latest.correspondenceGroups.forEach((g, ref) => {
    add('cg', ref, g.acronym, `${g.name} correspondence group`);
  });

  const n = docs.length;
  // Posting lists as typed arrays (documents ascending: they were added in order), and per-search
  // score arrays reused across searches: a search touches only the documents holding its words.
  const lists = new Map<string, Posting>();
  for (const [term, posting] of postings) lists.set(term, { docs: Int32Array.from(posting.keys()), weights: Float32Array.from(posting.values()) });
  postings.clear();
  const counts = new Uint8Array(n);
  const weights = new Float64Array(n);
  const stamps = new Int32Array(n);
  const touched = new Int32Array(n);
  let stamp = 0;
  let vocabulary: string[] | undefined;
  const idf = (df: number): number => Math.log(1 + n / df);

  /** Terms of the index a word may stand for when it is not in it: prefixes, then typing slips. */
  function expand(term: string): string[] {
    vocabulary ??= [...lists.keys()].sort();
    if (term.length >= 3) {
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocabulary[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      const found: string[] = [];
      for (let i = lo; i < vocabulary.length && vocabulary[i]!.startsWith(term) && found.length < 20; i++) found.push(vocabulary[i]!);
      if (found.length) return found;
    }
    if (term.length < 5 || /\d/.test(term)) return [];
    const budget = term.length >= 8 ? 2 : 1;
    return vocabulary.filter((v) => v[0] === term[0] && Math.abs(v.length - term.length) <= budget && slips(term, v) <= budget);
  }

  function rank(words: readonly string[][], limit: number): SearchHit[] {
    // Each asked word is a group of index terms (itself, or its prefixes/typo matches); rarest first.
    const groups = words
      .map((alternatives) => {
        const found = alternatives.map((t) => lists.get(t)).filter((p): p is Posting => p !== undefined);
        return { found, df: found.reduce((sum, p) => sum + p.docs.length, 0) };
      })
      .filter((g) => g.df > 0)
      .sort((a, b) => a.df - b.df);
    let size = 0;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i]!;
      const w = idf(group.df);
      // A document first seen now can match at most the words left; once `limit` documents
      // already match that many, no newcomer can rank above them: the word only adds to those found.
      let atLeast = 0;
      if (size >= limit) for (let k = 0; k < size; k++) if (counts[touched[k]!]! >= groups.length - i) atLeast++;
      const onlyKnown = atLeast >= limit;
      const mark = ++stamp;
      for (const posting of group.found) {
        const { docs: ids, weights: ws } = posting;
        for (let k = 0; k < ids.length; k++) {
          const doc = ids[k]!;
          if (stamps[doc] === mark) continue;
          stamps[doc] = mark;
          if (counts[doc] === 0) {
            if (onlyKnown) continue;
            touched[size++] = doc;
          }
          counts[doc]!++;
          weights[doc]! += w * ws[k]!;
        }
      }
    }
    // Only documents that can make the first places are kept: those matching as many words as the best few.
    const byCount = new Array<number>(groups.length + 1).fill(0);
    for (let k = 0; k < size; k++) byCount[counts[touched[k]!]!]!++;
    let floor = groups.length;
    for (let kept = byCount[floor]!; floor > 1 && kept < limit * 3; ) kept += byCount[--floor]!;
    // The best `keep` of them, by a bounded selection (no sort of every match of a common word).
    const keep = Math.max(limit * 3, 30);
    const better = (a: Candidate, b: Candidate): boolean =>
      a.count > b.count || (a.count === b.count && (a.weight > b.weight || (a.weight === b.weight && a.doc < b.doc)));
    const heap: Candidate[] = []; // worst of the kept on top
    const down = (i: number): void => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let worst = i;
        if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
        if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
        if (worst === i) return;
        [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
        i = worst;
      }
    };
    for (let k = 0; k < size; k++) {
      const doc = touched[k]!;
      if (counts[doc]! < floor) continue;
      const c: Candidate = { doc, count: counts[doc]!, weight: weights[doc]!, near: 0 };
      if (heap.length < keep) {
        heap.push(c);
        for (let i = heap.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1;
          if (!better(heap[parent]!, heap[i]!)) break;
          [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
          i = parent;
        }
      } else if (better(c, heap[0]!)) {
        heap[0] = c;
        down(0);
      }
    }
    for (let k = 0; k < size; k++) {
      counts[touched[k]!] = 0;
      weights[touched[k]!] = 0;
    }
    const candidates = heap.sort((a, b) => b.count - a.count || b.weight - a.weight || a.doc - b.doc);
    // Words side by side, among the best few only (it reads each document's words).
    const head = candidates;
    if (groups.length > 1) {
      for (const c of head) c.near = c.count > 1 ? adjacent(docs[c.doc]!.sequence, words) : 0;
      head.sort((a, b) => b.count - a.count || b.near - a.near || b.weight - a.weight || a.doc - b.doc);
    }
    return head.slice(0, limit).map((c, i) => ({ kind: docs[c.doc]!.kind, ref: docs[c.doc]!.ref, score: 1 / (i + 1) }));
  }

  return {
    search(text, limit = 10) {
      const asked = [...new Set(terms(String(text).slice(0, 200)))];
      if (asked.length === 0 || limit <= 0) return [];
      const exact = asked.filter((t) => lists.has(t));
      if (exact.length > 0)
        return rank(
          asked.map((t) => [t]),
          limit,
        );
      return rank(asked.map(expand), limit);
    },
  };
}

/**
 * How close together the asked words stand: minus the length of the shortest run of the
 * document's words holding every asked word it holds (0 when it holds one or none).
 */
function adjacent(sequence: readonly string[], words: readonly string[][]): number {
  const group = sequence.map((term) => words.findIndex((alternatives) => alternatives.includes(term)));
  const wanted = new Set(group.filter((g) => g >= 0));
  if (wanted.size < 2) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (let start = 0; start < group.length; start++) {
    if (group[start]! < 0) continue;
    const seen = new Set<number>();
    for (let end = start; end < group.length && end - start < best; end++) {
      if (group[end]! >= 0) seen.add(group[end]!);
      if (seen.size === wanted.size) {
        best = end - start + 1;
        break;
      }
    }
  }
  return -best;
}

/** Optimal string alignment distance (a swap of neighbours is one slip). */
function slips(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
