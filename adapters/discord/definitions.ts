/**
 * The `/sg17` slash command as Discord sees it, generated from the engine's command registry:
 * one subcommand per registry command (plus `ask` for free text), one Discord option per
 * OptionSpec, and a `public` boolean where the command may answer in the channel.
 * Built with discord.js's builders, which validate names and lengths as Discord does.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnyCommand, OptionSpec } from '../../src/engine/command.js';
import { commands as registryCommands } from '../../src/engine/registry.js';
import { MAX_INPUT_CHARS } from '../../src/dispatch/dispatch.js';
import { shorten } from '../../src/text/shorten.js';

export const ROOT_COMMAND = 'sg17';
/** The free-text subcommand; it is not a registry command, the engine's `ask` answers it. */
export const ASK_SUBCOMMAND = 'ask';
export const PUBLIC_OPTION = 'public';

/** Discord limits (https://discord.com/developers/docs/interactions/application-commands). */
const MAX_NAME = 32;
const MAX_DESCRIPTION = 100;
const MAX_SUBCOMMANDS = 25;

/** Discord names: lowercase letters, digits, "-" and "_", 1–32 characters. */
export function discordName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^-_\p{L}\p{N}]+/gu, '-');
  return shorten(cleaned, MAX_NAME, '') || 'x';
}

export function discordDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim() || '-';
  return shorten(oneLine, MAX_DESCRIPTION);
}

/** How a subcommand maps back to the engine: which command, and Discord option name → engine option name. */
export interface SubcommandBinding {
  /** The registry command, or undefined for `ask`. */
  readonly command: AnyCommand | undefined;
  readonly options: ReadonlyMap<string, OptionSpec>;
  readonly canBePublic: boolean;
}

export interface Sg17Definition {
  readonly json: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Keyed by Discord subcommand name. */
  readonly bindings: ReadonlyMap<string, SubcommandBinding>;
}

const ASK_OPTION: OptionSpec = {
  name: 'text',
  description: 'A question in plain words, e.g. "which items go to AAP last call?"',
  type: 'string',
  required: true,
  rest: true,
};

function addOption(sub: SlashCommandSubcommandBuilder, spec: OptionSpec): void {
  const configure = <B extends { setName(n: string): B; setDescription(d: string): B; setRequired(r: boolean): B }>(b: B): B =>
    b.setName(discordName(spec.name)).setDescription(discordDescription(spec.description)).setRequired(Boolean(spec.required));
  switch (spec.type) {
    case 'string':
      sub.addStringOption((o) => {
        const option = configure(o).setMaxLength(MAX_INPUT_CHARS);
        // Discord takes either a fixed list of choices or autocomplete on one option, not both.
        return spec.choices ? option.addChoices(...spec.choices.map((c) => ({ name: c, value: c }))) : option.setAutocomplete(Boolean(spec.autocomplete));
      });
      break;
    case 'integer':
      sub.addIntegerOption((o) => configure(o));
      break;
    case 'boolean':
      sub.addBooleanOption((o) => configure(o));
      break;
  }
}

function subcommand(name: string, description: string, options: readonly OptionSpec[], canBePublic: boolean) {
  const sub = new SlashCommandSubcommandBuilder().setName(name).setDescription(discordDescription(description));
  // Discord rejects a required option after an optional one; keep the registry order otherwise.
  const ordered = [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
  for (const spec of ordered) addOption(sub, spec);
  if (canBePublic && !options.some((o) => discordName(o.name) === PUBLIC_OPTION)) {
    sub.addBooleanOption((o) => o.setName(PUBLIC_OPTION).setDescription('Post the answer in the channel for everyone (default: only you see it)'));
  }
  return sub;
}

/** Generate `/sg17` from a command list (the registry by default). Throws if Discord would reject it. */
export function buildSg17Definition(commands: readonly AnyCommand[] = registryCommands): Sg17Definition {
  const bindings = new Map<string, SubcommandBinding>();
  const builder = new SlashCommandBuilder()
    .setName(ROOT_COMMAND)
    .setDescription('ITU-T SG17 meeting outcomes: Recommendations, AAP/TAP, RGMs, Questions, reminders')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

  const add = (name: string, description: string, options: readonly OptionSpec[], canBePublic: boolean, command?: AnyCommand) => {
    const discord = discordName(name);
    if (bindings.has(discord)) throw new Error(`two commands map to the Discord subcommand "${discord}"`);
    builder.addSubcommand(subcommand(discord, description, options, canBePublic));
    bindings.set(discord, {
      command,
      options: new Map(options.map((o) => [discordName(o.name), o])),
      canBePublic,
    });
  };

  for (const command of commands) add(command.name, command.summary, command.options, command.canBePublic, command);
  if (!bindings.has(ASK_SUBCOMMAND)) add(ASK_SUBCOMMAND, 'Ask in plain words; the answer says what it found', [ASK_OPTION], true);
  if (bindings.size > MAX_SUBCOMMANDS) throw new Error(`Discord allows ${MAX_SUBCOMMANDS} subcommands; the registry has ${bindings.size}`);

  return { json: builder.toJSON(), bindings };
}
