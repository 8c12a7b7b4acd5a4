/**
 * One parser, text → Query, for terse commands (`aap q15`, `tap determined`) and plain words
 * alike: a pipeline of spans, recognisers and refiners (./pipeline/, in the spirit of chrono's
 * parsers and refiners). Recognisers emit typed spans — identifiers, TDs and Questions by pattern
 * (./pipeline/lexicon/id-words.ts), names, places and meetings from the gazetteer the catalog
 * builds (./pipeline/gazetteer.ts), a time window (./time.ts), phrases of the tables (./words.ts),
 * with what a negator excludes (./negation.ts). Small ordered refiners (./pipeline/refiners/, one
 * file each) resolve and combine them; the Query is built last (./pipeline/build-query.ts). Code
 * compares span kinds, never words: every word and phrase lives in a table. The parser never runs
 * a query and never throws: anything unexpected is "not understood".
 */
import { gazetteerOf } from './pipeline/gazetteer.js';
import type { ParseEnv, ParseOutcome } from './pipeline/outcome.js';
import { run } from './pipeline/run.js';
import { State } from './pipeline/state.js';
import { nearestCommands } from './pipeline/suggestions.js';

export type { ParseEnv, ParseOutcome } from './pipeline/outcome.js';
export { nearestCommands } from './pipeline/suggestions.js';

/** Read `text` as a Query. Never throws. */
export function parseQuery(text: string, env: ParseEnv): ParseOutcome {
  try {
    return run(new State(String(text ?? ''), env, env.gazetteer ?? gazetteerOf(env.catalog)));
  } catch {
    return { kind: 'unknown', suggestions: nearestCommands([], env.commandWords) };
  }
}
