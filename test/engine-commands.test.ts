/**
 * rgm (relative to an injected "now"), q, search, cg, meeting, stats, explain, help, the option
 * lists Discord subcommands are generated from, autocomplete, the RGM date rules, and
 * property tests: no input makes `ask` or `runCommand` throw, every answer is complete.
 */
import { mentions } from '../src/engine/query/mentions.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ask, runCommand } from '../src/engine/engine.js';
import { commands } from '../src/engine/registry.js';
import { suggestMeetings, suggestPlaces, suggestQuestions, suggestRecIds } from '../src/engine/autocomplete.js';
import { compareWhen, describeWhen, isUpcoming, lastDayOfMonth, rgmFirstDay, rgmLastDay } from '../src/engine/rgm-dates.js';
import { GLOSSARY } from '../src/engine/commands/explain.js';
import { FakeClock } from '../src/clock.js';
import type { RgmWhen } from '../src/dataset/schema.js';
import { headlineTotals, readTotals } from '../src/dataset/totals.js';
import { catalog, checkAnswer, contextAt, flatten, section, sep2024 } from './engine-helpers.js';

const nov20 = contextAt('2024-11-20T10:00:00Z');

describe('rgm', () => {
  it('lists what has not ended yet, soonest first, from the injected now', async () => {
    const answer = checkAnswer(await ask('rgm', nov20));
    expect(answer.ok).toBe(true);
    const lines = section(answer, 'Upcoming')!.items!.map((i) => String(i.text));
    expect(lines[0]).toBe('Q3/17 — 26–27 Nov 2024');
    expect(lines[1]).toBe('Q1/17 — 29 Nov 2024 (TBC)');
    expect(lines).not.toContain('Q3/17 — 19 Nov 2024');
    expect(lines).toContain('Q13/17 — 7–8 Jan 2025 or 8–9 Jan 2025 (TBC)');
    expect(lines).toContain('Q15/17 — Jan–Feb 2025 (no dates yet) (TBC)');
    expect(lines).toContain('Q8/17 — Feb 2025 (no dates yet) (TBC)');
    // Every RGM except the two that ended (Q11/17 in Oct, Q3/17 on 19 Nov).
    expect(answer.data.items).toHaveLength(sep2024.rgms.length - 2);
    const firstDays = answer.data.items.map((i) => String(i.firstDay));
    expect(firstDays).toEqual([...firstDays].sort());
    expect(answer.data.items.every((i) => i.upcoming === true)).toBe(true);
    expect(answer.summary).toContain('as of 20 Nov 2024');
    expect(answer.source).toBe('SG17, Geneva, 2–6 Sep 2024 — executive summary, Interim RGMs');
  });

  it('says the schedule has no time zone and keeps remarks', async () => {
    const text = flatten(await ask('rgm q1', nov20));
    expect(text).toContain('12-3:30pm with 30+ lunch break (time zone not given)');
    expect(text).toContain('Objective to have at least a first RGM before Christmas');
    expect(text).toContain('host: Soonchunhyang University');
  });

  it('counts an RGM as upcoming until its last day ends (UTC)', async () => {
    const ids = async (iso: string, q: string) => (await ask(`rgm ${q}`, contextAt(iso))).data.items.filter((i) => i.upcoming).map((i) => i.datesText);
    expect(await ids('2024-11-27T23:59:59Z', 'q3')).toEqual(['26-27 Nov 2024']);
    expect(await ids('2024-11-28T00:00:00Z', 'q3')).toEqual([]);
    // A month window stays upcoming through the window's last month.
    expect((await ask('rgm q8', contextAt('2025-02-28T23:00:00Z'))).data.items[0]).toMatchObject({ upcoming: true, undated: true });
    expect((await ask('rgm q8', contextAt('2025-03-01T00:00:00Z'))).data.items[0]).toMatchObject({ upcoming: false });
  });

  it('when none is upcoming, says so plainly with the latest ones and the date of the data', async () => {
    const answer = checkAnswer(await ask('rgm', contextAt('2026-01-01T00:00:00Z')));
    expect(answer.summary).toContain('No upcoming interim RGM in the data as of 1 Jan 2026');
    expect(answer.summary).toContain('Data from SG17, Geneva, 2–6 Sep 2024');
    expect(section(answer, 'Upcoming')).toBeUndefined();
    const latest = section(answer, 'Latest planned')!.items!.map((i) => String(i.text));
    expect(latest).toHaveLength(5);
    expect(latest.at(-1)).toBe('Q1/17 — 4–6 Mar 2025 (TBC)');
    expect(answer.data.items.every((i) => i.upcoming === false)).toBe(true);
  });

  it('filters by Question; a Question without RGMs is not-found', async () => {
    const q15 = checkAnswer(await ask('rgm Q15/17', nov20));
    expect(q15.data.items.map((i) => i.question)).toEqual(['Q15/17']);
    expect(q15.data.items[0]).toMatchObject({ tbc: true, undated: true, when: { kind: 'window', from: '2025-01', to: '2025-02' } });
    // runCommand: `ask` lets the intent matcher reread a refused command.
    const q2 = checkAnswer(await runCommand('rgm', { question: '2' }, nov20));
    expect(q2).toMatchObject({ ok: false, error: 'not-found' });
  });
});

describe('rgm-dates', () => {
  it('knows month lengths, leap years included', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
  });

  it('first/last day and wording for each kind of date', () => {
    const alt: RgmWhen = {
      kind: 'alternatives',
      options: [
        { start: '2025-01-08', end: '2025-01-09' },
        { start: '2025-01-07', end: '2025-01-08' },
      ],
    };
    expect([rgmFirstDay(alt), rgmLastDay(alt)]).toEqual(['2025-01-07', '2025-01-09']);
    const win: RgmWhen = { kind: 'window', from: '2025-01', to: '2025-02' };
    expect([rgmFirstDay(win), rgmLastDay(win)]).toEqual(['2025-01-01', '2025-02-28']);
    expect(describeWhen(win, '')).toBe('Jan–Feb 2025 (no dates yet)');
    expect(describeWhen({ kind: 'days', range: { start: '2024-11-30', end: '2024-12-02' } }, '')).toBe('30 Nov – 2 Dec 2024');
    const unknown = { kind: 'unknown' } as const;
    expect(isUpcoming(unknown, new Date('2000-01-01T00:00:00Z'))).toBe(false);
    expect(compareWhen(unknown, win)).toBeGreaterThan(0);
    expect(describeWhen(unknown, 'sometime')).toBe('"sometime" (date not readable)');
  });

  it('upcoming iff the last day is today or later in UTC (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: -3 * 86400000, max: 3 * 86400000 }),
        (startMs, days, offset) => {
          const start = new Date(startMs).toISOString().slice(0, 10);
          const end = new Date(startMs + days * 86400000).toISOString().slice(0, 10);
          const now = new Date(Date.parse(`${end}T12:00:00Z`) + offset);
          const expected = now.toISOString().slice(0, 10) <= end;
          expect(isUpcoming({ kind: 'days', range: { start, end } }, now)).toBe(expected);
        },
      ),
    );
  });
});

describe('q', () => {
  it('gathers documents by status, work items and RGMs for one Question', async () => {
    const answer = checkAnswer(await ask('q 15', nov20));
    expect(answer.title).toBe('Q15/17');
    expect(answer.sections.map((s) => s.heading)).toEqual(['AAP consented (going to AAP Last Call) (2)', 'Interim RGMs (1, 1 still to come)']);
    expect(answer.data.items.map((i) => `${i.kind}:${i.id}`)).toEqual(['document:X.1716', 'document:X.1717', 'rgm:sg17-2024-09/rgm-14']);
  });

  it('marks past RGMs and counts work items', async () => {
    const answer = checkAnswer(await ask('q Q6/17', nov20));
    const wi = sep2024.workItems.filter((w) => w.question === 'Q6/17');
    expect(section(answer, 'New work items')!.items).toHaveLength(wi.length);
    const q3 = await ask('q3', nov20);
    expect(section(q3, 'Interim RGMs')!.items!.map((i) => String(i.text))).toEqual(['Q3/17 — 19 Nov 2024 — past', 'Q3/17 — 26–27 Nov 2024']);
  });

  it('needs a Question and names the known ones when it is unknown', async () => {
    expect((await runCommand('q', {}, nov20)).error).toBe('usage');
    const unknown = checkAnswer(await ask('q 16', nov20));
    expect(unknown).toMatchObject({ ok: false, error: 'not-found' });
    expect(unknown.summary).toContain('Q15/17');
  });
});

describe('search', () => {
  const ids = async (text: string) => (await ask(`search ${text}`, nov20)).data.items.map((i) => i.id);

  it('ranks by number, acronym, title and topics', async () => {
    expect((await ids('quantum key distribution')).slice(0, 2).sort()).toEqual(['X.1716', 'X.1717']);
    expect((await ids('X.1716'))[0]).toBe('X.1716');
    expect((await ids('x.gecds'))[0]).toBe('X.1648');
    expect(await ids('X.sec_QKD_profr')).toContain('sg17-2024-09/rgm-14');
    expect(await ids('metaverse')).toEqual(expect.arrayContaining(['X.stm-dpm', 'TR.dpama']));
  });

  it('matches prefixes and typos', async () => {
    expect(await ids('quant')).toEqual(expect.arrayContaining(['X.1716', 'X.1717']));
    expect(await ids('quantim')).toEqual(expect.arrayContaining(['X.1716', 'X.1717']));
    expect(await ids('blockchian')).toContain('X.1353');
  });

  it('returns at most ten, and not-found for nonsense', async () => {
    expect((await ids('security')).length).toBeLessThanOrEqual(10);
    expect((await ids('security')).length).toBe(10);
    const none = checkAnswer(await ask('search zzqxv', nov20));
    expect(none).toMatchObject({ ok: false, error: 'not-found' });
    expect((await runCommand('search', {}, nov20)).error).toBe('usage');
  });
});

describe('the word filter of lists ("texts about …")', () => {
  it('stems plurals on both sides: "services" finds a title saying "service"', async () => {
    expect(mentions({ title: 'Security guidelines for digital financial service (DFS) applications', names: [] }, 'digital financial services')).toBe(true);
    expect(mentions({ title: 'digital financial services', names: [] }, 'service')).toBe(true);
    expect(mentions({ title: 'digital twin', names: [] }, 'financial')).toBe(false);
    expect((await ask('digital financial services texts', nov20)).data.items.map((i) => i.id)).toContain('X.1456');
  });
});

describe('cg, meeting, stats, explain, help', () => {
  it('cg lists the correspondence groups with their ToR documents', async () => {
    const answer = checkAnswer(await ask('cg', nov20));
    expect(answer.data.items.map((i) => [i.acronym, i.torDocuments])).toEqual(sep2024.correspondenceGroups.map((g) => [g.acronym, g.torDocuments]));
    expect(flatten(answer)).toContain('ToR: TD2287R4');
  });

  it('meeting shows the next SG17 meeting and its side event, and says when it has passed', async () => {
    const before = checkAnswer(await ask('meeting', nov20));
    expect(flatten(before)).toContain('7–17 Apr 2025');
    expect(flatten(before)).toContain('ITU mini workshop on security and privacy for digital twin and metaverse');
    expect(before.data.items[0]).toMatchObject({ passed: false });
    const after = checkAnswer(await ask('meeting', contextAt('2026-01-01T00:00:00Z')));
    expect(after.data.items[0]).toMatchObject({ passed: true });
    expect(after.summary).toContain('passed');
  });

  it('stats reads each stated total against the tables in the one reading ingest and meeting use', async () => {
    const answer = checkAnswer(await ask('stats', nov20));
    const outputs = section(answer, 'Outputs')!.items!.map((i) => i.text);
    expect(outputs).toEqual(readTotals(sep2024).map((t) => t.sentence));
    expect(outputs[0]).toBe('37 output standards stated; the tables list 39 rows, 37 plus the 2 not approved.');
    expect(flatten(answer)).not.toContain('the summary says');
    expect(flatten(answer)).toContain(`Contributions: ${sep2024.statistics.contributions}`);
  });

  it('meeting says what the latest meeting produced in the same sentences as stats', async () => {
    const [meetingAnswer, statsAnswer] = [checkAnswer(await ask('meeting', nov20)), checkAnswer(await ask('stats', nov20))];
    const produced = meetingAnswer.sections.find((s) => s.heading?.startsWith('Output of '))!.items!.map((i) => i.text);
    expect(produced).toEqual(headlineTotals(sep2024).map((t) => t.sentence));
    for (const sentence of produced) expect(section(statsAnswer, 'Outputs')!.items!.map((i) => i.text)).toContain(sentence);
  });

  it('highlights gives the hot topics, the output lines and the registration authorities as the summary lists them', async () => {
    const answer = checkAnswer(await ask('highlights', nov20));
    expect(answer.ok).toBe(true);
    expect(section(answer, 'Hot topics')!.items!.map((i) => i.text)).toEqual(sep2024.hotTopics);
    expect(section(answer, 'Meeting output')!.items!.map((i) => i.text)).toEqual(sep2024.outputs);
    expect(sep2024.registrationAuthorities.length).toBeGreaterThan(0);
    expect(section(answer, 'New registration authorities')!.items!.map((i) => i.detail)).toEqual(sep2024.registrationAuthorities.map((r) => `OID ${r.oid}`));
    // By meeting: the Discord option, the terse text, and a meeting the data does not hold.
    const byOption = await runCommand('highlights', { meeting: '2024-09' }, nov20);
    expect(byOption.title).toBe(answer.title);
    const missing = checkAnswer(await ask('highlights sg17-2023-09', nov20));
    expect(missing).toMatchObject({ ok: false, error: 'not-found', title: 'No meeting sg17-2023-09 in the data' });
    const noneThen = await ask('hot topics in march 2024', nov20);
    expect(noneThen).toMatchObject({ ok: false, title: 'No SG17 meeting in the data was held 1–31 Mar 2024' });
    expect(noneThen.reading?.query).toBe('highlights 2024-03-01..2024-03-31');
  });

  it('explain knows every glossary word and what comes next', async () => {
    for (const term of GLOSSARY) {
      for (const word of term.words) {
        const answer = checkAnswer(await runCommand('explain', { term: word }, nov20));
        expect(answer.title, word).toBe(term.title);
      }
    }
    const lastCall = flatten(await ask('explain last call', nov20));
    expect(lastCall).toContain('four-week');
    expect(lastCall).toContain("TSB Director's announcement, not from the consent date");
    expect(flatten(await ask('explain additional review', nov20))).toContain('three-week');
    expect((await ask('explain What is TAP?', nov20)).source).toContain('WTSA Resolution 1');
    expect((await ask('explain AAP', nov20)).source).toContain('Rec. ITU-T A.8');
    // In words, a typo of a glossary word is mended ("Read as: explain determined"); the option keeps it as typed.
    const mended = checkAnswer(await ask('explain determind', nov20));
    expect(mended).toMatchObject({ ok: true, title: 'Determined (TAP)', reading: { query: 'explain determined' } });
    const typo = checkAnswer(await runCommand('explain', { term: 'determind' }, nov20));
    expect(typo).toMatchObject({ ok: false, error: 'not-found' });
    expect(section(typo, 'Did you mean')!.items![0]!.text).toBe('determined');
    const list = checkAnswer(await ask('explain', nov20));
    expect(list.sections[0]!.items!.map((i) => i.text)).toEqual(GLOSSARY.map((t) => t.key));
  });

  it('help is generated from the registry', async () => {
    const answer = checkAnswer(await ask('help', nov20));
    expect(answer.data.items.map((i) => i.name)).toEqual(commands.map((c) => c.name));
  });
});

describe('option lists (Discord subcommands are generated from them)', () => {
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));

  it('every command has valid Discord names, short descriptions, required options first', () => {
    for (const command of commands) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.summary.length).toBeGreaterThan(0);
      expect(command.summary.length).toBeLessThanOrEqual(100);
      let optionalSeen = false;
      for (const option of command.options) {
        expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(option.description.length).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
        if (!option.required) optionalSeen = true;
        else expect(optionalSeen, `${command.name}.${option.name}`).toBe(false);
      }
    }
  });

  it("takes what to leave out as an option, in the reading's words", async () => {
    const ctx = contextAt('2024-11-20T00:00:00Z');
    const all = await runCommand('aap', {}, ctx);
    const without = await runCommand('aap', { not: 'Q11 X.1716' }, ctx);
    expect(without.data.items.length).toBe(all.data.items.length - 11);
    expect(without.data.items.some((i) => i.id === 'X.1716')).toBe(false);
    const rgms = await runCommand('rgm', { not: 'virtual' }, ctx);
    expect(rgms.data.items.every((i) => i.format !== 'virtual')).toBe(true);
    const bad = await runCommand('aap', { not: 'Q11;' }, ctx);
    expect(bad.error).toBe('usage');
  });

  it('has the options the adapters expect', () => {
    expect(byName.rec!.options).toEqual([expect.objectContaining({ name: 'id', type: 'string', required: true, autocomplete: 'rec-id', rest: true })]);
    // The list commands' options map onto the Query filters; none is required.
    const names = (command: string) => byName[command]!.options.map((o) => o.name);
    const textFilters = ['question', 'kind', 'type', 'meeting', 'from', 'to', 'about', 'not', 'count', 'by-question', 'none'];
    expect(names('aap')).toEqual(textFilters);
    expect(names('agreed')).toEqual(textFilters);
    expect(names('tap')).toEqual(['status', ...textFilters]);
    // A table column is an option of texts alone (Discord's 8000 characters).
    expect(names('texts')).toEqual(['status', ...textFilters, 'column']);
    expect(names('new')).toEqual(['question', 'route', 'type', 'about', 'not', 'count', 'by-question', 'none']);
    expect(names('rgm')).toEqual(['question', 'from', 'to', 'place', 'format', 'state', 'about', 'not', 'count', 'by-question', 'none']);
    for (const name of ['aap', 'tap', 'agreed', 'texts', 'new', 'rgm']) {
      expect(
        byName[name]!.options.find((o) => o.name === 'question'),
        name,
      ).toMatchObject({ type: 'string', autocomplete: 'question' });
      expect(
        byName[name]!.options.every((o) => !o.required),
        name,
      ).toBe(true);
    }
    expect(byName.q!.options).toEqual([expect.objectContaining({ name: 'question', required: true, autocomplete: 'question' })]);
    expect(byName.search!.options).toEqual([expect.objectContaining({ name: 'text', required: true, rest: true })]);
    expect(byName.explain!.options).toEqual([expect.objectContaining({ name: 'term', rest: true })]);
  });
});

describe('autocomplete', () => {
  it('suggests numbers and former acronyms, best first', () => {
    expect(
      suggestRecIds(catalog, '171')
        .slice(0, 2)
        .map((c) => c.value),
    ).toEqual(['X.1716', 'X.1717']);
    expect(suggestRecIds(catalog, 'X.1716')[0]).toEqual({ name: expect.stringMatching(/^X\.1716 — Authentication/), value: 'X.1716' });
    const acronyms = suggestRecIds(catalog, 'x.sec_qkdn');
    expect(acronyms.map((c) => c.value)).toEqual(['X.sec_QKDN_AA', 'X.sec_QKDN_CM']);
    expect(acronyms[0]!.name).toContain('(now X.1716)');
    expect(suggestRecIds(catalog, 'x509')[0]!.value).toBe('X.509 Amd.1');
    expect(suggestRecIds(catalog, 'zzzz')).toEqual([]);
  });

  it('respects the limit and Discord name length', () => {
    const all = suggestRecIds(catalog, '');
    expect(all).toHaveLength(25);
    expect(suggestRecIds(catalog, 'x', 3)).toHaveLength(3);
    for (const c of all) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
  });

  it('suggests the meetings and the RGM venues of the data', () => {
    expect(suggestMeetings(catalog, '')).toEqual([{ name: 'SG17, Geneva, 2–6 Sep 2024 (sg17-2024-09)', value: 'sg17-2024-09' }]);
    expect(suggestMeetings(catalog, 'sep').map((c) => c.value)).toEqual(['sg17-2024-09']);
    expect(suggestMeetings(catalog, 'paris')).toEqual([]);
    // Most used first; a place is its venue as written, else its host; "tbd" and no venue are no place.
    expect(suggestPlaces(catalog, '').map((c) => c.name)).toEqual([
      'MyWorkspace — 6 RGMs',
      'Hybrid (Virtual + Seoul) — 1 RGM',
      'Paris, France — 1 RGM',
      'Stockholm, Sweden — 1 RGM',
    ]);
    expect(suggestPlaces(catalog, 'seo').map((c) => c.value)).toEqual(['Hybrid (Virtual + Seoul)']);
  });

  it('suggests Questions in the data', () => {
    expect(suggestQuestions(catalog, '1').map((c) => c.value)).toEqual(['Q1', 'Q10', 'Q11', 'Q13', 'Q14', 'Q15']);
    expect(suggestQuestions(catalog, 'Q15/17')[0]!.value).toBe('Q15');
  });
});

describe('robustness (properties)', () => {
  const words = [
    'rec',
    'aap',
    'tap',
    'agreed',
    'new',
    'rgm',
    'q',
    'search',
    'cg',
    'meeting',
    'stats',
    'highlights',
    'explain',
    'help',
    'X.1716',
    'q11',
    '@everyone',
    '"',
    'public',
  ];
  const input = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 6 }).map((w) => w.join(' ')),
    fc.string({ minLength: 490, maxLength: 600 }),
  );

  it('ask never throws and every answer is complete', async () => {
    const clock = new FakeClock('2024-11-20T10:00:00Z');
    await fc.assert(
      fc.asyncProperty(input, fc.integer({ min: 0, max: 800 }), async (text, days) => {
        clock.set('2024-09-01T00:00:00Z');
        clock.advance(days * 86_400_000);
        const answer = await ask(text, { catalog, now: clock.now() });
        checkAnswer(answer);
      }),
      { numRuns: 300 },
    );
  });

  it('runCommand never throws, whatever the option values', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commands.map((c) => c.name)),
        fc.dictionary(fc.constantFrom('id', 'question', 'text', 'term', '_extra', 'x'), value),
        async (name, options) => {
          checkAnswer(await runCommand(name, options, nov20));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agreed: the word its usage line offers for other SG17 documents narrows the list (a word the parser drops would give all 8)', async () => {
    const usage = commands.find((c) => c.name === 'agreed')!.usage;
    const word = /\|(other[\w-]*)\]/.exec(usage)?.[1];
    expect(word).toBe('other-docs');
    const answer = await ask(`agreed ${word}`, nov20);
    expect(answer.reading?.query).toBe('agreed other-docs');
    expect(answer.data.items).toHaveLength(4);
  });

  it('no answer carries platform formatting', async () => {
    for (const text of ['rec X.1716', 'aap', 'tap', 'agreed', 'new', 'rgm', 'q 1', 'search security', 'cg', 'meeting', 'stats', 'explain aap']) {
      const plain = flatten(await ask(text, nov20));
      expect(plain, text).not.toMatch(/\*\*|`|<@|<!|<#|\|\|/);
    }
  });
});
