/**
 * Query engine against the real committed dataset (data/sg17-2024-09.json): rec in every accepted
 * spelling, did-you-mean and not-found, the list commands and their Question filters, and the
 * history of a document across two meetings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ask, runCommand } from '../src/engine/engine.js';
import { buildCatalog, normaliseKey } from '../src/dataset/catalog.js';
import { Meeting, type Item } from '../src/dataset/schema.js';
import { splitWords } from '../src/engine/words.js';
import { checkAnswer, contextAt, flatten, meetings, section, sep2024 } from './engine-helpers.js';

const ctx = contextAt('2024-11-20T10:00:00Z');
const itemsWith = (status: Item['status'], question?: string) => sep2024.items.filter((i) => i.status === status && (!question || i.question === question));
const dataIds = (answer: { data: { items: Record<string, unknown>[] } }) => answer.data.items.map((i) => i.id);

describe('rec', () => {
  const x1716 = sep2024.items.find((i) => i.number === 'X.1716')!;

  it.each(['X.1716', 'x1716', 'X 1716', '1716', 'X.sec_QKDN_AA', 'x.sec_qkdn_aa', 'X.SEC_QKDN_AA', 'ITU-T X.1716'])(
    'finds X.1716 as "%s"',
    async (spelling) => {
      const answer = checkAnswer(await ask(`rec ${spelling}`, ctx));
      expect(answer.ok).toBe(true);
      expect(answer.kind).toBe('rec');
      expect(answer.data.kind).toBe('rec');
      expect(answer.data.items).toHaveLength(1);
      expect(answer.data.items[0]).toMatchObject({
        id: 'X.1716',
        title: x1716.title,
        question: 'Q15/17',
        status: 'aap-consented',
        formerAcronym: 'X.sec_QKDN_AA',
        baseText: x1716.baseText,
      });
      expect(answer.summary).toBe('AAP consented on 6 Sep 2024 — goes to AAP Last Call');
      expect(answer.source).toBe('SG17, Geneva, 2–6 Sep 2024 — executive summary, Annex A d)');
      expect(flatten(answer)).toContain('four weeks from the TSB Director');
    },
  );

  it('answers every numbered row of the dataset by its number and by its former acronym', async () => {
    for (const item of sep2024.items) {
      for (const name of [item.number, item.formerAcronym]) {
        if (!name) continue;
        const answer = await ask(`rec ${name}`, ctx);
        expect(answer.ok, name).toBe(true);
        expect(answer.data.items[0], name).toMatchObject({ status: item.status, title: item.title, question: item.question });
      }
    }
  });

  it('says the status in words for each status', async () => {
    const expectations: [Item['status'], RegExp][] = [
      ['tap-approved', /^TAP approved on 6 Sep 2024$/],
      ['tap-not-approved', /^TAP not approved at SG17, Geneva, 2–6 Sep 2024/],
      ['tap-determined', /^TAP determined on 6 Sep 2024 — goes for approval at the next SG17 meeting \(planned for 7–17 Apr 2025\)$/],
      ['aap-consented', /^AAP consented on 6 Sep 2024 — goes to AAP Last Call$/],
      ['agreed', /^Agreed on 6 Sep 2024$/],
    ];
    for (const [status, pattern] of expectations) {
      const item = itemsWith(status)[0]!;
      const answer = await ask(`rec ${item.number}`, ctx);
      expect(answer.data.items[0]!.statusText, item.number!).toMatch(pattern);
    }
  });

  it('maps a base number to its amendment, and a bare number too', async () => {
    const answer = checkAnswer(await ask('rec X.509', ctx));
    expect(answer.ok).toBe(true);
    expect(dataIds(answer)).toEqual(['X.509 Amd.1']);
    expect(answer.summary).toContain('X.509 itself is not in the data');
    expect(dataIds(await ask('rec 500', ctx))).toEqual(['X.500 Amd.1']);
    expect(dataIds(await ask('rec x.501', ctx))).toEqual(['X.501 Amd.2']);
  });

  it('shows the footnote history of a text that was deferred', async () => {
    const answer = await ask('rec X.1353', ctx);
    const history = section(answer, 'History')!.items!.map((i) => i.text);
    expect(history).toEqual([
      'TAP determined — SG17 Aug/Sep 2022',
      'TAP re-determined — SG17 Feb/Mar 2023',
      'TAP approval deferred — SG17 Aug/Sep 2023',
      'TAP re-determined again — SG17 Feb/Mar 2024',
      'TAP approved on 6 Sep 2024 (SG17, Geneva, 2–6 Sep 2024)',
    ]);
  });

  it('says when the summary row is garbled and shows only what is there', async () => {
    const garbled = sep2024.items.find((i) => i.incomplete && i.number)!;
    const answer = checkAnswer(await ask(`rec ${garbled.number}`, ctx));
    expect(answer.ok).toBe(true);
    expect(section(answer, 'Incomplete row')!.text).toMatch(/^The summary's row is garbled: /);
    const labels = answer.sections[0]!.fields!.map((f) => f.label);
    if (!garbled.formerAcronym) expect(labels).not.toContain('Former acronym');
    expect(answer.data.items[0]).toMatchObject({ incomplete: true, problems: garbled.problems });
  });

  it('finds a new work item by its acronym and says it is not a Recommendation yet', async () => {
    const wi = sep2024.workItems.find((w) => w.acronym && !w.incomplete)!;
    const answer = checkAnswer(await ask(`rec ${wi.acronym}`, ctx));
    expect(answer.ok).toBe(true);
    expect(answer.summary).toContain('new work item');
    expect(answer.data.items[0]).toMatchObject({ kind: 'work-item', acronym: wi.acronym, route: wi.route });
  });

  it('offers "did you mean" for typos', async () => {
    for (const [typo, meant] of [
      ['X.1761', 'X.1716'],
      ['X.17166', 'X.1716'],
      ['X.sec_QKDN_A', 'X.sec_QKDN_AA'],
      ['X.sec-QKND_AA', 'X.sec_QKDN_AA'],
    ] as const) {
      const answer = checkAnswer(await ask(`rec ${typo}`, ctx));
      expect(answer.ok, typo).toBe(false);
      expect(answer.error, typo).toBe('not-found');
      const suggestions = section(answer, 'Did you mean')!.items!.map((i) => i.text);
      expect(suggestions[0], typo).toBe(meant);
      expect(answer.data.items).toEqual([]);
      expect(answer.data.suggestions?.[0]).toBe(meant);
    }
  });

  it('answers an unknown number with a helpful not-found', async () => {
    const answer = checkAnswer(await ask('rec X.9999', ctx));
    expect(answer).toMatchObject({ ok: false, error: 'not-found', kind: 'not-found' });
    expect(answer.summary).toContain('No Recommendation or other text "X.9999"');
    expect(answer.summary).toContain('search <words>');
  });

  it('suggests titles when the words are not a number', async () => {
    const answer = await runCommand('rec', { id: 'quantum key' }, ctx);
    expect(answer.ok).toBe(false);
    expect(section(answer, 'Did you mean')!.items!.map((i) => i.text)).toEqual(expect.arrayContaining(['X.1716', 'X.1717']));
    // Typed as text, words of the data after `rec` are a topic: the Recommendations about them.
    const typed = await ask('rec quantum key', ctx);
    expect(typed.reading?.query).toBe('texts rec about quantum key');
    expect(typed.data.items.map((i) => i.id)).toEqual(['X.1716', 'X.1717']);
  });

  it('gives a usage error without an id', async () => {
    const answer = checkAnswer(await ask('rec', ctx));
    expect(answer).toMatchObject({ ok: false, error: 'usage' });
    expect(answer.summary).toContain('Recommendation number');
    expect((await runCommand('rec', { id: '   ' }, ctx)).error).toBe('usage');
  });
});

describe('aap / tap / agreed / new with Question filters', () => {
  it('aap lists exactly the AAP-consented rows, with the Last Call rule', async () => {
    const answer = checkAnswer(await ask('aap', ctx));
    expect(answer.ok).toBe(true);
    expect(dataIds(answer)).toEqual(itemsWith('aap-consented').map((i) => i.number));
    expect(answer.data.items.every((i) => i.status === 'aap-consented')).toBe(true);
    expect(sep2024.declared.aapConsented).toBe(answer.data.items.length);
    expect(answer.summary).toContain('6 new, 9 amendments');
    expect(answer.summary).toContain("four weeks from the TSB Director's announcement");
    expect(answer.source).toContain('Annex A d)');
  });

  it.each(['q11', 'Q11', '11', 'Q11/17', '11/17', 'Q 11', 'question 11'])('aap accepts the Question as "%s"', async (spelling) => {
    const answer = checkAnswer(await ask(`aap ${spelling}`, ctx));
    expect(answer.ok).toBe(true);
    expect(answer.title).toContain('Q11/17');
    expect(dataIds(answer)).toEqual(itemsWith('aap-consented', 'Q11/17').map((i) => i.number));
    expect(answer.data.items.length).toBeGreaterThan(0);
  });

  it('the Discord option path gives the same answer as the words', async () => {
    // The same answer; only `ask` reads back how the words were read ("aap Q15").
    const { reading, ...fromWords } = await ask('aap 15', ctx);
    expect(reading).toMatchObject({ query: 'aap Q15', understood: true });
    expect(await runCommand('aap', { question: 'Q15/17' }, ctx)).toEqual(fromWords);
  });

  it('a Question with nothing of that kind, an unknown Question and a malformed one', async () => {
    const none = checkAnswer(await ask('aap q3', ctx));
    expect(none).toMatchObject({ ok: false, error: 'not-found' });
    expect(none.summary).toContain('2 RGM(s)');
    const unknown = checkAnswer(await ask('aap q16', ctx));
    expect(unknown.summary).toContain('Q16/17 does not appear in the data');
    // Through runCommand: `ask` lets the intent matcher reread a refused command.
    const bad = checkAnswer(await runCommand('aap', { question: 'qq11' }, ctx));
    expect(bad).toMatchObject({ ok: false, error: 'usage' });
    expect(bad.summary).toContain('such as Q11');
  });

  it('tap has approved, not approved and determined sections matching the dataset', async () => {
    const answer = checkAnswer(await ask('tap', ctx));
    expect(answer.sections.map((s) => s.heading)).toEqual([
      `Approved (${itemsWith('tap-approved').length})`,
      `Not approved (${itemsWith('tap-not-approved').length})`,
      `Determined — for approval at the next SG17 meeting (${itemsWith('tap-determined').length})`,
    ]);
    for (const status of ['tap-approved', 'tap-not-approved', 'tap-determined'] as const) {
      expect(answer.data.items.filter((i) => i.status === status).map((i) => i.id)).toEqual(itemsWith(status).map((i) => i.number));
    }
  });

  it('tap 6 keeps only Q6/17 and drops empty sections', async () => {
    const answer = checkAnswer(await ask('tap 6', ctx));
    expect(answer.data.items.every((i) => i.question === 'Q6/17')).toBe(true);
    expect(answer.sections.map((s) => s.heading)).toEqual(['Approved (2)', 'Determined — for approval at the next SG17 meeting (1)']);
  });

  it('tap narrows to one status in any word order, and through runCommand options', async () => {
    for (const text of ['tap not-approved', 'tap not approved', 'tap Q4 not-approved', 'tap rejected q4']) {
      const answer = checkAnswer(await ask(text, ctx));
      expect(answer.data.items.map((i) => i.id)).toEqual(itemsWith('tap-not-approved').map((i) => i.number));
      expect(answer.sections.map((s) => s.heading)).toEqual(['Not approved (2)']);
    }
    const determined = await runCommand('tap', { status: 'determined', question: 'Q8' }, ctx);
    expect(determined.data.items.map((i) => i.id)).toEqual(['X.1648']);
    const none = await ask('tap not-approved q15', ctx);
    expect(none).toMatchObject({ ok: false, error: 'not-found' });
    const bad = await runCommand('tap', { status: 'pending' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: 'usage' });
  });

  it('agreed lists the non-normative texts, filterable', async () => {
    expect(dataIds(await ask('agreed', ctx))).toEqual(itemsWith('agreed').map((i) => i.number));
    const q1 = await ask('agreed q1', ctx);
    expect(dataIds(q1)).toEqual(itemsWith('agreed', 'Q1/17').map((i) => i.number));
    expect(q1.data.items.length).toBe(4);
  });

  it('new lists work items with their route and marks garbled rows', async () => {
    const answer = checkAnswer(await ask('new', ctx));
    expect(answer.data.items.map((i) => i.route)).toEqual(sep2024.workItems.map((w) => w.route));
    const garbledCount = sep2024.workItems.filter((w) => w.incomplete).length;
    expect(garbledCount).toBeGreaterThan(0);
    const garbledLines = answer.sections[0]!.items!.filter((i) => String(i.detail).includes('row garbled'));
    expect(garbledLines).toHaveLength(garbledCount);
    expect(section(answer, 'Incomplete rows')!.text).toContain(`${garbledCount} rows`);
    expect(answer.summary).toMatch(/7 for TAP, 3 for agreement/);
  });

  it('new q2 filters and names the row whose Question was lost', async () => {
    const answer = checkAnswer(await ask('new q2', ctx));
    expect(answer.data.items.every((i) => i.question === 'Q2/17')).toBe(true);
    expect(answer.data.items).toHaveLength(sep2024.workItems.filter((w) => w.question === 'Q2/17').length);
    const lost = sep2024.workItems.find((w) => w.question === null)!;
    expect(section(answer, 'Not included')!.text).toContain(lost.acronym!);
  });
});

describe('several meetings', () => {
  /** A later meeting, built from the real one: X.1355 (determined in Sep 2024) approved, and a second X.509 amendment consented. */
  function april2025(): Meeting {
    const m = structuredClone(sep2024);
    const determined = m.items.find((i) => i.number === 'X.1355')!;
    const x509 = m.items.find((i) => i.number === 'X.509 Amd.1')!;
    return Meeting.parse({
      ...m,
      id: 'sg17-2025-04',
      title: 'Meeting of ITU-T SG17, Geneva, 7 – 17 April 2025 (test)',
      range: { start: '2025-04-07', end: '2025-04-17' },
      closingPlenary: '2025-04-17',
      sourceFile: 'test',
      items: [
        { ...determined, section: 'a', status: 'tap-approved', formerAcronym: null, notes: [] },
        { ...x509, number: 'X.509 Amd.2', seq: 2 },
      ],
      footnotes: [],
      workItems: [],
      rgms: [],
      futureMeetings: [],
    });
  }
  const two = buildCatalog([april2025(), ...meetings]);
  const ctx2 = contextAt('2025-05-01T00:00:00Z', two);

  it('orders meetings and shows the latest status with the history', async () => {
    expect(two.latest.id).toBe('sg17-2025-04');
    for (const spelling of ['X.1355', 'X.ra-iot', '1355']) {
      const answer = checkAnswer(await ask(`rec ${spelling}`, ctx2));
      expect(answer.data.items).toHaveLength(1);
      expect(answer.data.items[0]).toMatchObject({ id: 'X.1355', status: 'tap-approved', meeting: 'sg17-2025-04', formerAcronym: 'X.ra-iot' });
      expect(answer.summary).toBe('TAP approved on 17 Apr 2025');
      expect(section(answer, 'History')!.items!.map((i) => i.text)).toEqual([
        'TAP determined on 6 Sep 2024 — goes for approval at the next SG17 meeting (planned for 7–17 Apr 2025) (SG17, Geneva, 2–6 Sep 2024)',
        'TAP approved on 17 Apr 2025 (SG17, Geneva, 7–17 Apr 2025)',
      ]);
      expect(answer.source).toBe('SG17, Geneva, 7–17 Apr 2025 — executive summary, Annex A a); SG17, Geneva, 2–6 Sep 2024 — executive summary, Annex A a)');
    }
  });

  it('list commands use the latest status', async () => {
    const tap = await ask('tap q6', ctx2);
    expect(tap.data.items.find((i) => i.id === 'X.1355')).toMatchObject({ status: 'tap-approved' });
    expect(tap.data.items.filter((i) => i.status === 'tap-determined').map((i) => i.id)).not.toContain('X.1355');
  });

  it('lists every match when a base number has several', async () => {
    const answer = checkAnswer(await ask('rec X.509', ctx2));
    expect(answer.ok).toBe(true);
    expect(answer.title).toBe('2 texts match "X.509"');
    expect(dataIds(answer)).toEqual(['X.509 Amd.1', 'X.509 Amd.2']);
  });
});

describe('splitWords', () => {
  /** The quote-aware tokenizer as first written; splitWords skips it when the text has no quotes. */
  const reference = (text: string): string[] =>
    [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((w) => w.length > 0);

  it('keeps quoted phrases together and drops empty ones', () => {
    expect(splitWords('  search "edge computing"  security ')).toEqual(['search', 'edge computing', 'security']);
    expect(splitWords("rec 'X.1716' \"\" what's")).toEqual(['rec', 'X.1716', "what's"]);
    expect(splitWords('\u00a0rec\u3000X.1716\ufeff')).toEqual(['rec', 'X.1716']);
    expect(splitWords(' \t\n')).toEqual([]);
  });

  it('splits any text exactly as the quote-aware tokenizer does', () => {
    const char = fc.constantFrom('a', 'Z', '1', '.', '"', "'", ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é', '—');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: char, maxLength: 40 })), (text) => {
        expect(splitWords(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normaliseKey', () => {
  /** The Unicode-aware form for any text; normaliseKey skips NFKC for ASCII text. */
  const unicodeKey = (text: string): string => {
    const key = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    return key.startsWith('itut') && key.length > 4 ? key.slice(4) : key;
  };

  it('folds case, punctuation, full-width forms, accents and the ITU-T prefix', () => {
    expect(normaliseKey('ITU-T X.1716')).toBe('x1716');
    expect(normaliseKey('X.sec_QKDN_AA')).toBe('xsecqkdnaa');
    expect(normaliseKey('Ｘ．１７１６')).toBe('x1716');
    expect(normaliseKey('X.Suppl.41 — Égalité')).toBe('xsuppl41egalite'); // accents folded: one key however it is typed
  });

  it('gives ASCII text the key the Unicode path would', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('I', 'T', 'U', '-', 't', 'x', 'X', '.', '1', '7', '_', ' ', '\t') })), (text) => {
        expect(normaliseKey(text)).toBe(unicodeKey(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('answers that say plainly what the summary settles and what it does not list', () => {
  it('"is the Q13 RGM confirmed?" names the Q13 RGM under the state it is in', async () => {
    const q13 = sep2024.rgms.filter((r) => r.question === 'Q13/17');
    expect(q13.length).toBeGreaterThan(0);
    const answer = checkAnswer(await ask('are the dates of the q13 rgm confirmed', ctx));
    expect(answer.reading?.query).toBe('rgm Q13 confirmed');
    const confirmed = q13.filter((r) => !r.tbc);
    expect(dataIds(answer)).toEqual(confirmed.map((r) => r.id));
    // None confirmed in the data: the TBC ones are listed as such, not left out.
    const tbc = section(answer, 'Dates TBC');
    expect(tbc?.items?.length).toBe(q13.filter((r) => r.tbc).length);
    expect(flatten(answer)).toContain('(TBC)');
  });

  it('"which texts were not consented" says the summary lists only the consented ones', async () => {
    const answer = checkAnswer(await ask('which texts were not consented', ctx));
    expect(answer.kind).toBe('not-held');
    expect(answer.reading?.query).toBe('not-consented');
    expect(flatten(answer)).toContain('ask "aap"');
  });

  it('"what does QKD stand for" spells the abbreviation out as the abbreviations table does', async () => {
    const answer = checkAnswer(await ask('what does QKD stand for?', ctx));
    expect(answer.kind).toBe('explain');
    expect(answer.summary).toBe('QKD stands for quantum key distribution.');
    expect(answer.reading?.alternative).toBe('search qkd');
  });

  it('a consented text says the summary holds no Last Call dates', async () => {
    const answer = checkAnswer(await ask('when does last call end for X.1716', ctx));
    expect(flatten(answer)).toContain('the summary gives neither that date nor the day Last Call ends');
  });
});
