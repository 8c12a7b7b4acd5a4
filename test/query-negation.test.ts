/** The negation rule (src/engine/query/negation.ts), by its examples: when a negator excludes, and what it covers. */
import { describe, expect, it } from 'vitest';
import { EXCLUDING_BEFORE, NEGATOR_ENDING_IN_FROM, NOT_BEFORE_TIME, excludes, joined, joinedWindow, placesExcluded } from '../src/engine/query/negation.js';
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

  it('what the excluded are called, around a conjunction', () => {
    expect(joined(' one and the ')).toBe(true);
    expect(joined(' ones or those ')).toBe(true);
    // a bare word between is no join: "not the q1 rgm, the q10 one" names what is asked instead
    expect(joined(' rgm, the ')).toBe(false);
    expect(joined(' ones ')).toBe(false);
  });

  it('a window joined to one left out, by a conjunction only', () => {
    expect(joinedWindow(' and in ')).toBe(true);
    expect(joinedWindow(', during ')).toBe(true);
    expect(joinedWindow(' ')).toBe(false);
    expect(joinedWindow(' rgms in ')).toBe(false);
  });

  it('a negator joined by a hyphen, or reaching over what the excluded are called', () => {
    expect(EXCLUDING_BEFORE.test('texts non-')).toBe(true);
    expect(EXCLUDING_BEFORE.test('texts that do not belong to ')).toBe(true);
    expect(EXCLUDING_BEFORE.test('approved texts other than the ones from ')).toBe(true);
    expect(EXCLUDING_BEFORE.test('tap-')).toBe(false);
    expect(NOT_BEFORE_TIME.test('rgms apart from those held in ')).toBe(true);
  });

  it('the "from" of a negator never opens a window', () => {
    for (const neg of ['apart from', 'aside from', 'away from']) expect(NEGATOR_ENDING_IN_FROM.test(`rgms ${neg} `), neg).toBe(true);
    expect(NEGATOR_ENDING_IN_FROM.test('rgms from ')).toBe(false);
  });

  it('places over what the excluded are called and how RGMs meet there', () => {
    const venues = new Set(['paris', 'stockholm', 'geneva']);
    expect(placesExcluded('rgms except the one in stockholm', venues)).toEqual(['stockholm']);
    expect(placesExcluded('rgms not taking place in paris', venues)).toEqual(['paris']);
    expect(placesExcluded('rgms anywhere but geneva or paris', venues)).toEqual(['geneva', 'paris']);
  });
});
