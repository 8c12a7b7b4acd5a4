/**
 * What the ingest recognises from the heading lines alone, even when the rest is missing: the
 * meeting (kind, place, dates, virtual or not as stated), the totals in their different
 * phrasings, the sections found and missing — on partial summaries written for these tests in
 * the style of the real pages (test/fixtures/ingest/), and on arbitrary text (property tests).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIngestReport, IngestError, ingestFile, parseSummary } from '../src/ingest/ingest.js';
import { describeTotals, readMeetingLine, readTotals, recognise } from '../src/ingest/recognise.js';
import { toLines } from '../src/ingest/lines.js';
import { main } from '../adapters/cli/cli.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(repoRoot, 'test/fixtures/ingest', name);
const opening = fixture('sg17-2025-04-opening.txt');
const contentWeek = fixture('sg17-2026-01-content-week.txt');
const results = fixture('sg17-2018-08-results.txt');
const sourceText = readFileSync(join(repoRoot, 'data/source/sg17-2024-09-executive-summary.txt'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sg17-recognise-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ingestError(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('the meeting line', () => {
  it.each([
    ["Meeting of ITU-T SG17 'Security', Geneva, 8-17 April 2025", 'study-group', 'Geneva', ['2025-04-08', '2025-04-17'], null],
    ['Virtual meeting of ITU-T SG17, 22 August – 2 September 2022', 'study-group', null, ['2022-08-22', '2022-09-02'], 'virtual'],
    ['ITU-T SG17 Content Week, Geneva, 19-23 January 2026', 'content-week', 'Geneva', ['2026-01-19', '2026-01-23'], null],
    ['Meeting of ITU-T WP 2/17, e-meeting, 5-7 May 2021', 'working-party', null, ['2021-05-05', '2021-05-07'], 'virtual'],
    ['Results of the meeting of ITU-T Study Group 17 (Geneva, 29 August - 7 September 2018)', 'study-group', 'Geneva', ['2018-08-29', '2018-09-07'], null],
    ["Meeting of ITU-T SG17 'Security', Hybrid, Seoul, Korea, 3-7 March 2025", 'study-group', 'Seoul, Korea', ['2025-03-03', '2025-03-07'], 'hybrid'],
  ] as const)('%s', (line, kind, place, [start, end], format) => {
    expect(readMeetingLine(line)).toEqual({ title: line, kind, place, range: { start, end }, format });
  });

  it('reads no meeting from a line without readable dates', () => {
    expect(readMeetingLine('Meeting of ITU-T SG17, somewhere, some day')).toBeNull();
    expect(readMeetingLine('Meeting of ITU-T SG17, Geneva, 31-32 April 2025')).toBeNull();
  });
});

describe('stated totals in their different phrasings', () => {
  it.each([
    ['TAP determined (10): 8 new and 2 revised Recommendations. Details are in Annex A c).', 'tapDetermined', 10, '8 new and 2 revised Recommendations'],
    ['10 Recommendations determined under TAP', 'tapDetermined', 10, null],
    ['TAP approval (9): Details are in Annex A a).', 'tapApproved', 9, null],
    ['3 new Recommendations approved under TAP', 'tapApproved', 3, null],
    ['7 Recommendations consented (AAP).', 'aapConsented', 7, null],
    ['AAP consented: 4', 'aapConsented', 4, null],
    ['New work items: 5 (see Annex B).', 'newWorkItems', 5, null],
    ['12 new work items were agreed.', 'newWorkItems', 12, null],
    ['Output standards (37, see Annex A):', 'outputStandards', 37, null],
  ])('%s', (text, key, count, detail) => {
    expect(readTotals(text, '', '').find((t) => t.key === key)).toMatchObject({ count, detail });
  });
});

describe('describeTotals', () => {
  const aap = { key: 'aapConsented', label: 'AAP consented', count: 9 } as const;
  const parts = [
    { key: 'aapConsentedNew', label: 'AAP consented, new', count: 5, detail: null, partOf: 'aapConsented' },
    { key: 'aapConsentedAmendments', label: 'AAP consented, amendments', count: 4, detail: null, partOf: 'aapConsented' },
  ] as const;

  it('says a breakdown once, inside its total, when the total states it', () => {
    expect(describeTotals([{ ...aap, detail: '5 new and 4 Amendments' }, ...parts])).toBe('AAP consented 9 (5 new and 4 Amendments)');
  });

  it('lists the breakdown on its own when its total does not state it', () => {
    expect(describeTotals([{ ...aap, detail: null }, ...parts])).toBe('AAP consented 9, AAP consented, new 5, AAP consented, amendments 4');
    expect(describeTotals(parts)).toBe('AAP consented, new 5, AAP consented, amendments 4');
  });
});

describe('a summary without its annexes', () => {
  it('writes nothing, and its message starts with the meeting recognised and the totals read, then the sections found and missing', () => {
    const error = ingestError(() => ingestFile(opening, { outDir: dir, repoRoot }));
    const [first, second, found, missing] = error.message.split('\n');
    expect(first).toMatch(/^Recognised SG17 study-group meeting, Geneva, 2025-04-08 to 2025-04-17 \(virtual or not: not stated\) \(line 5\); totals read: /);
    expect(first).toContain('TAP determined 10 (8 new and 2 revised Recommendations)');
    expect(first).toContain('Output standards 31');
    expect(first).toContain('Interim RGMs 9');
    // Each total once: the AAP breakdown is said in the total's own detail, not repeated after it.
    expect(first).toContain('AAP consented 9 (5 new and 4 Amendments for AAP Last Call), Agreed 6');
    expect(first).not.toContain('AAP consented, new');
    expect(first).not.toContain('AAP consented, amendments');
    expect(second).toBe(
      `Cannot ingest: ${opening}: Annex A (actions taken on Recommendations at the closing plenary) not found: the text may be truncated or not a summary`,
    );
    expect(found).toMatch(/^Sections found: .*Hot topics \(line 9\); section 1, meeting output \(line 14\); .*Interim RGMs list \(line 26\)\.$/);
    expect(missing).toBe('Sections missing: Annex A, actions on Recommendations; Annex B, new work items; annex of discontinued work items; statistics annex.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sg17 ingest exits 1 with that message', async () => {
    let stderr = '';
    const code = await main(['ingest', contentWeek, '--out', dir], { stdout: () => {}, stderr: (t) => (stderr += t), env: {} });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^sg17 ingest: Recognised SG17 content week, 2026-01-19 to 2026-01-23, virtual \(as the heading says\) \(line 5\); totals read: TAP determined 4, AAP consented 7, New work items 5\.\n/,
    );
    expect(stderr).toContain('Sections missing: section 2, future SG17 meetings; Interim RGMs list; Annex A');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when no meeting could be recognised', () => {
    const error = ingestError(() => parseSummary('Executive Summary\nMeeting of ITU-T SG17, somewhere, some day\n', 'x.txt'));
    expect(error.message).toMatch(
      /^No SG17 meeting recognised .*; totals read: no totals stated\.\nCannot ingest: line 2: the meeting line names no readable dates/,
    );
  });
});

describe('a "Results of the meeting …" page', () => {
  it('is read like an executive summary where its structure allows', () => {
    const { meeting, report } = ingestFile(results, { outDir: dir, repoRoot });
    expect(meeting).toMatchObject({ id: 'sg17-2018-08', place: 'Geneva', range: { start: '2018-08-29', end: '2018-09-07' }, closingPlenary: '2018-09-07' });
    expect(meeting.items.map((i) => [i.status, i.number])).toEqual([
      ['tap-approved', 'X.1373'],
      ['aap-consented', 'X.1400'],
      ['aap-consented', 'X.509 Amd.1'],
    ]);
    expect(meeting.workItems.map((w) => [w.acronym, w.route])).toEqual([
      ['X.dlt-rm', 'tap'],
      ['X.itssec-5', 'aap'],
    ]);
    expect(meeting.rgms.map((r) => [r.question, r.venue, r.format])).toEqual([
      ['Q6/17', 'Seoul, Korea', null],
      ['Q11/17', 'MyWorkspace', 'virtual'],
    ]);
    expect(report.totals.filter((t) => t.stated !== null).every((t) => t.reconciles)).toBe(true);
    const text = formatIngestReport(report);
    expect(text).toContain('Meeting: SG17 study-group meeting, Geneva, 2018-08-29 to 2018-09-07 (virtual or not: not stated)');
    expect(text).toContain('Sections missing: annex of discontinued work items; statistics annex.');
  });
});

describe('the report of a full summary', () => {
  it('lists the meeting, the totals and every section found', () => {
    const { report } = parseSummary(sourceText, 'data/source/sg17-2024-09-executive-summary.txt');
    const text = formatIngestReport(report);
    expect(text).toContain('Meeting: SG17 study-group meeting, Geneva, 2024-09-02 to 2024-09-06 (virtual or not: not stated)');
    expect(text).toContain(
      'Totals stated: Output standards 37, TAP approved 9, TAP not approved 2, TAP determined 5 (5 new Recommendations), ' +
        'AAP consented 15 (6 new and 9 Amendments for AAP Last Call), Agreed 8 (3 new Supplements, 1 new Technical Report and 4 SG17 documents), ' +
        'New work items 10, Interim RGMs 14, Questions holding RGMs 8\n',
    );
    // The breakdown is still read and checked, once, in the counts.
    expect(text).toContain(
      '  ✓ 6 new texts consented under AAP stated; the tables list 6 rows.\n  ✓ 9 amendments consented under AAP stated; the tables list 9 rows.\n',
    );
    expect(text).toContain('Sections missing: none.');
  });
});

describe('recognition never fails, and parseSummary fails only with IngestError', () => {
  const headings = fc.constantFrom(
    'Executive Summary',
    "Meeting of ITU-T SG17 'Security', Geneva, 8-17 April 2025",
    'Results of the meeting of ITU-T Study Group 17 (Geneva, 29 August - 7 September 2018)',
    'ITU-T SG17 Content Week, virtual, 19-23 January 2026',
    '1         Meeting Output',
    '  • TAP determined (10): 8 new and 2 revised Recommendations.',
    'Annex A',
    'Annex B',
    'New work items',
    'a)     TAP Recommendations approved',
  );
  const line = fc.oneof(headings, fc.string({ maxLength: 80 }));

  it('on texts built from heading lines and noise', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        recognise(toLines(text));
        try {
          parseSummary(text, 'prop.txt');
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          if (error.recognition?.meeting) expect(error.message.startsWith('Recognised ')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on every prefix of the partial and full fixtures', () => {
    const texts = [opening, contentWeek, results].map((f) => readFileSync(f, 'utf8'));
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.nat({ max: 8000 }), (which, cut) => {
        const text = texts[which]!.slice(0, cut);
        try {
          parseSummary(text, 'prop.txt');
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
