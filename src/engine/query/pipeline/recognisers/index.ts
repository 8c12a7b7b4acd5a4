/**
 * The identifier recognisers, in their order: each takes its spans out of the text before the
 * next looks (an amendment before its Recommendation's number, a TD before a bare number).
 */
import type { Gazetteer } from '../gazetteer.js';
import { recogniseDocuments } from './documents.js';
import { recogniseAcronyms, recogniseMeetingId, recogniseNumbers, recogniseParts } from './ids.js';
import { splitExcludedIds } from './negated-ids.js';
import { recogniseNegatedNumbers } from './numbered.js';
import { recogniseQuestions } from './questions.js';
import { Scan } from './scan.js';

export interface Extracted {
  readonly ids: string[];
  /** Ids named after a word that excludes them ("everything consented except X.1716"). */
  readonly notIds: string[];
  readonly questions: string[];
  /** Questions named after a word that excludes them ("all questions except q11", "amendments not from q11"). */
  readonly notQuestions: string[];
  readonly meeting: string | undefined;
  /** The text with every span taken blanked out. */
  readonly rest: string;
}

const RECOGNISERS: readonly ((s: Scan) => void)[] = [
  recogniseMeetingId,
  recogniseParts,
  recogniseDocuments,
  recogniseNumbers,
  recogniseAcronyms,
  recogniseNegatedNumbers,
  recogniseQuestions,
];

export function recogniseIds(text: string, gazetteer: Gazetteer): Extracted {
  const s = new Scan(text, gazetteer);
  for (const recognise of RECOGNISERS) recognise(s);
  const { ids, notIds } = splitExcludedIds(s);
  return { ids, notIds, questions: [...new Set(s.questions)], notQuestions: [...new Set(s.notQuestions)], meeting: s.meeting, rest: s.rest };
}
