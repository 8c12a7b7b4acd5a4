/** What the parser returns, and what it is given. */
import type { Catalog } from '../../../dataset/catalog.js';
import type { ParsedQuery } from '../model.js';
import type { Gazetteer } from './gazetteer.js';

export type ParseOutcome =
  | ({ readonly kind: 'query' } & ParsedQuery)
  /** A registry command that keeps its own word parser (channel settings), or a malformed terse command. */
  | { readonly kind: 'command'; readonly name: string }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

export interface ParseEnv {
  readonly now: Date;
  readonly catalog: Catalog;
  /** Every command word (names and aliases), for commands typed first and for suggestions. */
  readonly commandWords: readonly string[];
  /** The catalog's names and words (./gazetteer.ts); built from the catalog once when not passed. */
  readonly gazetteer?: Gazetteer;
}
