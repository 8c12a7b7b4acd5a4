/**
 * A small loopback fake of the Slack Web API (https://slack.com/api/<method>) that records every
 * call: auth.test, chat.postMessage, chat.postEphemeral, users.info (with a profile's tz),
 * conversations.open (a 1:1 DM channel "D…" per user, the same one each time), and scripted failures. Plus the request signing
 * Slack does (v0 HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret), so tests and the
 * benchmark send requests exactly as Slack sends them.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly authorization: string | undefined;
}

export interface ScriptedReply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}

export interface FakeSlackUser {
  readonly id: string;
  readonly is_admin?: boolean;
  readonly is_owner?: boolean;
  /** The profile's time zone (IANA), as users.info returns it in `tz`. */
  readonly tz?: string;
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL, e.g. http://127.0.0.1:4567/api/ */
  readonly url: string;
  readonly calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Replies for the next calls to `method`, in order, before normal behaviour resumes. */
  script(method: string, ...replies: ScriptedReply[]): void;
  /** Answer calls to `method` only after `ms` (a slow platform); 0 restores. */
  delay(method: string, ms: number): void;
  /**
   * Take calls to `method` in only after `ms` (a slow network on the way in): a call whose sender goes
   * away meanwhile never reaches the platform, as a request lost in transit. 0 restores.
   */
  stall(method: string, ms: number): void;
  /** Users users.info knows. */
  readonly users: Map<string, FakeSlackUser>;
  /** WebSocket URL apps.connections.open hands out (Socket Mode). */
  socketUrl: string | undefined;
  /** Resolves when `count` calls to `method` have been recorded. */
  waitFor(method: string, count?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

export const FAKE_BOT_USER_ID = 'UBOT0001';
export const FAKE_BOT_ID = 'BBOT0001';
export const FAKE_TEAM_ID = 'T0000001';

/** Form fields the WebClient JSON-encodes (blocks, metadata) are decoded back. */
function decodeParams(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const scripts = new Map<string, ScriptedReply[]>();
  const users = new Map<string, FakeSlackUser>();
  const waiters: { method: string; count: number; resolve: (calls: RecordedCall[]) => void }[] = [];
  const delays = new Map<string, number>();
  const stalls = new Map<string, number>();
  let ts = 1_700_000_000;

  const normal = (method: string, params: Record<string, unknown>): unknown => {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://sg17.slack.com/', team: 'SG17', user: 'sg17', team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID };
      case 'chat.postMessage':
        return { ok: true, channel: params.channel, ts: `${ts++}.000100`, message: { text: params.text } };
      case 'apps.connections.open':
        return fake.socketUrl ? { ok: true, url: fake.socketUrl } : { ok: false, error: 'not_allowed_token_type' };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${ts++}.000200` };
      case 'conversations.open': {
        // users: comma-separated ids; one id opens (or resumes) the 1:1 DM with the bot.
        const ids = String(params.users ?? '')
          .split(',')
          .filter(Boolean);
        if (ids.length !== 1) return { ok: false, error: ids.length === 0 ? 'users_list_not_supplied' : 'not_enough_users' };
        const id = ids[0]!;
        if (!users.has(id)) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${id.replace(/^[UW]/, '')}` } };
      }
      case 'users.info': {
        const user = users.get(String(params.user));
        return user ? { ok: true, user: { is_admin: false, is_owner: false, ...user } } : { ok: false, error: 'user_not_found' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
      const stalled = stalls.get(method) ?? 0;
      if (stalled > 0) setTimeout(() => (req.socket.destroyed ? undefined : take(method)), stalled);
      else take(method);
    });
    const take = (method: string): void => {
      const params = decodeParams(req.headers['content-type'], Buffer.concat(chunks).toString('utf8'));
      const call = { method, params, authorization: req.headers.authorization };
      calls.push(call);
      const scripted = scripts.get(method)?.shift();
      const reply = scripted ?? { status: 200, body: normal(method, params) };
      const answer = () => {
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
        res.end(JSON.stringify(reply.body));
      };
      const wait = delays.get(method) ?? 0;
      if (wait > 0) setTimeout(answer, wait);
      else answer();
      for (const w of [...waiters]) {
        const matching = calls.filter((c) => c.method === w.method);
        if (matching.length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(matching);
        }
      }
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeSlackApi = {
    socketUrl: undefined,
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    users,
    callsTo: (method) => calls.filter((c) => c.method === method),
    script: (method, ...replies) => scripts.set(method, [...(scripts.get(method) ?? []), ...replies]),
    delay: (method, ms) => {
      delays.set(method, ms);
    },
    stall: (method, ms) => {
      stalls.set(method, ms);
    },
    waitFor: (method, count = 1) => {
      const matching = calls.filter((c) => c.method === method);
      if (matching.length >= count) return Promise.resolve(matching);
      return new Promise((resolve) => waiters.push({ method, count, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** The headers Slack sends with a request body signed at `timestampSec`. */
export function slackSignature(secret: string, body: string, timestampSec: number): Record<string, string> {
  const hash = createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestampSec), 'x-slack-signature': `v0=${hash}` };
}

/** A slash command body exactly as Slack form-encodes it. */
export function slashCommandBody(text: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'sg17',
    channel_id: 'C0123ABCD',
    channel_name: 'q15-qkd',
    user_id: 'U0USER01',
    user_name: 'rapporteur',
    command: '/sg17',
    text,
    api_app_id: 'A0SG17APP',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.com/commands/T0000001/1/abc',
    trigger_id: '1.2.abc',
    ...overrides,
  }).toString();
}

/** An Events API envelope for an app_mention. */
export function appMentionBody(text: string, eventId = 'Ev0001', overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: 'A0SG17APP',
    event: {
      type: 'app_mention',
      user: 'U0USER01',
      text,
      ts: '1725000000.000200',
      channel: 'C0123ABCD',
      event_ts: '1725000000.000200',
      ...overrides,
    },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1725000000,
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
  });
}
