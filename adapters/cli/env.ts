/**
 * The environment every `sg17` subcommand reads: ./.env (when present) under the real environment,
 * so a variable set in the shell wins over the file. Only node:fs and node:util — light enough for
 * the CLI's cold-start query path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

export type Env = Readonly<Record<string, string | undefined>>;

export function runtimeEnv(env: Env, dotenvPath = '.env'): Record<string, string | undefined> {
  const fromFile = existsSync(dotenvPath) ? parseEnv(readFileSync(dotenvPath, 'utf8')) : {};
  return { ...fromFile, ...env };
}
