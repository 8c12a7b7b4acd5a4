/**
 * `tap [approved|not-approved|determined] [Qn]`: TAP Recommendations approved, not approved and
 * determined, as three sections — or only the ones asked for.
 */
import { z } from 'zod';
import type { Outcome } from '../query/model.js';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { ABOUT_OPTION, COUNT_OPTION, KIND_OPTION, TYPE_OPTION, optionalQuestion, optionsOf } from '../query/options.js';

const FOCUS_WORDS: Readonly<Record<string, Outcome>> = {
  approved: 'tap-approved',
  'not-approved': 'tap-not-approved',
  notapproved: 'tap-not-approved',
  unapproved: 'tap-not-approved',
  rejected: 'tap-not-approved',
  determined: 'tap-determined',
};

const statusParam = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v.trim() === ''
        ? undefined
        : v
            .trim()
            .toLowerCase()
            .replace(/\bnot\s+approved\b/g, 'not-approved')
            .split(/[\s,]+/)
      : v,
  z
    .array(z.string())
    .transform((words, ctx) => {
      const out: Outcome[] = [];
      for (const w of words) {
        const o = FOCUS_WORDS[w];
        if (!o) {
          ctx.issues.push({ code: 'custom', message: 'expected approved, not-approved or determined', input: w });
          return z.NEVER;
        }
        if (!out.includes(o)) out.push(o);
      }
      return out;
    })
    .optional(),
);

const params = z.object({ status: statusParam, question: optionalQuestion, kind: KIND_OPTION, type: TYPE_OPTION, about: ABOUT_OPTION, count: COUNT_OPTION });

export const tap = defineCommand({
  name: 'tap',
  usage: 'tap [approved|not-approved|determined] [Qn]',
  summary: 'TAP Recommendations approved, not approved and determined, optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) =>
    execute(
      {
        ask: 'texts',
        outcomes: p.status?.length ? p.status : ['tap-approved', 'tap-not-approved', 'tap-determined'],
        questions: p.question ? [p.question] : [],
        kinds: p.kind,
        types: p.type,
        words: p.about || undefined,
        count: p.count,
      },
      ctx,
    ),
});
