/**
 * The Discord platform adapter: the HTTP interactions route (when DISCORD_PUBLIC_KEY is set),
 * the gateway client (when DISCORD_GATEWAY says so: by default when DISCORD_BOT_TOKEN is set and
 * DISCORD_PUBLIC_KEY is not), and the reminder Poster (REST only). Both ways in share
 * handle-interaction.ts and render-embeds.ts.
 *
 * Its connection (run by adapters/connection.ts, never awaited by start-up) is the gateway login
 * when the gateway is on, else a REST check of the bot token (GET /users/@me). A refused token
 * (401, gateway close 4004) or disallowed intents (4014) is permanent; anything else is retried.
 */
import { DiscordAPIError, DiscordjsErrorCodes, GatewayCloseCodes, Routes, type Client } from 'discord.js';
import type { AppDeps, HttpRoute, PlatformAdapter } from '../platform.js';
import type { ConnectionEvents, Failure, PlatformConnection } from '../connection.js';
import { discordGatewayEnabled } from './config.js';
import type { InteractionDeps } from './handle-interaction.js';
import { buildSg17Definition } from './definitions.js';
import { interactionsRoute } from './http-endpoint.js';
import { GatewayClosedError, connectGateway } from './gateway.js';
import { createDiscordPoster } from './poster.js';
import { systemClock } from '../../src/clock.js';
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
  /** Connection events for the supervisor (default: errors are only logged). */
  readonly events?: ConnectionEvents;
}

export interface DiscordAdapter extends PlatformAdapter {
  /** The gateway client while connected (null otherwise). */
  readonly client: () => Client | null;
}

/** Gateway close codes no reconnect can fix, with what to tell the operator. */
const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [GatewayCloseCodes.AuthenticationFailed, 'gateway close 4004: authentication failed'],
  [GatewayCloseCodes.DisallowedIntents, 'gateway close 4014: disallowed intents — enable them in the Developer Portal or set DISCORD_GATEWAY=off'],
  [GatewayCloseCodes.InvalidIntents, 'gateway close 4013: invalid intents'],
  [GatewayCloseCodes.InvalidAPIVersion, 'gateway close 4012: invalid API version'],
  [GatewayCloseCodes.ShardingRequired, 'gateway close 4011: sharding required'],
  [GatewayCloseCodes.InvalidShard, 'gateway close 4010: invalid shard'],
]);

export function classifyDiscordError(error: unknown): Failure {
  const variable = 'DISCORD_BOT_TOKEN';
  if (error instanceof GatewayClosedError) {
    const fatal = FATAL_CLOSES.get(error.code);
    return fatal ? { permanent: true, variable, reason: fatal } : { permanent: false, reason: error.message };
  }
  if ((error as { code?: unknown })?.code === DiscordjsErrorCodes.TokenInvalid)
    return { permanent: true, variable, reason: 'Discord answered 401 Unauthorized' };
  if (error instanceof DiscordAPIError && error.status === 401) return { permanent: true, variable, reason: `Discord answered 401: ${error.message}` };
  const e = error as { status?: number; code?: unknown; message?: string; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  const reason = [typeof e?.status === 'number' ? String(e.status) : '', typeof code === 'string' ? code : '', e?.message ?? String(error)]
    .filter(Boolean)
    .join(' ');
  return { permanent: false, reason };
}

export function createDiscordAdapter(deps: AppDeps, hooks: DiscordAdapterHooks = {}): DiscordAdapter {
  const { config, logger } = deps;
  const events: ConnectionEvents = hooks.events ?? {
    lost: (error) => logger.warn({ err: error }, 'discord: connection lost'),
    restored: () => logger.info('discord: connection restored'),
    fatal: (error) => logger.error({ err: error }, 'discord: permanent failure'),
  };
  const handler: InteractionDeps = {
    definition: buildSg17Definition(),
    dispatch: deps.dispatch,
    logger,
    ...(hooks.deferAfterMs !== undefined ? { deferAfterMs: hooks.deferAfterMs } : {}),
    ...(hooks.deferFirst ? { deferFirst: hooks.deferFirst } : {}),
  };
  const token = config.DISCORD_BOT_TOKEN;
  const posterRest = token ? createPosterRest(config.DISCORD_API_URL, token) : undefined;
  const interactionRest = createInteractionRest(config.DISCORD_API_URL, token);
  const gateway = discordGatewayEnabled(config);

  const routes: HttpRoute[] = config.DISCORD_PUBLIC_KEY
    ? [
        interactionsRoute({
          publicKeyHex: config.DISCORD_PUBLIC_KEY,
          handler,
          rest: interactionRest,
          logger,
          // The wall clock, not the service's (which SG17_NOW may set to a demo date): Discord signs with
          // its own clock, as Slack does (Bolt judges Slack's timestamps by the system clock too).
          clock: systemClock,
          ...(hooks.onFollowUpDone ? { onFollowUpDone: hooks.onFollowUpDone } : {}),
        }),
      ]
    : [];

  let client: Client | null = null;
  let login: Promise<unknown> | null = null;
  const connection: PlatformConnection | undefined = !token
    ? undefined
    : {
        classify: classifyDiscordError,
        async connect() {
          if (!gateway) {
            // Reminders and HTTP interactions need REST only: check the token there.
            await posterRest!.get(Routes.user('@me'));
            return;
          }
          await connection!.disconnect();
          await connectGateway(
            {
              token,
              ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
              handler,
              logger,
              events,
              ...(hooks.onInteractionDone ? { onInteractionDone: hooks.onInteractionDone } : {}),
            },
            (c, l) => {
              client = c;
              login = l;
            },
          );
        },
        async disconnect() {
          const c = client;
          const pending = login;
          client = null;
          login = null;
          if (!c) return;
          await c.destroy();
          // A login still under way opens its shards after this destroy: destroy again when it settles.
          pending?.then(
            () => c.destroy(),
            () => c.destroy(),
          );
        },
      };

  return {
    platform: 'discord',
    routes,
    poster: createDiscordPoster(posterRest, (error) => events.fatal(error)),
    connection,
    client: () => client,
    async start() {
      if (!connection) {
        logger.info({ endpoint: routes.length > 0 }, 'discord: no DISCORD_BOT_TOKEN, gateway not started');
        return;
      }
      await connection.connect();
    },
    async stop() {
      await connection?.disconnect();
      if (posterRest) closeRest(posterRest);
      closeRest(interactionRest);
    },
  };
}
