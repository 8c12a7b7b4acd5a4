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
 * Why not MiniSearch: it was measured on the same documents in the same bench run (bench/engine.ts):
 * at 1000× the data it scores every matching document into result objects, and a common word
 * ("security", in half the titles) kept its p99 far above the 1 ms target. This index is the
 * plain alternative the issue allows: per term, a posting of documents and precomputed field
 * scores in typed arrays; a search adds them into one dense score array and keeps the best
 * `limit` in a small sorted list.
 */
import { editDistance, firstAtLeast, fold, STOP_WORDS, stem, tokenise } from '../text/index.js';
import type { Catalog } from './catalog.js';
import { FIELD_BOOST, SEARCH_FIELDS, type SearchDocument, type SearchField, type SearchHitKind, searchDocuments } from './search-documents.js';
import { THESAURUS, type ThesaurusEntry } from './thesaurus.js';

export type { SearchDocument, SearchField, SearchHitKind };

/** How an asked word reached a document's term. */
export type MatchHow = 'word' | 'same' | 'part' | 'synonym' | 'near' | 'prefix' | 'typo';
const DISCOUNT: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.8, near: 0.5, part: 0.4, prefix: 0.6, typo: 0.5 };

/**
 * How much a matched word counts towards the first ranking key: the word itself (or the same thing
 * by another name) fully, a synonym less, anything looser half. So a document matching more of the
 * asked words comes first, and an exact hit above a synonym's.
 */
const LEVEL: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.75, near: 0.5, part: 0.5, prefix: 0.5, typo: 0.5 };

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

/** An asked word (or thesaurus phrase) as typed, and the terms it reaches. */
interface Asked {
  readonly label: string;
  readonly reaches: readonly Reach[];
}

export interface SearchHit {
  readonly kind: SearchHitKind;
  /** See SearchDocument.ref. */
  readonly ref: number;
  readonly doc: SearchDocument;
  /** Higher is better: how many words matched, then the BM25F score (count + score / (1 + score)). */
  readonly score: number;
  /** Which words matched where, in one short line ("quantum in title; qkd (QKD) in name"). */
  readonly why: string;
}

export interface SearchIndex {
  search(text: string, limit?: number): SearchHit[];
  readonly documents: readonly SearchDocument[];
}

const K1 = 1.2;
const B = 0.75;
/** Prefix and typo expansions of one word at most: a two-letter prefix of a large index is no question. */
const MAX_EXPANSIONS = 24;

/** A text's index terms, in order: tokens lower-cased and plural-stemmed, single letters dropped. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenise(text)) {
    if (token.length < 2) continue;
    out.push(stem(token.toLowerCase()));
  }
  return out;
}

/** A word of the question as typed, with its index terms: "X.1716" → pieces ["1716"] and the joined "x1716". */
interface Typed {
  readonly label: string;
  readonly pieces: readonly string[];
  readonly joined: string | undefined;
  /** A stop word typed in capitals ("ITS", "US"): it stands for what the thesaurus says, never the small word. */
  readonly name: boolean;
  /** A stop word asked alone: it stands only for itself. */
  readonly literal?: boolean;
  /** A stop word in lower case: dropped, unless in a phrase of the thesaurus or all that was asked. */
  readonly stop: boolean;
}

/** The question's words as typed. A typed word stays one asked word, however many pieces it has. */
function typedWords(text: string): Typed[] {
  const all: Typed[] = [];
  for (const raw of fold(text.slice(0, 200)).split(/\s+/)) {
    const parts = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const pieces = parts.filter((p) => p.length >= 2).map((p) => stem(p.toLowerCase()));
    if (pieces.length === 0) continue;
    const joined = parts.length > 1 ? stem(parts.join('').toLowerCase()) : undefined;
    const capitals = parts.every((p) => /^[A-Z0-9]+$/.test(p)) && /[A-Z]/.test(raw);
    const stop = pieces.every((p) => STOP_WORDS.has(p));
    const label = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    all.push({ label, pieces, joined, name: stop && capitals, stop: stop && !capitals });
  }
  // Only small words asked ("its", "prepare"): each stands for itself, never for a name.
  return all.every((w) => w.stop) ? all.map((w) => ({ ...w, stop: false, literal: true })) : all;
}

/** The thesaurus's forms as term sequences, by first term: (entry number, how, terms). */
interface Form {
  readonly entry: number;
  readonly how: 'same' | 'synonym' | 'near';
  readonly terms: readonly string[];
}
function thesaurusForms(entries: readonly ThesaurusEntry[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  entries.forEach((e, entry) => {
    const lists = [
      ['same', e.same],
      ['synonym', e.synonyms ?? []],
      ['near', e.near ?? []],
    ] as const;
    for (const [how, forms] of lists) {
      for (const form of forms) {
        const terms = form.split(/\s+/).flatMap(termsOf);
        // "imt 2020" is also the joined "imt2020" the tokeniser adds: the plain words are the form.
        const words = form
          .split(/\s+/)
          .map((w) => termsOf(w)[0] ?? '')
          .filter(Boolean);
        const seq = words.length > 0 ? words : terms;
        if (seq.length === 0) continue;
        byFirst.set(seq[0]!, [...(byFirst.get(seq[0]!) ?? []), { entry, how, terms: seq }]);
      }
    }
  });
  return byFirst;
}

/** The concept term of an entry for a document holding one of its forms of this kind (a string no typed word becomes). */
const conceptTerm = (entry: number, how: Form['how']): string => `§${entry}${how === 'same' ? '=' : how === 'synonym' ? '~' : '≈'}`;

/** The term of a thesaurus phrase held word for word ("digital twin"): asking the phrase finds it as the word itself. */
const phraseTerm = (terms: readonly string[]): string => `¶${terms.join(' ')}`;

/** The thesaurus forms found in a run of terms: [entry, how][] each once. */
function formsIn(terms: readonly string[], byFirst: ReadonlyMap<string, Form[]>, small?: ReadonlySet<number>): Form[] {
  const found: Form[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (const form of byFirst.get(terms[i]!) ?? []) {
      // "agreed to its mandate" is no ITS, "for us" no US: a stop word stands for a name only in capitals.
      if (form.terms.length === 1 && small?.has(i)) continue;
      if (form.terms.every((t, k) => terms[i + k] === t) && !found.some((f) => f.entry === form.entry && f.how === form.how)) found.push(form);
    }
  }
  return found;
}

interface Posting {
  readonly docs: Int32Array;
  /** Per document: the saturated, boosted, length-normalised term frequency (BM25F without the rarity). */
  readonly weights: Float32Array;
  /** Per document: the fields holding it, one bit per SEARCH_FIELDS entry. */
  readonly fields: Uint8Array;
}

/** One way an asked word reaches the index: a term, how, and the thesaurus entry if through one. */
interface Reach {
  readonly term: string;
  readonly how: MatchHow;
  readonly entry?: number;
}

export function buildSearchIndex(catalog: Catalog, thesaurus: readonly ThesaurusEntry[] = THESAURUS): SearchIndex {
  const docs = searchDocuments(catalog);
  const n = docs.length;
  const byFirst = thesaurusForms(thesaurus);
  const postings = buildPostings(docs, byFirst);
  const vocabulary = [...postings.keys()].filter((t) => !/^[§¶]/.test(t)).sort();
  const scores = new Float64Array(n);
  const best = new Float64Array(n);
  const levels = new Float64Array(n);
  const bestLevel = new Float64Array(n);
  const priors = Float32Array.from(docs, (d) => KIND_PRIOR[d.kind]);
  /** The documents a search has touched (their scores and levels are cleared after it). */
  const touched = new Int32Array(n);
  /** Per document: the asked word that last touched it, so each word counts once per document. */
  const wordStamp = new Int32Array(n).fill(-1);
  /** Per posting, its documents by weight × prior, best first: built the first time a one-word search needs it. */
  const byScore = new WeakMap<Posting, Int32Array>();
  let stamp = 0;

  /** The concept terms of thesaurus forms a word stands for, at the weaker of how the word and the document stand to the entry. */
  function concepts(forms: readonly Form[]): Reach[] {
    const out: Reach[] = [];
    for (const form of forms) {
      for (const how of ['same', 'synonym', 'near'] as const) {
        const term = conceptTerm(form.entry, how);
        if (postings.has(term)) out.push({ term, how: DISCOUNT[form.how] <= DISCOUNT[how] ? form.how : how, entry: form.entry });
      }
    }
    return out;
  }

  /** The terms a typed word reaches: itself (its pieces in part), its thesaurus entries, else its prefixes or typos. */
  function reach(word: Typed): Reach[] {
    const own = word.joined ?? word.pieces[0]!;
    const out: Reach[] = [];
    if (postings.has(own) && !word.name) out.push({ term: own, how: 'word' });
    if (word.joined) for (const p of word.pieces) if (postings.has(p)) out.push({ term: p, how: 'part' });
    if (word.literal) return out;
    // The word's own thesaurus entries ("5G", "imt-2020"); a piece's ("qkd" of "X.sec_QKD_profr") only in part.
    const forms = [own, ...word.pieces].flatMap((t) => byFirst.get(t) ?? []);
    const whole = (f: Form): boolean => (f.terms.length === 1 && f.terms[0] === own) || f.terms.join(' ') === word.pieces.join(' ');
    out.push(...concepts(forms.filter(whole)));
    if (word.joined) out.push(...concepts(forms.filter((f) => !whole(f) && f.terms.length === 1)).map((r): Reach => ({ ...r, how: 'part' })));
    if (out.length > 0) return out;
    for (const term of new Set([own, ...word.pieces])) if (!/^\d+$/.test(term)) out.push(...loose(term));
    return out;
  }

  /** A term the index does not hold: an unfinished word, else a typo. */
  function loose(word: string): Reach[] {
    const out: Reach[] = [];
    for (let i = firstAtLeast(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word) && out.length < MAX_EXPANSIONS; i++)
      out.push({ term: vocabulary[i]!, how: 'prefix' });
    if (out.length > 0 || word.length < 4) return out;
    const budget = word.length >= 8 ? 2 : 1;
    // Typos keep the first letter (or the second, for a slip at the start): the run of words under it.
    for (const first of new Set([word[0]!, word[1]!])) {
      for (let i = firstAtLeast(vocabulary, first); i < vocabulary.length && vocabulary[i]![0] === first && out.length < MAX_EXPANSIONS; i++) {
        const v = vocabulary[i]!;
        if (Math.abs(v.length - word.length) <= budget && editDistance(word, v) <= budget) out.push({ term: v, how: 'typo' });
      }
    }
    return out;
  }

  /**
   * The question as asked words, each with the terms it reaches; stop words dropped unless in a
   * phrase or all that was asked, or typed in capitals ("ITS", "US": a name). Words making up a
   * phrase of the thesaurus ("internet of things", "digital identity") are one asked word: the
   * phrase's entry, with each word's own terms in part.
   */
  function askedWords(text: string): Asked[] {
    const typed = typedWords(text);
    const out: Asked[] = [];
    for (let w = 0; w < typed.length; ) {
      const seq = typed.slice(w).flatMap((t, k) => t.pieces.map(() => k));
      const terms = typed.slice(w).flatMap((t) => t.pieces);
      // The longest phrase starting here that ends where a typed word ends and spans two words or more.
      let span = 0;
      let forms: Form[] = [];
      for (const form of typed[w]!.stop ? [] : (byFirst.get(terms[0]!) ?? [])) {
        const len = form.terms.length;
        if (len < 2 || !form.terms.every((t, k) => terms[k] === t) || seq[len - 1] === seq[len]) continue;
        const words = seq[len - 1]! + 1;
        if (words < 2) continue;
        if (words > span) [span, forms] = [words, [form]];
        else if (words === span) forms.push(form);
      }
      if (span === 0) {
        if (!typed[w]!.stop) out.push({ label: typed[w]!.label, reaches: reach(typed[w]!) });
        w++;
        continue;
      }
      const parts = typed.slice(w, w + span);
      const own = parts.filter((t) => !t.stop).flatMap((t) => reach(t).map((r): Reach => (r.how === 'word' || r.how === 'same' ? { ...r, how: 'part' } : r)));
      const phrase = phraseTerm(forms[0]!.terms);
      const literal: Reach[] = postings.has(phrase) ? [{ term: phrase, how: 'word' }] : [];
      out.push({ label: parts.map((t) => t.label).join(' '), reaches: [...literal, ...concepts(forms), ...own] });
      w += span;
    }
    return out.filter((a, i) => out.findIndex((o) => o.label === a.label) === i);
  }

  /** One asked word's reach, as the scoring loop takes it. */
  interface Unit {
    readonly word: number;
    readonly posting: Posting;
    readonly factor: number;
    readonly level: number;
  }

  /**
   * The asked words' reaches as units, rarest word first and, within a word, the closest reach
   * first; with, per unit, the most level a document not yet met could still reach (`open`).
   */
  function unitsOf(asked: readonly Asked[]): { units: Unit[]; open: number[] } {
    const perWord: Unit[][] = [];
    asked.forEach(({ reaches }, word) => {
      if (reaches.length === 0) return;
      let df = 1;
      for (const r of reaches) df = Math.max(df, postings.get(r.term)!.docs.length);
      const rarity = idf(n, df);
      // A word in a quarter of the documents or more ("security" in SG17's) decides a quarter as much of the order.
      const weight = df > n / 4 ? 0.25 : 1;
      const units = reaches.map((r) => ({ word, posting: postings.get(r.term)!, factor: rarity * DISCOUNT[r.how], level: LEVEL[r.how] * weight }));
      perWord.push(units.sort((x, y) => y.level - x.level || x.posting.docs.length - y.posting.docs.length));
    });
    perWord.sort((x, y) => Math.max(...x.map((u) => u.posting.docs.length)) - Math.max(...y.map((u) => u.posting.docs.length)));
    const units = perWord.flat();
    const later = perWord.map((_, i) => perWord.slice(i + 1).reduce((sum, w) => sum + w[0]!.level, 0));
    const open = perWord.flatMap((w, i) => w.map((u) => u.level + later[i]!));
    return { units, open };
  }

  function search(text: string, limit = 10): SearchHit[] {
    if (limit <= 0) return [];
    const asked = askedWords(String(text));
    const { units, open } = unitsOf(asked);
    // One asked word ("security", "quantum", "anything about 5G?"): a document ranks by its best
    // reach, so the best `limit` are among the heads of the reaches' postings by score.
    if (units.length > 0 && units.every((u) => u.word === units[0]!.word)) return oneWord(units, asked, limit);
    let count = 0;
    let closed = false;
    let word = -1;
    let mark = 0;
    /** The most level any document met so far can have: the processed words' best levels. */
    let reached = 0;
    units.forEach((u, i) => {
      if (u.word !== word) {
        word = u.word;
        reached += u.level;
        if (stamp >= 0x7ffffff0) {
          wordStamp.fill(-1);
          stamp = 0;
        }
        mark = ++stamp;
      }
      // Once no document not yet met can reach the list's last level, only those met are scored.
      if (!closed && count >= limit && open[i]! < reached && open[i]! < kthLevel(count, limit)) closed = true;
      count = closed ? scoreMet(u, mark, count) : scoreAll(u, mark, count);
    });
    const hits = hitsOf(topOf(count, limit), asked, (d) => {
      const score = scores[d]! * priors[d]!;
      return levels[d]! + score / (1 + score) / 100;
    });
    for (let i = 0; i < count; i++) {
      scores[touched[i]!] = 0;
      levels[touched[i]!] = 0;
    }
    return hits;
  }

  function hitsOf(top: readonly number[], asked: readonly Asked[], score: (d: number) => number): SearchHit[] {
    return top.map((d) => ({ kind: docs[d]!.kind, ref: docs[d]!.ref, doc: docs[d]!, score: score(d), why: explain(d, asked) }));
  }

  /** One word's search: each reach's head, each document scored by its best reach, best `limit` first. */
  function oneWord(units: readonly Unit[], asked: readonly Asked[], limit: number): SearchHit[] {
    const scored = new Map<number, { level: number; score: number }>();
    for (const u of units) {
      for (const d of headOf(u.posting, limit)) {
        if (scored.has(d)) continue;
        let level = 0;
        let score = 0;
        for (const r of units) {
          const k = indexOf(r.posting.docs, d);
          if (k < 0) continue;
          const v = r.posting.weights[k]! * r.factor * priors[d]!;
          if (r.level > level || (r.level === level && v > score)) [level, score] = [r.level, v];
        }
        scored.set(d, { level, score });
      }
    }
    const top = [...scored]
      .sort(([a, x], [b, y]) => y.level - x.level || y.score - x.score || a - b)
      .slice(0, limit)
      .map(([d]) => d);
    return hitsOf(top, asked, (d) => {
      const { level, score } = scored.get(d)!;
      return level + score / (1 + score) / 100;
    });
  }

  /** The first `limit` documents of a posting by weight × prior (the order built on first use). */
  function headOf(p: Posting, limit: number): number[] {
    let order = byScore.get(p);
    if (!order) {
      const o = Array.from(p.docs.keys()).sort((a, b) => p.weights[b]! * priors[p.docs[b]!]! - p.weights[a]! * priors[p.docs[a]!]! || a - b);
      order = Int32Array.from(o, (k) => p.docs[k]!);
      byScore.set(p, order);
    }
    return Array.from(order.subarray(0, limit));
  }

  /** The level the `limit`-th best of the met documents has. */
  function kthLevel(count: number, limit: number): number {
    const top: number[] = [];
    for (let i = 0; i < count; i++) {
      const l = levels[touched[i]!]!;
      if (top.length < limit) top.push(l);
      else if (l > top[top.length - 1]!) top[top.length - 1] = l;
      else continue;
      top.sort((a, b) => b - a);
    }
    return top[limit - 1] ?? 0;
  }

  /** Adds a unit's postings into the scores; returns the new count of met documents. */
  function scoreAll(u: Unit, mark: number, count: number): number {
    const { docs: ids, weights } = u.posting;
    for (let k = 0; k < ids.length; k++) {
      const d = ids[k]!;
      if (levels[d] === 0) touched[count++] = d;
      add(d, weights[k]! * u.factor, u.level, mark);
    }
    return count;
  }

  /** Adds a unit's postings for the documents already met only (by lookup when they are few). */
  function scoreMet(u: Unit, mark: number, count: number): number {
    const { docs: ids, weights } = u.posting;
    if (count * Math.log2(ids.length + 1) < ids.length) {
      for (let i = 0; i < count; i++) {
        const d = touched[i]!;
        const k = indexOf(ids, d);
        if (k >= 0) add(d, weights[k]! * u.factor, u.level, mark);
      }
      return count;
    }
    for (let k = 0; k < ids.length; k++) if (levels[ids[k]!] !== 0) add(ids[k]!, weights[k]! * u.factor, u.level, mark);
    return count;
  }

  /** A word's reach into a document: it counts once per word, by its best reach (closest, then highest score). */
  function add(d: number, v: number, level: number, mark: number): void {
    if (wordStamp[d] !== mark) {
      wordStamp[d] = mark;
      levels[d]! += level;
      bestLevel[d] = level;
      best[d] = v;
      scores[d]! += v;
      return;
    }
    if (level > bestLevel[d]! || (level === bestLevel[d] && v > best[d]!)) {
      levels[d]! += level - bestLevel[d]!;
      scores[d]! += v - best[d]!;
      bestLevel[d] = level;
      best[d] = v;
    }
  }

  /**
   * The best `limit` of the `count` touched documents by one key: level (words matched, how
   * closely) first, then the score times the document's prior; ties by the data's order.
   */
  function topOf(count: number, limit: number): number[] {
    const key = (d: number): number => levels[d]! * 1e4 + scores[d]! * priors[d]!;
    if (count <= limit * 8) {
      const all = Array.from(touched.subarray(0, count), (d) => ({ d, k: key(d) }));
      return all
        .sort((a, b) => b.k - a.k || a.d - b.d)
        .slice(0, limit)
        .map((e) => e.d);
    }
    const top: number[] = [];
    const keys: number[] = [];
    let floor = -1;
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      const k = key(d);
      if (top.length === limit && k < floor) continue;
      let at = top.length;
      while (at > 0 && (keys[at - 1]! < k || (keys[at - 1] === k && top[at - 1]! > d))) at--;
      if (at >= limit) continue;
      top.splice(at, 0, d);
      keys.splice(at, 0, k);
      if (top.length > limit) {
        top.pop();
        keys.pop();
      }
      if (top.length === limit) floor = keys[limit - 1]!;
    }
    return top;
  }

  /** "quantum in title; 5g (5G / IMT-2020, same) in name": for each asked word, its best reach into this document. */
  function explain(d: number, asked: readonly Asked[]): string {
    const parts: string[] = [];
    for (const { label, reaches } of asked) {
      let chosen: { r: Reach; v: number; fields: number } | undefined;
      for (const r of reaches) {
        const p = postings.get(r.term)!;
        const k = indexOf(p.docs, d);
        if (k < 0) continue;
        // The reach that counted: the closest, then the highest score (as `add` keeps it).
        const v = LEVEL[r.how] * 1e4 + p.weights[k]! * DISCOUNT[r.how];
        if (!chosen || v > chosen.v) chosen = { r, v, fields: p.fields[k]! };
      }
      if (!chosen) continue;
      const where = SEARCH_FIELDS.filter((_, f) => chosen.fields & (1 << f)).join(', ');
      const { r } = chosen;
      const how = r.how === 'word' ? '' : r.entry !== undefined ? ` (${thesaurus[r.entry]!.name}, ${r.how})` : ` (${r.how}: ${r.term})`;
      parts.push(`${label}${how} in ${where}`);
    }
    return parts.join('; ');
  }

  return { search, documents: docs };
}

/** Rarity of a word held by `df` of `n` documents (BM25's, never negative). */
function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function indexOf(sorted: Int32Array, value: number): number {
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

/** Single-term `same` forms of three letters or more (abbreviations), which a name's acronym may begin with. */
function abbreviationsLeading(byFirst: ReadonlyMap<string, Form[]>): Map<string, Form[]> {
  const out = new Map<string, Form[]>();
  for (const [first, forms] of byFirst) {
    const own = forms.filter((f) => f.how === 'same' && f.terms.length === 1 && first.length >= 3 && first.length <= 6 && /^[a-z]/.test(first));
    if (own.length > 0) out.set(first, own);
  }
  return out;
}

/** Per term: the documents holding it (ascending), their BM25F weights and fields. */
function buildPostings(docs: readonly SearchDocument[], byFirst: ReadonlyMap<string, Form[]>): Map<string, Posting> {
  // Per document and field, its terms with the thesaurus concepts its forms stand for.
  const leading = abbreviationsLeading(byFirst);
  const fieldTerms = docs.map((doc) =>
    SEARCH_FIELDS.map((f) => {
      const tokens = tokenise(doc.fields[f] ?? '').filter((t) => t.length >= 2);
      const terms = tokens.map((t) => stem(t.toLowerCase()));
      const small = new Set(terms.flatMap((t, i) => (STOP_WORDS.has(t) && tokens[i] !== tokens[i]!.toUpperCase() ? [i] : [])));
      const forms = formsIn(terms, byFirst, small);
      // A working acronym joins its words: "X.itssec-5" begins with ITS, "X.sec_QKDNi" with QKDN.
      if (f === 'name') for (const t of terms) for (let k = 3; k < Math.min(t.length, 7); k++) forms.push(...(leading.get(t.slice(0, k)) ?? []));
      const phrases = forms.filter((form) => form.terms.length > 1).map((form) => phraseTerm(form.terms));
      return [...terms, ...new Set([...forms.map((form) => conceptTerm(form.entry, form.how)), ...phrases])];
    }),
  );
  const average = SEARCH_FIELDS.map((_, f) => fieldTerms.reduce((sum, d) => sum + d[f]!.length, 0) / Math.max(1, docs.length) || 1);
  const lists = new Map<string, { docs: number[]; weights: number[]; fields: number[] }>();
  fieldTerms.forEach((fields, d) => {
    const tf = new Map<string, number[]>();
    fields.forEach((terms, f) => {
      for (const t of terms) {
        let row = tf.get(t);
        if (!row) {
          row = [0, 0, 0, 0];
          tf.set(t, row);
        }
        row[f]!++;
      }
    });
    for (const [term, row] of tf) {
      let pseudo = 0;
      let mask = 0;
      row.forEach((count, f) => {
        if (count === 0) return;
        mask |= 1 << f;
        pseudo += (FIELD_BOOST[SEARCH_FIELDS[f]!] * count) / (1 - B + (B * fields[f]!.length) / average[f]!);
      });
      let list = lists.get(term);
      if (!list) {
        list = { docs: [], weights: [], fields: [] };
        lists.set(term, list);
      }
      list.docs.push(d);
      list.weights.push((pseudo * (K1 + 1)) / (K1 + pseudo));
      list.fields.push(mask);
    }
  });
  const out = new Map<string, Posting>();
  for (const [term, l] of lists) out.set(term, { docs: Int32Array.from(l.docs), weights: Float32Array.from(l.weights), fields: Uint8Array.from(l.fields) });
  return out;
}
