/**
 * The ingest step: reproducibility of the committed dataset, a second summary in the same style,
 * broken inputs (clear IngestError, existing file untouched), dataset validation errors, and
 * property tests that the parser only ever fails with IngestError.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, parseMeetingJson } from '../src/dataset/load.js';
import { formatIngestReport, IngestError, ingestFile, parseSummary } from '../src/ingest/ingest.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const sourcePath = join(repoRoot, 'data/source/sg17-2024-09-executive-summary.txt');
const datasetPath = join(repoRoot, 'data/sg17-2024-09.json');
const samplePath = join(repoRoot, 'test/fixtures/ingest/sg17-2025-04-sample.txt');
const sourceText = readFileSync(sourcePath, 'utf8');
const sampleText = readFileSync(samplePath, 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sg17-ingest-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Expect `fn` to throw an IngestError whose message matches `pattern`. */
function expectIngestError(fn: () => unknown, pattern: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IngestError);
  expect((caught as Error).message).toMatch(pattern);
}

describe('ingestFile on the committed source', () => {
  it('reproduces data/sg17-2024-09.json byte for byte, run after run', () => {
    const first = ingestFile(sourcePath, { outDir: dir, repoRoot });
    expect(first.outFile).toBe(join(dir, 'sg17-2024-09.json'));
    const written = readFileSync(first.outFile);
    expect(written.equals(readFileSync(datasetPath))).toBe(true);
    ingestFile(sourcePath, { outDir: dir, repoRoot });
    expect(readFileSync(first.outFile).equals(written)).toBe(true);
    expect(readdirSync(dir)).toEqual(['sg17-2024-09.json']); // no temp file left behind
    expect(written.toString('utf8').endsWith('}\n')).toBe(true);
  });

  it('reports the counts against the declared totals and every incomplete row with its line', () => {
    const { report } = ingestFile(sourcePath, { outDir: dir, repoRoot });
    const text = formatIngestReport(report);
    for (const line of [
      '✓ 37 output standards stated; the tables list 39 rows, 37 plus the 2 not approved.',
      '✓ 9 texts approved under TAP stated; the tables list 9 rows.',
      '✓ 2 texts not approved under TAP stated; the tables list 2 rows.',
      '✓ 5 texts determined under TAP stated; the tables list 5 rows.',
      '✓ 15 texts consented under AAP stated; the tables list 15 rows.',
      '✓ 6 new texts consented under AAP stated; the tables list 6 rows.',
      '✓ 9 amendments consented under AAP stated; the tables list 9 rows.',
      '✓ 8 texts agreed stated; the tables list 8 rows.',
      '✓ 10 new work items stated; the tables list 10 rows.',
      '✓ 14 interim RGMs stated; the tables list 14 rows.',
      '✓ 8 Questions holding RGMs stated; the tables list 8 Questions.',
    ])
      expect(text).toContain(line);
    expect(text).not.toContain('✗');
    expect(report.incomplete.map((r) => r.line)).toEqual([153, 154, 194, 195, 198, 203]);
    expect(text).toMatch(/line 153 Annex A d\) 2\. X\.1600: former acronym lost/);
    expect(text).toMatch(/line 194 New work items \?\. X\.5Gsec-FMSC: row number lost; Question lost/);
    expect(report.warnings).toEqual([]);
  });

  it('reports a count that differs from the declared total', () => {
    // Drop the line of row 9 of a): the summary still says "TAP approval (9)".
    const lines = sourceText.split('\n');
    const cut = [...lines.slice(0, 118), ...lines.slice(121)].join('\n');
    expect(lines[118]).toMatch(/^9\.\s+Q13\/17X\.1384/);
    const { report } = parseSummary(cut, 'cut.txt');
    const text = formatIngestReport(report);
    expect(text).toContain('✗ 9 texts approved under TAP stated; the tables list 8 rows — they do not reconcile: 1 fewer than stated.');
    // The output standards lose the same row: 38 in the tables, 36 once the 2 not approved are set aside.
    expect(text).toContain(
      '✗ 37 output standards stated; the tables list 38 rows, 2 of them not approved — they do not reconcile, with those (38) or without (36).',
    );
    expect(report.warnings).toContain('TAP approved: 9 texts approved under TAP stated; the tables list 8 rows — they do not reconcile: 1 fewer than stated.');
  });
});

describe('a second summary in the same style (test/fixtures/ingest/sg17-2025-04-sample.txt)', () => {
  const { meeting, report } = parseSummary(sampleText, 'test/fixtures/ingest/sg17-2025-04-sample.txt');

  it('names the meeting from its heading', () => {
    expect([meeting.id, meeting.place, meeting.range, meeting.closingPlenary]).toEqual([
      'sg17-2025-04',
      'Geneva',
      { start: '2025-04-07', end: '2025-04-17' },
      '2025-04-17',
    ]);
  });

  it('finds as many rows as the summary declares, section statuses read from the headings', () => {
    const stated = report.totals.filter((t) => t.stated !== null);
    expect(stated.length).toBeGreaterThanOrEqual(9);
    for (const t of stated) expect([t.label, t.counted]).toEqual([t.label, t.stated]);
    expect(meeting.declared).toMatchObject({
      outputStandards: 14,
      tapApproved: 4,
      tapNotApproved: null,
      tapDetermined: 3,
      newWorkItems: 6,
      rgms: 8,
      rgmQuestions: 7,
    });
    // This summary has no "not approved" section: b) is "determined", c) "consented", d) "agreed".
    expect(meeting.items.map((i) => `${i.section}:${i.status}`)).toEqual([
      ...Array(4).fill('a:tap-approved'),
      ...Array(3).fill('b:tap-determined'),
      ...Array(5).fill('c:aap-consented'),
      ...Array(2).fill('d:agreed'),
    ]);
  });

  it('reads rows that ran together differently', () => {
    const byNumber = (n: string) => meeting.items.find((i) => i.number === n)!;
    expect(byNumber('X.500 Amd.2')).toMatchObject({
      title: 'The Directory: Overview of concepts, models and services',
      change: '-',
      kind: 'amendment',
      baseText: 'TD561',
      equivalent: 'ISO/IEC 9594-1',
      timing: '2025-04',
      incomplete: false,
    });
    expect(byNumber('X.1285')).toMatchObject({
      formerAcronym: null,
      title: 'Verifiable credential-based trust propagation framework in the decentralized identity',
      baseText: 'TD580',
    });
    expect(byNumber('X.1718')).toMatchObject({ formerAcronym: 'X.sec_QKD_profr', baseText: 'TD570', a5Reference: 'TD571', timing: '2025-04' });
    expect(byNumber('X.1284')).toMatchObject({ formerAcronym: 'X.afotak', notes: [2], baseText: 'R12' });
    expect(byNumber('X.1456')).toMatchObject({ formerAcronym: 'X.sgdfs-us', notes: [1] });
    expect(meeting.footnotes.map((f) => f.events.map((e) => e.event))).toEqual([['determined'], ['determined', 'approval deferred', 're-determined']]);
    const pqc = meeting.workItems.find((w) => w.acronym === 'X.pqc-mig')!;
    expect(pqc).toMatchObject({ seq: 4, question: 'Q9/17', mark: '', route: 'aap', document: 'TD615' });
    expect(pqc.title).toBe('Guidelines for migration to post-quantum cryptography in telecommunication networks');
    expect(meeting.workItems.map((w) => w.route)).toEqual(['agreement', 'agreement', 'tap', 'aap', 'tap', 'tap']);
  });

  it('flags exactly its garbled rows', () => {
    expect(report.incomplete.map((r) => [r.line, r.where, r.label])).toEqual([
      [89, 'Annex A b)', '3. X.1410'],
      [122, 'New work items', '5. (no acronym)'],
    ]);
  });

  it('reads its RGM dates, times, venues and hosts', () => {
    const rgm = (seq: number) => meeting.rgms.find((r) => r.seq === seq)!;
    expect(rgm(2)).toMatchObject({
      question: 'Q4/17',
      times: { start: '13:00', end: '16:00' },
      venue: 'MyWorkspace',
      topics: ['To progress X.stie-2 and X.taeii-2'],
    });
    expect(rgm(3)).toMatchObject({ when: { kind: 'window', from: '2025-06', to: '2025-07' }, host: 'ETRI', format: 'hybrid' });
    expect(rgm(4)).toMatchObject({ when: { kind: 'days', range: { start: '2025-06-30', end: '2025-07-02' } }, venue: 'Madrid, Spain', format: null });
    expect(rgm(5).when).toEqual({
      kind: 'alternatives',
      options: [
        { start: '2025-09-02', end: '2025-09-03' },
        { start: '2025-09-09', end: '2025-09-10' },
      ],
    });
    expect(rgm(5).times).toEqual({ start: '09:00', end: '12:00' });
    expect(rgm(7)).toMatchObject({ question: 'Q15/17', datesText: 'TBC, Sep 2025', scheduleText: '2 hours x 3days', topics: ['to progress X.sec_QKD_profr'] });
    expect(rgm(8)).toMatchObject({ venue: 'tbd', format: null, remarks: ['Objective to consent X.sec_QKDNi at the next SG17 meeting'] });
    expect(meeting.registrationAuthorities.map((r) => [r.country, r.oid])).toEqual([['Mongolia', '2.16.496']]);
    expect(meeting.statistics.liaisons).toEqual({ incoming: 102, outgoing: 33, matrixDocument: 'TD480', pastMeetings: '187/28, 89/41' });
  });
});

describe('broken inputs', () => {
  const good = () => {
    ingestFile(sourcePath, { outDir: dir, repoRoot });
    return readFileSync(join(dir, 'sg17-2024-09.json'));
  };
  const cases: [string, string | Buffer, RegExp][] = [
    ['an empty file', '', /empty/],
    ['a blank file', ' \n\n\t\n', /empty/],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary data \(NUL bytes\)/],
    ['an unrelated document', 'Minutes of the garden committee\n\nWe agreed to plant tulips.\n', /"Executive Summary" heading is missing/],
    ['a summary without a readable meeting line', 'Executive Summary\nMeeting of ITU-T SG17, somewhere, some day\n', /meeting line names no readable dates/],
    ['a summary cut inside Annex A', sourceText.split('\n').slice(0, 150).join('\n'), /"New work items" \(Annex B\) was not found: the text may be truncated/],
    [
      'a summary cut inside the work-items table',
      sourceText.split('\n').slice(0, 199).join('\n'),
      /ends inside the new-work-items table at line 199 \(6 of 10 declared rows\)/,
    ],
    ['a summary without its annexes', sourceText.split('\n').slice(0, 88).join('\n'), /Annex A .* not found/],
  ];
  for (const [name, content, pattern] of cases) {
    it(`rejects ${name} with a clear IngestError and leaves the existing dataset file alone`, () => {
      const before = good();
      const bad = join(dir, 'bad.txt');
      writeFileSync(bad, content);
      expectIngestError(() => ingestFile(bad, { outDir: dir, repoRoot }), pattern);
      expect(readFileSync(join(dir, 'sg17-2024-09.json')).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['bad.txt', 'sg17-2024-09.json']);
    });
  }

  it('rejects a file far too large to be a summary', () => {
    const before = good();
    const big = join(dir, 'big.txt');
    writeFileSync(big, `${sourceText}\n${'x'.repeat(2_100_000)}`);
    expectIngestError(() => ingestFile(big, { outDir: dir, repoRoot }), /far too large for an executive summary/);
    expect(readFileSync(join(dir, 'sg17-2024-09.json')).equals(before)).toBe(true);
  });

  it('names a file that cannot be read', () => {
    expectIngestError(() => ingestFile(join(dir, 'missing.txt'), { outDir: dir }), /cannot read .*missing\.txt: ENOENT/);
  });
});

describe('loadDataset on invalid files', () => {
  it('names the file and the field', () => {
    const json = JSON.parse(readFileSync(datasetPath, 'utf8'));
    json.rgms[3].question = 'Q99';
    const file = join(dir, 'sg17-2024-09.json');
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadDataset(dir)).toThrow(DatasetError);
    expect(() => loadDataset(dir)).toThrow(`${file}: field "rgms.3.question"`);
  });

  it('names the file when it is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"schemaVersion": 1,');
    expect(() => loadDataset(dir)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
  });

  it('names in its report the file it read, and where the dataset records its source', () => {
    const copy = join(dir, 'summary.txt');
    writeFileSync(copy, readFileSync(sourcePath));
    const outside = ingestFile(copy, { outDir: dir, repoRoot });
    expect(formatIngestReport(outside.report).split('\n')[0]).toBe(`Ingested ${copy} (recorded as data/source/summary.txt) → sg17-2024-09`);
    expect(outside.meeting.sourceFile).toBe('data/source/summary.txt');
    const inside = ingestFile(sourcePath, { outDir: dir, repoRoot });
    expect(formatIngestReport(inside.report).split('\n')[0]).toBe('Ingested data/source/sg17-2024-09-executive-summary.txt → sg17-2024-09');
  });

  it('accepts what the ingest wrote', () => {
    ingestFile(samplePath, { outDir: dir, repoRoot });
    ingestFile(sourcePath, { outDir: dir, repoRoot });
    expect(loadDataset(dir).map((m) => m.id)).toEqual(['sg17-2024-09', 'sg17-2025-04']);
    expect(parseMeetingJson('x.json', readFileSync(join(dir, 'sg17-2025-04.json'), 'utf8')).sourceFile).toBe('test/fixtures/ingest/sg17-2025-04-sample.txt');
  });
});

describe('parseSummary never fails with anything but IngestError', () => {
  /** Run parseSummary; rethrow anything that is not an IngestError so fast-check reports it. */
  const tryParse = (text: string) => {
    try {
      return parseSummary(text, 'prop.txt').meeting;
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return null;
    }
  };

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => void tryParse(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void tryParse(`Executive Summary\n${s}`)),
      { numRuns: 200 },
    );
  });

  it('on the source text with lines deleted, duplicated, swapped, cut or scribbled on', () => {
    const lines = sourceText.split('\n');
    const index = fc.nat({ max: lines.length - 1 });
    const edit = fc.oneof(
      fc.tuple(fc.constant('delete' as const), index, fc.constant('')),
      fc.tuple(fc.constant('duplicate' as const), index, fc.constant('')),
      fc.tuple(fc.constant('swap' as const), index, fc.nat({ max: lines.length - 1 }).map(String)),
      fc.tuple(fc.constant('cut' as const), index, fc.nat({ max: 200 }).map(String)),
      fc.tuple(fc.constant('insert' as const), index, fc.string({ maxLength: 60 })),
      fc.tuple(fc.constant('replace' as const), index, fc.string({ maxLength: 60 })),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const copy = [...lines];
        for (const [op, i, arg] of edits) {
          if (i >= copy.length) continue;
          if (op === 'delete') copy.splice(i, 1);
          else if (op === 'duplicate') copy.splice(i, 0, copy[i]!);
          else if (op === 'swap') {
            const j = Number(arg) % copy.length;
            [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          } else if (op === 'cut') copy[i] = copy[i]!.slice(0, Number(arg));
          else if (op === 'insert') copy.splice(i, 0, arg);
          else copy[i] = arg;
        }
        const text = copy.join('\n');
        const meeting = tryParse(text);
        // Whatever was read still points at the lines it came from.
        const mutated = text.split('\n');
        for (const rec of meeting ? [...meeting.items, ...meeting.workItems, ...meeting.rgms, ...meeting.footnotes] : [])
          expect(rec.source.text).toBe(mutated.slice(rec.source.lines[0] - 1, rec.source.lines[1]).join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});
