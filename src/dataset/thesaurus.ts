/**
 * SG17's vocabulary as data (./thesaurus.json; this file loads it): the other words a delegate
 * uses for what the summary's texts say. The search (./search.ts) gives every document holding one of an entry's forms that entry as a
 * term of its own, so asking any form reaches the others:
 * - `same`: one thing under two names (an abbreviation and what it spells out): ranks as the word itself;
 * - `synonyms`: another word for it: ranks a little below the word itself;
 * - `near`: a related topic a colleague would name too: ranks below a synonym.
 * Forms are compared word by word after the text module's tokenising and plural stemming, so
 * "IMT-2020" is the words "imt 2020", and "X.509" the words "509" and "x509".
 * Each entry's `example` is its test (test/thesaurus.test.ts): asking it finds that document
 * among the first five. The abbreviations of ./abbreviations.ts join as `same` entries.
 */
import { termsOf } from '../text/index.js';
import { ABBREVIATIONS } from './abbreviations.js';
import entries from './thesaurus.json' with { type: 'json' };

export interface ThesaurusEntry {
  /** How a hit through it is explained ("5G / IMT-2020"). */
  readonly name: string;
  readonly same: readonly string[];
  readonly synonyms?: readonly string[];
  readonly near?: readonly string[];
  /** Its test: asking `ask` finds the document `finds` (an answer id) among the first five. */
  readonly example?: { readonly ask: string; readonly finds: string };
}

/** SG17's entries, data only: their types are checked when the code compiles, their fields by test/thesaurus.test.ts. */
const SG17: readonly ThesaurusEntry[] = entries;

/** The table the search reads: SG17's entries, and each abbreviation not already in one as a `same` entry of its own. */
export const THESAURUS: readonly ThesaurusEntry[] = [
  ...SG17,
  ...Object.entries(ABBREVIATIONS)
    .filter(([abbreviation]) => !SG17.some((e) => e.same.includes(abbreviation)))
    .map(([abbreviation, phrases]): ThesaurusEntry => ({ name: abbreviation.toUpperCase(), same: [abbreviation, ...phrases] })),
];

/** A form as index terms, with its entry (an index into the table) and how it stands to the entry. */
export interface Form {
  readonly entry: number;
  readonly how: 'same' | 'synonym' | 'near';
  readonly terms: readonly string[];
}

/** A table's forms by first term, word by word ("imt 2020" is the words "imt", "2020", not also the joined "imt2020"). */
export function thesaurusForms(entries: readonly ThesaurusEntry[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  entries.forEach((e, entry) => {
    const forms = [
      ...e.same.map((f) => ['same', f] as const),
      ...(e.synonyms ?? []).map((f) => ['synonym', f] as const),
      ...(e.near ?? []).map((f) => ['near', f] as const),
    ];
    for (const [how, form] of forms) {
      const terms = form.split(/\s+/).flatMap((w) => termsOf(w).slice(0, 1));
      if (terms.length > 0) byFirst.set(terms[0]!, [...(byFirst.get(terms[0]!) ?? []), { entry, how, terms }]);
    }
  });
  return byFirst;
}
