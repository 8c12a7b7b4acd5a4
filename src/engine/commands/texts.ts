/** `texts [status…] [kind] [type] [Qn]`: Annex A texts with any filters combined (every status unless one is named). */
import { z } from 'zod';
import type { Outcome } from '../query/model.js';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { ABOUT_OPTION, COUNT_OPTION, KIND_OPTION, TYPE_OPTION, optionalQuestion, optionsOf } from '../query/options.js';

const STATUS_WORDS: Readonly<Record<string, Outcome>> = {
  approved: 'tap-approved',
  'not-approved': 'tap-not-approved',
  determined: 'tap-determined',
  consented: 'aap-consented',
  agreed: 'agreed',
};

const statusParam = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v.trim() === ''
        ? undefined
        : v
            .trim()
            .toLowerCase()
            .split(/[\s,]+/)
      : v,
  z
    .array(z.enum(Object.keys(STATUS_WORDS) as [string, ...string[]], { error: 'expected approved, not-approved, determined, consented or agreed' }))
    .transform((words) => [...new Set(words.map((w) => STATUS_WORDS[w]!))])
    .optional(),
);

const params = z.object({ status: statusParam, question: optionalQuestion, kind: KIND_OPTION, type: TYPE_OPTION, about: ABOUT_OPTION, count: COUNT_OPTION });

export const texts = defineCommand({
  name: 'texts',
  usage: 'texts [approved|determined|consented|agreed…] [new|amendment…] [rec|suppl|tr] [Qn]',
  summary: 'Texts acted on, filtered by status, kind, type and Question in any combination',
  options: optionsOf(params, { status: { description: 'Only approved, not-approved, determined, consented or agreed (several allowed)' } }),
  params,
  canBePublic: true,
  handle: (p, ctx) =>
    execute(
      {
        ask: 'texts',
        outcomes: p.status,
        questions: p.question ? [p.question] : [],
        kinds: p.kind,
        types: p.type,
        words: p.about || undefined,
        count: p.count,
      },
      ctx,
    ),
});
