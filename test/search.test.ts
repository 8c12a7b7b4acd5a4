/**
 * The search index (src/dataset/search.ts) on its own: ranking by how many words, how close,
 * how rare; plural stemming, whole numbers, and the prefix/typo retry for unfinished words and
 * typos. Real committed dataset, plus a synthetic one (bench/synthetic.ts) for numbers.
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
    case 'cg':
      return cat.latest.correspondenceGroups[hit.ref]!.acronym;
  }
}

const index = buildSearchIndex(catalog);
const names = (text: string, limit?: number): string[] => index.search(text, limit).map((h) => name(catalog, h));

describe('search index', () => {
  it('reaches the words an abbreviation stands for', () => {
    // X.1716's title spells out "quantum key distribution networks"; its acronym says QKDN, not QKD.
    expect(names('qkd')).toEqual(expect.arrayContaining(['X.1716', 'X.1717']));
    expect(names('pki')).toEqual(expect.arrayContaining(['X.508'])); // "public-key infrastructure"
    expect(names('pii')).toEqual(['X.1237']); // "personally identifiable information"
    expect(names('dlt')).toEqual(expect.arrayContaining(['X.1284'])); // "distributed ledger technology"
  });

  it('ranks an abbreviation as one word: a hit on both words above a hit on one', () => {
    // X.1717's title holds "security" and the spelled-out QKD; X.1716's only the latter.
    const hits = names('qkd security');
    expect(hits.indexOf('X.1717')).toBeLessThan(hits.indexOf('X.1716'));
    expect(hits[0]).toBe('X.1717');
  });

  it('keeps "ITS" typed in capitals, a stop word in lower case', () => {
    expect(names('ITS')).toEqual(['X.1384']); // X.itssec-5, by prefix
    expect(names('its')).toEqual([]);
  });

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

  it('ranks a hit on every word above a hit on one, and a rare word above a common one', () => {
    // "AI" is rare, "security" is in most titles: the AI correspondence group, the AI edge work
    // item and the Q1 RGMs whose topics cover AI come before texts that only say "security".
    const ai = index.search('AI security', 10);
    const top = ai.slice(0, 7).map((h) => name(catalog, h));
    expect(top).toEqual(expect.arrayContaining(['CG-AIsec', 'X.sreai-ec']));
    expect(ai.slice(0, 7).filter((h) => h.kind === 'rgm').length).toBeGreaterThanOrEqual(1);
    // Below them, texts holding only the common word.
    const rest = ai.slice(7).map((h) => name(catalog, h));
    expect(rest.every((n) => !['CG-AIsec', 'X.sreai-ec'].includes(n))).toBe(true);
    expect(names('metaverse security')[0]).toBe('X.stm-dpm');
  });

  it('finds correspondence groups and texts named only in RGM topics', () => {
    expect(names('correspondence group')).toEqual(expect.arrayContaining(['CG-RES', 'CG-secapa', 'CG-COP', 'CG-AIsec']));
    expect(names('child online protection')[0]).toBe('CG-COP');
    expect(names('X.sec_QKD_profr')[0]).toBe('sg17-2024-09/rgm-14');
    expect(names('X.1058')[0]).toBe('sg17-2024-09/rgm-07');
  });

  it('matches words spread over fields (number + title word)', () => {
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
