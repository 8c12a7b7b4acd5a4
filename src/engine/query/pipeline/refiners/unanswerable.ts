/**
 * The part of a question about a text that the summary cannot answer (../lexicon/parser-words.ts
 * `CANNOT_ANSWER`): said plainly beside the text's answer, never dropped silently. Used by
 * ./6-ids-asked.ts.
 *   "why was X.1222 not approved" → rec X.1222, not answered: why · "when will X.1716 be published" → rec X.1716, not answered: when published
 */
import type { Outcome } from '../../model.js';
import { CANNOT_ANSWER, NOT_HELD } from '../lexicon/parser-words.js';
import type { State } from '../state.js';

/** The outcomes of an approval a meeting still to come decides. */
const APPROVAL: readonly Outcome[] = ['tap-approved', 'tap-determined', 'tap-not-approved'];

export function unanswerable(s: State): string | undefined {
  const said = (needs: 'published' | 'approval' | undefined): boolean =>
    needs === undefined || (needs === 'published' ? s.notHeld === NOT_HELD.published : s.outcomes.some((o) => APPROVAL.includes(o)));
  return CANNOT_ANSWER.find((c) => s.words.some((w) => c.asks.has(w)) && said(c.needs))?.part;
}
