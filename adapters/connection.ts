/**
 * Keeps one platform connected without ever holding the service hostage. A platform adapter
 * supplies one connection attempt (`connect`), a way to tear an attempt down (`disconnect`) and a
 * judgement of its errors (`classify`). The supervisor runs attempts in the background:
 *
 * - transient failure (DNS, refused or reset connections, timeouts, 5xx, 429): one warning naming
 *   the platform, the attempt and the next try, then a retry after a capped exponential backoff
 *   with jitter — forever, while HTTP, the other platforms and the scheduler keep working;
 * - permanent failure (a refused token, a disallowed intent): `onFatal` with one line naming the
 *   variable; the service then exits 1.
 *
 * Every attempt is bounded by `connectTimeoutMs` (an attempt that neither succeeds nor fails
 * counts as transient), so no state waits forever. After a connection is up, the adapter reports
 * a loss (`events.lost`); when the library does not restore it within the connect timeout the
 * supervisor tears it down and reconnects with backoff.
 */
import type { Logger } from '../src/ports.js';

export type LinkState = 'connecting' | 'ready' | 'failed';

export interface LinkStatus {
  readonly state: LinkState;
  /** ISO instant the state began. */
  readonly since: string;
  readonly lastError: string | null;
  /** Failed attempts since the last success. */
  readonly attempts: number;
}

/** How an adapter judges an error. */
export type Failure = { readonly permanent: false; readonly reason: string } | { readonly permanent: true; readonly reason: string; readonly variable: string };

/** What a platform adapter gives its supervisor. */
export interface PlatformConnection {
  /** One attempt: resolves once connected, rejects with the cause. */
  connect(): Promise<void>;
  /** Close whatever the current attempt or connection opened (idempotent). */
  disconnect(): Promise<void>;
  classify(error: unknown): Failure;
}

/** What an adapter reports after its connection is up (library events, failed API calls). */
export interface ConnectionEvents {
  /** The connection dropped; the library may be restoring it. */
  lost(error: unknown): void;
  /** The connection is back (resumed, reconnected). */
  restored(): void;
  /** An error that no retry can fix (token revoked): the service must exit. */
  fatal(error: unknown): void;
}

export interface RetryOptions {
  /** First backoff; doubled per failed attempt up to `maxMs`. */
  readonly minMs: number;
  readonly maxMs: number;
  /** One attempt is given up (as transient) after this long. */
  readonly connectTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { minMs: 1_000, maxMs: 5 * 60_000, connectTimeoutMs: 30_000 };

/** The wait before attempt `attempt + 1`: min·2^(attempt−1), capped, with "equal jitter" (half fixed, half random). */
export function backoffMs(attempt: number, options: Pick<RetryOptions, 'minMs' | 'maxMs'>, random: () => number = Math.random): number {
  const cap = Math.min(options.maxMs, options.minMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(cap / 2 + (cap / 2) * random());
}

export interface Supervisor {
  readonly platform: string;
  readonly events: ConnectionEvents;
  status(): LinkStatus;
  /** Begin connecting; resolves when the first attempt has settled (connected, failed or fatal). */
  start(connection: PlatformConnection): Promise<void>;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  readonly platform: string;
  readonly logger: Logger;
  readonly retry?: Partial<RetryOptions>;
  /** A permanent failure: `message` names the variable. Called at most once. */
  readonly onFatal: (message: string) => void;
  readonly now?: () => Date;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

class AttemptTimeout extends Error {}

/** The most a teardown may take before the supervisor goes on without it. */
const DISCONNECT_BOUND_MS = 2_000;

export function createSupervisor(options: SupervisorOptions): Supervisor {
  const { platform, logger } = options;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const now = options.now ?? (() => new Date());
  let status: LinkStatus = { state: 'connecting', since: now().toISOString(), lastError: null, attempts: 0 };
  let connection: PlatformConnection | undefined;
  let stopped = false;
  let fatalSent = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let graceTimer: NodeJS.Timeout | undefined;
  let attemptTimer: NodeJS.Timeout | undefined;

  const set = (state: LinkState, lastError: string | null, attempts: number): void => {
    status = { state, since: state === status.state ? status.since : now().toISOString(), lastError, attempts };
  };

  function fatal(failure: Extract<Failure, { permanent: true }>): void {
    set('failed', failure.reason, status.attempts);
    if (fatalSent || stopped) return;
    fatalSent = true;
    options.onFatal(`${platform}: ${failure.variable} was refused (${failure.reason}) — check ${failure.variable}`);
  }

  /** Tear down what an attempt opened; bounded, so a library that never finishes closing cannot stall retries. */
  async function disconnect(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        logger.warn({ platform, waitedMs: DISCONNECT_BOUND_MS }, `${platform}: disconnecting did not finish; going on`);
        resolve();
      }, DISCONNECT_BOUND_MS);
    });
    const done = connection!.disconnect().catch((e: unknown) => logger.debug({ err: e, platform }, 'disconnect failed'));
    await Promise.race([done, bound]);
    clearTimeout(timer);
  }

  /** A failed attempt or a lost connection: tear down, then retry after a backoff (or stop on a permanent error). */
  async function failed(error: unknown): Promise<void> {
    const failure = error instanceof AttemptTimeout ? { permanent: false as const, reason: error.message } : connection!.classify(error);
    await disconnect();
    if (stopped) return;
    if (failure.permanent) return fatal(failure);
    const attempts = status.attempts + 1;
    const wait = backoffMs(attempts, retry);
    set('connecting', failure.reason, attempts);
    logger.warn(
      { platform, attempt: attempts, nextTryInMs: wait, nextTryAt: new Date(now().getTime() + wait).toISOString(), reason: failure.reason },
      `${platform}: cannot connect (attempt ${attempts}: ${failure.reason}); next try in ${(wait / 1000).toFixed(1)} s`,
    );
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void attempt();
    }, wait);
  }

  async function attempt(): Promise<void> {
    if (stopped || !connection) return;
    const timeout = new Promise<never>((_, reject) => {
      attemptTimer = setTimeout(() => reject(new AttemptTimeout(`no connection after ${retry.connectTimeoutMs} ms`)), retry.connectTimeoutMs);
    });
    try {
      await Promise.race([connection.connect(), timeout]);
      if (stopped) return;
      set('ready', null, 0);
      logger.info({ platform }, `${platform}: connected`);
    } catch (error) {
      if (stopped) return;
      await failed(error);
    } finally {
      clearTimeout(attemptTimer);
    }
  }

  const events: ConnectionEvents = {
    lost(error) {
      if (stopped || status.state !== 'ready') return;
      set('connecting', messageOf(error), 0);
      logger.warn({ platform, reason: messageOf(error) }, `${platform}: connection lost; waiting for it to come back`);
      clearTimeout(graceTimer);
      graceTimer = setTimeout(() => {
        graceTimer = undefined;
        if (!stopped && status.state === 'connecting') void failed(new AttemptTimeout(`not restored within ${retry.connectTimeoutMs} ms`));
      }, retry.connectTimeoutMs);
    },
    restored() {
      clearTimeout(graceTimer);
      if (stopped || status.state !== 'connecting' || retryTimer) return;
      set('ready', null, 0);
      logger.info({ platform }, `${platform}: connection restored`);
    },
    fatal(error) {
      const failure = connection?.classify(error);
      fatal(failure?.permanent ? failure : { permanent: true, reason: messageOf(error), variable: 'the configuration' });
    },
  };

  return {
    platform,
    events,
    status: () => status,
    async start(c) {
      connection = c;
      await attempt();
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(graceTimer);
      clearTimeout(attemptTimer);
      if (connection) await disconnect();
    },
  };
}
