/** `cg [about <words>]`: SG17 correspondence groups active in the interregnum, with their terms of reference. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { ABOUT_OPTION, COUNT_OPTION, notOption, optionsOf } from '../query/options.js';

const params = z.object({ about: ABOUT_OPTION, not: notOption('groups'), count: COUNT_OPTION });

export const cg = defineCommand({
  name: 'cg',
  aliases: ['cgs', 'correspondence'],
  usage: 'cg [about <words>]',
  summary: 'Correspondence groups and the documents holding their terms of reference (ToR)',
  options: optionsOf(params, { about: { description: 'Only groups whose name holds these words, e.g. AI security' } }),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute({ ask: 'groups', words: p.about, count: p.count, not: p.not }, ctx),
});
