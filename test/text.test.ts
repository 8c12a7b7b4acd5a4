/** The one text module (src/text): the normal form every reader of text shares, words, stems, edit distance. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../src/engine/engine.js';
import { editDistance, fold, nameKey, normalise, STOP_WORDS, stem, tokenise, words } from '../src/text/index.js';
import { contextAt } from './engine-helpers.js';

describe('fold', () => {
  it('maps full-width and compatibility forms to plain letters', () => {
    expect(fold('Ｘ.１７１６')).toBe('X.1716');
    expect(fold('Ｘ．１７１６')).toBe('X.1716');
    expect(fold('ﬁle')).toBe('file');
  });
  it('folds accents and letters that carry their own', () => {
    expect(fold('quántum')).toBe('quantum');
    expect(fold('Crème brûlée, Gödel, Łódź, straße')).toBe('Creme brulee, Godel, Lodz, strasse');
  });
  it('drops zero-width and format characters', () => {
    expect(fold('X.17\u200b16')).toBe('X.1716');
    expect(fold('\ufeffqu\u200dan\u00adtum\u2060')).toBe('quantum');
  });
  it('maps look-alike dots, dashes and apostrophes', () => {
    expect(fold('X\u00b71716')).toBe('X.1716');
    expect(fold('X\u30fb1716')).toBe('X.1716');
    expect(fold('CG\u2013AIsec CG\u2014RES X\u2212Suppl CG\u2011COP')).toBe('CG-AIsec CG-RES X-Suppl CG-COP');
    expect(fold('what\u2019s')).toBe("what's");
  });
  it('drops marks left with no letter to sit on (a compatibility form that decomposes into a space and marks)', () => {
    expect(fold('explain \ufc5e')).toBe('explain  ');
    expect(fold('\u0301x')).toBe('x');
    // Marks on a letter stay where folding keeps them (Arabic harakat are not accents of a Latin letter).
    expect(fold('\u0628\u0651')).toBe('\u0628\u0651');
  });
  it('leaves plain ASCII as it is', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...' abcXYZ.-_019?!\'"'.split('')) }), (s) => fold(s) === s));
  });
  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(fold(s)) === fold(s)));
  });
});

describe('normalise', () => {
  it('gives the parser one form of a question', () => {
    expect(normalise("What's up with Ｘ.１７１６?")).toBe('what is up with x 1716');
    expect(normalise('anything on quántum\u200b?')).toBe('anything on quantum');
    expect(normalise("texts that weren't approved")).toBe('texts that were not approved');
    expect(normalise('texts that wasnt approved')).toBe('texts that was not approved');
  });
  it('keeps only a-z, 0-9 and single spaces', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/.test(normalise(s))));
  });
});

describe('words, keys and tokens', () => {
  it('splits a question into its normal words', () => {
    expect(words('  Q15 RGMs, please! ')).toEqual(['q15', 'rgms', 'please']);
    expect(words('')).toEqual([]);
  });
  it('makes one key of a name however it is typed', () => {
    for (const typed of ['X.1716', 'x 1716', 'ITU-T X.1716', 'Ｘ.１７１６', 'X\u00b71716', 'X.17\u200b16']) expect(nameKey(typed)).toBe('x1716');
    expect(nameKey('X.sec_QKDN_AA')).toBe('xsecqkdnaa');
  });
  it('indexes the pieces, camel-case parts and joined forms of a name', () => {
    expect(tokenise('CG-AIsec')).toEqual(['CG', 'AIsec', 'AI', 'sec', 'CGAIsec']);
    expect(tokenise('Ｘ.１７１６')).toEqual(['X', '1716', 'X1716']);
  });
  it('stems plurals lightly, never numbers', () => {
    expect(['metaverses', 'policies', 'analysis', 'systems', 'x1716s', 'its'].map(stem)).toEqual([
      'metaverse',
      'policy',
      'analysis',
      'system',
      'x1716s',
      'its',
    ]);
  });
  it('has one stop-word list, holding function words but no topic word', () => {
    for (const w of ['the', 'of', 'what', 'anything', 'about']) expect(STOP_WORDS.has(w)).toBe(true);
    for (const w of ['quantum', 'security', 'pki', 'metaverse', 'korea', 'oid']) expect(STOP_WORDS.has(w)).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one slip', () => {
    expect(editDistance('x1761', 'x1716')).toBe(1);
    expect(editDistance('blockchian', 'blockchain')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('is a distance: zero only for equal words, symmetric, at most the longer length', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcde'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        return (d === 0) === (a === b) && d === editDistance(b, a) && d <= Math.max(a.length, b.length) && d >= Math.abs(a.length - b.length);
      }),
    );
  });
});

describe('questions are read in their folded form', () => {
  const reading = async (q: string): Promise<string | null | undefined> => (await ask(q, contextAt('2024-09-10T00:00:00Z'))).reading?.query;
  it.each([
    ['Ｘ.１７１６', 'X.1716'],
    ['what happened to X.17\u200b16?', 'what happened to X.1716?'],
    ['anything about quántum?', 'anything about quantum?'],
    ['CG\u2013AIsec', 'CG-AIsec'],
  ])('%s reads as %s', async (typed, plain) => {
    expect(await reading(plain)).toBeTruthy();
    expect(await reading(typed)).toBe(await reading(plain));
  });
});
