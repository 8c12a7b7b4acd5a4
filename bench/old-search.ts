/**
 * THE PREVIOUS SEARCH INDEX, kept only as the bench baseline (bench/engine.ts times the same searches
 * on it and on src/dataset/search.ts in one run). As it was at 24140a9, imports moved; not used by the bot.
 *
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
 * plural stemming ("metaverses" → "metaverse"). A document spelling out an abbreviation's phrase
 * also holds the abbreviation (./abbreviations.ts: "QKD" finds "quantum key distribution networks").
 * A query none of whose words is in the index is
 * retried with its words as prefixes ("quant") and with one or two typing slips ("blockchian").
 *
 * This replaced FlexSearch (with MiniSearch as its fuzzy fallback): FlexSearch ranks without
 * term weights, so a common word counted as much as a rare one, and two libraries had to agree on
 * tokenising. The list is exactly the first `limit` of every matching document sorted by those
 * rules, but found without scoring them all (see `rank`): at 1000× the data "security" is in
 * 22 000 documents, and reading its postings alone cost more than the whole answer may.
 */
import { ABBREVIATIONS } from '../src/dataset/abbreviations.js';
import type { Catalog } from '../src/dataset/catalog.js';
import { editDistance as slips, firstAtLeast, STOP_WORDS, stem, tokenise as tokenize } from '../src/text/index.js';

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
  /** The asked words the search ranks by, each as the index terms it stands for (itself, or its prefixes/typo matches). */
  askedWords(text: string): string[][];
}

/** Lower case, stop words and single letters dropped, plurals stemmed. A stop word typed as an abbreviation ("ITS") is kept. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const t = token.toLowerCase();
    if (t.length < 2 || (STOP_WORDS.has(t) && !(token !== t && token === token.toUpperCase() && t in ABBREVIATIONS))) continue;
    out.push(stem(t));
  }
  return out;
}

/** The abbreviations' phrases as terms, by their first term: ("quantum" → [["quantum", "key", "distribution"], "qkd"], …). */
let phrasesByFirst: Map<string, { readonly words: readonly string[]; readonly abbreviation: string }[]> | undefined;
function abbreviationPhrases(): Map<string, { readonly words: readonly string[]; readonly abbreviation: string }[]> {
  if (!phrasesByFirst) {
    phrasesByFirst = new Map();
    for (const [abbreviation, phrases] of Object.entries(ABBREVIATIONS)) {
      for (const phrase of phrases) {
        const words = plainTerms(phrase);
        phrasesByFirst.set(words[0]!, [...(phrasesByFirst.get(words[0]!) ?? []), { words, abbreviation }]);
      }
    }
  }
  return phrasesByFirst;
}

/** The text's words as terms, without the joined and split forms `tokenize` adds ("public-key" → public, key). */
function plainTerms(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (piece.length > 1 && !STOP_WORDS.has(piece)) out.push(stem(piece));
  return out;
}

/**
 * The abbreviations whose phrase `text` spells out ("… quantum key distribution networks" → qkd,
 * qkdn), each once. Added after the text's own terms, so no run of its words grows longer: the
 * nearness ranking of every other search is as before.
 */
export function abbreviationsIn(text: string): string[] {
  const byFirst = abbreviationPhrases();
  const words = plainTerms(text);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const { words: phrase, abbreviation } of byFirst.get(words[i]!) ?? []) {
      if (!found.includes(abbreviation) && phrase.every((w, k) => words[i + k] === w)) found.push(abbreviation);
    }
  }
  return found;
}

/** Abbreviations of three letters or more, for `abbreviationsLeading` ("ai" would begin too many acronyms by chance). */
let leadingAbbreviations: readonly string[] | undefined;

/**
 * The abbreviations a name's acronym begins with ("itssec" → its, "qkdn" → qkd): a working acronym
 * joins its words, so "ITS security" reaches X.itssec-5 though its title never says "intelligent transport".
 */
export function abbreviationsLeading(nameTerms: readonly string[]): string[] {
  leadingAbbreviations ??= Object.keys(ABBREVIATIONS).filter((a) => a.length >= 3);
  const found: string[] = [];
  for (const term of nameTerms) {
    for (const abbreviation of leadingAbbreviations)
      if (term.length > abbreviation.length && term.startsWith(abbreviation) && !found.includes(abbreviation)) found.push(abbreviation);
  }
  return found;
}

/** One indexed document as the ranking sees it (exported for the reference scorer in test/search-topk.test.ts). */
export interface SearchDocument {
  readonly kind: SearchHitKind;
  readonly ref: number;
  /** Terms of its names (number, acronym): a hit here weighs NAME_WEIGHT. */
  readonly nameTerms: readonly string[];
  /** Terms of its titles, topics, remarks, venue. */
  readonly textTerms: readonly string[];
}

/** What is searchable, in the data's order (that order breaks the last ties). */
export function searchDocuments(catalog: Catalog): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const add = (kind: SearchHitKind, ref: number, names: string, text: string): void => {
    const textTerms = terms(text);
    for (const abbreviation of abbreviationsIn(text)) if (!textTerms.includes(abbreviation)) textTerms.push(abbreviation);
    const nameTerms = terms(names);
    for (const abbreviation of abbreviationsLeading(nameTerms)) if (!nameTerms.includes(abbreviation)) nameTerms.push(abbreviation);
    docs.push({ kind, ref, nameTerms, textTerms });
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
  return docs;
}

/** A word in a name (number, acronym) counts a quarter more: asking for "QKDN" means the texts so named first. */
export const NAME_WEIGHT = 1.25;

/** Rarity of a word held by `df` of `n` documents. */
export function inverseDocumentFrequency(n: number, df: number): number {
  return Math.log(1 + n / df);
}

interface Posting {
  /** Documents holding the term, ascending. */
  readonly docs: Int32Array;
  /** Per document: 1, or NAME_WEIGHT when the term is in its names. */
  readonly weights: Float32Array;
  /** The same documents, name hits first, each part ascending: best first when this is the only word a document holds. */
  readonly byWeight: Int32Array;
  /** How many of byWeight are name hits. */
  readonly nameHits: number;
  /** For a common term, built on first use: membership in one bit test instead of a binary search. */
  bits: Int32Array | undefined;
  nameBits: Int32Array | undefined;
}

/** A document that may make the list, with its full sort key. */
interface Candidate {
  readonly doc: number;
  /** How many asked words it holds. */
  readonly count: number;
  /** Minus the shortest run of its words holding them (0 for one word). */
  readonly near: number;
  /** Sum of the held words' rarity, name hits a quarter more. */
  readonly weight: number;
}

/** The ranking, as one comparison: more words, then closer, then rarer, then the data's order. */
function better(a: Candidate, b: Candidate): boolean {
  return beats(a.count, a.near, a.weight, a.doc, b);
}

/** `better` for a score not yet made a Candidate (no allocation for the many documents that do not enter). */
function beats(count: number, near: number, weight: number, doc: number, b: Candidate): boolean {
  if (count !== b.count) return count > b.count;
  if (near !== b.near) return near > b.near;
  if (weight !== b.weight) return weight > b.weight;
  return doc < b.doc;
}

/** The best `limit` candidates seen so far, in a heap with the worst on top (so a newcomer is judged in one comparison). */
class TopK {
  readonly items: Candidate[] = [];
  constructor(private readonly limit: number) {}
  /** Whether a document so scored would enter the list. */
  admits(count: number, near: number, weight: number, doc: number): boolean {
    return this.items.length < this.limit || beats(count, near, weight, doc, this.items[0]!);
  }
  add(c: Candidate): void {
    const heap = this.items;
    if (heap.length < this.limit) {
      heap.push(c);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
      return;
    }
    heap[0] = c;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  }
  best(): Candidate[] {
    return this.items.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }
}

/** An asked word, as the postings of the index terms it stands for. */
interface Group {
  readonly postings: readonly Posting[];
  /** Sum of the postings' lengths: what its rarity is computed from. */
  readonly df: number;
  readonly idf: number;
  /** NAME_WEIGHT if any of its terms is in a name, else 1: the most one document can get from it. */
  readonly maxWeight: number;
  /** A common single term's bitsets (see `bitsOf`), so the scoring loop tests a bit instead of calling out. */
  readonly bits: Int32Array | undefined;
  readonly nameBits: Int32Array | undefined;
}

/** A search's asked words, resolved against the index (see `resolve`). */
interface Resolved {
  readonly groups: readonly Group[];
  /** Pairs (term id, number of the asked word it stands for). */
  readonly askedTerms: Int32Array;
  /** How many words were asked (held by the index or not). */
  readonly wordCount: number;
}

/** A search with fewer than this many documents per bitset word sets no bitset: see `membership`. */
const BITSET_DENSITY = 64;

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const docs = searchDocuments(catalog);
  const n = docs.length;
  const termIds = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    return id;
  };
  const postings = new Map<string, Map<number, number>>();
  // Each document's terms in order, as term ids: for the next-to-each-other ranking.
  const sequences = docs.map((doc, id) => {
    for (const [list, weight] of [
      [doc.textTerms, 1],
      [doc.nameTerms, NAME_WEIGHT],
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
    return Int32Array.from([...doc.nameTerms, ...doc.textTerms], idOf);
  });
  // Posting lists as typed arrays (documents ascending: they were added in order).
  const lists = new Map<string, Posting>();
  for (const [term, posting] of postings) {
    const ids = Int32Array.from(posting.keys());
    const weights = Float32Array.from(posting.values());
    const named = ids.filter((_, k) => weights[k]! > 1);
    const byWeight = named.length === 0 ? ids : Int32Array.from([...named, ...ids.filter((_, k) => weights[k]! === 1)]);
    // Every field set here, so all postings share one shape and the hot loop's property reads stay monomorphic.
    lists.set(term, { docs: ids, weights, byWeight, nameHits: named.length, bits: undefined, nameBits: undefined });
  }
  postings.clear();
  /** Per search: which asked word each index term belongs to (-1: none), set and cleared by `rank`. */
  const termWord = new Int32Array(termIds.size).fill(-1);
  /** Per search: documents already met, stamped with the search's number. */
  const met = new Int32Array(n);
  /** Per search: a level's documents filed by the later words they hold (see `byWordCount`), as (word index, bits) pairs. */
  const classes = Array.from({ length: 6 }, () => new Int32Array(2 * ((n >> 5) + 1)));
  const classCounts = new Int32Array(6);
  let stamp = 0;
  let vocabulary: string[] | undefined;

  /** Terms of the index a word may stand for when it is not in it: prefixes, then typing slips. */
  function expand(term: string): string[] {
    vocabulary ??= [...lists.keys()].sort();
    const words = vocabulary;
    if (term.length >= 3) {
      const found: string[] = [];
      for (let i = firstAtLeast(words, term); i < words.length && words[i]!.startsWith(term) && found.length < 20; i++) found.push(words[i]!);
      if (found.length) return found;
    }
    if (term.length < 5 || /\d/.test(term)) return [];
    const budget = term.length >= 8 ? 2 : 1;
    // A slip never changes the first letter here, so only the words under it (a run of the sorted
    // vocabulary) are compared: at 1000× the whole vocabulary took about 1 ms a search.
    const end = firstAtLeast(words, String.fromCharCode(term.charCodeAt(0) + 1));
    const out: string[] = [];
    for (let i = firstAtLeast(words, term[0]!); i < end; i++) {
      const v = words[i]!;
      if (Math.abs(v.length - term.length) <= budget && slips(term, v) <= budget) out.push(v);
    }
    return out;
  }

  /**
   * The weight `doc` gets from a term: 0 (not held), 1, or NAME_WEIGHT. A common term answers from
   * a bitset built on its first use (as large as a posting list of n/64 documents, so the cache
   * stays below the postings' own size); a rare one by a binary search of its short list.
   */
  function membership(p: Posting, doc: number): number {
    const ids = p.docs;
    const bits = bitsOf(p);
    if (bits !== undefined) {
      if ((bits[doc >> 5]! & (1 << (doc & 31))) === 0) return 0;
      return p.nameBits !== undefined && (p.nameBits[doc >> 5]! & (1 << (doc & 31))) !== 0 ? NAME_WEIGHT : 1;
    }
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = ids[mid]!;
      if (at === doc) return p.weights[mid]!;
      if (at < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** A common term's bitset of documents (and of name hits, if any), built on first use; undefined for a rare term. */
  function bitsOf(p: Posting): Int32Array | undefined {
    if (p.docs.length * BITSET_DENSITY < n) return undefined;
    if (p.bits === undefined) {
      const bits = new Int32Array((n >> 5) + 1);
      for (let k = 0; k < p.docs.length; k++) bits[p.docs[k]! >> 5]! |= 1 << (p.docs[k]! & 31);
      if (p.nameHits > 0) {
        const nameBits = new Int32Array((n >> 5) + 1);
        for (let k = 0; k < p.nameHits; k++) nameBits[p.byWeight[k]! >> 5]! |= 1 << (p.byWeight[k]! & 31);
        p.nameBits = nameBits;
      }
      p.bits = bits;
    }
    return p.bits;
  }

  /** The weight from the first of a word's terms that `doc` holds (a word counts once). */
  function groupWeight(group: Group, doc: number): number {
    for (const p of group.postings) {
      const w = membership(p, doc);
      if (w > 0) return w;
    }
    return 0;
  }

  /**
   * How close together the asked words stand in `doc`: minus the length of the shortest run of
   * its words holding every asked word it holds (0 when it holds one or none). `held`, when the
   * caller knows how many asked words the document holds, saves counting them.
   */
  function nearness(doc: number, inWindow: Int32Array, held?: number): number {
    const seq = sequences[doc]!;
    inWindow.fill(0);
    let wanted = held ?? 0;
    if (held === undefined) {
      for (let i = 0; i < seq.length; i++) {
        const w = termWord[seq[i]!]!;
        if (w >= 0 && inWindow[w] === 0) wanted++;
        if (w >= 0) inWindow[w] = 1;
      }
      inWindow.fill(0);
    }
    if (wanted < 2) return 0;
    // One pass with a sliding window: grow the end; while the window holds every word, record it and drop its first word.
    let best = Number.POSITIVE_INFINITY;
    let inside = 0;
    let start = 0;
    for (let end = 0; end < seq.length; end++) {
      const w = termWord[seq[end]!]!;
      if (w < 0) continue;
      if (inWindow[w] === 0) inside++;
      inWindow[w] = inWindow[w]! + 1;
      for (; inside === wanted; start++) {
        const first = termWord[seq[start]!]!;
        if (first < 0) continue;
        best = Math.min(best, end - start + 1);
        inWindow[first] = inWindow[first]! - 1;
        if (inWindow[first] === 0) inside--;
      }
    }
    return -best;
  }

  /**
   * The asked words as the ranking's Groups, rarest first, and the index terms they stand for as
   * pairs (term id, word number). Every string lookup of a search happens here, outside `rank`
   * (which works on numbers only): V8 compiles a function for the string representations it has
   * seen, and a search's words come in several (sliced, flat, internalized). When such lookups sat
   * in `rank`, a new one sent the whole optimized `rank` back to the interpreter on about one
   * search in a hundred, each time for some 40 searches at ten times the cost (a 50 ms recompile).
   */
  function resolve(words: readonly string[][]): Resolved {
    const groups: Group[] = [];
    const pairs: number[] = [];
    for (let w = 0; w < words.length; w++) {
      const found: Posting[] = [];
      for (const term of words[w]!) {
        const posting = lists.get(term);
        if (posting === undefined) continue;
        found.push(posting);
        pairs.push(termIds.get(term)!, w);
      }
      let df = 0;
      let maxWeight = 1;
      for (const p of found) {
        df += p.docs.length;
        if (p.nameHits > 0) maxWeight = NAME_WEIGHT;
      }
      if (df === 0) continue;
      const single = found.length === 1 ? found[0]! : undefined;
      const bits = single === undefined ? undefined : bitsOf(single);
      groups.push({ postings: found, df, idf: inverseDocumentFrequency(n, df), maxWeight, bits, nameBits: bits === undefined ? undefined : single!.nameBits });
    }
    groups.sort((a, b) => a.df - b.df);
    return { groups, askedTerms: Int32Array.from(pairs), wordCount: words.length };
  }

  /**
   * The best `limit` documents by `better`, exactly as if every document holding an asked word
   * were scored and sorted (test/search-topk.test.ts checks that against such a scorer), without
   * scoring them all. Words are taken rarest first, as levels: level j holds the documents first
   * met in word j's postings, so they hold none of the rarer words and can hold at most the
   * words left. Before a level, the best score such a newcomer could reach (all the words left,
   * side by side, each in a name) is compared with the worst of the list so far; once it cannot
   * enter, no later level can either (their bound is lower still), and the common words' long
   * postings are never read. A level whose words all have bitsets is read by word count (see
   * `byWordCount`); in any other, each document's other words are looked up (bitset or binary
   * search) rather than found by reading every posting. On the last level a newcomer
   * holds only the commonest word, so its score follows the posting's name-hits-first order:
   * reading stops at the first one that cannot enter.
   */
  function rank({ groups, askedTerms, wordCount }: Resolved, limit: number): SearchHit[] {
    const levels = groups.length;
    if (levels === 0) return [];
    // A newcomer at level j can get at most bound[j] (a hair more, so rounding never prunes a tie).
    const bound = new Float64Array(levels + 1);
    for (let j = levels - 1; j >= 0; j--) bound[j] = bound[j + 1]! + groups[j]!.idf * groups[j]!.maxWeight;
    // Later words first, so a term asked under two words belongs to the first.
    let shared = false;
    for (let k = askedTerms.length - 2; k >= 0; k -= 2) {
      if (termWord[askedTerms[k]!] !== -1) shared = true;
      termWord[askedTerms[k]!] = askedTerms[k + 1]!;
    }
    // The best nearness `count` held words can have: side by side, -count. But when one term stands
    // for two asked words ("x1213 x12" both hold x121384), a document can hold both in one term and
    // its nearness is 0 (one word of the window's), so no bound below 0 holds.
    const nearBound = (count: number): number => (levels > 1 && count > 1 && !shared ? -count : 0);
    const inWindow = new Int32Array(wordCount);
    if (stamp >= 0x7fffffff) {
      met.fill(0);
      stamp = 0;
    }
    const mark = ++stamp;
    const top = new TopK(limit);
    /** From each level on, whether every word left has a bitset (so its holders can be found by ANDing). */
    const bitsetsFrom = new Uint8Array(levels + 1);
    bitsetsFrom[levels] = 1;
    for (let j = levels - 1; j >= 0; j--) bitsetsFrom[j] = groups[j]!.bits !== undefined && bitsetsFrom[j + 1] === 1 ? 1 : 0;
    /**
     * Level `j` when every word from it on has a bitset: its documents are taken by how many of
     * those words they hold, most first. One pass over its bitset, 32 documents at a time, files
     * each 32 documents' bits under the later words they hold (see `fileByCount`); a document
     * holding this word alone is not filed. A document's place in the list does not depend on when
     * it is offered, so the classes can come in any order; most first means the list fills with the
     * best early, and once its worst beats the best a class could score, that class is never read.
     * With three words left, the two-word class is split by which pair: the rarer pair first, and
     * the other only if its best can still enter. ("quantum key distribution" at 1000×: 9
     * documents hold all three words and 67 "quantum" and "distribution", which fill the list; the
     * 201 with "quantum" and "key" and the 1 616 with "quantum" alone are never offered.) Those
     * holding this word alone come last, read from its name-hits-first list, so reading stops at
     * the first that cannot enter.
     */
    const byWordCount = (j: number): void => {
      const left = levels - j;
      const own = groups[j]!.bits!;
      const cap = (g: number): number => groups[g]!.idf * groups[g]!.maxWeight;
      if (left === 2) {
        if (!offerFiled(classes[0]!, fileOne(own, groups[j + 1]!.bits!, classes[0]!), 2, j, bound[j]!)) return;
      } else if (left === 3) {
        const filed = classCounts;
        fileTwo(own, groups[j + 1]!.bits!, groups[j + 2]!.bits!, classes, filed);
        if (!offerFiled(classes[2]!, filed[2]!, 3, j, bound[j]!)) return;
        // The pair with the higher cap first: then, if it cannot enter, neither can the other.
        const [first, second] = cap(j + 1) >= cap(j + 2) ? [0, 1] : [1, 0];
        if (!offerFiled(classes[first]!, filed[first]!, 2, j, cap(j) + cap(j + 1 + first))) return;
        if (!offerFiled(classes[second]!, filed[second]!, 2, j, cap(j) + cap(j + 1 + second))) return;
      } else {
        const filed = fileByCount(j);
        for (let c = left; c >= 2; c--) if (!offerFiled(classes[c - 2]!, filed[c - 2]!, c, j, bound[j]!)) return;
      }
      // This word alone: best first in its name-hits-first order.
      const group = groups[j]!;
      if (!top.admits(1, 0, cap(j) * (1 + 1e-9), -1)) return;
      const p = group.postings[0]!;
      next: for (let k = 0; k < p.byWeight.length; k++) {
        const doc = p.byWeight[k]!;
        if (met[doc] === mark) continue;
        const at = doc >> 5;
        const bit = 1 << (doc & 31);
        for (let g = j + 1; g < levels; g++) if ((groups[g]!.bits![at]! & bit) !== 0) continue next;
        const weight = group.idf * (k < p.nameHits ? NAME_WEIGHT : 1);
        if (!top.admits(1, 0, weight, doc)) return;
        top.add({ doc, count: 1, near: 0, weight });
      }
    };
    /**
     * Offers the documents filed in `list` (its first `length` numbers, as (word index, bits)
     * pairs), each holding `count` of the words from level `j` on, unless none could enter: the
     * best any could score is `count` words side by side with weight `cap`. Returns false then.
     */
    const offerFiled = (list: Int32Array, length: number, count: number, j: number, cap: number): boolean => {
      if (!top.admits(count, nearBound(count), cap * (1 + 1e-9), -1)) return false;
      for (let e = 0; e < length; e += 2) {
        const at = list[e]!;
        let x = list[e + 1]!;
        while (x !== 0) {
          const low = x & -x;
          x ^= low;
          const doc = (at << 5) | (31 - Math.clz32(low));
          if (met[doc] === mark) continue;
          met[doc] = mark;
          // Summed in the same order as the one-by-one scan, so equal sums stay equal to the last bit.
          let weight = 0;
          for (let g = j; g < levels; g++) {
            const group = groups[g]!;
            if ((group.bits![at]! & low) === 0) continue;
            const w = group.nameBits !== undefined && (group.nameBits[at]! & low) !== 0 ? NAME_WEIGHT : 1;
            weight = g === j ? group.idf * w : weight + group.idf * w;
          }
          if (!top.admits(count, nearBound(count), weight, doc)) continue;
          const near = nearness(doc, inWindow, shared ? undefined : count);
          if (top.admits(count, near, weight, doc)) top.add({ doc, count, near, weight });
        }
      }
      return true;
    };
    /**
     * One pass over level `j`'s bitset: for every 32 documents, how many of the later words each
     * holds (a 3-bit counter, in three words of bits), and the bits of each class (holding 1 to 6
     * later words) appended as (word index, bits) to `classes[others - 1]`. Returns how many
     * numbers each class list holds.
     */
    const fileByCount = (j: number): Int32Array => {
      const own = groups[j]!.bits!;
      const later = levels - j - 1;
      const filed = classCounts;
      filed.fill(0);
      for (let at = 0; at < own.length; at++) {
        const mine = own[at]!;
        if (mine === 0) continue;
        let ones = 0;
        let twos = 0;
        let fours = 0;
        for (let g = j + 1; g < levels; g++) {
          const b = groups[g]!.bits![at]! & mine;
          const carry = ones & b;
          ones ^= b;
          fours |= twos & carry;
          twos ^= carry;
        }
        for (let others = 1; others <= later; others++) {
          const x = (others & 1 ? ones : ~ones) & (others & 2 ? twos : ~twos) & (others & 4 ? fours : ~fours) & mine;
          if (x === 0) continue;
          const list = classes[others - 1]!;
          list[filed[others - 1]!] = at;
          list[filed[others - 1]! + 1] = x;
          filed[others - 1] = filed[others - 1]! + 2;
        }
      }
      return filed;
    };
    try {
      for (let j = 0; j < levels; j++) {
        const left = levels - j;
        if (!top.admits(left, nearBound(left), bound[j]! * (1 + 1e-9), -1)) break;
        const group = groups[j]!;
        if (j === levels - 1 && group.postings.length === 1) {
          // Newcomers hold this word only: best first in byWeight order.
          const p = group.postings[0]!;
          for (let k = 0; k < p.byWeight.length; k++) {
            const doc = p.byWeight[k]!;
            if (met[doc] === mark) continue;
            const weight = group.idf * (k < p.nameHits ? NAME_WEIGHT : 1);
            if (!top.admits(1, 0, weight, doc)) break;
            top.add({ doc, count: 1, near: 0, weight });
          }
          break;
        }
        // Up to 6 words after this one are filed by count; past that (never asked in practice), one by one.
        if (left > 1 && left <= 7 && bitsetsFrom[j] === 1) {
          byWordCount(j);
          continue;
        }
        for (const p of group.postings) {
          for (let k = 0; k < p.docs.length; k++) {
            const doc = p.docs[k]!;
            if (met[doc] === mark) continue;
            met[doc] = mark;
            // It holds none of the rarer words, and this word with this posting's weight (an earlier
            // posting of the word would have met it first). Add the rest in the same order for
            // every document, so equal sums stay equal to the last bit.
            let count = 1;
            let weight = group.idf * p.weights[k]!;
            for (let g = j + 1; g < levels; g++) {
              const other = groups[g]!;
              const bits = other.bits;
              let w: number;
              if (bits !== undefined) {
                const bit = 1 << (doc & 31);
                const at = doc >> 5;
                w = (bits[at]! & bit) === 0 ? 0 : other.nameBits !== undefined && (other.nameBits[at]! & bit) !== 0 ? NAME_WEIGHT : 1;
              } else w = groupWeight(other, doc);
              if (w > 0) {
                count++;
                weight += other.idf * w;
              }
            }
            // Judged first as if its words stood side by side: most documents stop here, unread.
            if (!top.admits(count, nearBound(count), weight, doc)) continue;
            const near = levels > 1 && count > 1 ? nearness(doc, inWindow) : 0;
            if (top.admits(count, near, weight, doc)) top.add({ doc, count, near, weight });
          }
        }
      }
    } finally {
      for (let k = 0; k < askedTerms.length; k += 2) termWord[askedTerms[k]!] = -1;
    }
    return top.best().map((c, i) => ({ kind: docs[c.doc]!.kind, ref: docs[c.doc]!.ref, score: 1 / (i + 1) }));
  }

  function askedWords(text: string): string[][] {
    const asked = [...new Set(terms(String(text).slice(0, 200)))];
    if (asked.some((t) => lists.has(t))) return asked.map((t) => [t]);
    return asked.map(expand);
  }

  return {
    askedWords,
    search(text, limit = 10) {
      if (limit <= 0) return [];
      return rank(resolve(askedWords(text)), limit);
    },
  };
}

/**
 * `byWordCount`'s filing for one later word, in a loop of its own (V8 keeps it in registers; the
 * general counter of `fileByCount` was several times slower): the (word index, bits) of the
 * documents holding both; returns the list's length.
 */
function fileOne(own: Int32Array, b: Int32Array, both: Int32Array): number {
  let filed = 0;
  for (let at = 0; at < own.length; at++) {
    const x = own[at]! & b[at]!;
    if (x === 0) continue;
    both[filed] = at;
    both[filed + 1] = x;
    filed += 2;
  }
  return filed;
}

/** For two later words: documents holding the first only, the second only, and both, into lists 0, 1, 2 (lengths in `filed`). */
function fileTwo(own: Int32Array, b: Int32Array, d: Int32Array, lists: readonly Int32Array[], filed: Int32Array): void {
  const onlyB = lists[0]!;
  const onlyD = lists[1]!;
  const both = lists[2]!;
  let nb = 0;
  let nd = 0;
  let n2 = 0;
  for (let at = 0; at < own.length; at++) {
    const mine = own[at]!;
    if (mine === 0) continue;
    const x = b[at]! & mine;
    const y = d[at]! & mine;
    if ((x | y) === 0) continue;
    const xy = x & y;
    if (xy !== 0) {
      both[n2] = at;
      both[n2 + 1] = xy;
      n2 += 2;
    }
    if (x !== xy) {
      onlyB[nb] = at;
      onlyB[nb + 1] = x ^ xy;
      nb += 2;
    }
    if (y !== xy) {
      onlyD[nd] = at;
      onlyD[nd + 1] = y ^ xy;
      nd += 2;
    }
  }
  filed[0] = nb;
  filed[1] = nd;
  filed[2] = n2;
}
