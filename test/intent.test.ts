import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { extractQuestion, extractRecId, matchIntent } from '../src/engine/intent.js';
import { ask } from '../src/engine/engine.js';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import type { CommandContext } from '../src/engine/command.js';

/** Phrasing → the exact command text the matcher must produce. */
const PHRASINGS: readonly [string, string][] = [
  // AAP
  ['which items are going to AAP last call?', 'aap'],
  ['What is in AAP Last Call now', 'aap'],
  ['what did Q11 consent?', 'aap Q11'],
  ['Which Recommendations were consented at the meeting?', 'aap'],
  ['anything under additional review?', 'aap'],
  ['what did question 15/17 send to last call', 'aap Q15'],
  ['what is the status of the AAP items?', 'aap'],
  // TAP
  ['which TAP recs were not approved?', 'tap not-approved'],
  ['what was approved at the closing plenary?', 'tap'],
  ['which texts were determined for TAP by Q13?', 'tap Q13'],
  // Rec
  ["what's the status of X.1716", 'rec X.1716'],
  ['what happened to X.1716?', 'rec X.1716'],
  ['X 1716 status', 'rec X.1716'],
  ['tell me about x1716', 'rec X.1716'],
  ['is X.509 Amd.1 consented?', 'rec X.509 Amd.1'],
  ['x.509 amd 1', 'rec X.509 Amd.1'],
  ['what is X.Suppl.41 about', 'rec X.Suppl.41'],
  ['X Suppl 42?', 'rec X.Suppl.42'],
  ['where is X.sec_QKDN_AA now?', 'rec X.sec_QKDN_AA'],
  ['status of TR.5Gsec-bsf', 'rec TR.5Gsec-bsf'],
  // RGM
  ['when is the next Q15 RGM?', 'rgm Q15'],
  ['next Q15 rapporteur meeting', 'rgm Q15'],
  ['next meeting of Q10/17?', 'rgm Q10'],
  ['upcoming interim meetings', 'rgm'],
  ['When do rapporteurs of question 3 meet?', 'rgm Q3'],
  ['Who hosts the Q10 meeting?', 'rgm Q10'],
  // Explain
  ['what is AAP?', 'explain aap'],
  ['explain last call', 'explain last call'],
  ['What does TAP mean?', 'explain tap'],
  ["what's an RGM", 'explain rgm'],
  ['define additional review', 'explain additional review'],
  ['what is the alternative approval process?', 'explain aap'],
  ['what is a TD?', 'explain td'],
  // New work items
  ['new work items of Q10', 'new Q10'],
  ['which work items were started?', 'new'],
  ['new work items for TAP', 'new'],
  // Questions
  ['tell me about Question 13', 'q 13'],
  ['Q15/17', 'q 15'],
  // Agreed
  ['which supplements were agreed?', 'agreed'],
  ['technical reports of Q2', 'agreed Q2'],
  // Correspondence groups, meetings, statistics
  ['which correspondence groups are active?', 'cg'],
  ['when is the next SG17 meeting?', 'meeting'],
  ['when is the next plenary', 'meeting'],
  ['meeting statistics please', 'stats'],
  ['how many contributions were there?', 'stats'],
  // Search fallbacks
  ['anything about quantum?', 'search quantum'],
  ['search for digital twin', 'search digital twin'],
  ['is there anything on metaverse security?', 'search metaverse security'],
  ['what about blockchain', 'search blockchain'],
  ['what is quantum key distribution?', 'search quantum key distribution'],
  // Greetings
  ['hello', 'help'],
  ["what's new?", 'new'],
];

describe('matchIntent', () => {
  it.each(PHRASINGS)('%s → %s', (text, expected) => {
    const match = matchIntent(text);
    expect(match).toMatchObject({ kind: 'command', text: expected });
  });

  it('has at least 30 distinct phrasings', () => {
    expect(new Set(PHRASINGS.map(([t]) => t)).size).toBeGreaterThanOrEqual(30);
  });

  it('adds the not-approved focus to tap only when the question asks for it', () => {
    expect(matchIntent('which TAP recs were not approved?')).toMatchObject({ text: 'tap not-approved' });
    expect(matchIntent('which Q4 TAP texts failed?')).toMatchObject({ text: 'tap not-approved Q4' });
    expect(matchIntent('which TAP recs were approved?')).toMatchObject({ text: 'tap' });
  });

  it('suggests the closest commands for text it cannot read', () => {
    const words = ['rec', 'aap', 'tap', 'rgm', 'search', 'stats', 'meeting'];
    const match = matchIntent('reck blah', { commandWords: words });
    expect(match.kind).toBe('unknown');
    expect(match.kind === 'unknown' && match.suggestions[0]).toBe('rec');
    expect(matchIntent('zzkx qqwv', { commandWords: words })).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('never throws and always returns a command text or suggestions (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const match = matchIntent(text, { commandWords: ['rec', 'aap'] });
        if (match.kind === 'command') expect(match.text.startsWith(match.command)).toBe(true);
        else expect(Array.isArray(match.suggestions)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on question-like text built from its own vocabulary (property)', () => {
    const word = fc.constantFrom('what', 'is', 'the', 'next', 'Q15', 'X.1716', 'AAP', 'last', 'call', 'rgm', '?', 'x 509 amd', 'suppl', 'not', 'approved');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const match = matchIntent(words.join(' '));
        expect(['command', 'unknown']).toContain(match.kind);
      }),
    );
  });
});

describe('identifier extraction', () => {
  it.each([
    ['X.1716', 'X.1716'],
    ['x 1716', 'X.1716'],
    ['x1716', 'X.1716'],
    ['ITU-T X.1717?', 'X.1717'],
    ['X.509 Amd.1', 'X.509 Amd.1'],
    ['X.525 amendment 1', 'X.525 Amd.1'],
    ['X.Suppl.41', 'X.Suppl.41'],
    ['x.suppl41', 'X.Suppl.41'],
    ['x.sec_QKDN_AA.', 'X.sec_QKDN_AA'],
    ['(ex X.5Gsec-ctrl)', 'X.5Gsec-ctrl'],
  ])('%s → %s', (text, id) => {
    expect(extractRecId(text)).toBe(id);
  });

  it.each(['the next meeting', 'Q15', 'in 2024', 'TD2475', 'max 1716 words'])('finds no Recommendation in %s', (text) => {
    expect(extractRecId(text)).toBeUndefined();
  });

  it.each([
    ['Q15', 15],
    ['q 15', 15],
    ['Q15/17', 15],
    ['question 13', 13],
    ['the 11/17 RGM', 11],
  ])('%s → Question %d', (text, n) => {
    expect(extractQuestion(text)).toBe(n);
  });

  it.each(['X.1716', 'TD2475', 'quantum'])('finds no Question in %s', (text) => {
    expect(extractQuestion(text)).toBeUndefined();
  });
});

describe('ask() with free text, on the real dataset', () => {
  const ctx: CommandContext = {
    catalog: buildCatalog(loadDataset(join(import.meta.dirname, '..', 'data'))),
    now: new Date('2024-11-20T00:00:00Z'),
  };

  it.each([
    ['which items are going to AAP last call?', 'aap'],
    ['what happened to X.1716?', 'rec'],
    ['when is the next Q15 RGM?', 'rgm'],
    ['what did Q11 consent?', 'aap'],
    ['what is AAP?', 'explain'],
    ['new work items of Q10', 'new'],
    ['tell me about Question 13', 'question'],
    ['anything about quantum?', 'search'],
    ['which correspondence groups are active?', 'cg'],
    ['meeting statistics please', 'stats'],
    ['next Q15 rapporteur meeting', 'rgm'],
  ])('%s → an answer of kind %s, the same as the command text', async (text, kind) => {
    const answer = await ask(text, ctx);
    expect(answer.ok).toBe(true);
    expect(answer.kind).toBe(kind);
    const match = matchIntent(text);
    expect(match.kind).toBe('command');
    if (match.kind === 'command') expect(answer).toEqual(await ask(match.text, ctx));
  });

  it('a command word opening a sentence is read as the sentence', async () => {
    // "new" is a command; "work items of Q10" is no Question, so the intent reading is used.
    expect((await ask('new work items of Q10', ctx)).data).toEqual((await ask('new Q10', ctx)).data);
    expect((await ask('rec status of X.1716', ctx)).data).toEqual((await ask('rec X.1716', ctx)).data);
  });

  it('a word-less command followed by words is re-read only on a specific signal', async () => {
    expect((await ask('meeting statistics please', ctx)).kind).toBe('stats');
    // "Q15" alone is a fallback reading (q 15): the typed command keeps its meaning.
    const subscriptions = await ask('subscriptions Q15', ctx);
    expect(subscriptions.kind).not.toBe('question');
    expect(subscriptions).toEqual(await ask('subscriptions', ctx));
  });

  it('a typed command that finds nothing is not turned into another command', async () => {
    const answer = await ask('rec X.9999', ctx);
    expect(answer).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('text it cannot read gets help naming the closest commands', async () => {
    const answer = await ask('reck 1716 plz', ctx);
    expect(answer).toMatchObject({ kind: 'not-understood', ok: false });
    expect(answer.sections[0]).toMatchObject({ heading: 'Closest commands' });
    expect(answer.sections[0]!.items![0]!.text).toMatch(/^rec /);
  });

  it('never throws on arbitrary text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 520 }), async (text) => {
        const answer = await ask(text, ctx);
        expect(typeof answer.title).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
