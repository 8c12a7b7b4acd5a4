/**
 * The question parser (src/engine/query/parse.ts) filter by filter, the reading round trip, and
 * properties: any text gives a Query or "not understood", never a throw. The corpus of questions
 * as people type them is test/query-corpus.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuery, type ParseOutcome } from '../src/engine/query/parse.js';
import { readingOf } from '../src/engine/query/reading.js';
import { Query } from '../src/engine/query/model.js';
import { commandWords } from '../src/engine/registry.js';
import { ask } from '../src/engine/engine.js';
import { MAX_INPUT_CHARS } from '../src/dispatch/dispatch.js';
import { catalog, contextAt, sep2024 } from './engine-helpers.js';

const NOW = new Date('2024-11-20T00:00:00Z');
const env = { now: NOW, catalog, commandWords };
const parse = (text: string): ParseOutcome => parseQuery(text, env);
const reading = (text: string): string | undefined => {
  const p = parse(text);
  return p.kind === 'query' ? readingOf(p.query) : undefined;
};

describe('each filter alone', () => {
  it.each([
    // outcome
    ['approved', 'tap approved'],
    ['not approved', 'tap not-approved'],
    ['which ones failed', 'tap not-approved'],
    ['rejected texts', 'tap not-approved'],
    ['determined', 'tap determined'],
    ['waiting for approval', 'tap determined'],
    ['consented', 'aap'],
    ['up for LC', 'aap'],
    ['agreed', 'agreed'],
    // route
    ['tap', 'tap'],
    ['texts by traditional approval', 'tap'],
    ['aap', 'aap'],
    ['by agreement', 'agreed'],
    // kind
    ['amendments', 'texts amendment'],
    ['revised texts', 'texts revised'],
    ['new recommendations', 'texts new rec'],
    // type
    ['supplements', 'texts suppl'],
    ['technical reports', 'texts tr'],
    ['recommendations', 'texts rec'],
    // Question
    ['Q15', 'q 15'],
    ['question 4 texts', 'texts Q4'],
    // time
    ['rgms next month', 'rgm 2024-12-01..2024-12-31'],
    ['anything this week', 'rgm 2024-11-18..2024-11-24'],
    // ids
    ['X.1716', 'rec X.1716'],
    ['1716', 'rec X.1716'],
    ['x 509 amd 1', 'rec X.509 Amd.1'],
    ['X.Suppl.41', 'rec X.Suppl.41'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });
});

describe('filters combine', () => {
  it.each([
    ['approved Q2 texts', 'tap approved Q2'],
    ['new amendments consented for Q11', 'aap new amendment Q11'],
    ['supplements agreed by Q10', 'agreed suppl Q10'],
    ['how many amendments go to last call', 'count aap amendment'],
    ['Q1 rgms in january', 'rgm Q1 2025-01-01..2025-01-31'],
    ['new work items for TAP of Q10', 'new tap Q10'],
    // a type narrows work items too (it was dropped: all ten listed)
    ['new tr work items', 'new work-items tr'],
    ['new rec work items for q10', 'new work-items rec Q10'],
    // a word naming other SG17 documents is also a title's word
    ['security manual', 'texts other-docs about security manual'],
    ['texts of Q2 and Q4 that were approved', 'tap approved Q2 Q4'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });
});

describe('where and how RGMs meet, a past meeting, Questions counted', () => {
  it.each([
    // a place of the data, or a word after "in"/"at" that is nothing else (the answer says none is there)
    ['rgms in paris', 'rgm in paris'],
    ['any rgm in stockholm?', 'rgm in stockholm'],
    ['rgms in geneva', 'rgm in geneva'],
    // …but not a word that is no place
    ['rgms in detail', 'rgm'],
    ['Q10 rgm in paris', 'rgm Q10 in paris'],
    // formats
    ['virtual rgms', 'rgm virtual'],
    ['which rgms are online', 'rgm virtual'],
    ['face to face rgms', 'rgm physical'],
    ['in person rapporteur meetings in jan', 'rgm physical 2025-01-01..2025-01-31'],
    ['hybrid rgms', 'rgm hybrid'],
    // "online" is also a word of titles: only RGMs are narrowed by it
    ['anything about child online protection', 'search child online protection'],
    // RGM topics
    ['rgm about pki', 'rgm about pki'],
    // a past month an SG17 meeting was held in: that meeting; ahead, a window
    ['what happened in sep', 'texts sg17-2024-09'],
    ['what did the september meeting decide', 'texts sg17-2024-09'],
    ['what was approved at the sept meeting', 'tap approved sg17-2024-09'],
    ['rgms in sep', 'rgm 2025-09-01..2025-09-30'],
    ['anything in september', 'rgm 2025-09-01..2025-09-30'],
    // Questions, not items
    ['how many questions have rgms', 'count rgm by question'],
    ['which questions have approved texts', 'tap approved by question'],
    ['how many questions got texts approved', 'count tap approved by question'],
    ['which questions meet in january', 'rgm 2025-01-01..2025-01-31 by question'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });

  it.each([
    'rgm in paris',
    'rgm virtual',
    'rgm Q1 virtual in seoul 2025-01-01..2025-01-31',
    'texts sg17-2024-09',
    'count rgm by question',
    'tap approved by question',
  ])('%s reads back to itself', (text) => {
    expect(reading(text)).toBe(text);
  });

  it('a place says it narrowed, not "Not used"', () => {
    const p = parse('rgms in geneva');
    expect(p.kind === 'query' && p.query.venues).toEqual(['geneva']);
    expect(p.kind === 'query' && p.unused).toBeUndefined();
  });

  it.each([
    ['rgms in korea', 'rgm in seoul'],
    ['rgms in south korea', 'rgm in seoul'],
    ['rgms in the republic of korea', 'rgm in seoul'],
    ['rgms in the uk', 'rgm in uk'],
    ['rgms in the united states', 'rgm in usa'],
    ['rgms in the us', 'rgm in usa'],
  ])('another name of a place: %s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });

  it.each([
    ['tbc rgms', 'rgm tbc'],
    ['which rgms are still to be confirmed', 'rgm tbc'],
    ['rgms not yet confirmed', 'rgm tbc'],
    ['confirmed rgms', 'rgm confirmed'],
    ['rgms with no venue', 'rgm no-venue'],
    ['rgms where the venue is tbd', 'rgm no-venue'],
    ['q1 rgms tbc', 'rgm Q1 tbc'],
  ])('what the summary has settled about RGMs: %s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });

  it('a text list drops an RGM state rather than turning into RGMs', () => {
    expect(reading('approved texts tbc')).toBe('tap approved');
  });

  it('a country without RGMs still answers none, with the venues the data holds', async () => {
    const answer = await ask('rgms in the uk', contextAt('2024-11-20T00:00:00Z'));
    expect(answer.data.items).toEqual([]);
    expect(answer.sections.map((s) => s.text).join(' ')).toContain('Hybrid (Virtual + Seoul)');
  });

  it('answers a place the data does not hold with none, and names the venues it holds', async () => {
    const answer = await ask('rgms in geneva', contextAt('2024-11-20T00:00:00Z'));
    expect(answer.data.items).toEqual([]);
    expect(String(answer.summary)).toContain('No interim RGMs in Geneva');
    // Every filter said in the sentence: the format before the noun, the state with "with".
    const virtualParis = await ask('virtual rgms in paris', contextAt('2024-11-20T00:00:00Z'));
    expect(String(virtualParis.summary)).toContain('No virtual interim RGMs in Paris in the data');
    const q13 = await ask('is the Q13 RGM confirmed?', contextAt('2024-11-20T00:00:00Z'));
    expect(String(q13.summary)).toContain('No interim RGMs with dates confirmed (not TBC) for Q13/17');
    expect(answer.sections.map((s) => s.text).join(' ')).toContain('Paris, France');
  });

  it('per Question, RGMs are named by their dates (their ids stay in the data)', async () => {
    const answer = await ask('how many questions have rgms', contextAt('2024-11-20T00:00:00Z'));
    const q3 = answer.sections[0]!.items!.find((i) => i.text === 'Q3/17')!;
    expect(q3.detail).toBe('2 interim RGMs: 19 Nov 2024; 26–27 Nov 2024');
    expect(answer.data.items.find((i) => i.id === 'Q3/17')).toMatchObject({ items: ['sg17-2024-09/rgm-07', 'sg17-2024-09/rgm-08'] });
  });
});

describe('the SG17 meeting the data plans (7–17 April 2025)', () => {
  it('asked what it will do: the texts determined for approval there, the listing offered', () => {
    const p = parse('what will happen at the april meeting');
    expect(p.kind === 'query' && readingOf(p.query)).toBe('tap determined');
    expect(p.kind === 'query' && p.alternative).toBe('meeting');
  });

  it.each([
    ['the april meeting', 'meeting'],
    ['when is the april meeting', 'meeting'],
    // no SG17 meeting is planned in June: the month's RGMs, as before
    ['what will happen at the june meeting', 'rgm 2025-06-01..2025-06-30'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });
});

describe('time phrases, against the injected clock', () => {
  it.each([
    ['rgms this week', '2024-11-20T00:00:00Z', 'rgm 2024-11-18..2024-11-24'],
    ['rgms this week', '2024-12-02T09:00:00Z', 'rgm 2024-12-02..2024-12-08'],
    ['rgms next week', '2024-11-20T00:00:00Z', 'rgm 2024-11-25..2024-12-01'],
    ['rgms in january', '2024-11-20T00:00:00Z', 'rgm 2025-01-01..2025-01-31'],
    ['rgms before 15 jan', '2024-11-20T00:00:00Z', 'rgm 2024-11-20..2025-01-14'],
    ['rgms after the April meeting', '2024-11-20T00:00:00Z', 'rgm from 2025-04-18'],
    // "before" a meeting still ahead runs from today, as "before 15 Jan" does
    ['rgms before the April meeting', '2024-11-20T00:00:00Z', 'rgm 2024-11-20..2025-04-06'],
    // "may" beside the RGMs asked for is the month; elsewhere a verb
    ['rgms may', '2024-11-20T00:00:00Z', 'rgm 2025-05-01..2025-05-31'],
    ['may rgms', '2024-11-20T00:00:00Z', 'rgm 2025-05-01..2025-05-31'],
    ['rgms may be virtual', '2024-11-20T00:00:00Z', 'rgm virtual'],
    ['rgms in december', '2024-11-20T00:00:00Z', 'rgm 2024-12-01..2024-12-31'],
    ['rgm 2024-11-18..2024-11-24', '2024-11-20T00:00:00Z', 'rgm 2024-11-18..2024-11-24'],
    // a number before "weeks" is a count, not a Question; "starting" takes its first day in
    ['rgms next 2 weeks', '2024-11-20T00:00:00Z', 'rgm 2024-11-20..2024-12-04'],
    ['rgms starting next week', '2024-11-20T00:00:00Z', 'rgm from 2024-11-25'],
    // month spans: the first one not yet over
    ['rgms dec to feb', '2024-11-20T00:00:00Z', 'rgm 2024-12-01..2025-02-28'],
    ['rgms dec to feb', '2025-01-10T00:00:00Z', 'rgm 2024-12-01..2025-02-28'],
    ['rgms dec to feb', '2025-03-10T00:00:00Z', 'rgm 2025-12-01..2026-02-28'],
    ['rgms between 1 dec and 31 jan', '2024-11-20T00:00:00Z', 'rgm 2024-12-01..2025-01-31'],
    ['rgms late jan', '2024-11-20T00:00:00Z', 'rgm 2025-01-21..2025-01-31'],
    ['rgms in 2025', '2024-11-20T00:00:00Z', 'rgm 2025-01-01..2025-12-31'],
    ['rgms left this year', '2024-11-20T00:00:00Z', 'rgm 2024-11-20..2024-12-31'],
    // a month named alone is this month while it lasts, not next year's
    ['rgms in november', '2024-11-20T00:00:00Z', 'rgm 2024-11-01..2024-11-30'],
    // asked in the past tense, a month without a year is the one just past
    ['what happened in october', '2024-11-20T00:00:00Z', 'rgm 2024-10-01..2024-10-31'],
    ['rgms in oct', '2024-11-20T00:00:00Z', 'rgm 2025-10-01..2025-10-31'],
    ['rgms nxt week', '2024-11-20T00:00:00Z', 'rgm 2024-11-25..2024-12-01'],
    // a month's name alone, which chrono does not read
    ['rgms jan', '2024-11-20T00:00:00Z', 'rgm 2025-01-01..2025-01-31'],
    ['jan rgms', '2024-11-20T00:00:00Z', 'rgm 2025-01-01..2025-01-31'],
    ['rgms q1 online jan', '2024-11-20T00:00:00Z', 'rgm Q1 virtual 2025-01-01..2025-01-31'],
    // a route or "texts" with a window is a text list, not RGMs
    ['aap in 2025', '2024-11-20T00:00:00Z', 'aap 2025-01-01..2025-12-31'],
    ['tap this week', '2024-11-20T00:00:00Z', 'tap 2024-11-18..2024-11-24'],
    ['texts this week', '2024-11-20T00:00:00Z', 'texts 2024-11-18..2024-11-24'],
    // texts are acted on at meetings: a window narrows them to meetings held in it (none: said so)
    ['texts approved in january', '2024-11-20T00:00:00Z', 'tap approved 2025-01-01..2025-01-31'],
    ['amendments this week', '2024-11-20T00:00:00Z', 'texts amendment 2024-11-18..2024-11-24'],
    // …unless it is when the determined texts go for approval
    ['what will be approved in april', '2024-11-20T00:00:00Z', 'tap determined'],
    // the last meeting, last time, in Geneva: the meeting held
    ['what was consented at the last meeting', '2024-11-20T00:00:00Z', 'aap sg17-2024-09'],
    ['what did sg17 approve last time', '2024-11-20T00:00:00Z', 'tap approved sg17-2024-09'],
    ['what did we approve in geneva', '2024-11-20T00:00:00Z', 'tap approved sg17-2024-09'],
    ['which amds went to lc in sep', '2024-11-20T00:00:00Z', 'aap amendment sg17-2024-09'],
  ])('%s at %s → %s', (text, now, expected) => {
    const p = parseQuery(text, { ...env, now: new Date(now) });
    expect(p.kind === 'query' && readingOf(p.query)).toBe(expected);
  });
});

describe('a time phrase is taken out as whole words', () => {
  it('"in dec" leaves "decisions" whole', () => {
    const p = parse('rgm decisions in dec');
    expect(p.kind === 'query' && readingOf(p.query)).toBe('rgm 2024-12-01..2024-12-31');
    expect(p.kind === 'query' && p.unused).toBeUndefined();
  });
});

describe('list or definition', () => {
  it.each([
    ['what is last call', 'explain last call', 'aap'],
    ['what does AAP mean', 'explain aap', 'aap'],
    ['what is going to last call', 'aap', 'explain last call'],
    ['last call', 'aap', 'explain last call'],
    ['difference between AAP and TAP', 'explain aap and tap', undefined],
  ])('%s → %s (alternative %s)', (text, expected, alternative) => {
    const p = parse(text);
    expect(p.kind).toBe('query');
    if (p.kind !== 'query') return;
    expect(readingOf(p.query)).toBe(expected);
    expect(p.alternative).toBe(alternative);
  });
});

describe('the reading is read back to the same Query', () => {
  it.each([
    'approved Q2 texts',
    'how many amendments go to last call',
    'rgms before 15 jan',
    'what is last call',
    'compare X.1716 and X.1717',
    'new work items for TAP',
    'Q15',
    'who is the rapporteur of Q15',
    'new tr work items',
    'rgms in paris',
    'what happened in sep',
  ])('%s', (text) => {
    const p = parse(text);
    expect(p.kind).toBe('query');
    if (p.kind !== 'query') return;
    const again = parse(readingOf(p.query));
    expect(again.kind === 'query' && again.query).toEqual(p.query);
  });
});

describe('never throws', () => {
  it('any text gives a valid Query or "not understood" (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MAX_INPUT_CHARS }), (text) => {
        const p = parse(text);
        if (p.kind === 'query') expect(Query.safeParse(p.query).success).toBe(true);
        else if (p.kind === 'unknown') expect(p.suggestions).toHaveLength(3);
        else expect(typeof p.name).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });

  it('question-like text from its own vocabulary gives a valid Query or "not understood" (property)', () => {
    const word = fc.constantFrom(
      'what',
      'is',
      'the',
      'next',
      'Q15',
      'X.1716',
      'AAP',
      'last',
      'call',
      'rgm',
      '?',
      'x 509 amd',
      'suppl',
      'not',
      'approved',
      'how many',
      'in january',
      'this week',
      'amd',
      '1716',
      'and',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const p = parse(words.join(' '));
        expect(['query', 'unknown', 'command']).toContain(p.kind);
        if (p.kind === 'query') expect(Query.safeParse(p.query).success).toBe(true);
      }),
    );
  });

  it('ask() answers any text within the input limit, with a reading (property)', async () => {
    const ctx = contextAt('2024-11-20T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: MAX_INPUT_CHARS }), async (text) => {
        const answer = await ask(text, ctx);
        expect(typeof answer.title).toBe('string');
        if (text.trim() && !/^\s*(subscribe|unsubscribe|subscriptions|reminders|calendar)\b/i.test(text)) expect(answer.reading).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('not understood', () => {
  it('gets one short line and the three nearest commands, never the whole help', async () => {
    const answer = await ask('reck 1716 plz', contextAt('2024-11-20T00:00:00Z'));
    expect(answer.kind).not.toBe('not-understood'); // "1716" is a number it knows
    const confused = await ask('zzkx qqwv', contextAt('2024-11-20T00:00:00Z'));
    expect(confused).toMatchObject({ kind: 'not-understood', ok: false, reading: { query: null, understood: false } });
    expect(confused.sections).toHaveLength(1);
    expect(confused.sections[0]!.items).toHaveLength(3);
    const typo = parse('reck blah');
    expect(typo.kind === 'unknown' && typo.suggestions[0]).toBe('rec');
  });
});

describe('messages as pasted into chat', () => {
  it('mentions, channel links, emoji codes and links are not read as words', () => {
    for (const text of ['<@U123> aap', '@sg17bot aap', ':wave: aap', '<#C1|sg17> <!here> aap', 'aap <:party:123>', 'aap https://www.itu.int/md/T22-SG17']) {
      const p = parse(text);
      expect(p.kind === 'query' && p.reading, text).toBe('aap');
      expect(p.kind === 'query' && p.unused, text).toBeUndefined();
    }
  });

  it('an e-mail address and a time of day are left as written', () => {
    const p = parse('rgm at 12:30');
    expect(p.kind === 'query' && p.unused).toEqual(['12', '30']);
    expect(reading('email foo@itu.int')).toBe('who contacts');
  });
});

describe('two lists asked in one message', () => {
  it.each([
    ['list aap texts and rgms', 'rgm', 'aap'],
    ['rgms and cgs', 'rgm', 'cg'],
    ['aap texts and cgs', 'aap', 'cg'],
    ['approved texts and new work items', 'new', 'tap approved'],
    ['new work items and rgms', 'rgm', 'new'],
  ])('%s → %s, the other offered: %s', (text, read, other) => {
    const p = parse(text);
    expect(p.kind === 'query' && [p.reading, p.alternative]).toEqual([read, other]);
  });

  it('one list with its filters offers nothing else', () => {
    for (const text of ['new work items by tap', 'which new work items go by aap', 'rgms in paris', 'aap q11']) {
      const p = parse(text);
      expect(p.kind === 'query' && p.alternative, text).toBeUndefined();
    }
  });
});

describe('outcomes asked after the meeting the data plans', () => {
  const planned = sep2024.futureMeetings[0]!.range!;
  it.each(['what was approved', 'new work items', 'q 15', 'aap q3'])('%s: says later meetings are not in the data once it has ended', async (text) => {
    const after = new Date(Date.parse(`${planned.end}T00:00:00Z`) + 86_400_000).toISOString();
    const before = `${planned.start}T00:00:00Z`;
    expect(String((await ask(text, contextAt(after))).summary)).toContain('the latest meeting in the data');
    expect(String((await ask(text, contextAt(before))).summary)).not.toContain('the latest meeting in the data');
  });
});

describe('when and where a meeting was', () => {
  it.each(['when did the geneva meeting end', 'where was the last meeting', 'dates of the last plenary'])(
    '%s: the answer names the meeting held',
    async (text) => {
      const summary = String((await ask(text, contextAt('2025-01-10T00:00:00Z'))).summary);
      expect(summary).toContain(sep2024.place);
      expect(summary).toContain(`closing plenary ${Number(sep2024.closingPlenary!.slice(8))} Sep`);
    },
  );
});
