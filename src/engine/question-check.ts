/**
 * One validator for the Questions a channel subscribes to or a person follows: SG17's Questions
 * are numbered from Q1 to the highest number the data holds; anything else is refused with the
 * range, the Questions that have texts or RGMs, and the nearest number — and nothing is stored.
 */
import type { Answer } from './answer.js';
import type { CommandContext } from './command.js';
import { meetingLabel, questionNumber } from '../dataset/catalog.js';
import { editDistance } from '../text/index.js';

/** Question numbers the data gives texts, work items or RGMs to, ascending. */
function heldNumbers(ctx: CommandContext): number[] {
  return [...ctx.catalog.questions.values()].filter((q) => q.entries.length + q.workItems.length + q.rgms.length > 0).map((q) => questionNumber(q.question));
}

/** The Question number nearest to `n` as typed (a digit doubled, dropped or swapped first), then by value. */
export function nearestQuestion(n: number, max: number): number {
  let best = 1;
  let bestKey = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let k = 1; k <= max; k++) {
    const key = [editDistance(String(n), String(k)), Math.abs(n - k)];
    if (key[0]! < bestKey[0]! || (key[0] === bestKey[0] && key[1]! < bestKey[1]!)) {
      best = k;
      bestKey = key;
    }
  }
  return best;
}

/** A refusal naming the first unknown Question, or null when every one is an SG17 Question. */
export function refuseUnknownQuestions(ctx: CommandContext, questions: 'all' | readonly string[] | undefined): Answer | null {
  if (!questions || questions === 'all') return null;
  const held = heldNumbers(ctx);
  const max = held.at(-1) ?? 0;
  const unknown = questions.find((q) => questionNumber(q) > max);
  if (!unknown) return null;
  const missing = Array.from({ length: max }, (_, i) => i + 1).filter((k) => !held.includes(k));
  const gaps = missing.length ? ` (${missing.map((k) => `Q${k}`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} none at present)` : '';
  const nearest = nearestQuestion(questionNumber(unknown), max);
  // Built here rather than with engine.usageError: the engine imports the registry, which imports this.
  return {
    kind: 'usage',
    ok: false,
    error: 'usage',
    title: `SG17 has no ${unknown}`,
    summary: `SG17 has no ${unknown} — its Questions with texts or RGMs in the data are Q1–Q${max}${gaps}; did you mean Q${nearest}? Nothing was changed.`,
    sections: [],
    source: meetingLabel(ctx.catalog.latest),
    data: { kind: 'usage', items: [], suggestions: [`Q${nearest}/17`] },
  };
}
