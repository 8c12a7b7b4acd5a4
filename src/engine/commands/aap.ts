/** `aap [Qn] [kind] [type]`: Recommendations consented under AAP, going to AAP Last Call. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { ABOUT_OPTION, COUNT_OPTION, KIND_OPTION, TYPE_OPTION, optionalQuestion, optionsOf } from '../query/options.js';

const params = z.object({ question: optionalQuestion, kind: KIND_OPTION, type: TYPE_OPTION, about: ABOUT_OPTION, count: COUNT_OPTION });

export const aap = defineCommand({
  name: 'aap',
  aliases: ['lastcall'],
  usage: 'aap [Qn] [new|amendment] [rec|suppl|tr]',
  summary: 'Recommendations consented under AAP (going to AAP Last Call), optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) =>
    execute(
      {
        ask: 'texts',
        outcomes: ['aap-consented'],
        questions: p.question ? [p.question] : [],
        kinds: p.kind,
        types: p.type,
        words: p.about || undefined,
        count: p.count,
      },
      ctx,
    ),
});
