/**
 * discord.js REST clients, pointed at DISCORD_API_URL when set (loopback fakes in tests).
 */
import { REST, type RESTOptions } from 'discord.js';

/** "http://127.0.0.1:4001/api" → requests go to …/api/v10/…, as to https://discord.com/api/v10/…. */
export function restOptions(apiUrl: string | undefined, extra: Partial<RESTOptions> = {}): Partial<RESTOptions> {
  return { ...(apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {}), ...extra };
}

/**
 * For the reminder poster: @discordjs/rest normally retries 5xx and network errors (3 times) and
 * waits out 429s by itself. Here it does neither (retries: 0; every rate limit, including the
 * pre-emptive wait on an exhausted bucket, rejects with RateLimitError), so the outcome reaches the
 * scheduler, which owns retry timing and the ledger.
 */
export function createPosterRest(apiUrl: string | undefined, token: string | undefined): REST {
  const rest = new REST(restOptions(apiUrl, { retries: 0, rejectOnRateLimit: () => true, timeout: 10_000 }));
  if (token) rest.setToken(token);
  return rest;
}

/** For interaction callbacks and follow-ups (webhook routes, no bot token needed): library defaults. */
export function createInteractionRest(apiUrl: string | undefined, token: string | undefined): REST {
  const rest = new REST(restOptions(apiUrl));
  if (token) rest.setToken(token);
  return rest;
}

/** Stop the REST client's sweep timers so a stopped app leaves nothing running. */
export function closeRest(rest: REST): void {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
}
