/**
 * `sg17 diff <old> <new> [--json]`: what changed between two datasets (each a meeting file or a
 * data folder), printed like any answer; --json prints the same changes as data. The service
 * posts the same diff, per channel, as its change notices after a reload.
 */
import { statSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DatasetError, loadDataset, parseMeetingJson } from '../../../src/dataset/load.js';
import { diffDatasets } from '../../../src/dataset/diff.js';
import { meetingLabel } from '../../../src/dataset/catalog.js';
import type { Meeting } from '../../../src/dataset/schema.js';
import { diffAnswer } from '../../../src/planner/changes.js';
import { renderText } from '../../console/render-text.js';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

function readSide(path: string): Meeting[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (error) {
    throw new DatasetError(path, '', `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return isDir ? loadDataset(path) : [parseMeetingJson(path, readFileSync(path, 'utf8'))];
}

export const diff: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
    if (positionals.length !== 2) throw new UsageError('usage: sg17 diff <old file or folder> <new file or folder> [--json]');
    let before: Meeting[];
    let after: Meeting[];
    try {
      before = readSide(positionals[0]!);
      after = readSide(positionals[1]!);
    } catch (error) {
      if (error instanceof DatasetError) {
        io.stderr(`sg17 diff: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    const changes = diffDatasets(before, after);
    const source = `${positionals[0]} (${before.map(meetingLabel).join('; ')}) → ${positionals[1]} (${after.map(meetingLabel).join('; ')})`;
    const answer = diffAnswer(changes, source);
    io.stdout(values.json ? `${JSON.stringify(answer.data, null, 2)}\n` : renderText(answer));
    return 0;
  },
};
