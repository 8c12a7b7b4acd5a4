/**
 * The dimension registry's words (./dimensions.ts): how each closed value is read back, the words
 * that lead an open one (`in paris`, `about 5g`), the patterns that tell a document's type and a
 * Note's history from the summary's own wording, and each dimension's help line.
 */
import type { DocType, Exclusion, Outcome, TextFlag, TextKind } from './model.js';

export const OUTCOME_WORD: Readonly<Record<Outcome, string>> = {
  'tap-approved': 'approved',
  'tap-not-approved': 'not-approved',
  'tap-determined': 'determined',
  'aap-consented': 'consented',
  agreed: 'agreed',
};
export const TYPE_WORD: Readonly<Record<DocType, string>> = { recommendation: 'rec', supplement: 'suppl', 'technical-report': 'tr', other: 'other-docs' };
export const KIND_WORD: Readonly<Record<TextKind, string>> = { new: 'new', revised: 'revised', amendment: 'amd', corrigendum: 'cor' };
export const FLAG_WORD: Readonly<Record<TextFlag, string>> = {
  'iso-equivalent': 'iso',
  a5: 'a5',
  'deferred-before': 'deferred-before',
  're-determined': 're-determined',
  'first-determined': 'first-determined',
  'base-text': 'base-text',
};

/** The word that leads an open value in the reading (`not in paris`, `not about 5g`). */
export const VALUE_LEAD = { venues: 'in', words: 'about' } as const;

/** A document's type and kind as the summary writes its number, acronym or title. */
export const DOC_PATTERNS = {
  supplementNumber: /\bsuppl/i,
  supplementAcronym: /\bsup(?:pl?)?[.-]/i,
  supplementTitle: /^supplement\b/i,
  reportName: /^tr\./i,
  reportTitle: /^technical report\b/i,
  corrigendumNumber: /\bcor(?:r|rigendum)?\.?\s*\d/i,
} as const;

/** What a Note of a text's table says of its history. */
export const NOTE_PATTERNS = { deferred: /\bdeferr?ed\b/i, reDetermined: /\bre-?determined\b/i } as const;

/** Each dimension's help line: what it narrows, with an example. */
export const DIMENSION_HELP_LINE: Readonly<Record<keyof Exclusion, string>> = {
  outcomes: 'outcome: approved, not approved, determined, consented, agreed (`texts except consented`)',
  routes: 'route: tap, aap, agreement (`new except tap`)',
  kinds: 'kind: new, revised, amendment, corrigendum (`aap not amd`)',
  types: 'document type: rec, suppl, tr, other (`agreed not suppl`)',
  questions: 'Question: Q1 … Q15 (`aap not Q11`, `tap approved not Q6 not Q7`)',
  formats: 'RGM format: virtual, hybrid, physical (`rgm not virtual`)',
  venues: 'RGM place, as the data writes venues and hosts (`rgm not in paris`)',
  flags:
    'table columns: iso (ISO/IEC equivalent), a5 (A.5 justification), deferred-before (Notes 1–3), re-determined, first-determined (Notes; with a window, the step then), base-text (`texts iso`, `aap not iso`)',
  ids: 'texts by id, a base number taking its amendments (`aap not X.1716`, `texts amd not X.509`)',
  windows: 'a time window left out (`rgm not 2025-01-01..2025-12-31`)',
  words: 'topic words in titles (RGMs: topics) (`tap approved not about 5g`)',
};
