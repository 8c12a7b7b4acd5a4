import { z } from 'zod';
import { defineCommand } from '../command.js';
import { helpAnswer } from '../help.js';

export const help = defineCommand({
  name: 'help',
  aliases: ['?', 'commands'],
  usage: 'help',
  summary: 'List the commands and what they answer',
  options: [],
  params: z.object({}),
  canBePublic: true,
  handle: (_params, ctx) => helpAnswer(ctx),
});
