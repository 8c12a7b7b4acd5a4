/**
 * `sg17 console [--now ISO]`: the console channel on its own — each line read from standard input
 * (a terminal, or a pipe: `printf 'aap Q10\nand their rgms?\n' | sg17 console`) is answered as the
 * bot answers it, one answer per line, in order, as one conversation: a follow-up ("and their
 * RGMs?") refines the line before. It ends when the input does (or on `quit`). Only the engine and
 * the dataset load; no service, no database (channel settings are `sg17 serve`'s).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadDataset } from '../../../src/dataset/load.js';
import { buildCatalog } from '../../../src/dataset/catalog.js';
import { createDispatcher } from '../../../src/dispatch/dispatch.js';
import { offsetClock } from '../../../src/clock.js';
import { renderText } from '../../console/render-text.js';
import { CONSOLE_CHANNEL } from '../../console/address.js';
import { dataDir } from '../paths.js';
import { runtimeEnv } from '../env.js';
import { cliNow } from '../now.js';
import { stderrLogger } from '../dispatch.js';
import type { CliIO, ExitCode, Subcommand } from '../subcommand.js';

const PROMPT = 'sg17> ';
const QUIT = /^(?:quit|exit)$/i;

export const consoleChannel: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values } = parseArgs({ args, strict: true, options: { now: { type: 'string' } } });
    const env = runtimeEnv(io.env);
    // The clock runs from --now / SG17_NOW (a follow-up is remembered 15 minutes of it), else it is the system's.
    const clock = offsetClock(cliNow(values.now, env));
    const catalog = buildCatalog(loadDataset(dataDir(env)));
    const dispatch = createDispatcher({ catalog: () => catalog, clock, logger: stderrLogger(io) });
    const input = io.stdin ?? process.stdin;
    // A prompt only for a person at a terminal: a script's output holds the answers alone.
    const interactive = input.isTTY === true;
    const rl = createInterface({ input, terminal: false });
    if (interactive) io.stdout(PROMPT);
    // Lines are answered one after another, in the order read, however fast a pipe brings them.
    for await (const line of rl) {
      const text = line.trim();
      if (QUIT.test(text)) break;
      if (text !== '') {
        const { answer } = await dispatch.dispatch({
          query: { text },
          channel: CONSOLE_CHANNEL,
          actor: { id: 'console:local', canManageChannel: true },
          conversation: [CONSOLE_CHANNEL],
        });
        io.stdout(`${renderText(answer)}\n`);
      }
      if (interactive) io.stdout(PROMPT);
    }
    rl.close();
    return 0;
  },
};
