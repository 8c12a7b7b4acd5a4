/**
 * What each platform adapter (slack, discord, console) contributes to the one service that the
 * composition root (adapters/app.ts) builds: HTTP routes on the shared server, connections to
 * start and stop, and a Poster for reminders.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from './config.js';
import type { Clock } from '../src/clock.js';
import type { Catalog } from '../src/dataset/catalog.js';
import type { Logger, Poster } from '../src/ports.js';
import type { SubscriptionStore } from '../src/store/port.js';
import type { Platform } from '../src/channel.js';
import type { PlatformConnection } from './connection.js';
import type { Dispatcher } from '../src/dispatch/dispatch.js';

export interface HttpRoute {
  readonly method: 'GET' | 'POST';
  /** Exact path, matched without the query string. */
  readonly path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** Everything an adapter may use, built once by the composition root. */
export interface AppDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The catalog now in force: read it per request, never keep it (a reload swaps it). */
  readonly catalog: () => Catalog;
  readonly subscriptions?: SubscriptionStore;
  /** The one front door to the engine (src/dispatch): every way in hands its requests here. */
  readonly dispatch: Dispatcher;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  readonly routes: readonly HttpRoute[];
  /**
   * The platform's connection (Slack auth.test and Socket Mode, Discord gateway or token check),
   * when it has one: the service runs it under a supervisor (adapters/connection.ts) that retries
   * transient failures in the background and never lets start-up wait for it.
   */
  readonly connection?: PlatformConnection;
  /** Direct use and tests: one connection attempt (console: open stdin). The service calls it only for adapters without a connection. */
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly poster: Poster;
}
