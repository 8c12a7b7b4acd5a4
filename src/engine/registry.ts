/**
 * The one explicit list of commands. Help, the Slack text parser, Discord's subcommand
 * definitions and the Slack manifest are generated from it. Adding a command = a module in
 * ./commands/ + one line here + a test.
 */
import type { AnyCommand } from './command.js';
import { help } from './commands/help.js';
import { rec } from './commands/rec.js';
import { aap } from './commands/aap.js';
import { tap } from './commands/tap.js';
import { agreed } from './commands/agreed.js';
import { newWorkItems } from './commands/new.js';
import { rgm } from './commands/rgm.js';
import { question } from './commands/q.js';
import { search } from './commands/search.js';
import { cg } from './commands/cg.js';
import { meeting } from './commands/meeting.js';
import { stats } from './commands/stats.js';
import { explain } from './commands/explain.js';
import { subscribe } from './commands/subscribe.js';
import { unsubscribe } from './commands/unsubscribe.js';
import { subscriptions } from './commands/subscriptions.js';
import { reminders } from './commands/reminders.js';
import { calendar } from './commands/calendar.js';

export const commands = [
  rec,
  aap,
  tap,
  agreed,
  newWorkItems,
  rgm,
  question,
  search,
  cg,
  meeting,
  stats,
  explain,
  subscribe,
  unsubscribe,
  subscriptions,
  reminders,
  calendar,
  help,
] as const satisfies readonly AnyCommand[];

const byWord = new Map<string, AnyCommand>();
for (const command of commands as readonly AnyCommand[]) {
  byWord.set(command.name, command);
  for (const alias of command.aliases ?? []) byWord.set(alias, command);
}

/** The command a word names (case-insensitive), if any. */
export function findCommand(word: string): AnyCommand | undefined {
  return byWord.get(word.toLowerCase());
}
