/**
 * What each platform adapter (slack, discord, console) contributes to the one service that the
 * composition root (adapters/app.ts) builds: HTTP routes on the shared server, connections to
 * start and stop, and a Poster for reminders — and how a platform declares itself to the registry
 * (adapters/platforms.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Config } from './config.js';
import type { PlatformConfig } from './config-fields.js';
import type { Clock } from '../src/clock.js';
import type { Catalog } from '../src/dataset/catalog.js';
import type { Logger, Poster } from '../src/ports.js';
import type { SubscriptionStore } from '../src/store/port.js';
import type { Platform } from '../src/channel.js';
import type { ConnectionEvents, PlatformConnection } from './connection.js';
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

export interface PlatformCreateOptions {
  /** Where the adapter reports connection losses and permanent failures. */
  readonly events: ConnectionEvents;
  /** Per-platform tuning from AppOptions (tests), keyed by platform name. */
  readonly tuning?: unknown;
}

export interface PlatformDefinition<S extends z.ZodRawShape = z.ZodRawShape> {
  readonly name: string;
  /** Its variables (names, defaults, validation), part of the one config schema (adapters/config.ts). */
  readonly config: PlatformConfig<S>;
  readonly enabled: (values: z.infer<z.ZodObject<S>>) => boolean;
  /** Which of its variables are secrets (redacted from every log line). */
  readonly secrets: readonly (keyof S & string)[];
  readonly create: (deps: AppDeps, options: PlatformCreateOptions) => Promise<PlatformAdapter>;
}

/** Keeps a platform's own variable types (the list below merges them into the config's type). */
export function definePlatform<S extends z.ZodRawShape>(platform: PlatformDefinition<S>): PlatformDefinition<S> {
  return platform;
}
