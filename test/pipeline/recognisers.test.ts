/**
 * Recognisers by their examples: the spans each takes out of a question (ids, Questions, what a
 * negator excludes), and the reading the whole pipeline then gives.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/engine/query/parse.js';
import { gazetteerOf } from '../../src/engine/query/pipeline/gazetteer.js';
import { recogniseIds } from '../../src/engine/query/pipeline/recognisers/index.js';
import { readPhrases } from '../../src/engine/query/pipeline/recognisers/phrases.js';
import { commandWords } from '../../src/engine/registry.js';
import { catalog } from '../engine-helpers.js';

const env = { now: new Date('2024-11-20T00:00:00Z'), catalog, commandWords };
const reading = (text: string): string | undefined => {
  const o = parseQuery(text, env);
  return o.kind === 'query' ? o.reading : o.kind;
};
const spans = (text: string) => {
  const { ids, notIds, questions, notQuestions } = recogniseIds(text, gazetteerOf(catalog));
  return { ids, notIds, questions, notQuestions };
};

describe('numbers after a negator are read by the noun before them (recognisers/numbered.ts)', () => {
  it.each([
    ['consented recs from questions other than 11 and 15', { ids: [], notIds: [], questions: [], notQuestions: ['Q11/17', 'Q15/17'] }, 'aap not Q11 not Q15'],
    [
      'approved texts from questions except 2, 4 or 11',
      { ids: [], notIds: [], questions: [], notQuestions: ['Q2/17', 'Q4/17', 'Q11/17'] },
      'tap approved not Q2 not Q4 not Q11',
    ],
    ['all the supplements except 43', { ids: [], notIds: ['X.Suppl.43'], questions: [], notQuestions: [] }, 'texts suppl not X.Suppl.43'],
    [
      'supplements other than 41 and 42',
      { ids: [], notIds: ['X.Suppl.41', 'X.Suppl.42'], questions: [], notQuestions: [] },
      'texts suppl not X.Suppl.41 not X.Suppl.42',
    ],
  ])('%s', (text, expected, read) => {
    expect(spans(text)).toEqual(expected);
    expect(reading(text)).toBe(read);
  });

  it('a number with no negator, or no noun that counts it, is not read so', () => {
    expect(spans('questions 11 and 15').notQuestions).toEqual([]);
    expect(spans('questions 11 and 15').questions).toEqual(['Q11/17', 'Q15/17']);
    expect(spans('rgms except 2 weeks from now').notQuestions).toEqual([]);
    expect(spans('texts except 43').notIds).toEqual([]);
  });
});

describe('phrases of the tables name SG17 meetings (recognisers/phrases.ts, words.ts meetings row)', () => {
  it.each([
    ['when does the study group meet next', 'meeting'],
    ['when does sg17 meet next', 'meeting'],
    ['when does the sg meet next', 'meeting'],
  ])('%s → %s', (text, read) => {
    expect(reading(text)).toBe(read);
  });
});

describe('phrase spans keep their places among the words (recognisers/phrases.ts)', () => {
  const spansOf = (text: string) =>
    readPhrases(text.split(' ')).signals.map(({ phrase, at, length, negated }) => ({ phrase, at, length, ...(negated ? { negated } : {}) }));
  it('a phrase of several words is one span; what a negator covers is marked', () => {
    expect(spansOf('what is going to last call except amendments')).toEqual([
      { phrase: 'going to last call', at: 2, length: 4 },
      { phrase: 'amendments', at: 7, length: 1, negated: true },
    ]);
    const lastCall = spansOf('texts in last call').find((s) => s.phrase.includes('last call'));
    expect(lastCall).toBeDefined();
    expect(lastCall!.at + lastCall!.length).toBe(4);
  });
  it('spans read inside a turned phrase keep their places in the whole ("which were not amendments")', () => {
    for (const text of ['approved texts which were not amendments', 'texts that weren t approved or consented']) {
      const words = text.split(' ');
      for (const s of readPhrases(words).signals) expect(words.slice(s.at, s.at + s.length).join(' ')).toBe(s.phrase);
    }
  });
});
