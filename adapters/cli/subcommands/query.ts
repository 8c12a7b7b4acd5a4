/**
 * `sg17 <words…>`: answer as the bot does. Loads the dataset, asks through dispatch, prints the
 * Answer as terminal text (or its data as JSON with --json). This is the cold-start path: it
 * must load nothing but the engine and the dataset (test/boundary.test.ts checks it).
 */
import { parseArgs } from 'node:util';
import type { Answer } from '../../../src/engine/answer.js';
import { loadDataset } from '../../../src/dataset/load.js';
import { buildCatalog } from '../../../src/dataset/catalog.js';
import { renderText } from '../../console/render-text.js';
import { dataDir } from '../paths.js';
import { runtimeEnv } from '../env.js';
import { cliNow } from '../now.js';
import { cliDispatcher } from '../dispatch.js';
import type { CliIO, ExitCode, Subcommand } from '../subcommand.js';

/** Exit code for an answer: usage errors 2, nothing matched / not understood / a failed command 1, answered 0. */
export function exitCodeFor(answer: Answer): ExitCode {
  if (answer.ok) return 0;
  if (answer.error === 'usage' && answer.kind !== 'not-understood') return 2;
  return 1;
}

export const query: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, now: { type: 'string' } },
    });
    const env = runtimeEnv(io.env); // ./.env under the environment, as every subcommand
    const now = cliNow(values.now, env);
    const catalog = buildCatalog(loadDataset(dataDir(env)));
    // As in chat, a trailing `public` is accepted (and means nothing in a terminal).
    const { answer } = await cliDispatcher(io, { catalog, now }).dispatch({ query: { text: positionals.join(' ') }, channel: 'console:local' });
    // --json: the data, and how the text was read (the terse command, or null) and whether it was understood.
    const json = {
      reading: answer.reading?.query ?? null,
      understood: answer.reading?.understood ?? answer.ok,
      ...(answer.reading?.alternative ? { alternative: answer.reading.alternative } : {}),
      ...(answer.reading?.unused?.length ? { unused: answer.reading.unused } : {}),
      ...(answer.reading?.unanswered ? { unanswered: answer.reading.unanswered } : {}),
      ...answer.data,
    };
    io.stdout(values.json ? `${JSON.stringify(json, null, 2)}\n` : renderText(answer));
    return exitCodeFor(answer);
  },
};
