/**
 * Exclusion, generatively: every word of the one negation lexicon × every dimension × two values
 * or more reads as that exclusion (Query.not), never as the value itself; and the executor takes
 * the difference against the data. Also the aggregations, side-by-side groups, whole-set counts and
 * meetings named by month that the same Query model carries.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../src/engine/engine.js';
import { DIMENSIONS } from '../src/engine/query/dimensions.js';
import type { Exclusion } from '../src/engine/query/model.js';
import { parseQuery } from '../src/engine/query/parse.js';
import { NEGATION, NEGATION_BEFORE_PLACE } from '../src/engine/query/words.js';
import { commandWords } from '../src/engine/registry.js';
import { catalog, contextAt } from './engine-helpers.js';

const NOW = '2024-11-20T00:00:00Z';
const read = (text: string) => parseQuery(text, { now: new Date(NOW), catalog, commandWords });

/** Per dimension: a list the question asks, and values written as a person would. */
const CASES: readonly { key: keyof Exclusion; subject: string; values: readonly [string, string][] }[] = [
  {
    key: 'questions',
    subject: 'texts',
    values: [
      ['q11', 'Q11/17'],
      ['q2', 'Q2/17'],
      ['question 6', 'Q6/17'],
    ],
  },
  {
    key: 'kinds',
    subject: 'texts',
    values: [
      ['amendments', 'amendment'],
      ['new texts', 'new'],
      ['revisions', 'revised'],
    ],
  },
  {
    key: 'types',
    subject: 'texts',
    values: [
      ['supplements', 'supplement'],
      ['technical reports', 'technical-report'],
    ],
  },
  {
    key: 'formats',
    subject: 'rgms',
    values: [
      ['virtual ones', 'virtual'],
      ['hybrid ones', 'hybrid'],
    ],
  },
  {
    key: 'flags',
    subject: 'texts',
    values: [
      ['iso equivalents', 'iso-equivalent'],
      ['a5 justifications', 'a5'],
    ],
  },
  {
    key: 'outcomes',
    subject: 'texts',
    values: [
      ['consented ones', 'aap-consented'],
      ['determined ones', 'tap-determined'],
    ],
  },
  {
    key: 'ids',
    subject: 'aap texts',
    values: [
      ['X.1716', 'X.1716'],
      ['X.2012', 'X.2012'],
    ],
  },
  {
    key: 'routes',
    subject: 'new work items',
    values: [
      ['tap', 'tap'],
      ['aap', 'aap'],
    ],
  },
  {
    key: 'venues',
    subject: 'rgms',
    values: [
      ['paris', 'paris'],
      ['stockholm', 'stockholm'],
    ],
  },
  {
    key: 'windows',
    subject: 'rgms',
    values: [
      ['in 2025', '2025-01-01..2025-12-31'],
      ['in march 2025', '2025-03-01..2025-03-31'],
      // no preposition: "apart from march 2025" leaves March out, it is no window from March on
      ['march 2025', '2025-03-01..2025-03-31'],
    ],
  },
  {
    key: 'words',
    subject: 'approved texts',
    values: [
      ['about 5g', '5g'],
      ['about quantum', 'quantum'],
    ],
  },
];

describe('one negation lexicon × every dimension', () => {
  // "not consented", "non consented", "but not consented", "never consented" read as a step not reached, which the
  // summary does not list (the answer says so, pointing to the list it has): the other negators exclude the step.
  const stepNotReached = (neg: string, key: string): boolean => key === 'outcomes' && /\bno(?:t|n)$|n't$|^never$/.test(neg);
  const rows = NEGATION.flatMap((neg) =>
    CASES.filter((c) => !stepNotReached(neg, c.key)).flatMap((c) => c.values.map(([said, value]) => [neg, c.key, said, value, c.subject] as const)),
  );
  it.each(rows)('"%s" before %s: %s', (neg, key, said, value, subject) => {
    const r = read(`${subject} ${neg} ${said}`);
    expect(r.kind).toBe('query');
    if (r.kind !== 'query') return;
    expect(r.query.not?.[key] as readonly string[] | undefined, r.reading).toContain(value);
    // Never the value itself asked for.
    const included = (r.query as Record<string, unknown>)[key] as readonly string[] | undefined;
    expect(included ?? [], r.reading).not.toContain(value);
  });

  it('covers every dimension the registry holds', () => {
    expect(new Set(CASES.map((c) => c.key))).toEqual(new Set(Object.keys(DIMENSIONS)));
  });

  it('a place, a route and a time window excluded', () => {
    const place = read('rgms not in paris');
    expect(place.kind === 'query' && place.query.not?.venues).toEqual(['paris']);
    const route = read('new work items except tap');
    expect(route.kind === 'query' && route.query.not?.routes).toEqual(['tap']);
    for (const neg of NEGATION) {
      const window = read(`rgms ${neg} in 2025`);
      expect(window.kind === 'query' && window.query.not?.windows, neg).toEqual(['2025-01-01..2025-12-31']);
    }
  });
});

/** Per dimension: the excluded named through what they are called ("those from", "the one in", "the ones that were"). */
const CALLED: readonly { key: keyof Exclusion; text: string; value: string; ask?: string }[] = [
  { key: 'questions', text: 'texts NEG those from q11', value: 'Q11/17' },
  { key: 'questions', text: 'approved texts NEG the q4 one and the q10 one', value: 'Q10/17' },
  { key: 'venues', text: 'rgms NEG the one in paris', value: 'paris' },
  { key: 'windows', text: 'rgms NEG those held in 2025', value: '2025-01-01..2025-12-31' },
  { key: 'formats', text: 'rgms NEG the ones that are virtual', value: 'virtual' },
  { key: 'formats', text: 'rgms NEG the ones on myworkspace', value: 'virtual' },
  { key: 'kinds', text: 'texts NEG the ones that are amendments', value: 'amendment' },
  { key: 'types', text: 'texts NEG those that are supplements', value: 'supplement' },
  { key: 'flags', text: 'texts NEG those with an a5 justification', value: 'a5' },
  { key: 'outcomes', text: 'texts NEG the ones that were consented', value: 'aap-consented' },
  { key: 'outcomes', text: 'everything NEG what was agreed', value: 'agreed' },
  { key: 'ids', text: 'aap texts NEG the X.1716 one', value: 'X.1716' },
  { key: 'routes', text: 'new work items NEG the tap ones', value: 'tap' },
  { key: 'words', text: 'cgs NEG CG-COP', value: 'cop', ask: 'groups' },
];

describe('one negation lexicon × what the excluded are called', () => {
  const stepNotReached = (neg: string, key: string): boolean => key === 'outcomes' && /\bno(?:t|n)$|n't$|^never$/.test(neg);
  const rows = NEGATION.flatMap((neg) =>
    CALLED.filter((c) => !stepNotReached(neg, c.key)).map((c) => [c.text.replace('NEG', neg), c.key, c.value, c.ask] as const),
  );
  it.each(rows)('%s', (text, key, value, ask) => {
    const r = read(text);
    expect(r.kind).toBe('query');
    if (r.kind !== 'query') return;
    if (ask) expect(r.query.ask).toBe(ask);
    expect(r.query.not?.[key] as readonly string[] | undefined, r.reading).toContain(value);
    const included = (r.query as Record<string, unknown>)[key] as readonly string[] | string | undefined;
    expect(included ?? [], r.reading).not.toContain(value);
  });

  it('every phrase said only before a place excludes it', () => {
    for (const neg of NEGATION_BEFORE_PLACE) {
      const r = read(`rgms ${neg} stockholm`);
      expect(r.kind === 'query' && r.query.not?.venues, neg).toEqual(['stockholm']);
    }
  });

  it.each([
    ['non-q11 aap texts', 'questions', 'Q11/17'],
    ['consented texts, non-x.2012', 'ids', 'X.2012'],
    ['non-tap work items', 'routes', 'tap'],
    ['non-amendment texts', 'kinds', 'amendment'],
    ['non-virtual rgms', 'formats', 'virtual'],
  ] as const)('a negator joined by a hyphen: %s', (text, key, value) => {
    const r = read(text);
    expect(r.kind === 'query' && (r.query.not?.[key] as readonly string[] | undefined), text).toContain(value);
  });
});

describe('the executor takes the difference against the data', () => {
  it.each([
    ['aap not Q11', 'aap'],
    ['rgm not virtual', 'rgm'],
    ['tap approved not Q6 not Q7', 'tap'],
    ['agreed not suppl', 'agreed'],
  ])('%s', async (command) => {
    const without = await ask(command, contextAt(NOW));
    const all = await ask(command.replace(/ not \S+/g, ''), contextAt(NOW));
    const excluded = all.data.items.filter((i) => !without.data.items.some((j) => j.id === i.id));
    expect(without.reading?.query).toBe(command);
    expect(excluded.length).toBeGreaterThan(0);
    expect(without.data.items.length + excluded.length).toBe(all.data.items.length);
  });
});

describe('aggregations, comparisons, counts, meetings by name', () => {
  it('ranks the Questions', async () => {
    const a = await ask('which question had the most texts', contextAt(NOW));
    expect(a.reading?.query).toBe('texts by question most');
    expect(a.data.groups?.[0]).toEqual({ label: 'Q11/17', ids: expect.arrayContaining(['X.508']) });
    expect(String(a.summary)).toMatch(/^Q11\/17 has the most texts \(10\)/);
  });

  it('names what it ranks as asked: the one kind or type, else texts', async () => {
    const amendments = await ask('which question has the most amendments', contextAt(NOW));
    expect(String(amendments.summary)).toMatch(/^Q11\/17 has the most amendments \(9\)\. 1 Question has amendments in the data/);
    const supplements = await ask('which question has the most supplements', contextAt(NOW));
    expect(String(supplements.summary)).toMatch(/has the most Supplements \(2\)\. 2 Questions have Supplements/);
  });

  it('puts two Questions side by side in data.groups', async () => {
    const a = await ask('compare Q10 and Q15', contextAt(NOW));
    expect(a.data.groups).toEqual([
      { label: 'Q10/17', ids: ['X.1283', 'X.1284', 'X.Suppl.41', 'X.Suppl.42'] },
      { label: 'Q15/17', ids: ['X.1716', 'X.1717'] },
    ]);
    const texts = await ask('compare X.1716 and X.1717', contextAt(NOW));
    expect(texts.data.groups).toEqual([
      { label: 'X.1716', ids: ['X.1716'] },
      { label: 'X.1717', ids: ['X.1717'] },
    ]);
  });

  it('counts the whole set; the clock narrows only when asked', async () => {
    const later = '2026-12-06T12:00:00Z';
    const all = await ask('how many rgms are planned?', contextAt(later));
    expect(all.data.count).toBe(14);
    expect(String(all.summary)).toContain('none still to come as of 6 Dec 2026');
    expect((await ask('how many RGMs does Q1 have?', contextAt(later))).data.count).toBe(6);
    expect((await ask('how many rgms are left', contextAt(later))).data.count).toBe(0);
  });

  it('names the meeting by month whatever the date, and "this time" is the data\'s meeting', async () => {
    const later = '2026-12-06T12:00:00Z';
    const april = await ask('what will be approved at the april meeting', contextAt(later));
    expect(april.reading?.query).toBe('tap determined');
    expect(april.data.items.length).toBe(5);
    const now = await ask('what was approved this time', contextAt(later));
    expect(now.reading?.query).toBe('tap approved sg17-2024-09');
    expect(now.reading?.unused).toBeUndefined();
  });

  it('reads the table columns', async () => {
    const iso = await ask('which texts have ISO/IEC equivalents?', contextAt(NOW));
    expect(iso.reading?.query).toBe('texts iso');
    expect(iso.data.items.length).toBe(10);
    const a5 = await ask('texts with an A.5 justification', contextAt(NOW));
    expect(a5.data.items.map((i) => i.id)).toEqual(['X.520 Amd.1', 'X.508']);
    const deferred = await ask('which texts were deferred before', contextAt(NOW));
    expect(deferred.data.items.map((i) => i.id)).toEqual(['X.1818', 'X.1353', 'X.1471']);
  });
});
