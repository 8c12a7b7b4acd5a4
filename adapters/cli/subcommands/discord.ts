/**
 * `sg17 discord register [--guild ID] [--print]`: send the generated `/sg17` definition to Discord
 * (PUT applications/{app}/commands, or …/guilds/{guild}/commands for one server, which updates at
 * once and suits testing). `--print` shows the JSON without sending it.
 * `sg17 discord clear [--guild ID]` removes them (an empty PUT), e.g. the guild copy after testing.
 * Needs DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN; DISCORD_API_URL redirects the REST calls.
 */
import { parseArgs } from 'node:util';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

const USAGE = 'sg17 discord register [--guild ID] [--print] | sg17 discord clear [--guild ID]';

export const discord: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { guild: { type: 'string' }, print: { type: 'boolean', default: false } },
    });
    const action = positionals[0];
    if (positionals.length !== 1 || (action !== 'register' && action !== 'clear')) throw new UsageError(`usage: ${USAGE}`);
    if (values.guild !== undefined && !/^\d{1,20}$/.test(values.guild)) throw new UsageError('--guild takes a numeric server id');

    // Loaded here so the query path of the CLI never loads discord.js.
    const { buildSg17Definition } = await import('../../discord/definitions.js');
    const definition = buildSg17Definition();
    if (values.print && action === 'register') {
      io.stdout(`${JSON.stringify([definition.json], null, 2)}\n`);
      return 0;
    }

    const { loadRuntimeConfig } = await import('../runtime.js');
    const runtime = loadRuntimeConfig({ ...process.env, ...io.env });
    if (!runtime.ok) {
      io.stderr(`sg17 discord: ${runtime.message}\n`);
      return 2;
    }
    const { config } = runtime;
    const appId = config.DISCORD_APPLICATION_ID;
    const token = config.DISCORD_BOT_TOKEN;
    if (!appId || !token) {
      io.stderr(`sg17 discord ${action}: set DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN (Developer Portal → your application)\n`);
      return 2;
    }

    const { REST, Routes, DiscordAPIError } = await import('discord.js');
    const { restOptions, closeRest } = await import('../../discord/rest.js');
    const rest = new REST(restOptions(config.DISCORD_API_URL, { retries: 1 })).setToken(token);
    const route = values.guild ? Routes.applicationGuildCommands(appId, values.guild) : Routes.applicationCommands(appId);
    const where = values.guild ? `in guild ${values.guild} (effective now)` : 'globally (may take a while to show in every server)';
    try {
      const saved = (await rest.put(route, { body: action === 'register' ? [definition.json] : [] })) as { id?: string }[];
      if (action === 'clear') {
        io.stdout(`Removed the application's commands ${where}.\n`);
        return 0;
      }
      const names = [...definition.bindings.keys()];
      io.stdout(`Registered /${definition.json.name} (${names.length} subcommands: ${names.join(', ')}) ${where}; Discord id ${saved[0]?.id ?? '?'}.\n`);
      return 0;
    } catch (error) {
      const detail = error instanceof DiscordAPIError ? `${error.status} ${String(error.code)}: ${error.message}` : (error as Error).message;
      io.stderr(`sg17 discord ${action}: Discord refused — ${detail}\n`);
      return 1;
    } finally {
      closeRest(rest);
    }
  },
};
