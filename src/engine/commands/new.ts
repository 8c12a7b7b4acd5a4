/** `new [tap|aap|agreement] [Qn]`: new work items added at the latest meeting, with their approval route. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { Route } from '../query/model.js';
import { ABOUT_OPTION, COUNT_OPTION, optionalQuestion, optionsOf } from '../query/options.js';

const routeParam = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
  Route.optional().or(z.undefined()),
);

const params = z.object({ question: optionalQuestion, route: routeParam, about: ABOUT_OPTION, count: COUNT_OPTION });

export const newWorkItems = defineCommand({
  name: 'new',
  aliases: ['workitems', 'work-items'],
  usage: 'new [tap|aap|agreement] [Qn]',
  summary: 'New work items and their approval route (TAP, AAP or agreement), optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) =>
    execute({ ask: 'work-items', questions: p.question ? [p.question] : [], route: p.route, words: p.about || undefined, count: p.count }, ctx),
});
