/**
 * The Slack adapter: a real Bolt app whose receiver is mounted on the service's one HTTP server at
 * POST /slack/events (Bolt's HTTPReceiver does the signature check, url_verification and ack
 * plumbing), or connected through Socket Mode when SLACK_APP_TOKEN is set. It only translates:
 * Slack payload → engine query, Answer → Block Kit.
 */
import { App, AuthorizationError, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { AppDeps, HttpRoute, PlatformAdapter } from '../platform.js';
import type { ConnectionEvents, Failure, PlatformConnection } from '../connection.js';
import { boltLogger } from './bolt-logger.js';
import { registerCommandListener } from './listeners/command.js';
import { registerMentionListener } from './listeners/mention.js';
import { createSlackPoster } from './poster.js';
import { authenticSlackRequest, guardSlackBody } from './body-guard.js';
import { SLACK_EVENTS_PATH } from './paths.js';

export { SLACK_EVENTS_PATH };

export interface SlackAdapterOptions {
  /** How long Bolt waits for an ack before answering a payload nobody handles (Bolt's default 3001 ms). */
  readonly unhandledRequestTimeoutMillis?: number;
  /** Connection events for the supervisor (default: only logged). */
  readonly events?: ConnectionEvents;
}

/** How long a request that arrives before auth.test has succeeded may wait for it. */
const START_WAIT_MS = 2_000;

/** Web API errors no retry can fix: the token itself was refused. */
export const REFUSED_TOKEN_ERRORS: ReadonlySet<string> = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

/** The Slack error code of a Web API failure: the platform's `error`, else the client's code (network, HTTP status, rate limit). */
function slackReason(error: unknown): { platformError?: string; reason: string } {
  const e = error as {
    code?: string;
    data?: { error?: string };
    statusCode?: number;
    original?: { code?: string; message?: string; cause?: { code?: string; message?: string } };
    message?: string;
  };
  if (e?.code === webApi.ErrorCode.PlatformError) return { platformError: e.data?.error, reason: e.data?.error ?? 'unknown_error' };
  if (e?.code === webApi.ErrorCode.HTTPError) return { reason: `HTTP ${e.statusCode ?? 'error'}` };
  if (e?.code === webApi.ErrorCode.RateLimitedError) return { reason: 'rate limited' };
  if (e?.code === webApi.ErrorCode.RequestError) {
    return { reason: `network: ${e.original?.cause?.code ?? e.original?.code ?? e.original?.cause?.message ?? e.original?.message ?? 'request failed'}` };
  }
  return { reason: e?.message ?? String(error) };
}

/** Which variable a refused call names: the bot token, or the app token for Socket Mode's connection. */
export function classifySlackError(error: unknown, variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' = 'SLACK_BOT_TOKEN'): Failure {
  const { platformError, reason } = slackReason(error);
  const step = (error as { step?: unknown })?.step;
  if (platformError && REFUSED_TOKEN_ERRORS.has(platformError)) {
    return { permanent: true, variable: step === 'socket' ? 'SLACK_APP_TOKEN' : variable, reason: `Slack answered ${platformError}` };
  }
  return { permanent: false, reason };
}

/** The Web API base with the trailing slash the WebClient expects. */
function apiUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

export function createSlackAdapter(deps: AppDeps, options: SlackAdapterOptions = {}): PlatformAdapter {
  const { config, logger } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('the Slack adapter needs SLACK_BOT_TOKEN');
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  const slackApiUrl = apiUrl(config.SLACK_API_URL);
  // Bounded: a call that gets no answer fails after 10 s (the WebClient's default is to wait forever).
  // No retries of its own: auth.test is retried by the connection supervisor, and a listener's call
  // that fails is answered as failed rather than held past Slack's three-second window.
  const clientOptions = { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: { retries: 0 }, timeout: 10_000 };
  const events: ConnectionEvents = options.events ?? {
    lost: (error) => logger.warn({ err: error }, 'slack: connection lost'),
    restored: () => logger.info('slack: connection restored'),
    fatal: (error) => logger.error({ err: error }, 'slack: permanent failure'),
  };
  const log = boltLogger(logger);

  const signingSecret = config.SLACK_SIGNING_SECRET ?? '';
  let receiver: Receiver;
  let httpReceiver: HTTPReceiver | undefined;
  if (socketMode) {
    receiver = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN!,
      logger: log,
      installerOptions: { clientOptions },
    });
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new Error('the Slack adapter needs SLACK_SIGNING_SECRET');
    httpReceiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      // The route checks every request's signature (authenticSlackRequest) before it reaches Bolt,
      // in every state of the service; Bolt checking the same HMAC again cost a request's worth of
      // throughput (docs/performance.md), so it trusts the route's check.
      signatureVerification: false,
      endpoints: SLACK_EVENTS_PATH,
      logger: log,
      unhandledRequestTimeoutMillis: options.unhandledRequestTimeoutMillis ?? 3001,
      // A signed payload Bolt cannot process (malformed shape) is the sender's error: 400, not 500.
      processEventErrorHandler: async ({ error, response }) => {
        if (response.headersSent) {
          logger.error({ err: error }, 'Slack listener failed after ack');
          return false;
        }
        const status = error instanceof AuthorizationError ? 401 : 400;
        logger.warn({ err: error, status }, 'Slack payload could not be processed');
        response.writeHead(status).end();
        return true;
      },
    });
    receiver = httpReceiver;
  }

  const app = new App({
    token,
    receiver,
    logger: log,
    clientOptions,
    // auth.test runs in connect(), so a refused token is told apart from an unreachable Slack.
    deferInitialization: true,
    // Per-request cost matters (Slack's three-second window, and the benchmark against a bare app):
    // every global middleware runs for every payload. No listener uses Bolt's conversation state,
    // and the one event we take (app_mention) ignores the bot's own messages in its listener, so
    // neither the conversation store nor the global ignoreSelf middleware is needed.
    convoStore: false,
    ignoreSelf: false,
  });

  const listenerDeps = { app: deps };
  registerCommandListener(app, listenerDeps);
  registerMentionListener(app, listenerDeps);
  // A failing listener is logged, never rethrown: the request was acknowledged already.
  app.error(async (error) => {
    logger.error({ err: error }, 'Slack listener failed');
  });

  let started = false;
  // Requests that arrive while auth.test is still under way (the first moments after start-up)
  // wait for it, within Slack's three-second window; past that, 503 and Slack's own retry.
  let markStarted: () => void = () => {};
  let whenStarted = new Promise<void>((resolve) => (markStarted = resolve));
  const waitForStart = (): Promise<boolean> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), START_WAIT_MS);
      void whenStarted.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  const routes: HttpRoute[] = httpReceiver
    ? [
        {
          method: 'POST',
          path: SLACK_EVENTS_PATH,
          handle: async (req, res) => {
            // Authenticity before readiness: a bad or stale signature is 401 whether or not Slack is connected.
            if (!(await authenticSlackRequest(req, res, signingSecret, logger))) return;
            if (!started && !(await waitForStart())) {
              res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('Slack is not connected yet\n');
              return;
            }
            if (guardSlackBody(req, res)) httpReceiver.requestListener(req, res);
          },
        },
      ]
    : [];

  const posterClient = new webApi.WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    logger: boltLogger(logger, 'slack-poster'),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  });

  let socketStarted = false;
  let socketWatched = false;
  const connection: PlatformConnection = {
    classify: (error) => classifySlackError(error),
    async connect() {
      // auth.test: a transient failure (network, 5xx, 429) is retried by the supervisor; a refused token is not.
      await app.init();
      if (socketMode) {
        socketStarted = true;
        try {
          await app.start();
        } catch (error) {
          throw Object.assign(error as object, { step: 'socket' });
        }
        if (!socketWatched) {
          // Socket Mode reconnects by itself; the supervisor only watches that it comes back.
          socketWatched = true;
          const socket = (receiver as SocketModeReceiver).client;
          socket.on('reconnecting', () => events.lost(new Error('Socket Mode reconnecting')));
          socket.on('connected', () => events.restored());
        }
      }
      started = true;
      markStarted();
      logger.info({ mode: socketMode ? 'socket' : 'http', path: socketMode ? undefined : SLACK_EVENTS_PATH }, 'Slack ready');
    },
    async disconnect() {
      if (started) whenStarted = new Promise<void>((resolve) => (markStarted = resolve));
      started = false;
      if (socketStarted) {
        socketStarted = false;
        await app.stop().catch((error: unknown) => logger.debug({ err: error }, 'Slack Socket Mode stop failed'));
      }
    },
  };

  return {
    platform: 'slack',
    routes,
    poster: createSlackPoster(posterClient, logger, (error) => {
      if (classifySlackError(error).permanent) events.fatal(error);
    }),
    connection,
    /** One connection attempt (tests and direct use); the service runs it under a supervisor instead. */
    async start() {
      try {
        await connection.connect();
      } catch (error) {
        const failure = classifySlackError(error);
        throw new Error(failure.permanent ? `Slack refused ${failure.variable} (${failure.reason})` : `Slack could not be reached (${failure.reason})`);
      }
    },
    async stop() {
      await connection.disconnect();
    },
  };
}
