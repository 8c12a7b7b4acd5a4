/**
 * Reading a question for the search: its words as typed, grouped into thesaurus phrases
 * ("internet of things" is one asked word), each with the index terms it reaches and how: the
 * word itself, a `same` form of the thesaurus, a synonym, a near topic, a piece of a compound
 * name ("qkd" of "X.sec_QKD_profr"), and, for a word the index does not hold, its prefixes or typos.
 * A word's reach depends on the word alone, so it is worked out once and kept (Reader.reachOf).
 */
import { editDistance, firstAtLeast, fold, STOP_WORDS, stem } from '../text/index.js';
import { conceptTerm, type Form, type Posting, phraseTerm } from './search-postings.js';
import type { ThesaurusEntry } from './thesaurus.js';

/** How an asked word reached a document's term. */
export type MatchHow = 'word' | 'same' | 'part' | 'synonym' | 'near' | 'prefix' | 'typo';
/** A reach's share of the BM25F score. */
export const DISCOUNT: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.8, near: 0.5, part: 0.4, prefix: 0.6, typo: 0.5 };
/**
 * A matched word's share of the first ranking key: the word itself (or the same thing by another
 * name) fully, a synonym less, anything looser half; so a document matching more of the asked
 * words comes first, and an exact hit above a synonym's.
 */
export const LEVEL: Readonly<Record<MatchHow, number>> = { word: 1, same: 1, synonym: 0.75, near: 0.5, part: 0.5, prefix: 0.5, typo: 0.5 };

/** Prefix and typo expansions of one word at most: a two-letter prefix of a large index is no question. */
const MAX_EXPANSIONS = 24;
/** Kept word reaches at most (a bound on memory whatever users type). */
const MAX_KEPT = 4096;

/** One way an asked word reaches the index: a term, its posting, how, and what a hit's line says of it. */
export interface Reach {
  readonly term: string;
  readonly posting: Posting;
  readonly how: MatchHow;
  readonly entry?: number;
  /** After the asked word in a hit's line: "" for the word itself, " (5G / IMT-2020, same)", " (prefix: quantum)". */
  readonly note: string;
}

/** An asked word (or thesaurus phrase) as typed, and the terms it reaches. */
export interface Asked {
  readonly label: string;
  readonly reaches: readonly Reach[];
}

/** A word of the question as typed, with its index terms: "X.1716" → pieces ["1716"] and the joined "x1716". */
interface Typed {
  readonly label: string;
  readonly pieces: readonly string[];
  readonly joined: string | undefined;
  /** A stop word typed in capitals ("ITS", "US"): it stands for what the thesaurus says, never the small word. */
  readonly name: boolean;
  /** A stop word asked alone: it stands only for itself. */
  readonly literal: boolean;
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
    all.push({ label, pieces, joined, name: stop && capitals, stop: stop && !capitals, literal: false });
  }
  // Only small words asked ("its", "prepare"): each stands for itself, never for a name.
  return all.every((w) => w.stop) ? all.map((w) => ({ ...w, stop: false, literal: true })) : all;
}

/** The longest thesaurus phrase starting at typed word `w` that ends where a typed word ends and spans two words or more. */
function phraseAt(typed: readonly Typed[], w: number, byFirst: ReadonlyMap<string, Form[]>): { span: number; forms: Form[] } {
  let span = 0;
  let forms: Form[] = [];
  if (typed[w]!.stop || !byFirst.get(typed[w]!.pieces[0]!)?.some((f) => f.terms.length > 1)) return { span, forms };
  const rest = typed.slice(w, w + 8);
  const wordOf = rest.flatMap((t, k) => t.pieces.map(() => k));
  const terms = rest.flatMap((t) => t.pieces);
  for (const form of byFirst.get(terms[0]!) ?? []) {
    const len = form.terms.length;
    if (len < 2 || !form.terms.every((t, k) => terms[k] === t) || wordOf[len - 1] === wordOf[len]) continue;
    const words = wordOf[len - 1]! + 1;
    if (words < 2) continue;
    if (words > span) [span, forms] = [words, [form]];
    else if (words === span) forms.push(form);
  }
  return { span, forms };
}

/** Reads questions against one index: its postings, sorted vocabulary and thesaurus forms. */
export class Reader {
  private readonly kept = new Map<string, Reach[]>();

  constructor(
    private readonly postings: ReadonlyMap<string, Posting>,
    private readonly vocabulary: readonly string[],
    private readonly byFirst: ReadonlyMap<string, Form[]>,
    private readonly thesaurus: readonly ThesaurusEntry[],
  ) {}

  /** A reach of `term` (which the index holds), through thesaurus entry `entry` if any. */
  private reachTo(term: string, how: MatchHow, entry?: number): Reach {
    const note = how === 'word' ? '' : entry !== undefined ? ` (${this.thesaurus[entry]!.name}, ${how})` : ` (${how}: ${term})`;
    return { term, posting: this.postings.get(term)!, how, entry, note };
  }

  /** The same reach counted only in part (a piece of a phrase or of a compound name). */
  private inPart(r: Reach): Reach {
    return this.reachTo(r.term, 'part', r.entry);
  }

  /**
   * The question as asked words, each with the terms it reaches; stop words dropped unless in a
   * phrase or all that was asked, or typed in capitals ("ITS", "US": a name). Words making up a
   * phrase of the thesaurus are one asked word: the phrase's entry, with each word's own terms in part.
   */
  read(text: string): Asked[] {
    const typed = typedWords(text);
    const out: Asked[] = [];
    for (let w = 0; w < typed.length; ) {
      const { span, forms } = phraseAt(typed, w, this.byFirst);
      if (span === 0) {
        if (!typed[w]!.stop) out.push({ label: typed[w]!.label, reaches: this.reachOf(typed[w]!) });
        w++;
        continue;
      }
      const parts = typed.slice(w, w + span);
      const own = parts.filter((t) => !t.stop).flatMap((t) => this.reachOf(t).map((r) => (r.how === 'word' || r.how === 'same' ? this.inPart(r) : r)));
      const phrase = phraseTerm(forms[0]!.terms);
      const literal = this.postings.has(phrase) ? [this.reachTo(phrase, 'word')] : [];
      out.push({ label: parts.map((t) => t.label).join(' '), reaches: [...literal, ...this.concepts(forms), ...own] });
      w += span;
    }
    return out.filter((a, i) => out.findIndex((o) => o.label === a.label) === i);
  }

  /** A typed word's reach, worked out once per distinct word. */
  private reachOf(word: Typed): Reach[] {
    const key = `${+word.name}${+word.literal}${word.joined ?? ''}|${word.pieces.join(' ')}`;
    let reaches = this.kept.get(key);
    if (!reaches) {
      if (this.kept.size >= MAX_KEPT) this.kept.clear();
      reaches = this.reach(word);
      this.kept.set(key, reaches);
    }
    return reaches;
  }

  /** The terms a typed word reaches: itself (its pieces in part), its thesaurus entries, else its prefixes or typos. */
  private reach(word: Typed): Reach[] {
    const own = word.joined ?? word.pieces[0]!;
    const out: Reach[] = [];
    if (this.postings.has(own) && !word.name) out.push(this.reachTo(own, 'word'));
    if (word.joined) for (const p of word.pieces) if (this.postings.has(p)) out.push(this.reachTo(p, 'part'));
    if (word.literal) return out;
    // The word's own thesaurus entries ("5G", "imt-2020"); a piece's ("qkd" of "X.sec_QKD_profr") only in part.
    const forms = [own, ...word.pieces].flatMap((t) => this.byFirst.get(t) ?? []);
    const whole = (f: Form): boolean => (f.terms.length === 1 && f.terms[0] === own) || f.terms.join(' ') === word.pieces.join(' ');
    out.push(...this.concepts(forms.filter(whole)));
    if (word.joined) out.push(...this.concepts(forms.filter((f) => !whole(f) && f.terms.length === 1)).map((r) => this.inPart(r)));
    if (out.length > 0) return out;
    for (const term of new Set([own, ...word.pieces])) if (!/^\d+$/.test(term)) out.push(...this.loose(term));
    return out;
  }

  /** The concept terms of thesaurus forms a word stands for, at the weaker of how the word and the document stand to the entry. */
  private concepts(forms: readonly Form[]): Reach[] {
    const out: Reach[] = [];
    for (const form of forms) {
      for (const how of ['same', 'synonym', 'near'] as const) {
        const term = conceptTerm(form.entry, how);
        if (this.postings.has(term)) out.push(this.reachTo(term, DISCOUNT[form.how] <= DISCOUNT[how] ? form.how : how, form.entry));
      }
    }
    return out;
  }

  /** A term the index does not hold: an unfinished word, else a typo that keeps the first or second letter. */
  private loose(word: string): Reach[] {
    const vocabulary = this.vocabulary;
    const out: Reach[] = [];
    for (let i = firstAtLeast(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word) && out.length < MAX_EXPANSIONS; i++)
      out.push(this.reachTo(vocabulary[i]!, 'prefix'));
    if (out.length > 0 || word.length < 4) return out;
    const budget = word.length >= 8 ? 2 : 1;
    for (const first of new Set([word[0]!, word[1]!])) {
      for (let i = firstAtLeast(vocabulary, first); i < vocabulary.length && vocabulary[i]![0] === first && out.length < MAX_EXPANSIONS; i++) {
        const v = vocabulary[i]!;
        if (Math.abs(v.length - word.length) <= budget && editDistance(word, v) <= budget) out.push(this.reachTo(v, 'typo'));
      }
    }
    return out;
  }
}
