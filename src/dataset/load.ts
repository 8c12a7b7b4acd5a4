/**
 * Load and validate every data/*.json meeting file. An invalid file stops start-up with the
 * file and the field named, never a half-loaded dataset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Meeting } from './schema.js';

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field ? `field "${field}": ` : ''}${detail}`);
  }
}

/** Validate one meeting document already read from `file`. */
export function parseMeetingJson(file: string, text: string): Meeting {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, '', `not valid JSON (${(error as Error).message})`);
  }
  const parsed = Meeting.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DatasetError(file, issue.path.join('.'), issue.message);
  }
  return parsed.data;
}

/** Every *.json directly under `dir`, validated; sorted by file name for a stable order. */
export function loadDataset(dir: string): Meeting[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new DatasetError(dir, '', `cannot read the data folder (${(error as Error).message})`);
  }
  if (names.length === 0) throw new DatasetError(dir, '', 'no meeting files (*.json) found; run `sg17 ingest <summary.txt>`');
  const meetings = names.map((name) => {
    const file = join(dir, name);
    return parseMeetingJson(file, readFileSync(file, 'utf8'));
  });
  const seen = new Map<string, string>();
  for (const [i, m] of meetings.entries()) {
    const other = seen.get(m.id);
    if (other) throw new DatasetError(join(dir, names[i]!), 'id', `meeting "${m.id}" is also in ${other}`);
    seen.set(m.id, join(dir, names[i]!));
  }
  return meetings;
}
