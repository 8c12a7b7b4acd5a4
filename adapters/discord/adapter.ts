/**
 * The Discord platform adapter: the HTTP interactions route (when DISCORD_PUBLIC_KEY is set),
 * the gateway client (when DISCORD_BOT_TOKEN is set), and the reminder Poster. Both ways in
 * share handle-interaction.ts and render-embeds.ts.
 */
import type { Client } from 'discord.js';
import type { AppDeps, HttpRoute, PlatformAdapter } from '../platform.js';
import type { InteractionDeps } from './handle-interaction.js';
import { buildSg17Definition } from './definitions.js';
import { interactionsRoute } from './http-endpoint.js';
import { createGatewayClient } from './gateway.js';
import { createDiscordPoster } from './poster.js';
import { closeRest, createInteractionRest, createPosterRest } from './rest.js';

export interface DiscordAdapterHooks {
  /** Tests: called when the gateway has answered an interaction. */
  readonly onInteractionDone?: (id: string) => void;
  /** Tests: called when an HTTP-path follow-up has been sent. */
  readonly onFollowUpDone?: () => void;
  /** Tests: defer threshold for answers that are not ready at once. */
  readonly deferAfterMs?: number;
  /** Tests: which commands acknowledge first (default: those that write subscriptions). */
  readonly deferFirst?: (commandName: string) => boolean;
}

export interface DiscordAdapter extends PlatformAdapter {
  /** The gateway client while started (null otherwise). */
  readonly client: () => Client | null;
}

export function createDiscordAdapter(deps: AppDeps, hooks: DiscordAdapterHooks = {}): DiscordAdapter {
  const { config, logger } = deps;
  const handler: InteractionDeps = {
    definition: buildSg17Definition(),
    dispatch: deps.dispatch,
    logger,
    ...(hooks.deferAfterMs !== undefined ? { deferAfterMs: hooks.deferAfterMs } : {}),
    ...(hooks.deferFirst ? { deferFirst: hooks.deferFirst } : {}),
  };
  const posterRest = config.DISCORD_BOT_TOKEN ? createPosterRest(config.DISCORD_API_URL, config.DISCORD_BOT_TOKEN) : undefined;
  const interactionRest = createInteractionRest(config.DISCORD_API_URL, config.DISCORD_BOT_TOKEN);

  const routes: HttpRoute[] = config.DISCORD_PUBLIC_KEY
    ? [
        interactionsRoute({
          publicKeyHex: config.DISCORD_PUBLIC_KEY,
          handler,
          rest: interactionRest,
          logger,
          ...(hooks.onFollowUpDone ? { onFollowUpDone: hooks.onFollowUpDone } : {}),
        }),
      ]
    : [];

  let client: Client | null = null;
  return {
    platform: 'discord',
    routes,
    poster: createDiscordPoster(posterRest),
    client: () => client,
    async start() {
      if (!config.DISCORD_BOT_TOKEN) {
        logger.info({ endpoint: routes.length > 0 }, 'discord: no DISCORD_BOT_TOKEN, gateway not started');
        return;
      }
      client = createGatewayClient({
        token: config.DISCORD_BOT_TOKEN,
        ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
        handler,
        logger,
        ...(hooks.onInteractionDone ? { onInteractionDone: hooks.onInteractionDone } : {}),
      });
      await client.login(config.DISCORD_BOT_TOKEN);
    },
    async stop() {
      if (client) await client.destroy();
      client = null;
      if (posterRest) closeRest(posterRest);
      closeRest(interactionRest);
    },
  };
}
