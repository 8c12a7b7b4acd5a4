/** `aap [Qn] [kind] [type]`: Recommendations consented under AAP, going to AAP Last Call. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { TEXT_LIST_OPTIONS, optionsOf, textListQuery } from '../query/options.js';

const params = z.object(TEXT_LIST_OPTIONS);

export const aap = defineCommand({
  name: 'aap',
  aliases: ['lastcall'],
  usage: 'aap [Qn] [new|amendment] [rec|suppl|tr]',
  summary: 'Recommendations consented under AAP (going to AAP Last Call), optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute(textListQuery(['aap-consented'], p), ctx),
});
