/**
 * The search (src/dataset/search.ts) on its own: what it covers, how it ranks and explains, the
 * thesaurus, prefixes and typos. Real committed dataset, plus a synthetic one (bench/synthetic.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticMeetings } from '../bench/synthetic.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { answerSet, buildSearchIndex } from '../src/dataset/search.js';
import { catalog, meetings } from './engine-helpers.js';

const index = buildSearchIndex(catalog);
const names = (text: string, limit?: number): string[] => index.search(text, limit).map((h) => h.doc.id);

describe('search', () => {
  it('covers everything the summary holds, each saying what it is and where it comes from', () => {
    const kinds = new Set(index.documents.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(
      ['cg', 'decision', 'event', 'future-meeting', 'hot-topic', 'item', 'registration-authority', 'rgm', 'statistic', 'work-item'].sort(),
    );
    for (const d of index.documents) {
      expect(d.what, d.id).toBeTruthy();
      expect(d.text, d.id).toBeTruthy();
      expect(d.meeting.id, d.id).toMatch(/^sg17-/);
    }
  });

  it('answers the examples of issue 19 with what a delegate expects first', () => {
    expect(names('anything about 5G?')).toEqual(expect.arrayContaining(['TR.5Gsec-bsf', 'X.5Gsec-FMSC', 'X.1818']));
    expect(names('PKI').slice(0, 3)).toEqual(['X.508', 'sg17-2024-09/rgm-11', 'X.509 Amd.1']);
    expect(names('anything on quantum?')).toEqual(expect.arrayContaining(['sg17-2024-09/rgm-14', 'sg17-2024-09/hot-topic-4']));
    expect(names('metaverse')).toContain('TD2270');
    expect(names('Tanzania OID?')[0]).toBe('sg17-2024-09/registration-authority-1');
    const korea = index.search('contributions from Korea?', 1)[0]!;
    expect(korea.doc.id).toBe('sg17-2024-09/contributions/Korea');
    expect(korea.doc.text).toBe('Korea: 51 of 154 contributions (APT 137)');
  });

  it('explains each hit: which words matched in which field, and how', () => {
    const [pki, , x509] = index.search('PKI', 3);
    expect(pki!.why).toBe('PKI in name');
    expect(x509!.why).toBe('PKI (PKI, near) in name, title');
    expect(index.search('blockchian', 1)[0]!.why).toBe('blockchian (typo: blockchain) in title');
  });

  it('ranks an exact hit above a synonym, a synonym above a near term', () => {
    const hits = index.search('dlt', 10);
    const level = (id: string): number => hits.find((h) => h.doc.id === id)!.score;
    expect(level('sg17-2024-09/work-item-10')).toBeGreaterThan(level('X.1353')); // "DLT" itself above "blockchain"
    expect(names('anything on quantum?').indexOf('sg17-2024-09/rgm-14')).toBeGreaterThan(names('anything on quantum?').indexOf('X.1717'));
  });

  it('sets apart as only related the hits not holding every asked word, or only mentioning it', () => {
    const split = (text: string) => {
      const { set, related } = answerSet(index.search(text));
      return { set: set.map((h) => h.doc.id), related: related.map((h) => h.doc.id) };
    };
    expect(split('ussd')).toEqual({ set: ['X.1456'], related: ['X.Suppl.41', 'X.Suppl.42'] }); // the others through "DFS, near"
    expect(split('password authentication').set).toEqual(['X.1283']); // the others hold a synonym of "password"
    const qkd = split('quantum key distribution');
    expect(qkd.set.sort()).toEqual(['X.1716', 'X.1717']); // named in the title
    expect(qkd.related).toContain('sg17-2024-09/rgm-14'); // mentioned in an RGM's topics
    expect(split('X.1058').set[0]).toBe('sg17-2024-09/rgm-07'); // nothing names it: what mentions it is the set
    const unknown = split('zzqxv security'); // a word nothing holds: no hit holds every word, so every hit is the set
    expect(unknown.related).toEqual([]);
    expect(unknown.set).toHaveLength(10);
  });

  it('stems words, so singular and plural find the same documents', () => {
    expect(names('metaverses').sort()).toEqual(names('metaverse').sort());
  });

  it('ranks documents matching more of the asked words first', () => {
    expect(names('AI security').slice(0, 3).sort()).toEqual(['CG-AIsec', 'X.sreai-ec', 'sg17-2024-09/hot-topic-2'].sort());
    expect(names('metaverse security')[0]).toBe('X.stm-dpm');
    expect(names('X.1716 quantum')[0]).toBe('X.1716');
  });

  it('finds correspondence groups and texts named only in RGM topics', () => {
    expect(names('correspondence group')).toEqual(expect.arrayContaining(['CG-RES', 'CG-secapa', 'CG-COP', 'CG-AIsec']));
    expect(names('child online protection')[0]).toBe('CG-COP');
    expect(names('X.sec_QKD_profr')[0]).toBe('sg17-2024-09/rgm-14');
    expect(names('X.1058')[0]).toBe('sg17-2024-09/rgm-07');
  });

  it('falls back to prefixes and typos only for a word the index does not hold', () => {
    expect(names('quant')).toEqual(expect.arrayContaining(['X.1716', 'X.1717']));
    expect(names('blockchian')).toContain('X.1353');
    expect(names('zzqxv')).toEqual([]);
  });

  it('keeps "ITS" typed in capitals as a name, a stop word in lower case', () => {
    expect(names('ITS security')[0]).toBe('X.1384'); // X.itssec-5
    expect(names('its')).not.toContain('X.1384'); // the small word only, never the ITS texts
  });

  it('reads full-width, accented and zero-width text as its plain form', () => {
    expect(names('Ｘ.１７１６')[0]).toBe('X.1716');
    expect(names('quántum')).toEqual(names('quantum'));
    expect(names('meta\u200bverse')).toEqual(names('metaverse'));
  });

  it('returns at most `limit` hits, best first', () => {
    const hits = index.search('security', 3);
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    expect(index.search('security')).toHaveLength(10);
  });

  it('keeps numbers whole: X.1716 does not find X.1711456 or X.11716', () => {
    // 200×: clone k renumbers X.1716 → X.{k·10000+1716}; k = 171 makes X.1711456 from X.1456.
    const big = buildCatalog(syntheticMeetings(meetings, 200));
    const numbers = big.entries.map((e) => e.latest.item.number);
    expect(numbers).toEqual(expect.arrayContaining(['X.11716', 'X.1711456']));
    expect(buildSearchIndex(big).search('X.1716')[0]!.doc.id).toBe('X.1716');
  });

  it('never throws; hits are best first, within the limit, each explained (any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (text, limit) => {
        const hits = index.search(text, limit);
        expect(hits.length).toBeLessThanOrEqual(limit);
        for (let i = 0; i < hits.length; i++) {
          expect(hits[i]!.why).toMatch(/ in (name|title|topics|notes)/);
          if (i > 0) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("one asked word of many reaches (a thesaurus phrase): the first `limit` are the whole ranking's, at every limit (30×)", () => {
    const big = buildSearchIndex(buildCatalog(syntheticMeetings(meetings, 30)));
    for (const text of ['quantum key distribution', 'edge computing', 'digital twin', 'public key infrastructure', 'qkd']) {
      const all = big.search(text, 1_000_000);
      for (let limit = 1; limit <= 25; limit++) {
        const some = big.search(text, limit);
        expect(
          some.map((h) => [h.doc.id, h.score, h.why]),
          `${text}, ${limit}`,
        ).toEqual(all.slice(0, limit).map((h) => [h.doc.id, h.score, h.why]));
      }
    }
  });

  it('prunes without changing the list: the first `limit` are those of the whole ranking (30×, any words; a thesaurus phrase reaches several terms)', () => {
    const big = buildSearchIndex(buildCatalog(syntheticMeetings(meetings, 30)));
    const vocabulary = [...new Set(big.documents.flatMap((d) => `${d.fields.title ?? ''} ${d.fields.name ?? ''}`.split(/\s+/)))].filter((w) => w.length > 1);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary, '5G', 'PKI', 'quantum', 'korea', 'contributions', 'quantum key distribution', 'edge computing'), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 1, max: 12 }),
        (words, limit) => {
          const text = words.join(' ');
          const all = big.search(text, 1_000_000);
          const some = big.search(text, limit);
          expect(some.map((h) => h.score)).toEqual(all.slice(0, limit).map((h) => h.score));
          expect(some.map((h) => h.doc.id)).toEqual(all.slice(0, limit).map((h) => h.doc.id));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds every document by its own id or title words (any document)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...index.documents), (doc) => {
        const words = doc.fields.name || doc.fields.title || doc.fields.topics || '';
        fc.pre(words.trim() !== '');
        expect(index.search(words, 100).map((h) => h.doc.id)).toContain(doc.id);
      }),
      { numRuns: 200 },
    );
  });
});
