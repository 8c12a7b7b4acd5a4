/**
 * The reading round-trips: "Read as: `aap not Q11`" is a command the asker can copy, so the
 * reading of a Query must parse back to that same Query. Checked over every question of the corpus
 * and of the held-out sets (their text and clock only, never their expectations: this is a property
 * of the reading, not a score), and over Queries generated from the dimension registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalExclusion, DIMENSIONS } from '../src/engine/query/dimensions.js';
import type { Exclusion, Query } from '../src/engine/query/model.js';
import { DocType, Outcome, RgmFormat, RgmState, Route, TextFlag, TextKind } from '../src/engine/query/model.js';
import { parseQuery } from '../src/engine/query/parse.js';
import { readingOf } from '../src/engine/query/reading.js';
import { commandWords } from '../src/engine/registry.js';
import { catalog } from './engine-helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2024-11-20T00:00:00Z');

/** Each question file's questions, as text and clock only. */
function questions(): { file: string; q: string; now: string }[] {
  const files = ['questions.json', ...readdirSync(FIXTURES).filter((f) => /^heldout\d*-questions\.json$/.test(f))];
  return files.flatMap((file) =>
    (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { q: string; now: string }[]).map(({ q, now }) => ({ file, q, now })),
  );
}

/** The reading of `text`'s Query, and what that reading parses back to (undefined: not a Query). */
function roundTrip(text: string, now: Date): { query?: Query; reading?: string; again?: Query } {
  const env = { now, catalog, commandWords };
  const first = parseQuery(text, env);
  if (first.kind !== 'query') return {};
  const reading = readingOf(first.query);
  const again = parseQuery(reading, env);
  return { query: first.query, reading, ...(again.kind === 'query' ? { again: again.query } : {}) };
}

describe('the reading parses back to the same Query', () => {
  it('for every question of the corpus and the held-out sets', () => {
    const all = questions();
    expect(all.length).toBeGreaterThan(1000);
    const bad: string[] = [];
    let read = 0;
    for (const { file, q, now } of all) {
      const { query, reading, again } = roundTrip(q, new Date(now));
      if (!query) continue;
      read++;
      if (!again || !isDeepStrictEqual(again, query))
        bad.push(`${file}: ${q} → \`${reading}\` → ${again ? `\`${readingOf(again)}\` ${JSON.stringify(again)}` : 'not a query'}`);
    }
    expect(read).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });

  it('for the readings that once broke, each a mechanism', () => {
    const queries: Query[] = [
      // Exclusions last: `not virtual confirmed` left confirmed RGMs out.
      { ask: 'rgms', state: 'confirmed', not: { formats: ['virtual'] } },
      // A Question blanked shorter than its text left "no" of "not" behind: geneva read as asked.
      { ask: 'rgms', not: { questions: ['Q12/17', 'Q1/17'], venues: ['geneva'] } },
      // A place the data holds no RGM in, left out beside one it does: it was dropped.
      { ask: 'rgms', not: { venues: ['geneva', 'seoul'] } },
      // `iso 2025-01` read as an ISO/IEC number.
      { ask: 'texts', flags: ['iso-equivalent'], from: '2025-01-01', to: '2025-12-31' },
      // A text known from RGM topics, named as written (its words `x 1058 rev` read back as a bare number).
      { ask: 'rgms', words: 'X.1058-rev' },
      // `texts not about 5g` dropped its exclusion.
      { ask: 'texts', not: { words: ['5g'] } },
    ];
    for (const query of queries) {
      const again = parseQuery(readingOf(query), { now: NOW, catalog, commandWords });
      expect(again.kind === 'query' ? again.query : again.kind, readingOf(query)).toEqual(query);
    }
    // Full-width text is folded before any recogniser: `Ｑ８` is Q8, not a topic word.
    expect(roundTrip('Ｑ８ texts', NOW).query).toEqual({ ask: 'texts', questions: ['Q8/17'] });
  });

  // Values the generated Queries draw on: closed sets from the model, open ones from the data.
  const QUESTIONS = Array.from({ length: 15 }, (_, n) => `Q${n + 1}/17`);
  const PLACES = ['geneva', 'paris', 'seoul'];
  const TOPICS = ['quantum', 'pki', 'iot', 'blockchain', 'cloud'];
  const IDS = ['X.1716', 'X.509', 'X.1353'];
  // Not a meeting's own days: texts acted on then read as that meeting (`texts sg17-2024-09`).
  const WINDOWS = ['2025-01-01..2025-12-31', '2025-03-01..2025-03-31'];
  const some = <T>(values: readonly T[], max = 2) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: max });
  const one = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
  const window = fc.option(fc.constantFrom(...WINDOWS), { nil: undefined });

  /**
   * An Exclusion over the dimensions a subject takes, up to two values each; one window: two left
   * out (`rgm not march not june`) are beyond the grammar today (it reads one time span).
   */
  const exclusion = (keys: { [K in keyof Exclusion]?: readonly string[] }) =>
    fc.record(Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, some(v!, k === 'windows' ? 1 : 2)]))) as fc.Arbitrary<Exclusion>;

  /**
   * Combinations left out (`not (Q11 amd)`): up to two groups, each over two or three of the dimensions
   * given, one or two values each.
   */
  const groups = (keys: { [K in keyof Exclusion]?: readonly string[] }) => {
    const group = fc
      .uniqueArray(fc.constantFrom(...(Object.keys(keys) as (keyof Exclusion)[])), { minLength: 2, maxLength: 3 })
      .chain((ks) => fc.record(Object.fromEntries(ks.map((k) => [k, fc.uniqueArray(fc.constantFrom(...keys[k]!), { minLength: 1, maxLength: 2 })]))));
    return fc.array(group, { maxLength: 2 }) as fc.Arbitrary<Exclusion[]>;
  };

  const texts = fc
    .record({
      outcomes: some(Outcome.options, 2),
      kinds: some(TextKind.options, 1),
      types: some(DocType.options, 1),
      flags: some(TextFlag.options, 1),
      questions: some(QUESTIONS, 2),
      window,
      words: one(TOPICS),
      not: exclusion({
        outcomes: Outcome.options,
        kinds: TextKind.options,
        types: DocType.options,
        questions: QUESTIONS,
        flags: TextFlag.options,
        ids: IDS,
        words: TOPICS,
        windows: WINDOWS,
      }),
      excludeAll: groups({ questions: QUESTIONS, outcomes: Outcome.options, kinds: TextKind.options, types: DocType.options, flags: TextFlag.options }),
    })
    .map(({ window: w, ...q }) => ({
      ask: 'texts' as const,
      ...oneWindow(q, w),
      // Texts determined go to the next meeting: a window holding a planned one adds nothing to them (refiner 10).
      ...span(q.outcomes.includes('tap-determined') ? undefined : w),
    }));

  const rgms = fc
    .record({
      questions: some(QUESTIONS, 2),
      format: one(RgmFormat.options),
      state: one(RgmState.options),
      last: fc.boolean(),
      // Two places are alternatives, each read back after its own `in`: `rgm in paris in seoul`.
      venues: some(PLACES, 2),
      window,
      words: one(TOPICS),
      not: exclusion({ questions: QUESTIONS, formats: RgmFormat.options, venues: PLACES, words: TOPICS, windows: WINDOWS }),
      excludeAll: groups({ questions: QUESTIONS, formats: RgmFormat.options }),
    })
    .map(({ window: w, last, ...q }) => ({ ask: 'rgms' as const, ...oneWindow(q, w), ...span(w), last: (!!w && last) || undefined }));

  const workItems = fc
    .record({
      route: one(Route.options),
      types: some(DocType.options, 1),
      questions: some(QUESTIONS, 2),
      words: one(TOPICS),
      not: exclusion({ questions: QUESTIONS, routes: Route.options, types: DocType.options, words: TOPICS }),
      excludeAll: groups({ questions: QUESTIONS, routes: Route.options, types: DocType.options }),
    })
    .map((q) => ({ ask: 'work-items' as const, ...q }));

  it('for Queries generated from the dimension registry', () => {
    expect(Object.keys(DIMENSIONS).length).toBeGreaterThanOrEqual(11);
    fc.assert(
      fc.property(fc.oneof(texts, rgms, workItems), fc.boolean(), (generated, count) => {
        const query = canonical({ ...generated, count: count || undefined } as Query);
        const reading = readingOf(query);
        const again = parseQuery(reading, { now: NOW, catalog, commandWords });
        expect(again.kind, reading).toBe('query');
        if (again.kind === 'query') expect(canonical(again.query), reading).toEqual(query);
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * The grammar reads one time span a question: a window asked and another left out (`rgm 2025 not
 * march`) is beyond it, so a generated Query holds one or the other.
 */
function oneWindow<Q extends { not: Exclusion }>(q: Q, window: string | undefined): Q {
  return window ? { ...q, not: { ...q.not, windows: [] } } : q;
}

function span(window: string | undefined): Pick<Query, 'from' | 'to'> {
  if (!window) return {};
  const [from, to] = window.split('..') as [string, string];
  return { from, to };
}

/**
 * A Query as the parser makes one: no empty lists, closed values in their schema's order, and no
 * value both asked for and left out.
 */
function canonical(q: Query): Query {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  for (const [key, order] of [
    ['outcomes', Outcome.options],
    ['kinds', TextKind.options],
    ['types', DocType.options],
  ] as const)
    if (out[key]) out[key] = (order as readonly string[]).filter((v) => (out[key] as string[]).includes(v));
  // The last RGM is one: counted, the parser counts them all (intent's rule), so no count asks for the last.
  if (out.count) delete out.last;
  // Every TAP or AAP text is a Recommendation: the parser names no type beside those outcomes.
  if (q.outcomes?.length && !q.outcomes.includes('agreed') && out.types) out.types = (out.types as string[]).filter((t) => t !== 'recommendation');
  if ((out.types as string[] | undefined)?.length === 0) delete out.types;
  const not: Record<string, string[]> = {};
  for (const [k, values] of Object.entries(q.not ?? {}) as [keyof Exclusion, string[]][]) {
    const asked = k === 'windows' ? [`${q.from}..${q.to}`] : DIMENSIONS[k].include.flatMap((f) => [q[f]].flat().map(String));
    // A value asked leaves the rest of its dimension out already: the parser keeps no exclusion beside it (`rgm virtual`, not `rgm virtual not hybrid`).
    const left = asked.some((v) => v !== 'undefined' && v !== 'undefined..undefined') ? [] : values;
    if (left.length) not[k] = left;
  }
  if (Object.keys(not).length) out.not = not;
  else delete out.not;
  // A combination's dimensions in the schema's order, as the parser keeps every Exclusion.
  if (q.excludeAll?.length) out.excludeAll = q.excludeAll.map((g) => canonicalExclusion(g));
  return out as Query;
}
