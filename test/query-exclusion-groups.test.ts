/**
 * Excluding a combination, generatively: every word of the one negation lexicon × pairs of
 * dimensions said as one noun phrase ("except the Q11 amendments", "other than the determined Q6
 * ones") reads as one group left out (Query.excludeAll), never as each value left out on its own;
 * a negator over values of one dimension keeps the per-dimension exclusion. The executor takes the
 * group's difference against the data. Also: months joined under a negator, and double negation.
 */
import { describe, expect, it } from 'vitest';
import type { DocEntry, RgmRecord } from '../src/dataset/catalog.js';
import { ask } from '../src/engine/engine.js';
import { kindOf } from '../src/engine/query/dimensions.js';
import type { Exclusion } from '../src/engine/query/model.js';
import { ExcludedGroup, Query } from '../src/engine/query/model.js';
import { parseQuery } from '../src/engine/query/parse.js';
import { PREFIX_NEGATORS } from '../src/engine/query/negation.js';
import { NEGATION } from '../src/engine/query/words.js';
import { commandWords } from '../src/engine/registry.js';
import { catalog, contextAt, flatten } from './engine-helpers.js';

const NOW = '2024-11-20T00:00:00Z';
const read = (text: string) => parseQuery(text, { now: new Date(NOW), catalog, commandWords });

/** Pairs of dimensions said as one noun phrase, and the group they make. */
const PAIRS: readonly { subject: string; said: string; group: Exclusion }[] = [
  { subject: 'texts', said: 'the q11 amendments', group: { kinds: ['amendment'], questions: ['Q11/17'] } },
  { subject: 'texts', said: 'the q10 supplements', group: { types: ['supplement'], questions: ['Q10/17'] } },
  { subject: 'texts', said: 'the determined q6 ones', group: { outcomes: ['tap-determined'], questions: ['Q6/17'] } },
  { subject: 'texts', said: 'the consented amendments', group: { outcomes: ['aap-consented'], kinds: ['amendment'] } },
  { subject: 'texts', said: 'the new supplements', group: { kinds: ['new'], types: ['supplement'] } },
  { subject: 'texts', said: 'the q11 iso equivalents', group: { questions: ['Q11/17'], flags: ['iso-equivalent'] } },
  { subject: 'texts', said: 'the approved q2 recommendations', group: { outcomes: ['tap-approved'], types: ['recommendation'], questions: ['Q2/17'] } },
  { subject: 'rgms', said: 'the virtual q3 ones', group: { formats: ['virtual'], questions: ['Q3/17'] } },
  { subject: 'rgms', said: 'the q1 hybrid ones', group: { formats: ['hybrid'], questions: ['Q1/17'] } },
];

/**
 * Negators that cover one word joined to them ("non-q11") exclude that value alone; "no" and "never"
 * before "the …" and "neither"/"nor" without their pair are no English a person would write.
 */
const UNSAID: ReadonlySet<string> = new Set([...PREFIX_NEGATORS, 'no', 'never', 'neither', 'nor']);

describe('one negation lexicon × pairs of dimensions: one group left out', () => {
  const rows = NEGATION.filter((neg) => !UNSAID.has(neg)).flatMap((neg) => PAIRS.map((p) => [neg, p.said, p.subject, p.group] as const));
  it.each(rows)('"%s %s" of %s', (neg, said, subject, group) => {
    const r = read(`${subject} ${neg} ${said}`);
    expect(r.kind, `${subject} ${neg} ${said}`).toBe('query');
    if (r.kind !== 'query') return;
    expect(r.query.excludeAll, r.reading).toEqual([group]);
    // Never each value left out on its own, nor asked for.
    for (const [key, values] of Object.entries(group) as [keyof Exclusion, string[]][]) {
      expect(r.query.not?.[key] ?? [], r.reading).toEqual([]);
      expect(
        ([(r.query as Record<string, unknown>)[key]].flat() as unknown[]).filter((v) => values.includes(v as string)),
        r.reading,
      ).toEqual([]);
    }
    // The reading is a command that reads back to the same Query.
    const again = read(r.reading);
    expect(again.kind === 'query' && again.query, r.reading).toEqual(r.query);
  });

  it('names the subject from the group when nothing else does', () => {
    const texts = read('everything except the Q11 amendments');
    expect(texts.kind === 'query' && texts.query).toEqual({ ask: 'texts', excludeAll: [{ kinds: ['amendment'], questions: ['Q11/17'] }] });
    const rgms = read('rgms apart from the virtual Q3 ones');
    expect(rgms.kind === 'query' && rgms.reading).toBe('rgm not (Q3 virtual)');
  });

  it('a value of one dimension joins the group said next, unless it opens a noun phrase of its own', () => {
    const joined = read('consented texts except the Q11 or Q6 amendments');
    expect(joined.kind === 'query' && joined.query.excludeAll).toEqual([{ kinds: ['amendment'], questions: ['Q11/17', 'Q6/17'] }]);
    const apart = read('everything except Q2 and the Q11 amendments');
    expect(apart.kind === 'query' && apart.query).toMatchObject({
      not: { questions: ['Q2/17'] },
      excludeAll: [{ kinds: ['amendment'], questions: ['Q11/17'] }],
    });
  });

  it.each([
    ['texts not from Q11 or Q6', { questions: ['Q11/17', 'Q6/17'] }],
    ['texts except amendments and supplements', { kinds: ['amendment'], types: ['supplement'] }],
    ['aap not Q11', { questions: ['Q11/17'] }],
    ['aap not Q11 not amd', { kinds: ['amendment'], questions: ['Q11/17'] }],
    ['texts other than recommendations were agreed', { types: ['recommendation'] }],
  ] as const)('a negator over values of one dimension each keeps the per-dimension exclusion: %s', (text, not) => {
    const r = read(text);
    expect(r.kind === 'query' && r.query.excludeAll, text).toBeUndefined();
    expect(r.kind === 'query' && r.query.not, text).toEqual(not);
  });

  it('a group names two dimensions or more (the schema refuses one)', () => {
    expect(ExcludedGroup.safeParse({ questions: ['Q11/17'] }).success).toBe(false);
    expect(Query.safeParse({ ask: 'texts', excludeAll: [{ questions: ['Q11/17'], kinds: ['amendment'] }] }).success).toBe(true);
  });
});

describe('the executor takes a group’s difference against the data', () => {
  const ids = (a: { data: { items: readonly Record<string, unknown>[] } }) => a.data.items.map((i) => String(i.id));

  it('consented texts except the Q11 amendments (set 7 h123)', async () => {
    const a = await ask('consented texts except the Q11 amendments', contextAt(NOW));
    expect(a.reading?.query).toBe('aap not (Q11 amd)');
    expect(ids(a)).toEqual(['X.2012', 'X.1600', 'X.1647', 'X.508', 'X.1716', 'X.1717']);
  });

  /** Each command, its list without the group, and what the group holds of an item of the data. */
  const CASES: readonly [string, string, (e: DocEntry) => boolean][] = [
    ['aap not (Q11 amd)', 'aap', (e) => e.latest.item.question === 'Q11/17' && kindOf(e.latest.item) === 'amendment'],
    ['texts not (Q6 determined)', 'texts', (e) => e.latest.item.question === 'Q6/17' && e.latest.item.status === 'tap-determined'],
    ['texts not (consented amd)', 'texts', (e) => e.latest.item.status === 'aap-consented' && kindOf(e.latest.item) === 'amendment'],
  ];
  it.each(CASES)('%s: the whole list less the items holding every value of the group', async (command, whole, holds) => {
    const [without, all] = await Promise.all([ask(command, contextAt(NOW)), ask(whole, contextAt(NOW))]);
    expect(without.reading?.query).toBe(command);
    const byId = new Map(catalog.entries.map((e) => [e.id, e]));
    const expected = ids(all).filter((id) => !holds(byId.get(id)!));
    expect(ids(all).length - expected.length, 'the group leaves something out').toBeGreaterThan(0);
    expect(ids(without)).toEqual(expected);
    expect(flatten(without)).toContain(command.slice(command.indexOf('not (')));
  });

  it('rgm not (Q1 virtual): every RGM but the virtual Q1 ones, the other Q1 and virtual ones kept', async () => {
    const a = await ask('rgm not (Q1 virtual)', contextAt('2024-09-06T00:00:00Z'));
    expect(a.reading?.query).toBe('rgm not (Q1 virtual)');
    const all = await ask('rgm', contextAt('2024-09-06T00:00:00Z'));
    const byId = new Map<string, RgmRecord>(catalog.rgms.map((r) => [r.rgm.id, r]));
    const left = (id: string) => byId.get(id)!.rgm.question === 'Q1/17' && byId.get(id)!.rgm.format === 'virtual';
    expect(ids(all).filter(left).length).toBeGreaterThan(0);
    expect(ids(a)).toEqual(ids(all).filter((id) => !left(id)));
    // Not each value on its own: a virtual RGM of another Question is still listed.
    expect(ids(a).some((id) => byId.get(id)!.rgm.format === 'virtual')).toBe(true);
    expect(ids(a).some((id) => byId.get(id)!.rgm.question === 'Q1/17')).toBe(true);
  });
});

describe('months joined under a negator', () => {
  it('"not in March or June" leaves out each month, never the months between', () => {
    const r = read('rgms not in March or June 2025');
    expect(r.kind === 'query' && r.query.not?.windows).toEqual(['2025-03-01..2025-03-31', '2025-06-01..2025-06-30']);
    const days = read('rgms except on 1 march and 5 june 2025');
    expect(days.kind === 'query' && days.query.not?.windows).toEqual(['2025-03-01..2025-03-01', '2025-06-05..2025-06-05']);
  });

  it('asked, two months joined stay one span', () => {
    const r = read('rgms in March or June 2025');
    expect(r.kind === 'query' && [r.query.from, r.query.to]).toEqual(['2025-03-01', '2025-06-30']);
  });
});

describe('double negation is said not understood, never read as one negation', () => {
  it.each([
    'texts not without ISO equivalents',
    'texts that weren’t not approved',
    "rgms that aren't not virtual",
    'not non-amendment texts',
    'texts except the ones without an ISO equivalent',
    'texts except those that are not amendments',
  ])('%s', async (text) => {
    expect(read(text).kind).toBe('unknown');
    const a = await ask(text, contextAt(NOW));
    expect(a.kind).toBe('not-understood');
    expect(a.reading?.understood).toBe(false);
  });

  it('a step whose name holds "not" is no second negation', () => {
    const r = read('texts except not approved');
    expect(r.kind === 'query' && r.query.not).toEqual({ outcomes: ['tap-not-approved'] });
  });
});
