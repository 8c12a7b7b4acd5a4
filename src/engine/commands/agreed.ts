/** `agreed [Qn] [suppl|tr|other-docs]`: non-normative texts (Supplements, Technical Reports, …) agreed. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { TEXT_LIST_OPTIONS, optionsOf, textListQuery } from '../query/options.js';

const params = z.object(TEXT_LIST_OPTIONS);

export const agreed = defineCommand({
  name: 'agreed',
  usage: 'agreed [Qn] [suppl|tr|other-docs]',
  summary: 'Non-normative texts agreed (Supplements, Technical Reports, …), optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute(textListQuery(['agreed'], p), ctx),
});
