/** One reading of the totals (src/dataset/totals.ts): on the real dataset, and on catalogs whose figures disagree. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Meeting } from '../src/dataset/schema.js';
import { headlineTotals, readTotals, type TotalReading } from '../src/dataset/totals.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sep2024 = Meeting.parse(JSON.parse(readFileSync(join(root, 'data/sg17-2024-09.json'), 'utf8')));
const byKey = (m: Meeting) => Object.fromEntries(readTotals(m).map((t) => [t.key, t])) as Record<TotalReading['key'], TotalReading>;

/** The seed with its stated figures (and, optionally, its tables) changed: a small catalog that disagrees. */
function variant(declared: Partial<Meeting['declared']>, keepItems: (i: Meeting['items'][number]) => boolean = () => true): Meeting {
  return Meeting.parse({ ...sep2024, declared: { ...sep2024.declared, ...declared }, items: sep2024.items.filter(keepItems) });
}

describe('readTotals on data/sg17-2024-09.json', () => {
  const t = byKey(sep2024);

  it('reads the 37 output standards as the 39 rows less the 2 TAP texts not approved', () => {
    expect(t.outputStandards).toMatchObject({ stated: 37, inTables: 39, counted: 37, reconciles: true, excluded: [{ count: 2, reason: 'not approved' }] });
    expect(t.outputStandards.sentence).toBe('37 output standards stated; the tables list 39 rows, 37 plus the 2 not approved.');
  });

  it('gives every total the summary states, each reconciled with the tables, figures from the data', () => {
    const readings = readTotals(sep2024);
    expect(readings.map((r) => r.key).sort()).toEqual(Object.keys(sep2024.declared).sort());
    for (const r of readings) {
      expect(r.stated).toBe(sep2024.declared[r.key]);
      expect([r.key, r.reconciles]).toEqual([r.key, true]);
      expect(r.sentence.startsWith(`${r.stated} `)).toBe(true);
    }
    expect(t.tapNotApproved.inTables).toBe(sep2024.items.filter((i) => i.status === 'tap-not-approved').length);
    expect(t.rgms.sentence).toBe(`14 interim RGMs stated; the tables list ${sep2024.rgms.length} rows.`);
    expect(t.rgmQuestions.sentence).toBe('8 Questions holding RGMs stated; the tables list 8 Questions.');
    expect(headlineTotals(sep2024).map((r) => r.key)).toEqual(['outputStandards', 'newWorkItems', 'rgms']);
  });
});

describe('readTotals where the figures disagree', () => {
  it('a summary that counts every row, not-approved included, reconciles with nothing set aside', () => {
    const t = byKey(variant({ outputStandards: 39 }));
    expect(t.outputStandards).toMatchObject({ counted: 39, reconciles: true, excluded: [] });
    expect(t.outputStandards.sentence).toBe('39 output standards stated; the tables list 39 rows.');
  });

  it('a stated total that neither reading meets is said plainly not to reconcile', () => {
    const t = byKey(variant({ outputStandards: 40 }));
    expect(t.outputStandards.reconciles).toBe(false);
    expect(t.outputStandards.sentence).toBe(
      '40 output standards stated; the tables list 39 rows, 2 of them not approved — they do not reconcile, with those (39) or without (37).',
    );
  });

  it('a table that lost a row: the part and the whole both say so, never an invented figure', () => {
    const firstAgreed = sep2024.items.find((i) => i.status === 'agreed');
    const m = variant({}, (i) => i !== firstAgreed);
    const t = byKey(m);
    expect(t.agreed).toMatchObject({ stated: 8, inTables: 7, reconciles: false });
    expect(t.agreed.sentence).toBe('8 texts agreed stated; the tables list 7 rows — they do not reconcile: 1 fewer than stated.');
    expect(t.outputStandards.reconciles).toBe(false);
    expect(t.outputStandards.sentence).toContain('the tables list 38 rows, 2 of them not approved');
  });

  it('a summary that states no total: the tables are still said, no figure made up', () => {
    const t = byKey(variant({ outputStandards: null, newWorkItems: null }));
    expect(t.outputStandards).toMatchObject({ stated: null, reconciles: null });
    expect(t.outputStandards.sentence).toBe('No total of output standards stated; the tables list 39 rows, 37 plus the 2 not approved.');
    expect(t.newWorkItems.sentence).toBe(`No total of new work items stated; the tables list ${sep2024.workItems.length} rows.`);
  });

  it('with no text not approved, nothing is set aside', () => {
    const m = variant({ outputStandards: 37, tapNotApproved: null }, (i) => i.status !== 'tap-not-approved');
    expect(byKey(m).outputStandards.sentence).toBe('37 output standards stated; the tables list 37 rows.');
  });
});
