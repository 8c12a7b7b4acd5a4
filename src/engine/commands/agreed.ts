/** `agreed [Qn] [suppl|tr|other-docs]`: non-normative texts (Supplements, Technical Reports, …) agreed. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { ABOUT_OPTION, COUNT_OPTION, KIND_OPTION, TYPE_OPTION, optionalQuestion, optionsOf } from '../query/options.js';

const params = z.object({ question: optionalQuestion, kind: KIND_OPTION, type: TYPE_OPTION, about: ABOUT_OPTION, count: COUNT_OPTION });

export const agreed = defineCommand({
  name: 'agreed',
  usage: 'agreed [Qn] [suppl|tr|other-docs]',
  summary: 'Non-normative texts agreed (Supplements, Technical Reports, …), optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) =>
    execute(
      {
        ask: 'texts',
        outcomes: ['agreed'],
        questions: p.question ? [p.question] : [],
        kinds: p.kind,
        types: p.type,
        words: p.about || undefined,
        count: p.count,
      },
      ctx,
    ),
});
