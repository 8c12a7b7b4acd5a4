/**
 * Ranking for the search: the best `limit` documents by one key, level first (how many asked
 * words a document matches, and how closely) then the BM25F score times the document's prior;
 * ties by the data's order. Each asked word counts once per document, by its best reach.
 *
 * Speed: all per-search state lives in typed arrays made once per index and cleared after each
 * search (only the entries a search touched). Words are scored rarest first, a word's reaches
 * closest first; before each further reach, if no document not yet met could reach the `limit`-th
 * key even with every reach left at its best (MaxScore-style bound from each posting's highest
 * weight), the rest only add to the documents already met (a merge over them, sorted once). A
 * one-word question takes each reach's `limit` best documents by weight × prior only.
 */
import type { Posting } from './search-postings.js';

/** One reach of an asked word as the ranking takes it: its posting and what a hit in it is worth. */
export interface Unit {
  readonly posting: Posting;
  /** Rarity × the reach's discount: a posting weight times this is its score. */
  readonly factor: number;
  /** Its share of the level (first key). */
  readonly level: number;
}

/** An asked word's reaches, closest first. */
export type Word = readonly Unit[];

export interface Ranked {
  readonly doc: number;
  readonly level: number;
  /** The BM25F score times the document's prior. */
  readonly score: number;
}

/** Level outweighs any score: a key is level × LEVEL_SCALE + score. */
const LEVEL_SCALE = 1e4;

/** A unit's best possible key share (a document's prior is at most 1). */
const unitBound = (u: Unit): number => u.level * LEVEL_SCALE + u.posting.maxWeight * u.factor;

export class Ranker {
  private readonly scores: Float64Array;
  private readonly levels: Float64Array;
  /** Per document: the current word's best reach so far (level, score), replaced when a closer or higher one comes. */
  private readonly bestLevel: Float64Array;
  private readonly best: Float64Array;
  /** Per document: the word that last touched it, so each word counts once per document. */
  private readonly wordStamp: Int32Array;
  /** The documents the current search has met, `count` of them. */
  private readonly touched: Int32Array;
  private count = 0;
  /** The met documents in ascending order once pruning closes (`sortedCount` of them; met docs stop growing then). */
  private readonly met: Int32Array;
  private sortedCount = 0;
  private stamp = 0;
  /** Per posting: its documents by weight × prior, best first (built on a one-word search's first use). */
  private readonly byImpact = new WeakMap<Posting, Int32Array>();

  constructor(private readonly priors: Float32Array) {
    const n = priors.length;
    this.scores = new Float64Array(n);
    this.levels = new Float64Array(n);
    this.bestLevel = new Float64Array(n);
    this.best = new Float64Array(n);
    this.wordStamp = new Int32Array(n).fill(-1);
    this.touched = new Int32Array(n);
    this.met = new Int32Array(n);
  }

  /** The best `limit` documents for the asked words (each a list of reaches). */
  rank(words: readonly Word[], limit: number): Ranked[] {
    if (words.length === 0 || limit <= 0) return [];
    if (words.length === 1) return this.oneWord(words[0]!, limit);
    const units = [...words].sort((x, y) => largest(x) - largest(y)).map(closestFirst);
    const bounds = openBounds(units);
    let closed = false;
    let kth = 0;
    units.forEach((word, i) => {
      this.nextWord();
      word.forEach((u, j) => {
        // Once no document not yet met can reach the `limit`-th key, the rest only add to those met.
        // (The met keys only grow, so a kth measured earlier stays a floor; a hair of margin keeps float ties.)
        const bound = bounds[i]![j]! * (1 + 1e-9);
        if (!closed && this.count >= limit && bound >= kth) kth = this.kthKey(limit);
        closed ||= this.count >= limit && bound < kth;
        closed ? this.addToMet(u) : this.addAll(u);
      });
    });
    const top = this.topOf(limit);
    this.clear();
    return top;
  }

  private key(d: number): number {
    return this.levels[d]! * LEVEL_SCALE + this.scores[d]! * this.priors[d]!;
  }

  private nextWord(): void {
    if (this.stamp >= 0x7ffffff0) {
      this.wordStamp.fill(-1);
      this.stamp = 0;
    }
    this.stamp++;
  }

  private addAll(u: Unit): void {
    const { docs, weights } = u.posting;
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k]!;
      if (this.levels[d] === 0) this.touched[this.count++] = d;
      this.add(d, weights[k]! * u.factor, u.level);
    }
  }

  /** Adds a unit to the documents already met only: a merge of the met documents (sorted once) with the posting, galloping over gaps. */
  private addToMet(u: Unit): void {
    if (this.sortedCount !== this.count) {
      this.met.set(this.touched.subarray(0, this.count));
      this.met.subarray(0, this.count).sort();
      this.sortedCount = this.count;
    }
    const { docs, weights } = u.posting;
    let k = 0;
    for (let i = 0; i < this.count && k < docs.length; i++) {
      const d = this.met[i]!;
      k = gallop(docs, d, k);
      if (docs[k] === d) this.add(d, weights[k]! * u.factor, u.level);
    }
  }

  /** A word's reach into a document: it counts once per word, by its best reach (closest, then highest score). */
  private add(d: number, v: number, level: number): void {
    const first = this.wordStamp[d] !== this.stamp;
    if (!first && (level < this.bestLevel[d]! || (level === this.bestLevel[d] && v <= this.best[d]!))) return;
    this.levels[d]! += level - (first ? 0 : this.bestLevel[d]!);
    this.scores[d]! += v - (first ? 0 : this.best[d]!);
    this.wordStamp[d] = this.stamp;
    this.bestLevel[d] = level;
    this.best[d] = v;
  }

  /** The `limit`-th best key among the met documents (their keys only grow). */
  private kthKey(limit: number): number {
    return this.topOf(limit).reduce((min, r) => Math.min(min, r.level * LEVEL_SCALE + r.score), Number.POSITIVE_INFINITY);
  }

  /** The met documents' best `limit` by key, ties by the data's order: one pass keeping a short sorted list. */
  private topOf(limit: number): Ranked[] {
    const ids: number[] = [];
    const keys: number[] = [];
    for (let i = 0; i < this.count; i++) {
      const d = this.touched[i]!;
      const k = this.key(d);
      if (ids.length === limit && (k < keys[limit - 1]! || (k === keys[limit - 1] && d > ids[limit - 1]!))) continue;
      let at = ids.length;
      while (at > 0 && (keys[at - 1]! < k || (keys[at - 1] === k && ids[at - 1]! > d))) at--;
      ids.splice(at, 0, d);
      keys.splice(at, 0, k);
      if (ids.length > limit) {
        ids.pop();
        keys.pop();
      }
    }
    return ids.map((d) => ({ doc: d, level: this.levels[d]!, score: this.scores[d]! * this.priors[d]! }));
  }

  private clear(): void {
    for (let i = 0; i < this.count; i++) {
      this.scores[this.touched[i]!] = 0;
      this.levels[this.touched[i]!] = 0;
    }
    this.count = 0;
    this.sortedCount = 0;
  }

  /**
   * One asked word: a document ranks by its best reach, so the best `limit` are among each
   * reach's `limit` best documents by weight × prior.
   */
  private oneWord(word: Word, limit: number): Ranked[] {
    const seen = new Set<number>();
    const out: Ranked[] = [];
    for (const u of word) {
      for (const d of this.impactOrder(u.posting).subarray(0, limit)) {
        if (seen.has(d)) continue;
        seen.add(d);
        let level = 0;
        let score = 0;
        for (const r of word) {
          const k = indexOf(r.posting.docs, d);
          if (k < 0) continue;
          const v = r.posting.weights[k]! * r.factor * this.priors[d]!;
          if (r.level > level || (r.level === level && v > score)) [level, score] = [r.level, v];
        }
        out.push({ doc: d, level, score });
      }
    }
    return out.sort((x, y) => y.level - x.level || y.score - x.score || x.doc - y.doc).slice(0, limit);
  }

  private impactOrder(p: Posting): Int32Array {
    let order = this.byImpact.get(p);
    if (!order) {
      const impact = (k: number): number => p.weights[k]! * this.priors[p.docs[k]!]!;
      order = Int32Array.from(
        Array.from(p.docs.keys()).sort((a, b) => impact(b) - impact(a) || a - b),
        (k) => p.docs[k]!,
      );
      this.byImpact.set(p, order);
    }
    return order;
  }
}

/**
 * A word's reaches closest first (then shortest posting), one per posting: a reach no closer and
 * worth no more than another into the same posting never decides a document's best reach.
 */
function closestFirst(word: Word): Word {
  const sorted = [...word].sort((x, y) => y.level - x.level || y.factor - x.factor || x.posting.docs.length - y.posting.docs.length);
  return sorted.filter((u, i) => !sorted.slice(0, i).some((v) => v.posting === u.posting));
}

/** Per word and reach: the most a document not met before that reach can still get, from it and everything after. */
function openBounds(words: readonly Word[]): number[][] {
  let later = 0;
  const out: number[][] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const row = new Array<number>(word.length);
    let rest = 0;
    for (let j = word.length - 1; j >= 0; j--) {
      rest = Math.max(rest, unitBound(word[j]!));
      row[j] = rest + later;
    }
    later += rest;
    out[i] = row;
  }
  return out;
}

/** The longest posting of a word's reaches (how common the word is). */
function largest(w: Word): number {
  return w.reduce((m, u) => Math.max(m, u.posting.docs.length), 0);
}

/** The first index at or after `from` whose value is ≥ `value`: doubling steps, then a binary search in the last step. */
function gallop(sorted: Int32Array, value: number, from: number): number {
  let step = 1;
  let lo = from;
  while (lo + step < sorted.length && sorted[lo + step]! < value) {
    lo += step;
    step *= 2;
  }
  if (sorted[lo]! >= value) return lo;
  let hi = Math.min(lo + step, sorted.length);
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid;
    else hi = mid;
  }
  return hi;
}

export function indexOf(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
