/**
 * POST /discord/interactions: Discord's HTTP interactions endpoint. Every request is verified
 * (Ed25519, DISCORD_PUBLIC_KEY) before anything else is read; a bad signature gets 401, which
 * Discord itself checks by sending some; so does a signature whose timestamp is more than five
 * minutes from the wall clock (a replay). Nothing about the service's state is consulted
 * first. The body is the same one the gateway path posts.
 */
import type { IncomingMessage } from 'node:http';
import type { REST } from 'discord.js';
import type { HttpRoute } from '../platform.js';
import type { Logger } from '../../src/ports.js';
import { ed25519PublicKey, isFreshTimestamp, verifyDiscordSignature } from './verify.js';
import type { Clock } from '../../src/clock.js';
import { handleInteraction, parseInteraction, type InteractionDeps } from './handle-interaction.js';
import { completeDeferred } from './respond.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** Interaction payloads are a few kB; anything much larger is not from Discord. */
const MAX_BODY_BYTES = 256 * 1024;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export interface InteractionsRouteOptions {
  readonly publicKeyHex: string;
  readonly handler: InteractionDeps;
  /** For follow-ups of deferred answers (webhook routes; no token needed). */
  readonly rest: REST;
  readonly logger: Logger;
  /** Judges the signature's timestamp: the wall clock Discord signs by. */
  readonly clock: Clock;
  /** Called when a follow-up has been sent (tests wait on it instead of sleeping). */
  readonly onFollowUpDone?: () => void;
}

export function interactionsRoute(options: InteractionsRouteOptions): HttpRoute {
  const key = ed25519PublicKey(options.publicKeyHex);
  const text = (res: Parameters<HttpRoute['handle']>[1], status: number, body: string): void => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${body}\n`);
  };

  return {
    method: 'POST',
    path: INTERACTIONS_PATH,
    async handle(req, res) {
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) return text(res, 413, 'payload too large');
        throw error;
      }
      const signature = req.headers['x-signature-ed25519'];
      const timestamp = req.headers['x-signature-timestamp'];
      const stamp = typeof timestamp === 'string' ? timestamp : undefined;
      if (!verifyDiscordSignature(key, typeof signature === 'string' ? signature : undefined, stamp, body)) {
        return text(res, 401, 'invalid request signature');
      }
      if (!isFreshTimestamp(stamp, options.clock.now())) return text(res, 401, 'stale request signature');
      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        return text(res, 400, 'body is not JSON');
      }
      const parsed = parseInteraction(json);
      if (!parsed.ok) {
        options.logger.warn({ error: parsed.error }, 'discord interaction rejected');
        return text(res, 400, `invalid interaction: ${parsed.error}`);
      }
      const reply = await handleInteraction(parsed.interaction, options.handler);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
      if (reply.followUp) {
        void completeDeferred(options.rest, parsed.interaction, reply, options.logger).finally(() => options.onFollowUpDone?.());
      }
    },
  };
}
