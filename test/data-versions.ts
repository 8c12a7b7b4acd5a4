/**
 * A second version of the committed dataset, changed the way a corrected summary would change it:
 * Q13/17's "TBC, 7-8/8-9 Jan 2025" RGM gets its date (8-9 Jan 2025), Q10/17's Paris RGM moves from
 * 6 to 12 Dec 2024, Q3/17's 26-27 Nov 2024 RGM is no longer listed, and X.1385 (Q13/17) moves
 * from TAP determined to TAP approved. Used by the diff, scheduler and end-to-end tests.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Meeting } from '../src/dataset/schema.js';

export const DATA_FILE = fileURLToPath(new URL('../data/sg17-2024-09.json', import.meta.url));

export function committedMeeting(): Meeting {
  return JSON.parse(readFileSync(DATA_FILE, 'utf8')) as Meeting;
}

export const CHANGED = {
  dated: 'sg17-2024-09/rgm-12',
  moved: 'sg17-2024-09/rgm-10',
  removed: 'sg17-2024-09/rgm-08',
  statusMoved: 'X.1385',
} as const;

export function changedMeeting(base: Meeting = committedMeeting()): Meeting {
  const m = structuredClone(base);
  const rgm = (id: string) => m.rgms.find((r) => r.id === id)!;
  Object.assign(rgm(CHANGED.dated), {
    datesText: '8-9 Jan 2025',
    tbc: false,
    when: { kind: 'days', range: { start: '2025-01-08', end: '2025-01-09' } },
  });
  Object.assign(rgm(CHANGED.moved), { datesText: '12 Dec 2024', when: { kind: 'days', range: { start: '2024-12-12', end: '2024-12-12' } } });
  m.rgms = m.rgms.filter((r) => r.id !== CHANGED.removed);
  const item = m.items.find((i) => i.number === CHANGED.statusMoved)!;
  item.status = 'tap-approved';
  item.section = 'a';
  return m;
}

/** A fresh data folder holding `meeting` as the one dataset file. */
export function dataFolder(meeting: Meeting, dirs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-data-'));
  dirs.push(dir);
  writeMeeting(dir, meeting);
  return dir;
}

export function writeMeeting(dir: string, meeting: Meeting): void {
  writeFileSync(join(dir, `${meeting.id}.json`), `${JSON.stringify(meeting, null, 2)}\n`);
}
