/**
 * The one explicit list of commands. Help, the Slack text parser, Discord's subcommand
 * definitions and the Slack manifest are generated from it. Adding a command = a module in
 * ./commands/ + one line here + a test.
 */
import type { AnyCommand } from './command.js';
import { help } from './commands/help.js';

export const commands = [help] as const satisfies readonly AnyCommand[];

const byWord = new Map<string, AnyCommand>();
for (const command of commands as readonly AnyCommand[]) {
  byWord.set(command.name, command);
  for (const alias of command.aliases ?? []) byWord.set(alias, command);
}

/** The command a word names (case-insensitive), if any. */
export function findCommand(word: string): AnyCommand | undefined {
  return byWord.get(word.toLowerCase());
}
