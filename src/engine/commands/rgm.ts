/**
 * `rgm [Qn] [format] [state] [in <place>] [YYYY-MM-DD..YYYY-MM-DD]`: interim Rapporteur Group meetings still to come, relative
 * to ctx.now, or those in a time window. When none is upcoming (the data is from 2024), it says
 * so plainly and shows the latest planned ones and the data's date.
 */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import {
  ABOUT_OPTION,
  BY_QUESTION_OPTION,
  COUNT_OPTION,
  DAY_OPTION,
  FORMAT_OPTION,
  PLACE_OPTION,
  STATE_OPTION,
  NONE_OPTION,
  commonFilters,
  notOption,
  optionalQuestion,
  optionsOf,
} from '../query/options.js';

const params = z.object({
  question: optionalQuestion,
  from: DAY_OPTION,
  to: DAY_OPTION,
  place: PLACE_OPTION,
  format: FORMAT_OPTION,
  state: STATE_OPTION,
  about: ABOUT_OPTION,
  not: notOption('rgms'),
  count: COUNT_OPTION,
  'by-question': BY_QUESTION_OPTION,
  none: NONE_OPTION,
});

export const rgm = defineCommand({
  name: 'rgm',
  aliases: ['rgms'],
  usage: 'rgm [Qn] [virtual|hybrid|physical] [tbc|confirmed|no-venue] [in <place>] [YYYY-MM-DD..YYYY-MM-DD]',
  summary: 'Upcoming interim Rapporteur Group meetings (RGMs), optionally for one Question or a time window',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute({ ask: 'rgms', venues: p.place ? [p.place] : undefined, format: p.format, state: p.state, ...commonFilters(p) }, ctx),
});
