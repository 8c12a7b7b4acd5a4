/**
 * The gateway way in: a discord.js Client with the Guilds intent only (no privileged intents;
 * slash commands need none). Interactions are taken as the raw dispatch payload the client
 * forwards (client.ws emits every dispatch by name), handed to the one handler, and the reply
 * is POSTed to the interaction callback with the client's own REST.
 *
 * `connectGateway` is one connection attempt: it resolves when the client is ready and rejects
 * when login fails or the gateway closes for good (4004, 4014, …). It never retries by itself:
 * the caller destroys the client after a failed attempt (which also ends discord.js's own
 * reconnect loop) and the connection supervisor decides when to try again.
 */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
// discord.js's own gateway package (its dependency): the sharding strategy is the one place a shard can be reached.
import { SimpleShardingStrategy, type WebSocketShardDestroyOptions } from '@discordjs/ws';
import type { Logger } from '../../src/ports.js';
import type { ConnectionEvents } from '../connection.js';
import { handleInteraction, parseInteraction, type InteractionDeps } from './handle-interaction.js';
import { sendReplyOverRest } from './respond.js';
import { restOptions } from './rest.js';

export interface GatewayOptions {
  readonly token: string;
  readonly apiUrl?: string;
  readonly handler: InteractionDeps;
  readonly logger: Logger;
  /** Where losses and unrecoverable closes after the first READY are reported (connectGateway). */
  readonly events?: ConnectionEvents;
  /** Called after each interaction has been answered (or failed); tests wait on it. */
  readonly onInteractionDone?: (id: string) => void;
}

/** The gateway closed the connection with a code discord.js will not reconnect after. */
export class GatewayClosedError extends Error {
  constructor(readonly code: number) {
    super(`gateway closed with code ${code}`);
  }
}

/**
 * discord.js's strategy, except that destroy() really stops a shard. A shard that failed to
 * connect (DNS, refused) waits 500 ms and reconnects; destroy() called in that wait is ignored
 * ("Tried to destroy a shard that was idle"), so `client.destroy()` alone leaves it reconnecting
 * twice a second forever — the process then neither connects nor exits. Here a destroyed
 * shard's next connect does nothing.
 */
class StoppableShardingStrategy extends SimpleShardingStrategy {
  override async destroy(options?: Omit<WebSocketShardDestroyOptions, 'recover'>): Promise<void> {
    // `shards` is private in the typings, public in the code (@discordjs/ws 1.x).
    const shards = (this as unknown as { shards: Map<number, { internalConnect: () => Promise<void> }> }).shards;
    for (const shard of shards.values()) shard.internalConnect = async () => {};
    await super.destroy(options);
  }
}

export function createGatewayClient(options: GatewayOptions): Client {
  // The client learns the gateway URL from GET /gateway/bot on this REST base.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: restOptions(options.apiUrl),
    ws: { buildStrategy: (manager) => new StoppableShardingStrategy(manager) },
  });
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
  // Connection errors repeat while the network is down; the supervisor warns once per attempt.
  client.on(Events.ShardError, (error, shardId) => logger.debug({ err: error, shardId }, 'discord gateway error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  return client;
}

/**
 * One attempt: build a client, log in, wait for READY. `onClient` receives the client and its
 * login at once, so the caller can destroy it — also when the attempt is abandoned midway: a
 * destroy() that lands while login() is still fetching the gateway URL is undone by the login
 * going on to open shards, so the caller destroys again once the login has settled.
 */
export async function connectGateway(options: GatewayOptions, onClient: (client: Client, login: Promise<unknown>) => void): Promise<Client> {
  const client = createGatewayClient(options);
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.once(Events.ShardDisconnect, (event) => reject(new GatewayClosedError(event.code)));
  });
  ready.catch(() => {}); // observed below; a login failure may come first
  const login = client.login(options.token);
  onClient(client, login);
  // A 4004 can end the attempt while login() still waits for its shard.
  await Promise.race([ready, login.then(() => ready)]);
  // From here on, losses and unrecoverable closes go to the supervisor.
  const events = options.events;
  if (events) {
    client.on(Events.ShardReconnecting, () => events.lost(new Error('gateway reconnecting')));
    client.on(Events.ShardResume, () => events.restored());
    client.on(Events.ShardReady, () => events.restored());
    client.on(Events.ShardDisconnect, (event) => events.fatal(new GatewayClosedError(event.code)));
  }
  return client;
}
