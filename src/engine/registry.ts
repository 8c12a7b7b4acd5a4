/**
 * The one explicit list of commands. Help, Discord's subcommand definitions and the Slack
 * manifest are generated from it. Adding a command = a module in ./commands/ + one line here +
 * a test. Two commands claiming the same word is an error at load, not a silent replacement.
 */
import { z } from 'zod';
import { defineCommand, type AnyCommand } from './command.js';
import { helpAnswer } from './help.js';
import type { Answer } from './answer.js';
import { rec } from './commands/rec.js';
import { aap } from './commands/aap.js';
import { tap } from './commands/tap.js';
import { agreed } from './commands/agreed.js';
import { texts } from './commands/texts.js';
import { newWorkItems } from './commands/new.js';
import { rgm } from './commands/rgm.js';
import { question } from './commands/q.js';
import { search } from './commands/search.js';
import { cg } from './commands/cg.js';
import { meeting } from './commands/meeting.js';
import { stats } from './commands/stats.js';
import { highlights } from './commands/highlights.js';
import { explain } from './commands/explain.js';
import { subscribe } from './commands/subscribe.js';
import { unsubscribe } from './commands/unsubscribe.js';
import { subscriptions } from './commands/subscriptions.js';
import { reminders } from './commands/reminders.js';
import { follow } from './commands/follow.js';
import { unfollow } from './commands/unfollow.js';
import { following } from './commands/following.js';
import { calendar } from './commands/calendar.js';

/** `help`: defined here because it lists the registry itself. */
const help: AnyCommand = defineCommand({
  name: 'help',
  aliases: ['?', 'commands'],
  usage: 'help',
  summary: 'List the commands and what they answer',
  options: [],
  params: z.object({}),
  canBePublic: true,
  handle: (_params, ctx): Answer => helpAnswer(ctx, commands),
});

export const commands = [
  rec,
  aap,
  tap,
  agreed,
  texts,
  newWorkItems,
  rgm,
  question,
  search,
  cg,
  meeting,
  stats,
  highlights,
  explain,
  subscribe,
  unsubscribe,
  subscriptions,
  follow,
  unfollow,
  following,
  reminders,
  calendar,
  help,
] as const satisfies readonly AnyCommand[];

/** Word → command; throws when two commands (or a name and an alias) claim one word. */
export function indexCommands(list: readonly AnyCommand[]): ReadonlyMap<string, AnyCommand> {
  const byWord = new Map<string, AnyCommand>();
  for (const command of list) {
    for (const word of [command.name, ...(command.aliases ?? [])]) {
      const key = word.toLowerCase();
      const other = byWord.get(key);
      if (other) throw new Error(`the command word "${key}" is claimed by both "${other.name}" and "${command.name}"`);
      byWord.set(key, command);
    }
  }
  return byWord;
}

const byWord = indexCommands(commands);

/** The command a word names (case-insensitive), if any. */
export function findCommand(word: string): AnyCommand | undefined {
  return byWord.get(word.toLowerCase());
}

/** Every command word (names and aliases). */
export const commandWords: readonly string[] = [...byWord.keys()];
