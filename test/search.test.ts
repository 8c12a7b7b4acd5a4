/**
 * The search index (src/dataset/search.ts) on its own: FlexSearch's contextual pass, its looser
 * `suggest` pass, the English stemmer, whole numbers, and the MiniSearch fallback for unfinished
 * words and typos. Real committed dataset, plus a synthetic one (bench/synthetic.ts) for numbers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog, type Catalog } from '../src/dataset/catalog.js';
import { buildSearchIndex, type SearchHit } from '../src/dataset/search.js';
import { syntheticMeetings } from '../bench/synthetic.js';
import { catalog, meetings } from './engine-helpers.js';

/** A hit as a reader would name it: number or acronym of a document/work item, id of an RGM. */
function name(cat: Catalog, hit: SearchHit): string {
  switch (hit.kind) {
    case 'item': {
      const item = cat.entries[hit.ref]!.latest.item;
      return item.number ?? item.formerAcronym ?? `item:${hit.ref}`;
    }
    case 'work-item':
      return cat.workItems[hit.ref]!.workItem.acronym ?? `work-item:${hit.ref}`;
    case 'rgm':
      return cat.rgms[hit.ref]!.rgm.id;
  }
}

const index = buildSearchIndex(catalog);
const names = (text: string, limit?: number): string[] => index.search(text, limit).map((h) => name(catalog, h));

describe('search index', () => {
  it('ranks documents holding all the words close together first', () => {
    expect(names('quantum key distribution').slice(0, 2).sort()).toEqual(['X.1716', 'X.1717']);
    const edge = names('edge computing security');
    expect(edge[0]).toBe('X.1648');
    // Fewer close-together hits than the limit: topped up with documents holding the words apart.
    expect(edge).toEqual(expect.arrayContaining(['X.1819', 'X.sreai-ec']));
  });

  it('stems words, so singular and plural find the same documents', () => {
    const singular = names('metaverse');
    expect(singular).toEqual(expect.arrayContaining(['X.stm-dpm', 'TR.dpama']));
    expect(names('metaverses').sort()).toEqual([...singular].sort());
  });

  it('matches words spread over fields in the looser pass (number + title word)', () => {
    expect(names('X.1716 quantum')[0]).toBe('X.1716');
  });

  it('falls back to prefixes and typos only when nothing matches whole words', () => {
    expect(names('quant')).toEqual(expect.arrayContaining(['X.1716', 'X.1717']));
    expect(names('blockchian')).toContain('X.1353');
    expect(names('zzqxv')).toEqual([]);
  });

  it('returns at most `limit` hits, best first', () => {
    const hits = index.search('security', 3);
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThan(hits[i - 1]!.score);
    expect(index.search('security')).toHaveLength(10);
  });

  it('keeps numbers whole: X.1716 does not find X.1711456 or X.11716', () => {
    // 200×: clone k renumbers X.1716 → X.{k·10000+1716}; k = 171 makes X.1711456 from X.1456.
    const big = buildCatalog(syntheticMeetings(meetings, 200));
    const numbers = big.entries.map((e) => e.latest.item.number);
    expect(numbers).toEqual(expect.arrayContaining(['X.11716', 'X.1711456']));
    const bigIndex = buildSearchIndex(big);
    expect(bigIndex.search('X.1716').map((h) => name(big, h))).toEqual(['X.1716']);
  });

  it('never throws, and every hit points into the catalog (any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (text, limit) => {
        const hits = index.search(text, limit);
        expect(hits.length).toBeLessThanOrEqual(limit);
        for (const hit of hits) expect(name(catalog, hit)).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});
