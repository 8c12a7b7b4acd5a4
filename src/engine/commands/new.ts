/** `new [tap|aap|agreement] [Qn]`: new work items added at the latest meeting, with their approval route. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { Route } from '../query/model.js';
import {
  ABOUT_OPTION,
  BY_QUESTION_OPTION,
  COUNT_OPTION,
  NONE_OPTION,
  TYPE_OPTION,
  commonFilters,
  folded,
  notOption,
  optionalQuestion,
  optionsOf,
} from '../query/options.js';

const routeParam = folded(Route.optional());

const params = z.object({
  question: optionalQuestion,
  route: routeParam,
  type: TYPE_OPTION,
  about: ABOUT_OPTION,
  not: notOption('work-items'),
  count: COUNT_OPTION,
  'by-question': BY_QUESTION_OPTION,
  none: NONE_OPTION,
});

export const newWorkItems = defineCommand({
  name: 'new',
  aliases: ['workitems', 'work-items'],
  usage: 'new [tap|aap|agreement] [Qn]',
  summary: 'New work items and their approval route (TAP, AAP or agreement), optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute({ ask: 'work-items', route: p.route, types: p.type, ...commonFilters(p) }, ctx),
});
