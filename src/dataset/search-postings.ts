/**
 * The search's postings: per index term, the documents holding it with a precomputed BM25F
 * weight (each field's term frequency, saturated and length-normalised, weighted by
 * FIELD_BOOST) and the fields it is in. A document also holds a concept term per thesaurus form
 * in its text (`§3=` "same thing as entry 3", `§3~` a synonym, `§3≈` a near topic), and a phrase
 * term per multi-word form ("¶digital twin"), so asking the concept finds it by one lookup.
 */
import { STOP_WORDS, stem, tokenise } from '../text/index.js';
import { FIELD_BOOST, SEARCH_FIELDS, type SearchDocument } from './search-documents.js';
import type { ThesaurusEntry } from './thesaurus.js';

const K1 = 1.2;
const B = 0.75;

export interface Posting {
  /** Documents holding the term, ascending. */
  readonly docs: Int32Array;
  /** Per document: the saturated, boosted, length-normalised term frequency (BM25F without the rarity). */
  readonly weights: Float32Array;
  /** Per document: the fields holding it, one bit per SEARCH_FIELDS entry. */
  readonly fields: Uint8Array;
  /** The highest weight in `weights` (the bound pruning uses). */
  readonly maxWeight: number;
}

/** A thesaurus form as a term sequence: its entry, how it stands to the entry, its terms. */
export interface Form {
  readonly entry: number;
  readonly how: 'same' | 'synonym' | 'near';
  readonly terms: readonly string[];
}

/** A text's index terms, in order: tokens lower-cased and plural-stemmed, single letters dropped. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenise(text)) if (token.length >= 2) out.push(stem(token.toLowerCase()));
  return out;
}

/** The concept term of an entry for a document holding one of its forms of this kind (a string no typed word becomes). */
export const conceptTerm = (entry: number, how: Form['how']): string => `§${entry}${how === 'same' ? '=' : how === 'synonym' ? '~' : '≈'}`;

/** The term of a thesaurus phrase held word for word ("digital twin"): asking the phrase finds it as the word itself. */
export const phraseTerm = (terms: readonly string[]): string => `¶${terms.join(' ')}`;

/** The thesaurus's forms by their first term. */
export function thesaurusForms(entries: readonly ThesaurusEntry[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  entries.forEach((e, entry) => {
    const lists = [
      ['same', e.same],
      ['synonym', e.synonyms ?? []],
      ['near', e.near ?? []],
    ] as const;
    for (const [how, forms] of lists) {
      for (const form of forms) {
        // "imt 2020" is also the joined "imt2020" the tokeniser adds: the plain words are the form.
        const words = form
          .split(/\s+/)
          .map((w) => termsOf(w)[0] ?? '')
          .filter(Boolean);
        const seq = words.length > 0 ? words : form.split(/\s+/).flatMap(termsOf);
        if (seq.length === 0) continue;
        byFirst.set(seq[0]!, [...(byFirst.get(seq[0]!) ?? []), { entry, how, terms: seq }]);
      }
    }
  });
  return byFirst;
}

/** The thesaurus forms found in a run of terms, each (entry, how) once. */
function formsIn(terms: readonly string[], byFirst: ReadonlyMap<string, Form[]>, small: ReadonlySet<number>): Form[] {
  const found: Form[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (const form of byFirst.get(terms[i]!) ?? []) {
      // "agreed to its mandate" is no ITS, "for us" no US: a stop word stands for a name only in capitals.
      if (form.terms.length === 1 && small.has(i)) continue;
      if (form.terms.every((t, k) => terms[i + k] === t) && !found.some((f) => f.entry === form.entry && f.how === form.how)) found.push(form);
    }
  }
  return found;
}

/** Single-term `same` forms of three to six letters (abbreviations), which a name's acronym may begin with. */
function abbreviationsLeading(byFirst: ReadonlyMap<string, Form[]>): Map<string, Form[]> {
  const out = new Map<string, Form[]>();
  for (const [first, forms] of byFirst) {
    const own = forms.filter((f) => f.how === 'same' && f.terms.length === 1 && first.length >= 3 && first.length <= 6 && /^[a-z]/.test(first));
    if (own.length > 0) out.set(first, own);
  }
  return out;
}

/** One field's index terms, with the concept and phrase terms of the thesaurus forms in it. */
function fieldTerms(text: string, isName: boolean, byFirst: ReadonlyMap<string, Form[]>, leading: ReadonlyMap<string, Form[]>): string[] {
  const tokens = tokenise(text).filter((t) => t.length >= 2);
  const terms = tokens.map((t) => stem(t.toLowerCase()));
  const small = new Set(terms.flatMap((t, i) => (STOP_WORDS.has(t) && tokens[i] !== tokens[i]!.toUpperCase() ? [i] : [])));
  const forms = formsIn(terms, byFirst, small);
  // A working acronym joins its words: "X.itssec-5" begins with ITS, "X.sec_QKDNi" with QKDN.
  if (isName) for (const t of terms) for (let k = 3; k < Math.min(t.length, 7); k++) forms.push(...(leading.get(t.slice(0, k)) ?? []));
  const phrases = forms.filter((form) => form.terms.length > 1).map((form) => phraseTerm(form.terms));
  return [...terms, ...new Set([...forms.map((form) => conceptTerm(form.entry, form.how)), ...phrases])];
}

/** Per term: the documents holding it (ascending), their BM25F weights and fields. */
export function buildPostings(docs: readonly SearchDocument[], byFirst: ReadonlyMap<string, Form[]>): Map<string, Posting> {
  const leading = abbreviationsLeading(byFirst);
  const perDoc = docs.map((doc) => SEARCH_FIELDS.map((f) => fieldTerms(doc.fields[f] ?? '', f === 'name', byFirst, leading)));
  const average = SEARCH_FIELDS.map((_, f) => perDoc.reduce((sum, d) => sum + d[f]!.length, 0) / Math.max(1, docs.length) || 1);
  const lists = new Map<string, { docs: number[]; weights: number[]; fields: number[] }>();
  perDoc.forEach((fields, d) => {
    const tf = new Map<string, number[]>();
    fields.forEach((terms, f) => {
      for (const t of terms) {
        const row = tf.get(t) ?? [0, 0, 0, 0];
        row[f]!++;
        tf.set(t, row);
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
      const list = lists.get(term) ?? { docs: [], weights: [], fields: [] };
      lists.set(term, list);
      list.docs.push(d);
      list.weights.push((pseudo * (K1 + 1)) / (K1 + pseudo));
      list.fields.push(mask);
    }
  });
  const out = new Map<string, Posting>();
  const shared = new Map<string, Posting[]>();
  for (const [term, l] of lists) {
    const maxWeight = l.weights.reduce((m, w) => Math.max(m, Math.fround(w)), 0);
    out.set(
      term,
      sharedPosting(shared, { docs: Int32Array.from(l.docs), weights: Float32Array.from(l.weights), fields: Uint8Array.from(l.fields), maxWeight }),
    );
  }
  return out;
}

/**
 * One object for equal postings (a word and the thesaurus concept it stands for often hold the
 * same documents alike): a search then takes such reaches as one and walks the documents once.
 */
function sharedPosting(shared: Map<string, Posting[]>, p: Posting): Posting {
  const key = `${p.docs.length}:${p.docs[0]}:${p.docs[p.docs.length - 1]}:${p.maxWeight}`;
  const same = shared.get(key) ?? [];
  const found = same.find((q) => equal(q.docs, p.docs) && equal(q.weights, p.weights) && equal(q.fields, p.fields));
  if (found) return found;
  shared.set(key, [...same, p]);
  return p;
}

function equal(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
