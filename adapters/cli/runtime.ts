/**
 * The one runtime loader every `sg17` subcommand that needs the service's settings uses:
 * the environment (./.env under the real environment: a variable set in the shell wins), the
 * validated Config (one default per setting, in adapters/config.ts), the dataset, and the store.
 */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { loadDataset } from '../../src/dataset/load.js';
import { buildCatalog, type Catalog } from '../../src/dataset/catalog.js';
import { isServerDatabase, openAnyStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import type { CliIO } from './subcommand.js';
import { runtimeEnv } from './env.js';

export { runtimeEnv };

export type RuntimeConfig = { ok: true; config: Config; env: Record<string, string | undefined> } | { ok: false; message: string };

/** The Config from .env and the environment; a bad variable is one line for the caller to print (exit 2). */
export function loadRuntimeConfig(env: CliIO['env']): RuntimeConfig {
  const merged = runtimeEnv(env);
  try {
    return { ok: true, config: loadConfig(merged), env: merged };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, message: error.message };
    throw error;
  }
}

export const loadCatalog = (config: Pick<Config, 'SG17_DATA_DIR'>): Catalog => buildCatalog(loadDataset(config.SG17_DATA_DIR));

/** The bot database if it exists (a preview never creates a SQLite file; a server database is opened and migrated). */
export async function openExistingStore(config: Pick<Config, 'SG17_DB'>): Promise<Store | undefined> {
  if (isServerDatabase(config.SG17_DB)) return openAnyStore(config.SG17_DB);
  return existsSync(config.SG17_DB) ? openAnyStore(config.SG17_DB) : undefined;
}
