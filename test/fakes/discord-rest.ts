/**
 * A loopback fake of Discord's REST API (https://discord.com/api/v10/…), enough for the bot:
 * GET /gateway/bot (points the client at the fake gateway), GET /users/@me (the token check), POST interactions/{id}/{token}/callback,
 * PATCH webhooks/{app}/{token}/messages/@original, PUT application (guild) commands, and
 * POST channels/{id}/messages, and POST users/@me/channels (Create DM: one DM channel per recipient, the same each time). It records every request and can answer scripted failures
 * (429 with retry_after and Retry-After, 404 Unknown Channel, 5xx) as Discord does.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_BOT_USER } from './discord-payloads.js';

export interface RecordedRequest {
  readonly method: string;
  /** Path after /api/v10, e.g. "/interactions/123/tok/callback". */
  readonly path: string;
  readonly query: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface ScriptedResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface FakeDiscordRest {
  /** For DISCORD_API_URL: "http://127.0.0.1:PORT/api". */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** The gateway URL GET /gateway/bot hands out. */
  gatewayUrl: string;
  /** Responses for the next requests whose "METHOD path" matches `pattern`, in order. */
  script(pattern: RegExp, ...responses: ScriptedResponse[]): void;
  /** Resolves with the first recorded request (past or future) matching `pattern` on "METHOD path". */
  waitFor(pattern: RegExp): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const API_PREFIX = '/api/v10';

/** A Discord error body, e.g. 10003 Unknown Channel. */
export const discordError = (status: number, code: number, message: string): ScriptedResponse => ({ status, body: { message, code } });

/** A 429 as Discord sends it: body retry_after in seconds, and the same in Retry-After. */
export const rateLimited = (retryAfterSeconds: number): ScriptedResponse => ({
  status: 429,
  headers: {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset-after': String(retryAfterSeconds),
    'x-ratelimit-bucket': 'fakebucket',
    'x-ratelimit-scope': 'user',
  },
  body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
});

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

let nextId = 1_300_000_000_000_000_000n;
const snowflake = () => String(nextId++);

export async function startFakeDiscordRest(options: { gatewayUrl?: string; botToken?: string } = {}): Promise<FakeDiscordRest> {
  const requests: RecordedRequest[] = [];
  const scripts: { pattern: RegExp; responses: ScriptedResponse[] }[] = [];
  const waiters: { pattern: RegExp; resolve: (r: RecordedRequest) => void }[] = [];
  const dmChannels = new Map<string, string>();

  const send = (res: import('node:http').ServerResponse, r: ScriptedResponse) => {
    const headers: Record<string, string> = { ...(r.headers ?? {}) };
    if (r.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(r.status, headers).end(r.body === undefined ? undefined : JSON.stringify(r.body));
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const [rawPath = '/', query = ''] = (req.url ?? '/').split('?');
      const body = await readJson(req);
      const path = rawPath.startsWith(API_PREFIX) ? rawPath.slice(API_PREFIX.length) : rawPath;
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path, query, authorization: req.headers.authorization, body };
      requests.push(recorded);
      const key = `${recorded.method} ${path}`;
      for (const w of waiters.filter((w) => w.pattern.test(key))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(recorded);
      }

      const scripted = scripts.find((s) => s.pattern.test(key) && s.responses.length > 0);
      if (scripted) return send(res, scripted.responses.shift()!);

      const botAuthorized = !options.botToken || req.headers.authorization === `Bot ${options.botToken}`;
      const needsBot = !/^\/(interactions|webhooks)\//.test(path);
      if (needsBot && !botAuthorized) return send(res, discordError(401, 0, '401: Unauthorized'));

      if (key === 'GET /gateway/bot') {
        return send(res, {
          status: 200,
          body: { url: fake.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } },
        });
      }
      if (key === 'GET /users/@me' || key === 'GET /users/%40me') return send(res, { status: 200, body: FAKE_BOT_USER });
      if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(key)) return send(res, { status: 204 });
      const webhook = /^PATCH \/webhooks\/(\d+)\/[^/]+\/messages\/@original$/.exec(key);
      if (webhook) {
        return send(res, { status: 200, body: { id: snowflake(), webhook_id: webhook[1], ...(body as object) } });
      }
      if (/^PUT \/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(key) && Array.isArray(body)) {
        return send(res, { status: 200, body: body.map((c: object) => ({ id: snowflake(), version: snowflake(), ...c })) });
      }
      if (key === 'POST /users/@me/channels' || key === 'POST /users/%40me/channels') {
        const recipient = (body as { recipient_id?: unknown } | undefined)?.recipient_id;
        if (typeof recipient !== 'string' || !/^\d+$/.test(recipient)) return send(res, discordError(400, 50035, 'Invalid Form Body'));
        let dm = dmChannels.get(recipient);
        if (!dm) {
          dm = snowflake();
          dmChannels.set(recipient, dm);
        }
        return send(res, { status: 200, body: { id: dm, type: 1, last_message_id: null, recipients: [{ id: recipient, username: `user${recipient}` }] } });
      }
      const channelPost = /^POST \/channels\/(\d+)\/messages$/.exec(key);
      if (channelPost) {
        return send(res, { status: 200, body: { id: snowflake(), channel_id: channelPost[1], ...(body as object) } });
      }
      return send(res, discordError(404, 0, '404: Not Found'));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeDiscordRest = {
    url: `http://127.0.0.1:${port}/api`,
    requests,
    gatewayUrl: options.gatewayUrl ?? 'ws://127.0.0.1:1',
    script(pattern, ...responses) {
      scripts.push({ pattern, responses: [...responses] });
    },
    waitFor(pattern) {
      const done = requests.find((r) => pattern.test(`${r.method} ${r.path}`));
      if (done) return Promise.resolve(done);
      return new Promise((resolve) => waiters.push({ pattern, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
