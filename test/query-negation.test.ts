/** The negation rule (src/engine/query/negation.ts), by its examples: when a negator excludes, and what it covers. */
import { describe, expect, it } from 'vitest';
import { EXCLUDING_BEFORE, NOT_BEFORE_TIME, excludes, joined, placesExcluded } from '../src/engine/query/negation.js';
import { NEGATION } from '../src/engine/query/words.js';

const words = (text: string) => text.split(' ');

describe('when a negator excludes', () => {
  it.each([
    ['texts not amendments', 1, true],
    ['approved not just consented', 1, true],
    ['not just amendments but also new texts', 0, false],
    ['are not the amendments consented', 1, false],
    ['ok but are the amendments in last call', 1, false],
    ['nothing but amendments', 1, false],
    ['not amendments but new texts', 2, false],
    ['everything but amendments', 1, true],
  ] as const)('%s (word %i): %s', (text, at, expected) => {
    expect(excludes(words(text), at, at > 0)).toBe(expected);
  });
});

describe('what it covers', () => {
  it('every phrase of the lexicon before a Question or a time window', () => {
    for (const neg of NEGATION) {
      expect(EXCLUDING_BEFORE.test(`aap ${neg} `), neg).toBe(true);
      expect(NOT_BEFORE_TIME.test(`rgms ${neg} in `), neg).toBe(true);
    }
    expect(EXCLUDING_BEFORE.test('rgms but ')).toBe(false);
  });

  it('what is joined to what it excluded', () => {
    expect(joined(' and ')).toBe(true);
    expect(joined("'s and ")).toBe(true);
    expect(joined(', ')).toBe(true);
    expect(joined(' nor ')).toBe(true);
    expect(joined(' rgms in ')).toBe(false);
  });

  it('places, joined or by another name', () => {
    const venues = new Set(['paris', 'stockholm', 'seoul']);
    expect(placesExcluded('rgms not in paris or stockholm', venues)).toEqual(['paris', 'stockholm']);
    expect(placesExcluded('rgms not in south korea', venues)).toEqual(['seoul']);
    expect(placesExcluded('rgms in paris', venues)).toEqual([]);
  });
});
