/** `sg17 ingest <summary.txt> [--out DIR]`: parse an executive summary into data/<meeting>.json. */
import { parseArgs } from 'node:util';
import { ingestFile, formatIngestReport, IngestError } from '../../../src/ingest/ingest.js';
import { dataDir, packageRoot } from '../paths.js';
import { runtimeEnv } from '../env.js';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

export const ingest: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('usage: sg17 ingest <summary.txt> [--out DIR]');
    const outDir = values.out ?? dataDir(runtimeEnv(io.env));
    try {
      const result = ingestFile(positionals[0]!, { outDir, repoRoot: packageRoot() });
      io.stdout(`${formatIngestReport(result.report)}\nWrote ${result.outFile}\n`);
      return 0;
    } catch (error) {
      if (error instanceof IngestError) {
        io.stderr(`sg17 ingest: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};
