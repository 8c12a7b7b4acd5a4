/**
 * The Slack adapter: a real Bolt app whose receiver is mounted on the service's one HTTP server at
 * POST /slack/events (Bolt's HTTPReceiver does the signature check, url_verification and ack
 * plumbing), or connected through Socket Mode when SLACK_APP_TOKEN is set. It only translates:
 * Slack payload → engine query, Answer → Block Kit.
 */
import { App, AuthorizationError, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { AppDeps, HttpRoute, PlatformAdapter } from '../platform.js';
import { boltLogger } from './bolt-logger.js';
import { registerCommandListener } from './listeners/command.js';
import { registerMentionListener } from './listeners/mention.js';
import { createSlackPoster } from './poster.js';
import { guardSlackRequest } from './body-guard.js';
import { SLACK_EVENTS_PATH } from './paths.js';

export { SLACK_EVENTS_PATH };

export interface SlackAdapterOptions {
  /** How long Bolt waits for an ack before answering a payload nobody handles (Bolt's default 3001 ms). */
  readonly unhandledRequestTimeoutMillis?: number;
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
  const clientOptions = { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: { retries: 2 } };
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
    // auth.test runs in start(), so a bad token stops start-up with a clear line instead of failing each request.
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
  const routes: HttpRoute[] = httpReceiver
    ? [
        {
          method: 'POST',
          path: SLACK_EVENTS_PATH,
          handle: async (req, res) => {
            if (!started) {
              res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('starting\n');
              return;
            }
            if (await guardSlackRequest(req, res, signingSecret)) httpReceiver.requestListener(req, res);
          },
        },
      ]
    : [];

  const posterClient = new webApi.WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    logger: boltLogger(logger, 'slack-poster'),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });

  return {
    platform: 'slack',
    routes,
    poster: createSlackPoster(posterClient, logger),
    async start() {
      try {
        await app.init();
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
        throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${code})`);
      }
      if (socketMode) await app.start();
      started = true;
      logger.info({ mode: socketMode ? 'socket' : 'http', path: socketMode ? undefined : SLACK_EVENTS_PATH }, 'Slack ready');
    },
    async stop() {
      started = false;
      if (socketMode) await app.stop();
    },
  };
}
