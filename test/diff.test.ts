/**
 * `sg17 diff` and the change notices it drives: the committed dataset against a changed copy
 * (test/data-versions.ts), through the pure diff, the notice planner and the CLI entry point.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffDatasets, datasetVersion, isEmptyDiff } from '../src/dataset/diff.js';
import { planChangeNotices } from '../src/planner/changes.js';
import { plainText } from '../src/engine/answer.js';
import type { Subscription } from '../src/store/port.js';
import { main } from '../adapters/cli/cli.js';
import { CHANGED, DATA_FILE, changedMeeting, committedMeeting, dataFolder } from './data-versions.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const before = committedMeeting();
const after = changedMeeting(before);

function subscription(channel: string, questions: Subscription['questions']): Subscription {
  return {
    channel: channel as Subscription['channel'],
    questions,
    leads: ['1d'],
    at: '09:00',
    timeZone: 'Europe/Zurich',
    enabled: true,
    disabledReason: null,
    createdAt: '2024-11-01T00:00:00.000Z',
    createdBy: 'test',
  };
}

describe('diffDatasets', () => {
  it('names each change once: dated, moved, no longer listed, status moved', () => {
    const diff = diffDatasets([before], [after]);
    expect(diff.rgms.map((c) => [c.kind, c.id, c.question])).toEqual([
      ['removed', CHANGED.removed, 'Q3/17'],
      ['moved', CHANGED.moved, 'Q10/17'],
      ['dated', CHANGED.dated, 'Q13/17'],
    ]);
    expect(diff.rgms.find((c) => c.kind === 'dated')?.details).toEqual(['TBC dropped']);
    expect(diff.statuses).toEqual([{ document: 'X.1385', question: 'Q13/17', before: 'tap-determined', after: 'tap-approved', meetingId: 'sg17-2024-09' }]);
    expect(diff.workItems).toEqual([]);
    expect(diff.correspondenceGroups).toEqual([]);
    expect(diff.from).toBe(datasetVersion([before]));
    expect(diff.to).not.toBe(diff.from);
  });

  it('finds nothing between equal data, and confirmed when only TBC is dropped', () => {
    expect(isEmptyDiff(diffDatasets([before], [structuredClone(before)]))).toBe(true);
    const confirmed = structuredClone(before);
    confirmed.rgms.find((r) => r.id === 'sg17-2024-09/rgm-02')!.tbc = false;
    expect(diffDatasets([before], [confirmed]).rgms.map((c) => [c.kind, c.id])).toEqual([['confirmed', 'sg17-2024-09/rgm-02']]);
  });

  it('reports added RGMs and work items, dropped texts and correspondence groups', () => {
    const next = structuredClone(before);
    next.rgms.push({ ...structuredClone(before.rgms[0]!), id: 'sg17-2024-09/rgm-15', question: 'Q4/17' });
    next.workItems = next.workItems.slice(1);
    next.items = next.items.filter((i) => i.number !== 'X.1716');
    next.correspondenceGroups = next.correspondenceGroups.slice(1);
    const diff = diffDatasets([before], [next]);
    expect(diff.rgms.map((c) => [c.kind, c.question])).toEqual([['added', 'Q4/17']]);
    expect(diff.workItems).toHaveLength(1);
    expect(diff.workItems[0]).toMatchObject({ kind: 'dropped', question: before.workItems[0]!.question });
    expect(diff.statuses).toEqual([expect.objectContaining({ document: 'X.1716', before: 'aap-consented', after: null })]);
    expect(diff.correspondenceGroups).toEqual([expect.objectContaining({ kind: 'dropped', acronym: before.correspondenceGroups[0]!.acronym })]);
  });
});

describe('planChangeNotices', () => {
  const diff = diffDatasets([before], [after]);
  const subs = [
    subscription('slack:C0Q13', ['Q13/17']),
    subscription('slack:C0Q15', ['Q15/17']),
    subscription('discord:1010', ['Q10/17', 'Q15/17']),
    subscription('console:local', 'all'),
  ];

  it('one notice per channel whose Questions changed, none for the others', () => {
    const notices = planChangeNotices(diff, subs, { source: 'test', since: '2024-11-01T00:00:00.000Z' });
    expect(notices.map((n) => n.channel)).toEqual(['slack:C0Q13', 'discord:1010', 'console:local']);
    const q13 = notices[0]!.answer;
    const text = JSON.stringify(q13.sections.map((s) => s.items?.map((i) => plainText(i.text))));
    expect(text).toContain('Q13/17 interim RGM dated');
    expect(text).toContain('was \\"TBC, 7-8/8-9 Jan 2025\\"');
    expect(text).toContain('X.1385 (Q13/17): TAP determined → TAP approved');
    expect(text).not.toContain('Q10/17');
    expect(notices[1]!.answer.data.items).toEqual([expect.objectContaining({ type: 'rgm', kind: 'moved', question: 'Q10/17' })]);
    expect(notices[2]!.answer.data.items).toHaveLength(4);
    expect(new Set(notices.map((n) => n.key)).size).toBe(3);
    expect(notices[0]!.key).toBe(`slack:C0Q13|changes|${diff.from}>${diff.to}|2024-11-01T00:00:00.000Z`);
  });
});

describe('sg17 diff', () => {
  function io() {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t), env: {} } };
  }

  it('prints the changes between a file and a folder like any answer', async () => {
    const folder = dataFolder(after, dirs);
    const { out, io: cli } = io();
    expect(await main(['diff', DATA_FILE, folder], cli)).toBe(0);
    expect(out.stdout).toContain('What changed in the SG17 data (4 changes)');
    expect(out.stdout).toContain('Q13/17 interim RGM dated');
    expect(out.stdout).toContain('Q10/17 interim RGM moved');
    expect(out.stdout).toContain('Q3/17 interim RGM no longer listed: was "26-27 Nov 2024"');
    expect(out.stdout).toContain('X.1385 (Q13/17): TAP determined → TAP approved');
  });

  it('--json gives the same changes as data', async () => {
    const folder = dataFolder(after, dirs);
    const { out, io: cli } = io();
    expect(await main(['diff', '--json', DATA_FILE, join(folder, 'sg17-2024-09.json')], cli)).toBe(0);
    const data = JSON.parse(out.stdout) as { kind: string; items: { type: string; kind?: string }[] };
    expect(data.kind).toBe('diff');
    expect(data.items.map((i) => `${i.type}:${i.kind ?? ''}`)).toEqual(['rgm:removed', 'rgm:moved', 'rgm:dated', 'status:']);
  });

  it('an invalid file names the file and field, exit 1; a wrong argument count is a usage error', async () => {
    const folder = dataFolder(after, dirs);
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...after, range: { start: 'soon' } }));
    const { out, io: cli } = io();
    expect(await main(['diff', DATA_FILE, bad], cli)).toBe(1);
    expect(out.stderr).toMatch(/bad\.json: field "range\.\w+"/);
    expect(await main(['diff', DATA_FILE], io().io)).toBe(2);
  });
});
