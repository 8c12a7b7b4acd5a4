/** `highlights [sg17-YYYY-MM]`: a meeting's hot topics, its output as the summary lists it, new registration authorities. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { MEETING_OPTION, optionsOf } from '../query/options.js';

const params = z.object({ meeting: MEETING_OPTION });

export const highlights = defineCommand({
  name: 'highlights',
  aliases: ['hot-topics', 'hottopics'],
  usage: 'highlights [sg17-YYYY-MM]',
  summary: "The latest meeting's hot topics, its output as the summary lists it, new registration authorities",
  options: optionsOf(params, { meeting: { description: 'This SG17 meeting instead of the latest, e.g. sg17-2024-09' } }),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute({ ask: 'highlights', meeting: p.meeting }, ctx),
});
