/**
 * Places asked are alternatives (Query.venues), as Questions are: "rgms in paris or stockholm" is the
 * RGMs of either, never one place "paris stockholm" that no RGM meets in. Words of one venue stay one
 * place ("paris, france", "hybrid seoul"); places left out are unchanged (Query.not.venues).
 * Paris is rgm-10 (Q10), Stockholm rgm-11 (Q11), Seoul rgm-03 (Q1, hybrid) in data/sg17-2024-09.json.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../src/engine/engine.js';
import type { Answer } from '../src/engine/answer.js';
import { parseQuery } from '../src/engine/query/parse.js';
import { commandWords } from '../src/engine/registry.js';
import { catalog, contextAt, flatten } from './engine-helpers.js';

const NOW = '2024-09-06T00:00:00Z';
const read = (text: string) => parseQuery(text, { now: new Date(NOW), catalog, commandWords });
const ids = (a: Answer): string[] => (a.data?.items ?? []).map((i) => String(i.id)).sort();
const rgm = (n: string) => `sg17-2024-09/rgm-${n}`;
const PARIS = rgm('10');
const STOCKHOLM = rgm('11');
const SEOUL = rgm('03');

describe('two places of the data are alternatives', () => {
  it.each([
    ['rgms in paris or stockholm', ['paris', 'stockholm']],
    ['rgms in Paris, Stockholm', ['paris', 'stockholm']],
    ['the paris and stockholm rgms', ['paris', 'stockholm']],
    ['either the paris or the stockholm rgm', ['paris', 'stockholm']],
    ['both the paris and stockholm rgms', ['paris', 'stockholm']],
    ['rgms in paris stockholm', ['paris', 'stockholm']],
    ['interim meetings in stockholm and paris', ['stockholm', 'paris']],
  ])('%s: the RGMs of either place', async (text, venues) => {
    const r = read(text);
    expect(r.kind === 'query' && r.query.venues, r.kind === 'query' ? r.reading : r.kind).toEqual(venues);
    const a = await ask(text, contextAt(NOW));
    expect(ids(a)).toEqual([PARIS, STOCKHOLM]);
    expect(a.title).toContain(venues[0] === 'paris' ? 'in Paris or Stockholm' : 'in Stockholm or Paris');
  });

  it('rgms in seoul or paris: the hybrid Seoul RGM and the Paris one', async () => {
    const a = await ask('rgms in seoul or paris', contextAt(NOW));
    expect(a.reading?.query).toBe('rgm in seoul in paris');
    expect(ids(a)).toEqual([SEOUL, PARIS]);
  });

  it('another name of a place beside a place: "south korea or paris"', async () => {
    expect(ids(await ask('rgms in south korea or paris', contextAt(NOW)))).toEqual([SEOUL, PARIS]);
  });

  it('the reading reads back, each place after its own "in", to the same Query', async () => {
    const first = read('rgms in paris or stockholm');
    expect(first.kind === 'query' && first.reading).toBe('rgm in paris in stockholm');
    const again = read('rgm in paris in stockholm');
    expect(again.kind === 'query' && first.kind === 'query' && again.query).toEqual(first.kind === 'query' && first.query);
  });

  it('with a Question: both narrow ("q10 rgms in paris or stockholm" is the Paris one)', async () => {
    const a = await ask('q10 rgms in paris or stockholm', contextAt(NOW));
    expect(ids(a)).toEqual([PARIS]);
    // Stockholm is in the data (Q11's RGM): nothing says it is not.
    expect(flatten(a)).not.toContain('No interim RGM in the data meets in Stockholm');
  });
});

describe('near cases', () => {
  it('one place: the Paris RGM alone', async () => {
    const r = read('rgms in paris');
    expect(r.kind === 'query' && r.query.venues).toEqual(['paris']);
    expect(ids(await ask('rgms in paris', contextAt(NOW)))).toEqual([PARIS]);
  });

  it.each([
    ['rgms in paris, france', 'paris france', [PARIS]],
    ['rgms in hybrid seoul', 'seoul', [SEOUL]],
  ])('words of one venue stay one place: %s', async (text, place, expected) => {
    const r = read(text);
    expect(r.kind === 'query' && r.query.venues).toEqual([place]);
    expect(ids(await ask(text, contextAt(NOW)))).toEqual(expected);
  });

  it('a city and its country the data holds no RGM in stay one place, answered none with the venues held', async () => {
    const r = read('rgms in geneva, switzerland');
    expect(r.kind === 'query' && r.query.venues).toEqual(['geneva switzerland']);
    const a = await ask('rgms in geneva, switzerland', contextAt(NOW));
    expect(ids(a)).toEqual([]);
    expect(flatten(a)).toContain('Paris, France');
  });

  it('a place the data does not hold: none, with the venues it holds', async () => {
    const a = await ask('rgms in geneva', contextAt(NOW));
    expect(ids(a)).toEqual([]);
    expect(a.summary).toMatch(/No interim RGMs in Geneva/i);
    expect(flatten(a)).toContain('Stockholm, Sweden');
  });

  it('one place held and one not: the held one answered, the other said not in the data', async () => {
    const a = await ask('rgms in paris or geneva', contextAt(NOW));
    expect(a.reading?.query).toBe('rgm in paris in geneva');
    expect(ids(a)).toEqual([PARIS]);
    expect(flatten(a)).toContain('No interim RGM in the data meets in Geneva.');
  });

  it('"not in paris or stockholm" leaves both out', async () => {
    const r = read('rgms not in paris or stockholm');
    expect(r.kind === 'query' && r.query.not?.venues).toEqual(['paris', 'stockholm']);
    expect(r.kind === 'query' && r.query.venues).toBeUndefined();
    const got = ids(await ask('rgms not in paris or stockholm', contextAt(NOW)));
    expect(got).not.toContain(PARIS);
    expect(got).not.toContain(STOCKHOLM);
    expect(got).toContain(SEOUL);
  });

  it('"not in paris or geneva" leaves both out, the one the data does not hold too', () => {
    const r = read('rgms not in paris or geneva');
    expect(r.kind === 'query' && r.query.not?.venues).toEqual(['paris', 'geneva']);
    expect(r.kind === 'query' && r.query.venues).toBeUndefined();
  });

  it('two places the data does not hold: none, both named', async () => {
    const a = await ask('rgms in geneva or london', contextAt(NOW));
    expect(a.reading?.query).toBe('rgm in geneva in london');
    expect(ids(a)).toEqual([]);
    expect(a.summary).toMatch(/Geneva or London/);
  });

  it('one place asked, another left out: "in paris but not stockholm"', async () => {
    const r = read('rgms in paris but not stockholm');
    expect(r.kind === 'query' && r.query.venues).toEqual(['paris']);
    expect(r.kind === 'query' && r.query.not?.venues).toEqual(['stockholm']);
    expect(ids(await ask('rgms in paris but not stockholm', contextAt(NOW)))).toEqual([PARIS]);
  });
});
