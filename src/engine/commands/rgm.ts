/**
 * `rgm [Qn] [YYYY-MM-DD..YYYY-MM-DD]`: interim Rapporteur Group meetings still to come, relative
 * to ctx.now, or those in a time window. When none is upcoming (the data is from 2024), it says
 * so plainly and shows the latest planned ones and the data's date.
 */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { COUNT_OPTION, DAY_OPTION, optionalQuestion, optionsOf } from '../query/options.js';

const params = z.object({ question: optionalQuestion, from: DAY_OPTION, to: DAY_OPTION, count: COUNT_OPTION });

export const rgm = defineCommand({
  name: 'rgm',
  aliases: ['rgms'],
  usage: 'rgm [Qn] [YYYY-MM-DD..YYYY-MM-DD]',
  summary: 'Upcoming interim Rapporteur Group meetings (RGMs), optionally for one Question or a time window',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute({ ask: 'rgms', questions: p.question ? [p.question] : [], from: p.from, to: p.to, count: p.count }, ctx),
});
