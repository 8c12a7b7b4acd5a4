/**
 * The gateway way in: a discord.js Client with the Guilds intent only (no privileged intents;
 * slash commands need none). Interactions are taken as the raw dispatch payload the client
 * forwards (client.ws emits every dispatch by name), handed to the one handler, and the reply
 * is POSTed to the interaction callback with the client's own REST.
 */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
import type { Logger } from '../../src/ports.js';
import { handleInteraction, parseInteraction, type InteractionDeps } from './handle-interaction.js';
import { sendReplyOverRest } from './respond.js';
import { restOptions } from './rest.js';

export interface GatewayOptions {
  readonly token: string;
  readonly apiUrl?: string;
  readonly handler: InteractionDeps;
  readonly logger: Logger;
  /** Called after each interaction has been answered (or failed); tests wait on it. */
  readonly onInteractionDone?: (id: string) => void;
}

export function createGatewayClient(options: GatewayOptions): Client {
  // The client learns the gateway URL from GET /gateway/bot on this REST base.
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: restOptions(options.apiUrl) });
  const { logger } = options;

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (raw: unknown) => {
    const parsed = parseInteraction(raw);
    if (!parsed.ok) {
      logger.warn({ error: parsed.error }, 'discord interaction rejected');
      return;
    }
    const { interaction } = parsed;
    handleInteraction(interaction, options.handler)
      .then((reply) => sendReplyOverRest(client.rest, interaction, reply, logger))
      .catch((error: unknown) => logger.error({ err: error, interaction: interaction.id }, 'discord interaction reply failed'))
      .finally(() => options.onInteractionDone?.(interaction.id));
  });
  client.on(Events.ClientReady, (c) => logger.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'discord gateway ready'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'discord gateway error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  return client;
}
