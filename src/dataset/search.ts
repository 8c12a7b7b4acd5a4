/**
 * Search over everything the summary holds (./search-documents.ts), ranked so a reader can see
 * why: each hit says which asked words it matched, in which field, and how (the word itself, a
 * word of SG17's thesaurus, a prefix or a typo).
 *
 * The index is a Map from term to posting: the documents holding it (ascending), each with its
 * BM25F weight (field term frequencies boosted name 3 > title 2 > topics 1.5 > notes 1,
 * length-normalised and saturated) and the fields holding it. A document holding a form of a
 * thesaurus entry also holds a concept term (`§3=` the same thing, `§3~` a synonym, `§3≈` a near
 * topic) and, for a form of several words, a phrase term (`¶digital twin`): asking any form of an
 * entry reaches the others by one lookup.
 *
 * Ranking: level first (per asked word matched: the word itself or the same thing by another name
 * 1, a synonym 0.75, anything looser 0.5; a word in a quarter of the documents or more a quarter
 * of that), then the BM25F score (weight × the word's rarity × its reach's discount) × the
 * document's prior, then the data's order. Each asked word counts once per document, by its best reach.
 *
 * Why a plain scored scan and not a library: measured in one bench run (bench/search.ts), the scan
 * keeps p99 under the targets at 1000× the data, where MiniSearch, scoring every match into
 * result objects, took tens to hundreds of milliseconds (docs/performance.md).
 */
import { editDistance, firstAtLeast, fold, STOP_WORDS, stem, tokenise } from '../text/index.js';
import type { Catalog } from './catalog.js';
import { FIELD_BOOST, SEARCH_FIELDS, type SearchDocument, type SearchField, type SearchHitKind, searchDocuments } from './search-documents.js';
import { THESAURUS, type ThesaurusEntry } from './thesaurus.js';

export type { SearchDocument, SearchField, SearchHitKind };

/** How an asked word reached a document's term. */
export type MatchHow = 'word' | 'same' | 'part' | 'synonym' | 'near' | 'prefix' | 'typo';
const DISCOUNT: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.8, near: 0.5, part: 0.4, prefix: 0.6, typo: 0.5 };
const LEVEL: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.75, near: 0.5, part: 0.5, prefix: 0.5, typo: 0.5 };
/** A summary line (hot topic, decision, planned meeting) is short: length normalisation alone would put it above the texts it sums up. */
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
const [K1, B] = [1.2, 0.75];
/** Prefix or typo expansions of one word at most, and kept word reaches at most (a bound whatever users type). */
const [MAX_EXPANSIONS, MAX_KEPT] = [24, 4096];

export interface SearchHit {
  readonly kind: SearchHitKind;
  /** See SearchDocument.ref. */
  readonly ref: number;
  readonly doc: SearchDocument;
  /** Higher is better: the level, plus the BM25F score as score / (1 + score) / 100. */
  readonly score: number;
  /** Which words matched where, in one short line ("quantum in title; qkd (QKD, same) in name"). */
  readonly why: string;
  /**
   * How fully: every asked word as itself (or the same thing by another name) in the name or
   * title ('named'), so anywhere ('mentioned'), or not every word so ('partial'). See `answerSet`.
   */
  readonly match: 'named' | 'mentioned' | 'partial';
}

export interface SearchIndex {
  search(text: string, limit?: number): SearchHit[];
  readonly documents: readonly SearchDocument[];
}

interface Posting {
  readonly docs: Int32Array;
  readonly weights: Float32Array;
  /** One bit per SEARCH_FIELDS entry. */
  readonly fields: Uint8Array;
  /** The highest weight (the bound pruning uses). */
  readonly max: number;
}
/** A thesaurus form as index terms: its entry, how it stands to the entry. */
interface Form {
  readonly entry: number;
  readonly how: 'same' | 'synonym' | 'near';
  readonly terms: readonly string[];
}
/** One way an asked word reaches the index; `note` follows the word in a hit's line (" (PKI, near)", " (typo: blockchain)"). */
interface Reach {
  readonly term: string;
  readonly entry: number | undefined;
  readonly posting: Posting;
  readonly how: MatchHow;
  readonly note: string;
}
/** A reach as one search ranks it: its score factor (rarity × discount) and level share. */
interface Unit extends Pick<Reach, 'posting' | 'how' | 'note'> {
  readonly factor: number;
  readonly level: number;
  /** The most it can add to a document's key. */
  readonly bound: number;
}
/** An asked word (or thesaurus phrase) as typed, and its reaches as ranked. */
interface Word {
  readonly label: string;
  readonly units: readonly Unit[];
}
/** A word of the question as typed: "X.1716" → pieces ["1716"] (single letters dropped), joined "x1716". */
interface Typed {
  readonly label: string;
  readonly pieces: readonly string[];
  readonly joined: string | undefined;
  /** A stop word in capitals ("ITS", "US") stands for a name; in lower case it is dropped; asked alone, it stands for itself. */
  readonly name: boolean;
  readonly stop: boolean;
  readonly literal: boolean;
}

/** A text's index terms, in order: tokens lower-cased and plural-stemmed, single letters dropped. */
export function termsOf(text: string): string[] {
  return tokenise(text)
    .filter((t) => t.length >= 2)
    .map((t) => stem(t.toLowerCase()));
}

const conceptTerm = (entry: number, how: Form['how']): string => `§${entry}${how === 'same' ? '=' : how === 'synonym' ? '~' : '≈'}`;
const phraseTerm = (terms: readonly string[]): string => `¶${terms.join(' ')}`;

/** The thesaurus's forms by first term, word by word ("imt 2020" is the words, not also the joined "imt2020"). */
function thesaurusForms(entries: readonly ThesaurusEntry[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  entries.forEach((e, entry) => {
    for (const [how, forms] of [
      ['same', e.same],
      ['synonym', e.synonyms ?? []],
      ['near', e.near ?? []],
    ] as const) {
      for (const form of forms) {
        const terms = form.split(/\s+/).flatMap((w) => termsOf(w).slice(0, 1));
        if (terms.length > 0) byFirst.set(terms[0]!, [...(byFirst.get(terms[0]!) ?? []), { entry, how, terms }]);
      }
    }
  });
  return byFirst;
}

/** One field's index terms, with the concept and phrase terms of the thesaurus forms in it. */
function fieldTerms(text: string, isName: boolean, byFirst: ReadonlyMap<string, Form[]>): string[] {
  const tokens = tokenise(text).filter((t) => t.length >= 2);
  const terms = tokens.map((t) => stem(t.toLowerCase()));
  const forms: Form[] = [];
  terms.forEach((term, i) => {
    // "agreed to its mandate" is no ITS, "for us" no US: a stop word stands for a name only in capitals.
    const small = STOP_WORDS.has(term) && tokens[i] !== tokens[i]!.toUpperCase();
    for (const form of byFirst.get(term) ?? []) if (!(small && form.terms.length === 1) && form.terms.every((t, k) => terms[i + k] === t)) forms.push(form);
    // A working acronym joins its words: "X.itssec-5" begins with ITS, "X.sec_QKDNi" with QKDN (abbreviations of 3–6 letters).
    for (let k = 3; isName && k < Math.min(term.length, 7); k++)
      forms.push(...(byFirst.get(term.slice(0, k)) ?? []).filter((f) => f.how === 'same' && f.terms.length === 1 && /^[a-z]/.test(term)));
  });
  // Each (entry, how) once, by its first form found: a phrase term only if it came first ("liaison statements" holds "liaison").
  const first = new Map(forms.map((f) => [conceptTerm(f.entry, f.how), f] as const).reverse());
  return [...terms, ...first.keys(), ...new Set([...first.values()].filter((f) => f.terms.length > 1).map((f) => phraseTerm(f.terms)))];
}

/** Per term: the documents holding it (ascending), their BM25F weights (without the rarity) and fields. */
function buildPostings(docs: readonly SearchDocument[], byFirst: ReadonlyMap<string, Form[]>): Map<string, Posting> {
  const perDoc = docs.map((doc) => SEARCH_FIELDS.map((f) => fieldTerms(doc.fields[f] ?? '', f === 'name', byFirst)));
  const average = SEARCH_FIELDS.map((_, f) => perDoc.reduce((sum, d) => sum + d[f]!.length, 0) / Math.max(1, docs.length) || 1);
  const lists = new Map<string, { docs: number[]; weights: number[]; fields: number[] }>();
  perDoc.forEach((fields, d) => {
    const tf = new Map<string, number[]>();
    fields.forEach((terms, f) => {
      for (const t of terms) tf.set(t, tf.get(t) ?? [0, 0, 0, 0]).get(t)![f]!++;
    });
    for (const [term, counts] of tf) {
      const norm = (f: number): number => (FIELD_BOOST[SEARCH_FIELDS[f]!] * counts[f]!) / (1 - B + (B * fields[f]!.length) / average[f]!);
      const pseudo = counts.reduce((sum, _, f) => sum + norm(f), 0);
      const list = lists.get(term) ?? lists.set(term, { docs: [], weights: [], fields: [] }).get(term)!;
      list.docs.push(d);
      list.weights.push((pseudo * (K1 + 1)) / (K1 + pseudo));
      list.fields.push(counts.reduce((mask, c, f) => mask | (c > 0 ? 1 << f : 0), 0));
    }
  });
  // Equal lists share one posting (a word and the concept it stands for often hold the same documents alike): a search walks it once.
  const shared = new Map<string, Posting[]>();
  const posting = (l: { docs: number[]; weights: number[]; fields: number[] }): Posting => {
    const p = { docs: Int32Array.from(l.docs), weights: Float32Array.from(l.weights), fields: Uint8Array.from(l.fields), max: 0 };
    p.max = p.weights.reduce((m, w) => Math.max(m, w), 0);
    const key = `${p.docs.length}:${p.docs[0]}:${p.docs.at(-1)}:${p.max}`;
    const alike = (q: Posting): boolean => (['docs', 'weights', 'fields'] as const).every((f) => q[f].every((x, i) => x === p[f][i]));
    const found = shared.get(key)?.find(alike);
    if (!found) shared.set(key, [...(shared.get(key) ?? []), p]);
    return found ?? p;
  };
  return new Map([...lists].map(([term, l]) => [term, posting(l)]));
}

/** The question's words as typed; a typed word stays one asked word, however many pieces it has. */
function typedWords(text: string): Typed[] {
  const all: Typed[] = [];
  for (const raw of fold(text.slice(0, 200)).split(/\s+/)) {
    const parts = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const pieces = parts.filter((p) => p.length >= 2).map((p) => stem(p.toLowerCase()));
    if (pieces.length === 0) continue;
    const capitals = parts.every((p) => /^[A-Z0-9]+$/.test(p)) && /[A-Z]/.test(raw);
    const stop = pieces.every((p) => STOP_WORDS.has(p));
    const label = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const joined = parts.length > 1 ? stem(parts.join('').toLowerCase()) : undefined;
    all.push({ label, pieces, joined, name: stop && capitals, stop: stop && !capitals, literal: false });
  }
  // Only small words asked ("its", "prepare"): each stands for itself, never for a name.
  return all.every((w) => w.stop) ? all.map((w) => ({ ...w, stop: false, literal: true })) : all;
}

/** The longest thesaurus phrase starting at typed word `w` that spans two typed words or more, ending where one ends. */
function phraseAt(typed: readonly Typed[], w: number, byFirst: ReadonlyMap<string, Form[]>): { span: number; forms: Form[] } {
  const found = { span: 1, forms: [] as Form[] };
  const candidates = typed[w]!.stop ? [] : (byFirst.get(typed[w]!.pieces[0]!) ?? []).filter((f) => f.terms.length > 1);
  const [terms, wordOf] = [[] as string[], [] as number[]];
  for (let k = 0; candidates.length > 0 && k < 8 && w + k < typed.length; k++) {
    for (const p of typed[w + k]!.pieces) [terms.push(p), wordOf.push(k)];
  }
  for (const form of candidates) {
    const len = form.terms.length;
    if (!form.terms.every((t, k) => terms[k] === t) || wordOf[len - 1] === wordOf[len]) continue;
    const span = wordOf[len - 1]! + 1;
    if (span > found.span) Object.assign(found, { span, forms: [form] });
    else if (span === found.span && found.forms.length > 0) found.forms.push(form);
  }
  return found;
}

/** Reads questions against one index: asked words (thesaurus phrases as one) and the terms each reaches. */
class Reader {
  private readonly kept = new Map<string, Unit[]>();
  private readonly vocabulary: string[];

  constructor(
    private readonly postings: ReadonlyMap<string, Posting>,
    private readonly byFirst: ReadonlyMap<string, Form[]>,
    private readonly thesaurus: readonly ThesaurusEntry[],
    private readonly n: number,
  ) {
    this.vocabulary = [...postings.keys()].filter((t) => !/^[§¶]/.test(t)).sort();
  }

  /** Stop words dropped unless in a phrase, all that was asked, or in capitals; a phrase's own words count in part. */
  read(text: string): Word[] {
    const typed = typedWords(text);
    const out: Word[] = [];
    for (let w = 0; w < typed.length; ) {
      const { span, forms } = phraseAt(typed, w, this.byFirst);
      const parts = typed.slice(w, w + span);
      w += span;
      const label = parts.map((t) => t.label).join(' ');
      if (parts.every((t) => t.stop) || out.some((a) => a.label === label)) continue;
      // A group's reach depends on its words alone: worked out once and kept.
      const key = parts.map((t) => `${+t.name}${+t.literal}${t.joined ?? ''}|${t.pieces.join(' ')}`).join('/');
      if (this.kept.size >= MAX_KEPT) this.kept.clear();
      out.push({ label, units: this.kept.get(key) ?? this.kept.set(key, this.unitsOf(parts, forms)).get(key)! });
    }
    return out;
  }

  /** A group's reaches as ranked (rarity × discount, level share), closest first, one per posting. A word the index does not reach stays asked. */
  private unitsOf(parts: readonly Typed[], forms: readonly Form[]): Unit[] {
    const own = parts.filter((t) => !t.stop).flatMap((t) => this.reach(t));
    const phrase = forms.length > 0 && this.postings.has(phraseTerm(forms[0]!.terms)) ? [this.reachTo(phraseTerm(forms[0]!.terms), 'word')] : [];
    const reaches =
      forms.length === 0 ? own : [...phrase, ...this.concepts(forms), ...own.map((r) => (r.how === 'word' || r.how === 'same' ? this.inPart(r) : r))];
    const df = reaches.reduce((m, r) => Math.max(m, r.posting.docs.length), 1);
    const share = df > this.n / 4 ? 0.25 : 1; // a word in a quarter of the documents ("security") decides a quarter as much
    const units = reaches.map(({ posting, how, note }) => {
      const [factor, level] = [idf(this.n, df) * DISCOUNT[how], LEVEL[how] * share];
      return { posting, how, note, factor, level, bound: level * 1e4 + posting.max * factor };
    });
    units.sort((x, y) => y.level - x.level || y.factor - x.factor || x.posting.docs.length - y.posting.docs.length);
    return units.filter((u, i) => units.findIndex((v) => v.posting === u.posting) === i);
  }

  private reachTo(term: string, how: MatchHow, entry?: number): Reach {
    const note = how === 'word' ? '' : entry !== undefined ? ` (${this.thesaurus[entry]!.name}, ${how})` : ` (${how}: ${term})`;
    return { term, entry, posting: this.postings.get(term)!, how, note };
  }

  private inPart(r: Reach): Reach {
    return this.reachTo(r.term, 'part', r.entry);
  }

  /** Itself (its pieces in part), its thesaurus entries (a piece's in part: "qkd" of "X.sec_QKD_profr"), else its prefixes or typos. */
  private reach(word: Typed): Reach[] {
    const own = word.joined ?? word.pieces[0]!;
    const out: Reach[] = [];
    if (this.postings.has(own) && !word.name) out.push(this.reachTo(own, 'word'));
    for (const p of word.joined ? word.pieces : []) if (this.postings.has(p)) out.push(this.reachTo(p, 'part'));
    if (word.literal) return out;
    const forms = [own, ...word.pieces].flatMap((t) => this.byFirst.get(t) ?? []);
    const whole = (f: Form): boolean => (f.terms.length === 1 && f.terms[0] === own) || f.terms.join(' ') === word.pieces.join(' ');
    out.push(...this.concepts(forms.filter(whole)));
    if (word.joined) out.push(...this.concepts(forms.filter((f) => !whole(f) && f.terms.length === 1)).map((r) => this.inPart(r)));
    if (out.length > 0) return out;
    for (const term of new Set([own, ...word.pieces])) if (!/^\d+$/.test(term)) out.push(...this.loose(term));
    return out;
  }

  /** The concept terms of the forms a word stands for, at the weaker of how the word and the document stand to the entry. */
  private concepts(forms: readonly Form[]): Reach[] {
    return forms.flatMap((form) =>
      (['same', 'synonym', 'near'] as const)
        .filter((how) => this.postings.has(conceptTerm(form.entry, how)))
        .map((how) => this.reachTo(conceptTerm(form.entry, how), DISCOUNT[form.how] <= DISCOUNT[how] ? form.how : how, form.entry)),
    );
  }

  /** A term the index does not hold: an unfinished word, else a typo that keeps the first or second letter. */
  private loose(word: string): Reach[] {
    const v = this.vocabulary;
    const out: Reach[] = [];
    for (let i = firstAtLeast(v, word); i < v.length && v[i]!.startsWith(word) && out.length < MAX_EXPANSIONS; i++) out.push(this.reachTo(v[i]!, 'prefix'));
    const budget = word.length >= 8 ? 2 : 1;
    for (const first of out.length > 0 || word.length < 4 ? [] : new Set(word.slice(0, 2))) {
      for (let i = firstAtLeast(v, first); i < v.length && v[i]![0] === first && out.length < MAX_EXPANSIONS; i++)
        if (Math.abs(v[i]!.length - word.length) <= budget && editDistance(word, v[i]!) <= budget) out.push(this.reachTo(v[i]!, 'typo'));
    }
    return out;
  }
}

/** Rarity of a word held by `df` of `n` documents (BM25's, never negative). */
const idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** The first index at or after `from` of ascending `sorted` whose value is ≥ `value`: doubling steps, then a binary search. */
function gallop(sorted: Int32Array, value: number, from = 0): number {
  let lo = from;
  let step = 1;
  for (; lo + step < sorted.length && sorted[lo + step]! < value; step *= 2) lo += step;
  let hi = Math.min(lo + step, sorted.length);
  if (sorted[lo]! >= value) return lo;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid;
    else hi = mid;
  }
  return hi;
}
function indexOf(sorted: Int32Array, value: number): number {
  const k = gallop(sorted, value);
  return sorted[k] === value ? k : -1;
}

export function buildSearchIndex(catalog: Catalog, thesaurus: readonly ThesaurusEntry[] = THESAURUS): SearchIndex {
  const docs = searchDocuments(catalog);
  const n = docs.length;
  const byFirst = thesaurusForms(thesaurus);
  const postings = buildPostings(docs, byFirst);
  const reader = new Reader(postings, byFirst, thesaurus, n);
  const prior = Float64Array.from(docs, (d) => KIND_PRIOR[d.kind]);
  // Per document, kept between searches: level and score, the current word's best reach (level, score), the last word to touch it.
  const [level, score, wordLevel, wordScore, seen] = Array.from({ length: 5 }, () => new Float64Array(n)) as Float64Array[] as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const touched = new Int32Array(n);
  let [stamp, start, count] = [0, 0, 0];
  const key = (d: number): number => level[d]! * 1e4 + score[d]! * prior[d]!;

  /** Word `w`'s reach into document `d`: each word counts once per document, by its best reach (closest, then highest). */
  function put(d: number, v: number, lv: number, w: number): void {
    if (seen[d]! <= start) {
      touched[count++] = d;
      level[d] = 0;
      score[d] = 0;
    }
    const first = seen[d] !== w;
    if (!first && (lv < wordLevel[d]! || (lv === wordLevel[d] && v <= wordScore[d]!))) return;
    level[d]! += lv - (first ? 0 : wordLevel[d]!);
    score[d]! += v - (first ? 0 : wordScore[d]!);
    seen[d] = w;
    wordLevel[d] = lv;
    wordScore[d] = v;
  }

  /** Adds a reach to every document it holds, or only to the documents `met` (ascending; a merge galloping over the posting). */
  function add(u: Unit, w: number, met?: Int32Array): void {
    const { docs: ds, weights } = u.posting;
    if (!met) for (let k = 0; k < ds.length; k++) put(ds[k]!, weights[k]! * u.factor, u.level, w);
    for (let i = 0, k = 0; met && i < met.length && k < ds.length; i++) {
      k = gallop(ds, met[i]!, k);
      if (ds[k] === met[i]) put(met[i]!, weights[k]! * u.factor, u.level, w);
    }
  }

  /** The met documents' best `limit` by key, then the data's order: one pass keeping a short sorted list. */
  function best(limit: number): number[] {
    const ids: number[] = [];
    const keys: number[] = [];
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      const k = key(d);
      if (ids.length === limit && (k < keys[limit - 1]! || (k === keys[limit - 1] && d > ids[limit - 1]!))) continue;
      let at = ids.length;
      while (at > 0 && (keys[at - 1]! < k || (keys[at - 1] === k && ids[at - 1]! > d))) at--;
      ids.splice(at, 0, d);
      keys.splice(at, 0, k);
      if (ids.length > limit) [ids.pop(), keys.pop()];
    }
    return ids;
  }

  /**
   * The best `limit` documents. Words go rarest first, a word's reaches closest first; once no
   * document not yet met can reach the `limit`-th key even with every reach left at its best, the
   * rest only add to the documents met (MaxScore). One word: a document ranks by its best reach, so
   * the best are among each reach's `limit` best by weight × prior.
   */
  function rank(words: readonly (readonly Unit[])[], limit: number): number[] {
    [start, count] = [stamp, 0];
    if (words.length === 1) {
      const w = ++stamp;
      for (const u of words[0]!) for (const d of byImpact(u.posting).subarray(0, limit)) if (seen[d]! <= start) for (const v of words[0]!) add1(v, d, w);
      return best(limit);
    }
    const order = [...words].sort((a, b) => largest(a) - largest(b));
    const top = (us: readonly Unit[], from = 0): number => us.reduce((m, u, j) => (j < from ? m : Math.max(m, u.bound)), 0);
    let [later, kth, met] = [order.reduce((sum, us) => sum + top(us), 0), 0, undefined as Int32Array | undefined];
    for (const units of order) {
      const w = ++stamp;
      later -= top(units);
      units.forEach((u, j) => {
        const open = (top(units, j) + later) * (1 + 1e-9);
        if (!met && count >= limit && open >= kth) kth = key(best(limit).at(-1)!);
        if (!met && count >= limit && open < kth) met = ascending(touched.slice(0, count));
        add(u, w, met);
      });
    }
    return best(limit);
  }

  /** One reach into one document (binary search). */
  function add1(u: Unit, d: number, w: number): void {
    const k = indexOf(u.posting.docs, d);
    if (k >= 0) put(d, u.posting.weights[k]! * u.factor, u.level, w);
  }

  const impactOrders = new WeakMap<Posting, Int32Array>();
  function byImpact(p: Posting): Int32Array {
    const impact = (k: number): number => p.weights[k]! * prior[p.docs[k]!]!;
    const order =
      impactOrders.get(p) ??
      Int32Array.from(
        [...p.docs.keys()].sort((a, b) => impact(b) - impact(a) || a - b),
        (k) => p.docs[k]!,
      );
    impactOrders.set(p, order);
    return order;
  }

  /** Per asked word, the reach that counted for `d` (closest, then highest) and its fields: the hit's line and how fully it matches. */
  function explain(d: number, words: readonly Word[]): Pick<SearchHit, 'why' | 'match'> {
    const lines: string[] = [];
    let [exact, named] = [true, true];
    for (const { label, units } of words) {
      let [top, unit, fields] = [-1, undefined as Unit | undefined, 0];
      for (const u of units) {
        const k = indexOf(u.posting.docs, d);
        const v = k < 0 ? -1 : u.level * 1e4 + u.posting.weights[k]! * u.factor;
        if (v > top) [top, unit, fields] = [v, u, u.posting.fields[k]!];
      }
      exact &&= unit?.how === 'word' || unit?.how === 'same';
      named &&= (fields & 3) !== 0; // name or title
      if (unit) lines.push(`${label}${unit.note} in ${WHERE[fields]}`);
    }
    return { why: lines.join('; '), match: !exact ? 'partial' : named ? 'named' : 'mentioned' };
  }

  function search(text: string, limit = 10): SearchHit[] {
    if (limit <= 0) return [];
    const words = reader.read(String(text));
    return rank(
      words.map((w) => w.units),
      limit,
    ).map((d) => {
      const s = score[d]! * prior[d]!;
      const { why, match } = explain(d, words);
      return { kind: docs[d]!.kind, ref: docs[d]!.ref, doc: docs[d]!, score: level[d]! + s / (1 + s) / 100, why, match };
    });
  }

  return { search, documents: docs };
}

/** The documents met, ascending (already so when one reach met them all). */
const ascending = (met: Int32Array): Int32Array => (met.every((d, i) => i === 0 || met[i - 1]! < d) ? met : met.sort());

/** The longest posting of a word's reaches (how common the word is). */
const largest = (units: readonly Unit[]): number => units.reduce((m, u) => Math.max(m, u.posting.docs.length), 0);

/** Per field mask (one bit per SEARCH_FIELDS entry): the fields' names. */
const WHERE = Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, mask) => SEARCH_FIELDS.filter((_, f) => mask & (1 << f)).join(', '));

/**
 * The hits an answer presents as its set, and the rest as only related: when some hit holds every
 * asked word as itself (or the same thing by another name), the set is the hits matching as fully
 * as the fullest (named in a name or title before only mentioned); otherwise every hit.
 */
export function answerSet(hits: readonly SearchHit[]): { set: SearchHit[]; related: SearchHit[] } {
  const fullest = (['named', 'mentioned'] as const).find((m) => hits.some((h) => h.match === m));
  if (!fullest) return { set: [...hits], related: [] };
  return { set: hits.filter((h) => h.match === fullest), related: hits.filter((h) => h.match !== fullest) };
}
