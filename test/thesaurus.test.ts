/** SG17's thesaurus (src/dataset/thesaurus.ts): each entry's example is its test, and every form reaches the others. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, termsOf } from '../src/dataset/search.js';
import { THESAURUS } from '../src/dataset/thesaurus.js';
import { catalog } from './engine-helpers.js';

const index = buildSearchIndex(catalog);
const withoutThesaurus = buildSearchIndex(catalog, []);

describe('the thesaurus', () => {
  const examples = THESAURUS.filter((e) => e.example).map((e) => [e.name, e.example!.ask, e.example!.finds] as const);

  it('has an example for every SG17 entry', () => {
    expect(examples.length).toBeGreaterThanOrEqual(35);
  });

  it.each(examples)('%s: "%s" finds %s among the first five, through the entry', (name, ask, finds) => {
    const hits = index.search(ask, 5);
    const hit = hits.find((h) => h.doc.id === finds);
    expect(hit, hits.map((h) => `${h.doc.id}: ${h.why}`).join('\n')).toBeDefined();
    // The entry is what finds it: the hit says so, and without the thesaurus it ranks no higher, or is not found.
    expect(hit!.why).toContain(`(${name},`);
    const plain = withoutThesaurus.search(ask, 5).findIndex((h) => h.doc.id === finds);
    expect(plain === -1 || plain >= hits.indexOf(hit!)).toBe(true);
  });

  it('ranks a synonym hit below an exact hit', () => {
    // "blockchain" is in X.1353's title; "DLT" is a synonym there, X.1284 spells DLT out.
    const hits = index.search('blockchain', 10);
    const at = (id: string): number => hits.findIndex((h) => h.doc.id === id);
    expect(at('X.1353')).toBeLessThan(at('X.1284'));
    expect(hits.find((h) => h.doc.id === 'X.1284')!.why).toContain('synonym');
  });

  it('holds no form twice within an entry, and every form has a word', () => {
    for (const e of THESAURUS) {
      const forms = [...e.same, ...(e.synonyms ?? []), ...(e.near ?? [])];
      expect(new Set(forms).size, e.name).toBe(forms.length);
      for (const f of forms) expect(termsOf(f).length, `${e.name}: ${f}`).toBeGreaterThan(0);
    }
  });
});
