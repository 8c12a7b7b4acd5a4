/** SG17's thesaurus (src/dataset/thesaurus.ts): each entry's example is its test, and every form reaches the others. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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

  it('is data: src/dataset/thesaurus.json holds entries with only the known fields', () => {
    const forms = z.array(z.string().min(1)).optional();
    const Entry = z.strictObject({
      name: z.string().min(1),
      same: z.array(z.string().min(1)),
      synonyms: forms,
      near: forms,
      example: z.strictObject({ ask: z.string(), finds: z.string() }),
    });
    const table = JSON.parse(readFileSync(new URL('../src/dataset/thesaurus.json', import.meta.url), 'utf8'));
    expect(z.array(Entry).parse(table)).toEqual(THESAURUS.slice(0, table.length));
    expect(() => Entry.parse({ ...table[0], synonym: ['typo'] })).toThrow();
  });

  it('holds no form twice within an entry, and every form has a word', () => {
    for (const e of THESAURUS) {
      const forms = [...e.same, ...(e.synonyms ?? []), ...(e.near ?? [])];
      expect(new Set(forms).size, e.name).toBe(forms.length);
      for (const f of forms) expect(termsOf(f).length, `${e.name}: ${f}`).toBeGreaterThan(0);
    }
  });
});
