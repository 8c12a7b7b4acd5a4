/**
 * Follow-ups through the front door (src/dispatch): a message that continues the asker's last
 * question refines it, per conversation, for 15 minutes of the injected clock, in bounded memory;
 * a message that stands on its own is answered as it stands. Answers are compared as sets with
 * the terse command the refinement must amount to, asked on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDispatcher, type Dispatcher } from '../src/dispatch/dispatch.js';
import { CONVERSATION_TTL_MS, Conversations } from '../src/dispatch/conversations.js';
import { ask } from '../src/engine/engine.js';
import { FOLLOWING, type Answer } from '../src/engine/answer.js';
import { FakeClock } from '../src/clock.js';
import { renderText } from '../adapters/console/render-text.js';
import { catalog, contextAt } from './engine-helpers.js';

const NOW = '2024-11-20T09:00:00Z';
const quiet = { info() {}, debug() {}, warn() {}, error() {} };

function frontDoor(clock = new FakeClock(NOW)): { dispatcher: Dispatcher; clock: FakeClock } {
  return { dispatcher: createDispatcher({ catalog: () => catalog, clock, logger: quiet }), clock };
}

async function say(dispatcher: Dispatcher, text: string, conversation: readonly string[] = ['c1']): Promise<Answer> {
  return (await dispatcher.dispatch({ query: { text }, conversation })).answer;
}

const ids = (answer: Answer): string[] => answer.data.items.map((i) => String(i.id));

/** The answer the terse command gives asked on its own: what a follow-up must amount to. */
async function alone(terse: string): Promise<Answer> {
  return ask(terse, contextAt(NOW));
}

/** Each conversation: the turns, and for the last one the terse command it must read as (null: stands alone, not a follow-up). */
const CONVERSATIONS: readonly { turns: string[]; reading: string; following: boolean }[] = [
  // Carried over: the Questions of the last question into the subject named now.
  { turns: ['aap Q10', 'and their RGMs?'], reading: 'rgm Q10', following: true },
  { turns: ['what texts did Q10 get approved?', 'their rgms'], reading: 'rgm Q10', following: true },
  { turns: ['q 10', 'and the work items?'], reading: 'new Q10', following: true },
  { turns: ['rgm Q10', 'and their approved texts?'], reading: 'tap approved Q10', following: true },
  // Replaced: the dimension named takes the place of the last one's; the rest is kept.
  { turns: ['aap Q10', 'what about Q15?'], reading: 'aap Q15', following: true },
  { turns: ['rgm Q10', 'how about Q15'], reading: 'rgm Q15', following: true },
  { turns: ['tap approved Q2', 'and Q6?'], reading: 'tap approved Q6', following: true },
  { turns: ['aap amendment', 'what about tap?'], reading: 'tap amendment', following: true },
  { turns: ['aap Q10', 'Q15?'], reading: 'aap Q15', following: true },
  // Narrowed.
  { turns: ['aap', 'only the amendments'], reading: 'aap amendment', following: true },
  { turns: ['aap', 'amendments only'], reading: 'aap amendment', following: true },
  { turns: ['rgm Q10 Q15', 'just the virtual ones'], reading: 'rgm Q10 Q15 virtual', following: true },
  { turns: ['rgm Q15', 'the virtual ones?'], reading: 'rgm Q15 virtual', following: true },
  // A cue, and nothing to carry: the rest of the message is the question ("ones" is no topic word).
  { turns: ['rgm', 'the virtual ones?'], reading: 'rgm virtual', following: false },
  // Joined ("too").
  { turns: ['rgm Q15', 'Q4 too'], reading: 'rgm Q15 Q4', following: true },
  // Counted, listed again.
  { turns: ['aap', 'how many of those?'], reading: 'count aap', following: true },
  { turns: ['aap amendment', 'how many?'], reading: 'count aap amendment', following: true },
  { turns: ['count aap', 'which ones?'], reading: 'aap', following: true },
  // A short relative clause narrows the last set by a state and keeps its window and other filters.
  { turns: ['rgms in 2025', 'which are virtual'], reading: 'rgm virtual 2025-01-01..2025-12-31', following: true },
  { turns: ['rgm Q15', 'that are tbc'], reading: 'rgm Q15 tbc', following: true },
  // A negated short follow-up ending on "one" refines the last subject, not texts.
  { turns: ['cg', 'not the continued one'], reading: 'cg not about continued', following: true },
  // A bare "count" or "total" counts the last set with its filters.
  { turns: ['rgm Q15', 'count'], reading: 'count rgm Q15', following: true },
  { turns: ['consented texts', 'total?'], reading: 'count aap', following: true },
  { turns: ['tap approved Q2', 'the count please'], reading: 'count tap approved Q2', following: true },
  { turns: ['rgm Q15', 'how many of them are virtual?'], reading: 'count rgm Q15 virtual', following: true },
  // Several turns: each refines the one before.
  { turns: ['aap', 'only the amendments', 'how many of those?', 'what about tap?'], reading: 'count tap amendment', following: true },
  // Standing on their own: answered as they stand.
  { turns: ['aap Q10', 'which texts are going to AAP last call?'], reading: 'aap', following: false },
  { turns: ['aap Q10', 'when is the next Q15 RGM?'], reading: 'rgm Q15', following: false },
  { turns: ['aap Q10', 'how many rgms are planned?'], reading: 'count rgm', following: false },
  { turns: ['aap Q10', 'all texts except those consented'], reading: 'texts except consented', following: false },
  { turns: ['aap Q10', 'tell me about Q15'], reading: 'q 15', following: false },
  { turns: ['aap Q10', 'q 15'], reading: 'q 15', following: false },
  { turns: ['rgm Q15', 'rec X.1716'], reading: 'rec X.1716', following: false },
  // "Their": the Questions of what the last answer showed, when its question named none.
  { turns: ['rec X.1716', 'and their rgms?'], reading: 'rgm Q15', following: true },
  { turns: ['compare X.1716 and X.1717', 'and their rgms?'], reading: 'rgm Q15', following: true },
  // Excluding openers take something away from the last set (the parser reads the exclusion).
  { turns: ['aap Q11', 'without the amendments'], reading: 'aap Q11 not amd', following: true },
  { turns: ['new work items', 'only the TAP ones'], reading: 'new tap', following: true },
  // A removing verb said first is "without" said of the last set; the last set's filters are kept.
  { turns: ['approved texts', 'remove q2'], reading: 'tap approved not Q2', following: true },
  { turns: ['rgms in 2025', 'exclude the virtual ones'], reading: 'rgm 2025-01-01..2025-12-31 not virtual', following: true },
  { turns: ['aap Q11', 'drop the amendments please'], reading: 'aap Q11 not amd', following: true },
  { turns: ['tap determined', 'take out q6'], reading: 'tap determined not Q6', following: true },
  // Nothing but Questions left out ("not …") narrows the last set, and a chain keeps all that was accumulated.
  { turns: ['approved recs', 'not Q2 or Q4', 'how many?'], reading: 'count tap approved not Q2 not Q4', following: true },
  { turns: ['consented texts', 'leaving out q11', 'and how many are there'], reading: 'count aap not Q11', following: true },
  // A type said after work items narrows the work items: the subject is kept when the type applies to it.
  { turns: ['new work items', 'only the recs'], reading: 'new work-items rec', following: true },
  { turns: ['work items started', 'just TRs'], reading: 'new work-items tr', following: true },
  // An aggregation that means nothing alone takes the last set per Question.
  { turns: ['tap determined', 'broken down by question'], reading: 'tap determined by question', following: true },
  { turns: ['consented texts', 'which q has the fewest?'], reading: 'aap by question fewest', following: true },
  { turns: ['rgm', 'each question please'], reading: 'rgm by question', following: true },
  // Correspondence groups are a list found by their words: a word that points back narrows it.
  { turns: ['correspondence groups', 'which one is about ai?'], reading: 'cg about ai', following: true },
  { turns: ['cg', 'which one is continued'], reading: 'cg about continued', following: true },
  // Nothing to refine: the last answer was a definition, so the message is read on its own.
  { turns: ['explain tap', 'and their rgms?'], reading: 'rgm', following: false },
  { turns: ['explain tap', 'what about Q15?'], reading: 'q 15', following: false },
];

describe('follow-ups through dispatch', () => {
  it.each(CONVERSATIONS.map((c) => [c.turns.join(' → '), c] as const))('%s', async (_title, { turns, reading, following }) => {
    const { dispatcher } = frontDoor();
    let last!: Answer;
    for (const turn of turns) last = await say(dispatcher, turn);
    expect(last.reading?.query).toBe(reading);
    expect(last.reading?.following === true).toBe(following);
    const want = await alone(reading);
    expect(ids(last)).toEqual(ids(want));
    expect(last.data.count).toBe(want.data.count);
  });

  it('answers "aap Q10" then "and their rgms?" with the Q10 RGMs, not every RGM, and says it followed', async () => {
    const { dispatcher } = frontDoor();
    await say(dispatcher, 'aap Q10');
    const answer = await say(dispatcher, 'and their rgms?');
    expect(ids(answer)).toEqual(['sg17-2024-09/rgm-10']);
    expect((await alone('their rgms')).data.items.length).toBeGreaterThan(1);
    expect(renderText(answer)).toContain(`Read as: \`rgm Q10\` ${FOLLOWING}`);
  });

  it('after a list, "the next one" is the soonest still to come; then each "next" steps past the one it led with', async () => {
    const { dispatcher } = frontDoor();
    const list = await say(dispatcher, 'rgms for Q1');
    const [soonest, second, third] = list.data.items;
    const next = await say(dispatcher, 'and the next one?');
    expect(next.reading?.following).toBe(true);
    expect(next.reading?.query).toBe('rgm Q1 from 2024-11-20');
    expect(next.data.items[0]?.id).toBe(soonest!.id);
    const after = await say(dispatcher, 'and the next one?');
    expect(after.reading?.query).toBe(`rgm Q1 from ${dayAfter(String(soonest!.lastDay))}`);
    expect(after.data.items[0]?.id).toBe(second!.id);
    expect((await say(dispatcher, 'the one after that?')).data.items[0]?.id).toBe(third!.id);
  });

  it('after an answer of one RGM, "the next one" is the one after it', async () => {
    const { dispatcher } = frontDoor();
    const one = await say(dispatcher, 'rgm Q10');
    expect(one.data.items).toHaveLength(1);
    const next = await say(dispatcher, 'and the next one?');
    expect(next.reading?.query).toBe(`rgm Q10 from ${dayAfter(String(one.data.items[0]!.lastDay))}`);
  });

  it('after an RGM with none after it, "the next one" says there is none rather than starting over', async () => {
    const { dispatcher } = frontDoor();
    await say(dispatcher, 'rgm Q15');
    const next = await say(dispatcher, 'and the next one?');
    expect(next.reading?.following).toBe(true);
    expect(next.data.items).toEqual([]);
    const again = await say(dispatcher, 'and the next one?');
    expect(again.data.items).toEqual([]);
  });

  it('keeps each conversation apart (another person, another thread)', async () => {
    const { dispatcher } = frontDoor();
    await say(dispatcher, 'aap Q10', ['slack:C1 person U1']);
    await say(dispatcher, 'rgm Q15', ['slack:C1 person U2']);
    expect((await say(dispatcher, 'what about Q4?', ['slack:C1 person U1'])).reading?.query).toBe('aap Q4');
    expect((await say(dispatcher, 'what about Q4?', ['slack:C1 person U2'])).reading?.query).toBe('rgm Q4');
    // A conversation with no last question: the message is read on its own.
    expect((await say(dispatcher, 'and their rgms?', ['slack:C1 person U3'])).reading?.following).toBeUndefined();
    // No conversation named (the one-shot CLI): never a follow-up.
    const { answer } = await dispatcher.dispatch({ query: { text: 'and their rgms?' } });
    expect(answer.reading?.following).toBeUndefined();
  });

  it('finds the last question under the first key holding one, and remembers the answer under every key', async () => {
    const { dispatcher } = frontDoor();
    await say(dispatcher, 'aap Q10', ['person', 'thread']);
    expect((await say(dispatcher, 'and their rgms?', ['thread'])).reading?.query).toBe('rgm Q10');
    expect((await say(dispatcher, 'what about Q15?', ['person'])).reading?.query).toBe('aap Q15');
  });

  it('forgets a question 15 minutes after it was asked (on the injected clock)', async () => {
    const { dispatcher, clock } = frontDoor();
    await say(dispatcher, 'aap Q10');
    clock.advance(CONVERSATION_TTL_MS - 1);
    expect((await say(dispatcher, 'what about Q15?')).reading?.query).toBe('aap Q15');
    // The follow-up was a question too: the 15 minutes run from it.
    clock.advance(CONVERSATION_TTL_MS);
    const late = await say(dispatcher, 'and their rgms?');
    expect(late.reading?.following).toBeUndefined();
    expect(late.reading?.query).toBe('rgm');
  });

  it('keeps the last question through a message it did not understand or a setting', async () => {
    const { dispatcher } = frontDoor();
    await say(dispatcher, 'aap Q10');
    expect((await say(dispatcher, 'blorp')).reading?.understood).toBe(false);
    expect((await say(dispatcher, 'help')).kind).toBe('help');
    expect((await say(dispatcher, 'and their rgms?')).reading?.query).toBe('rgm Q10');
  });

  it('follows a command sent with options (a Discord subcommand) too', async () => {
    const { dispatcher } = frontDoor();
    await dispatcher.dispatch({ query: { command: 'aap', options: { question: 'Q10' } }, conversation: ['d'] });
    expect((await say(dispatcher, 'and their rgms?', ['d'])).reading?.query).toBe('rgm Q10');
  });
});

describe('conversation memory', () => {
  it('holds at most its cap, forgetting the least recently used', () => {
    const clock = new FakeClock(NOW);
    const memory = new Conversations(clock, CONVERSATION_TTL_MS, 2);
    const q = (n: number) => ({ query: { ask: 'rgms' as const, questions: [`Q${n}/17`] } });
    memory.remember(['a'], q(1));
    memory.remember(['b'], q(2));
    expect(memory.recall(['a'])).toEqual(q(1)); // a is now the most recent
    memory.remember(['c'], q(3));
    expect(memory.size).toBe(2);
    expect(memory.recall(['b'])).toBeUndefined();
    expect(memory.recall(['a'])).toEqual(q(1));
    expect(memory.recall(['c'])).toEqual(q(3));
  });

  it('stays bounded under any stream of conversations (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 200 }), fc.integer({ min: 1, max: 20 }), (keys, cap) => {
        const memory = new Conversations(new FakeClock(NOW), CONVERSATION_TTL_MS, cap);
        for (const key of keys) memory.remember([key], { query: { ask: 'rgms' } });
        expect(memory.size).toBeLessThanOrEqual(cap);
        // The most recent key is always still there.
        if (keys.length) expect(memory.recall([keys.at(-1)!])).toBeDefined();
      }),
    );
  });
});

describe('a question that stands on its own is not a follow-up', () => {
  const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'questions.json'), 'utf8')) as { q: string; now: string }[];
  /** The corpus questions written as a conversation would continue (they open with "but", "what about", name only Questions…). */
  const CONTINUING = new Set([
    'but are the amendments in last call',
    'but rgms in paris?',
    'but what about q13?',
    'show me the approved ones',
    'what about blockchain',
    'Q15/17',
    'q15?',
  ]);

  it('reads every other corpus question the same after any last question', async () => {
    const lasts = await Promise.all(['aap Q10', 'rgm Q15', 'tap approved', 'new Q4', 'q 10'].map(async (t) => (await alone(t)).asked!));
    const differs: string[] = [];
    for (const c of corpus) {
      if (CONTINUING.has(c.q)) continue;
      const ctx = contextAt(c.now);
      const standalone = await ask(c.q, ctx);
      for (const previous of lasts) {
        const answer = await ask(c.q, { ...ctx, previous });
        if (answer.reading?.following || answer.reading?.query !== standalone.reading?.query || ids(answer).join() !== ids(standalone).join()) {
          differs.push(`${c.q} (after ${previous.query.ask})`);
        }
      }
    }
    expect(differs).toEqual([]);
  });

  it('reads full questions built from a subject and a filter the same after any last question (property)', async () => {
    const previous = (await alone('aap Q10')).asked!;
    const subjects = [
      'which texts are',
      'list the rgms of',
      'what new work items does',
      'show the amendments for',
      'how many rgms does',
      'what was approved for',
    ];
    const filters = ['Q15', 'Q4', 'Q2 in 2025', 'question 11', 'Q6 next month'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...subjects), fc.constantFrom(...filters), async (subject, filter) => {
        const text = `${subject} ${filter}`;
        const standalone = await ask(text, contextAt(NOW));
        const answer = await ask(text, { ...contextAt(NOW), previous });
        expect(answer.reading?.following).toBeUndefined();
        expect(answer.reading?.query).toBe(standalone.reading?.query);
      }),
      { numRuns: 30 },
    );
  });
});

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
