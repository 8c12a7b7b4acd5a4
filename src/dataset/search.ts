/**
 * Search over everything the summary holds (./search-documents.ts), each hit saying which asked
 * words it matched, in which field, and how (the word, a thesaurus form, a prefix or a typo).
 *
 * Index: term → posting (documents ascending, each with its BM25F weight: field term frequencies
 * boosted name 3 > title 2 > topics 1.5 > notes 1, length-normalised, saturated). A document holding
 * a form of a thesaurus entry also holds a concept term (`§3=` same, `§3~` synonym, `§3≈` near) and,
 * for a form of several words, a phrase term (`¶digital twin`): any form reaches the others by one lookup.
 * Ranking: level first (per asked word: itself or the same thing 1, a synonym 0.75, looser 0.5; a word
 * in a quarter of the documents a quarter of that), then the score (weight × rarity × the reach's
 * discount) × the kind's prior, then the data's order. Each word counts once per document, by its best reach.
 * Why no library: measured in one bench run (bench/search.ts, docs/performance.md), MiniSearch scores
 * every match into objects (tens to hundreds of ms at 1000× the data); this scan with MaxScore pruning
 * stays under the 1 ms target there.
 */
import { editDistance, firstAtLeast, fold, STOP_WORDS, stem, termsOf, tokenise } from '../text/index.js';
import type { Catalog } from './catalog.js';
import { FIELD_BOOST, KIND_PRIOR, SEARCH_FIELDS, type SearchDocument, type SearchField, type SearchHitKind, searchDocuments } from './search-documents.js';
import { type Form, THESAURUS, type ThesaurusEntry, thesaurusForms } from './thesaurus.js';

export type { SearchDocument, SearchField, SearchHitKind };
export { termsOf };

/** How an asked word reached a document's term: its share of the score (DISCOUNT) and of the level (LEVEL). */
export type MatchHow = 'word' | 'same' | 'part' | 'synonym' | 'near' | 'prefix' | 'typo';
const DISCOUNT: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.8, near: 0.5, part: 0.4, prefix: 0.6, typo: 0.5 };
const LEVEL: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.75, near: 0.5, part: 0.5, prefix: 0.5, typo: 0.5 };
/** BM25's k1 and b; a word's prefix or typo expansions at most; kept readings at most (a bound whatever users type). */
const [K1, B, MAX_EXPANSIONS, MAX_KEPT] = [1.2, 0.75, 24, 4096];

export interface SearchHit {
  readonly kind: SearchHitKind;
  /** See SearchDocument.ref. */
  readonly ref: number;
  readonly doc: SearchDocument;
  /** Higher is better: the level, plus the score s as s / (1 + s) / 100. */
  readonly score: number;
  /** Which words matched where ("quantum in title; qkd (QKD, same) in name"). */
  readonly why: string;
  /** Every asked word as itself (or the same thing by another name) in the name or title, so anywhere, or not every word so. */
  readonly match: 'named' | 'mentioned' | 'partial';
}

export interface SearchIndex {
  search(text: string, limit?: number): SearchHit[];
  readonly documents: readonly SearchDocument[];
}

/** A term's documents (ascending), BM25F weights without the rarity, fields (a bit each) and highest weight. */
type Posting = { readonly docs: Int32Array; readonly weights: Float32Array; readonly fields: Uint8Array; readonly max: number };
/** One way an asked word reaches a term; `note` follows the word in a hit's line (" (PKI, near)", " (typo: blockchain)"). */
type Reach = { readonly term: string; readonly entry?: number; readonly posting: Posting; readonly how: MatchHow; readonly note: string };
/** A reach as ranked: score factor (rarity × discount), level share, and the most it can add to a key. */
type Unit = Reach & { readonly factor: number; readonly level: number; readonly bound: number };
/** An asked word (or thesaurus phrase) as typed, and its reaches as ranked. */
type Word = { readonly label: string; readonly units: readonly Unit[] };
/** A typed word: "X.1716" → pieces ["1716"], joined "x1716"; a stop word is a name in capitals ("ITS"), else dropped, or itself when all that was asked. */
type Typed = { label: string; pieces: string[]; joined?: string; name: boolean; stop: boolean; literal: boolean };

const conceptTerm = (entry: number, how: Form['how']): string => `§${entry}${how === 'same' ? '=' : how === 'synonym' ? '~' : '≈'}`;
const phraseTerm = (terms: readonly string[]): string => `¶${terms.join(' ')}`;

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
    for (let k = 3; isName && /^[a-z]/.test(term) && k < Math.min(term.length, 7); k++)
      forms.push(...(byFirst.get(term.slice(0, k)) ?? []).filter((f) => f.how === 'same' && f.terms.length === 1));
  });
  // Each (entry, how) once, by its first form found: a phrase term only if it came first ("liaison statements" holds "liaison").
  const first = new Map(forms.map((f) => [conceptTerm(f.entry, f.how), f] as const).reverse());
  return [...terms, ...first.keys(), ...new Set([...first.values()].filter((f) => f.terms.length > 1).map((f) => phraseTerm(f.terms)))];
}

/** Per term, its posting. Equal lists share one (a word and the concept it stands for often hold the same documents alike). */
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
      const pseudo = counts.reduce((sum, c, f) => sum + (FIELD_BOOST[SEARCH_FIELDS[f]!] * c) / (1 - B + (B * fields[f]!.length) / average[f]!), 0);
      const list = lists.get(term) ?? lists.set(term, { docs: [], weights: [], fields: [] }).get(term)!;
      list.docs.push(d);
      list.weights.push((pseudo * (K1 + 1)) / (K1 + pseudo));
      list.fields.push(counts.reduce((mask, c, f) => mask | (c > 0 ? 1 << f : 0), 0));
    }
  });
  const shared = new Map<string, Posting[]>();
  const posting = (l: { docs: number[]; weights: number[]; fields: number[] }): Posting => {
    const weights = Float32Array.from(l.weights);
    const p = { docs: Int32Array.from(l.docs), weights, fields: Uint8Array.from(l.fields), max: weights.reduce((m, w) => Math.max(m, w), 0) };
    const key = `${p.docs.length}:${p.docs[0]}:${p.docs.at(-1)}:${p.max}`;
    const found = shared.get(key)?.find((q) => (['docs', 'weights', 'fields'] as const).every((f) => q[f].every((x, i) => x === p[f][i])));
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
    const [capitals, stop] = [parts.every((p) => /^[A-Z0-9]+$/.test(p)) && /[A-Z]/.test(raw), pieces.every((p) => STOP_WORDS.has(p))];
    const [label, joined] = [raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), parts.length > 1 ? stem(parts.join('').toLowerCase()) : undefined];
    if (pieces.length > 0) all.push({ label, pieces, joined, name: stop && capitals, stop: stop && !capitals, literal: false });
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
    terms.push(...typed[w + k]!.pieces);
    wordOf.push(...typed[w + k]!.pieces.map(() => k));
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

/** Reads questions against one index: asked words (a thesaurus phrase as one), each with the terms it reaches, as ranked. */
function reader(postings: ReadonlyMap<string, Posting>, byFirst: ReadonlyMap<string, Form[]>, thesaurus: readonly ThesaurusEntry[], n: number) {
  const vocabulary = [...postings.keys()].filter((t) => !/^[§¶]/.test(t)).sort();
  const kept = new Map<string, Unit[]>();
  const reachTo = (term: string, how: MatchHow, entry?: number): Reach => {
    const note = how === 'word' ? '' : entry !== undefined ? ` (${thesaurus[entry]!.name}, ${how})` : ` (${how}: ${term})`;
    return { term, entry, posting: postings.get(term)!, how, note };
  };
  const inPart = (r: Reach): Reach => (r.how === 'word' || r.how === 'same' ? reachTo(r.term, 'part', r.entry) : r);
  /** The concept terms of the forms a word stands for, at the weaker of how the word and the document stand to the entry. */
  const concepts = (forms: readonly Form[]): Reach[] =>
    forms.flatMap((f) =>
      (['same', 'synonym', 'near'] as const).flatMap((how) =>
        postings.has(conceptTerm(f.entry, how)) ? [reachTo(conceptTerm(f.entry, how), DISCOUNT[f.how] <= DISCOUNT[how] ? f.how : how, f.entry)] : [],
      ),
    );

  /** A term the index does not hold: an unfinished word, else a typo that keeps the first or second letter. */
  function loose(word: string): Reach[] {
    const [v, out, budget] = [vocabulary, [] as Reach[], word.length >= 8 ? 2 : 1];
    for (let i = firstAtLeast(v, word); i < v.length && v[i]!.startsWith(word) && out.length < MAX_EXPANSIONS; i++) out.push(reachTo(v[i]!, 'prefix'));
    for (const first of out.length > 0 || word.length < 4 ? [] : new Set(word.slice(0, 2)))
      for (let i = firstAtLeast(v, first); i < v.length && v[i]![0] === first && out.length < MAX_EXPANSIONS; i++)
        if (Math.abs(v[i]!.length - word.length) <= budget && editDistance(word, v[i]!) <= budget) out.push(reachTo(v[i]!, 'typo'));
    return out;
  }

  /** Itself (its pieces in part), its thesaurus entries (a piece's in part: "qkd" of "X.sec_QKD_profr"), else its prefixes or typos. */
  function reach(word: Typed): Reach[] {
    const own = word.joined ?? word.pieces[0]!;
    const out = postings.has(own) && !word.name ? [reachTo(own, 'word')] : [];
    for (const p of word.joined ? word.pieces : []) if (postings.has(p)) out.push(reachTo(p, 'part'));
    if (word.literal) return out;
    const forms = [own, ...word.pieces].flatMap((t) => byFirst.get(t) ?? []);
    const whole = (f: Form): boolean => (f.terms.length === 1 && f.terms[0] === own) || f.terms.join(' ') === word.pieces.join(' ');
    out.push(...concepts(forms.filter(whole)), ...(word.joined ? concepts(forms.filter((f) => !whole(f) && f.terms.length === 1)).map(inPart) : []));
    for (const term of out.length > 0 ? [] : new Set([own, ...word.pieces])) if (!/^\d+$/.test(term)) out.push(...loose(term));
    return out;
  }

  /** A group's reaches as ranked, closest first, one per posting. A phrase's own words count in part; a word reaching nothing stays asked. */
  function unitsOf(parts: readonly Typed[], forms: readonly Form[]): Unit[] {
    const own = parts.filter((t) => !t.stop).flatMap(reach);
    const phrase = forms.length > 0 && postings.has(phraseTerm(forms[0]!.terms)) ? [reachTo(phraseTerm(forms[0]!.terms), 'word')] : [];
    const reaches = forms.length === 0 ? own : [...phrase, ...concepts(forms), ...own.map(inPart)];
    const df = reaches.reduce((m, r) => Math.max(m, r.posting.docs.length), 1);
    const share = df > n / 4 ? 0.25 : 1; // a word in a quarter of the documents ("security") decides a quarter as much
    const units = reaches.map((r) => {
      const [factor, level] = [Math.log(1 + (n - df + 0.5) / (df + 0.5)) * DISCOUNT[r.how], LEVEL[r.how] * share];
      return { term: r.term, entry: r.entry, posting: r.posting, how: r.how, note: r.note, factor, level, bound: level * 1e4 + r.posting.max * factor };
    });
    units.sort((x, y) => y.level - x.level || y.factor - x.factor || x.posting.docs.length - y.posting.docs.length);
    // A reach that one before it matches as closely and at least as high in every document it holds never counts (ties go to the first).
    function beats(by: Unit, u: Unit): boolean {
      for (let i = 0, k = 0; i < u.posting.docs.length; i++) {
        k = gallop(by.posting.docs, u.posting.docs[i]!, k);
        if (by.posting.docs[k] !== u.posting.docs[i] || by.posting.weights[k]! * by.factor < u.posting.weights[i]! * u.factor) return false;
      }
      return by.level >= u.level;
    }
    return units.filter((u, i) => !units.slice(0, i).some((by) => by.posting === u.posting || beats(by, u)));
  }

  /** Stop words dropped unless in a phrase, all that was asked, or in capitals. A group's reach depends on its words alone: kept. */
  return (text: string): Word[] => {
    const [typed, out] = [typedWords(text), [] as Word[]];
    for (let w = 0; w < typed.length; ) {
      const { span, forms } = phraseAt(typed, w, byFirst);
      const parts = typed.slice(w, w + span);
      const label = parts.map((t) => t.label).join(' ');
      w += span;
      if (parts.every((t) => t.stop) || out.some((a) => a.label === label)) continue;
      const key = parts.map((t) => `${+t.name}${+t.literal}${t.joined ?? ''}|${t.pieces.join(' ')}`).join('/');
      if (kept.size >= MAX_KEPT) kept.clear();
      out.push({ label, units: kept.get(key) ?? kept.set(key, unitsOf(parts, forms)).get(key)! });
    }
    return out;
  };
}

/** The first index at or after `from` of ascending `sorted` holding a value ≥ `value`: doubling steps, then a binary search. */
function gallop(sorted: Int32Array, value: number, from = 0): number {
  let lo = from;
  let step = 1;
  for (; lo + step < sorted.length && sorted[lo + step]! < value; step *= 2) lo += step;
  let hi = Math.min(lo + step, sorted.length);
  while (sorted[lo]! < value && lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid;
    else hi = mid;
  }
  return sorted[lo]! >= value ? lo : hi;
}

export function buildSearchIndex(catalog: Catalog, thesaurus: readonly ThesaurusEntry[] = THESAURUS): SearchIndex {
  const docs = searchDocuments(catalog);
  const byFirst = thesaurusForms(thesaurus);
  const read = reader(buildPostings(docs, byFirst), byFirst, thesaurus, docs.length);
  const { rank, level, score } = ranker(Float64Array.from(docs, (d) => KIND_PRIOR[d.kind]));
  function search(text: string, limit = 10): SearchHit[] {
    const words = limit > 0 ? read(String(text)) : [];
    return rank(words, limit).map((d) => {
      const [s, { why, match }] = [score(d), explain(d, words)];
      return { kind: docs[d]!.kind, ref: docs[d]!.ref, doc: docs[d]!, score: level(d) + s / (1 + s) / 100, why, match };
    });
  }
  return { search, documents: docs };
}

/**
 * Ranks the documents of one index (their priors given) for asked words: `rank` returns the best
 * `limit`, `level` and `score` (× prior) say a returned document's keys. One word: a document ranks by
 * its best reach, so the best are among each reach's `limit` best by weight × prior (each reach's order
 * made once). More words: rarest first, a word's reaches closest first; once no document not yet met
 * can reach the `limit`-th key with every reach left at its best, the rest only add to the documents
 * met (MaxScore).
 */
function ranker(prior: Float64Array) {
  // Per document, kept between searches: level and score, the current word's best reach (level, score), the last word to touch it.
  const perDoc = (): Float64Array => new Float64Array(prior.length);
  const [level, score, wordLevel, wordScore, seen] = [perDoc(), perDoc(), perDoc(), perDoc(), perDoc()];
  const touched = new Int32Array(prior.length);
  const byImpact = new WeakMap<Posting, Int32Array>();
  let [stamp, start, count] = [0, 0, 0];
  // The documents met, ascending (in order already when one reach met them all).
  const ascending = (met: Int32Array): Int32Array => (met.some((d, i) => i > 0 && met[i - 1]! > d) ? met.sort() : met);
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

  /** A reach into every document it holds, or only into those `met` (ascending: a merge galloping over the posting). */
  function add(u: Unit, w: number, met?: Int32Array): void {
    const { docs: ds, weights } = u.posting;
    for (let k = 0; !met && k < ds.length; k++) put(ds[k]!, weights[k]! * u.factor, u.level, w);
    for (let i = 0, k = 0; met && i < met.length && k < ds.length; i++) {
      k = gallop(ds, met[i]!, k);
      if (ds[k] === met[i]) put(met[i]!, weights[k]! * u.factor, u.level, w);
    }
  }

  /**
   * The met documents' best `limit` by key, then the data's order: one pass keeping a short sorted
   * list, shifted in place (two splices per insertion were a fifth of a one-word search).
   */
  function best(limit: number): number[] {
    const [ids, keys] = [[] as number[], [] as number[]];
    for (let i = 0; i < count && limit > 0; i++) {
      const d = touched[i]!;
      const k = key(d);
      const full = ids.length === limit;
      if (full && (k < keys[limit - 1]! || (k === keys[limit - 1] && d > ids[limit - 1]!))) continue;
      let at = full ? limit - 1 : ids.length; // when full, the last is dropped
      for (; at > 0 && (keys[at - 1]! < k || (keys[at - 1] === k && ids[at - 1]! > d)); at--) [ids[at], keys[at]] = [ids[at - 1]!, keys[at - 1]!];
      [ids[at], keys[at]] = [d, k];
    }
    return ids;
  }

  function impactOrder(p: Posting): Int32Array {
    const impact = (k: number): number => p.weights[k]! * prior[p.docs[k]!]!;
    const order = byImpact.get(p) ?? Int32Array.from([...p.docs.keys()].sort((a, b) => impact(b) - impact(a) || a - b).map((k) => p.docs[k]!));
    return byImpact.set(p, order).get(p)!;
  }

  /**
   * One asked word. A document ranks by its best reach, so the best are among each reach's `limit`
   * best by weight × prior; a reach that cannot reach the `limit`-th key met so far (its bound, as
   * priors are ≤ 1) brings none. Each reach's new documents are scored by every reach in order, one
   * galloping merge per reach: looking each one up alone (a typed array and a search from the start
   * per reach and document) was most of a "quantum key distribution" search at 1000× the data.
   */
  function rankOne(units: readonly Unit[], limit: number): number[] {
    const w = ++stamp;
    let kth = 0;
    for (const u of units) {
      const open = u.bound * (1 + 1e-9);
      // The `limit`-th key only grows: worked out again only when the one known does not settle it.
      if (count >= limit && open >= kth) kth = key(best(limit).at(-1)!);
      if (count >= limit && open < kth) continue;
      const fresh = impactOrder(u.posting)
        .subarray(0, limit)
        .filter((d) => seen[d]! <= start)
        .sort();
      for (const v of units) add(v, w, fresh);
    }
    return best(limit);
  }

  function rank(words: readonly Word[], limit: number): number[] {
    [start, count] = [stamp, 0];
    if (words.length === 1) return rankOne(words[0]!.units, limit);
    const order = words.map((w) => w.units).sort((a, b) => Math.max(...a.map((u) => u.posting.docs.length)) - Math.max(...b.map((u) => u.posting.docs.length)));
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

  return { rank, level: (d: number): number => level[d]!, score: (d: number): number => score[d]! * prior[d]! };
}

/** Per asked word, the reach that counted for `d` (closest, then highest) and its fields: the hit's line and how fully it matches. */
function explain(d: number, words: readonly Word[]): Pick<SearchHit, 'why' | 'match'> {
  const [lines, where] = [[] as string[], (mask: number) => SEARCH_FIELDS.filter((_, f) => mask & (1 << f)).join(', ')];
  let [exact, named] = [true, true];
  for (const { label, units } of words) {
    let [top, unit, fields] = [-1, undefined as Unit | undefined, 0];
    for (const u of units) {
      if (u.bound <= top) continue; // it cannot count for d (its bound is its best): no need to look d up
      const k = gallop(u.posting.docs, d);
      const v = u.posting.docs[k] === d ? u.level * 1e4 + u.posting.weights[k]! * u.factor : -1;
      if (v > top) [top, unit, fields] = [v, u, u.posting.fields[k]!];
    }
    exact &&= unit?.how === 'word' || unit?.how === 'same';
    named &&= (fields & 3) !== 0; // name or title
    if (unit) lines.push(`${label}${unit.note} in ${where(fields)}`);
  }
  return { why: lines.join('; '), match: !exact ? 'partial' : named ? 'named' : 'mentioned' };
}

/**
 * The hits an answer presents as its set, and the rest as only related: when some hit holds every
 * asked word as itself (or the same thing by another name), the set is the hits matching as fully
 * as the fullest (named in a name or title before only mentioned); otherwise every hit.
 */
export function answerSet(hits: readonly SearchHit[]): { set: SearchHit[]; related: SearchHit[] } {
  const fullest = (['named', 'mentioned'] as const).find((m) => hits.some((h) => h.match === m));
  return fullest ? { set: hits.filter((h) => h.match === fullest), related: hits.filter((h) => h.match !== fullest) } : { set: [...hits], related: [] };
}
