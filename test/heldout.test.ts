/**
 * The held-out score: questions and short conversations written from the summary, without reading
 * the parser, so they measure whether its reading of free text generalises (not what it was tuned
 * to). Expected answers come from scripts/heldout-expect.mjs (filters over the data, checked against
 * the seed). The test prints the score and every miss, and fails only when the score drops below the
 * floors below: raise them as the parser gets better, never lower them to pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Answer } from '../src/engine/answer.js';
import type { CommandContext } from '../src/engine/command.js';
import { ask } from '../src/engine/engine.js';
import { createDispatcher } from '../src/dispatch/dispatch.js';
import { contextAt } from './engine-helpers.js';

/**
 * Per cent of the questions right on the code as measured (a share, so adding questions keeps it
 * meaningful): 71.2 before the redesign of issue 18, 89.9 after it. The target is 95; raise the
 * floor as the score rises, never edit a question or its expectation to pass it.
 */
// biome-ignore lint/suspicious/noExportsInTest: the floor lives beside the scorer that checks it, for the integrator to raise; nothing imports this file
export const HELDOUT_FLOOR = 89.9;
/** Per cent of the conversations right (the last turn of each), as measured: 28 before follow-ups, 88 after. */
// biome-ignore lint/suspicious/noExportsInTest: as HELDOUT_FLOOR
export const HELDOUT_CONVERSATION_FLOOR = 88;

const Expect = z
  .object({
    ids: z.array(z.string()).optional(),
    count: z.number().int().nonnegative().optional(),
    first: z.string().optional(),
    groups: z.record(z.string(), z.array(z.string())).optional(),
    honest: z.literal(true).optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 0, 'expect holds nothing');
type Expect = z.infer<typeof Expect>;

const Instant = z.string().datetime();
const Question = z.object({ id: z.string().regex(/^h\d{3}$/), q: z.string().min(1), now: Instant, expect: Expect, why: z.string().min(1) }).strict();
const Conversation = z
  .object({ id: z.string().regex(/^c\d{2}$/), now: Instant, turns: z.array(z.string().min(1)).min(2), expect: Expect, why: z.string().min(1) })
  .strict();

const load = <T>(file: string, schema: z.ZodType<T>): T[] => {
  const list = z.array(schema).parse(JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')));
  const ids = list.map((c) => (c as { id: string }).id);
  const dupe = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dupe) throw new Error(`${file}: id ${dupe} twice`);
  return list;
};
const questions = load('heldout-questions.json', Question);
const conversations = load('heldout-conversations.json', Conversation);

/**
 * Ask a conversation's turns in order, as one conversation through the front door (src/dispatch
 * keeps the last question per conversation; a follow-up refines it), and return the last answer.
 */
async function askConversation(turns: readonly string[], ctx: CommandContext): Promise<Answer> {
  const quiet = { info() {}, debug() {}, warn() {}, error() {} };
  const dispatcher = createDispatcher({ catalog: () => ctx.catalog, clock: { now: () => ctx.now }, logger: quiet });
  let last: Answer | undefined;
  for (const turn of turns) last = (await dispatcher.dispatch({ query: { text: turn }, conversation: ['held-out'] })).answer;
  if (!last) throw new Error('a conversation needs a turn');
  return last;
}

const Groups = z.array(z.object({ label: z.string(), ids: z.array(z.string()) }));
const idOf = (item: Record<string, unknown>): string => String(item.id ?? '');
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};
/** "Q10/17" matches a group labelled "q10/17", "Q10" or "Q10/17 — Authentication …" (case aside). */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\/17\b/, '');
const labelMatches = (label: string, key: string): boolean => {
  const l = norm(label);
  const k = norm(key);
  return l === k || (l.startsWith(k) && !/[a-z0-9.]/.test(l.charAt(k.length)));
};

/** What was wrong with an answer, or null when it is right. */
function miss(answer: Answer, e: Expect): string | null {
  const got = answer.data.items.map(idOf);
  const problems: string[] = [];
  if (e.honest) {
    const honest = answer.reading?.understood === false || got.length === 0;
    if (!honest) problems.push(`claimed ${got.length} item(s): ${got.slice(0, 5).join(', ')}`);
  }
  if (e.ids && !sameSet(got, e.ids)) problems.push(`ids ${JSON.stringify(got)} ≠ ${JSON.stringify(e.ids)}`);
  if (e.count !== undefined && answer.data.count !== e.count) problems.push(`count ${answer.data.count ?? 'none'} ≠ ${e.count}`);
  if (e.first !== undefined && got[0] !== e.first) problems.push(`first ${got[0] ?? 'none'} ≠ ${e.first}`);
  if (e.groups) {
    const parsed = Groups.safeParse((answer.data as { groups?: unknown }).groups);
    if (!parsed.success) problems.push('no data.groups');
    else
      for (const [key, want] of Object.entries(e.groups)) {
        const group = parsed.data.find((g) => labelMatches(g.label, key));
        if (!group) problems.push(`no group ${key}`);
        else if (!sameSet(group.ids, want)) problems.push(`group ${key} ${JSON.stringify(group.ids)} ≠ ${JSON.stringify(want)}`);
      }
  }
  return problems.length ? `read as \`${answer.reading?.query ?? '—'}\`: ${problems.join('; ')}` : null;
}

interface Scored {
  readonly id: string;
  readonly text: string;
  readonly category: string;
  readonly miss: string | null;
}

const categoryOf = (why: string): string => /^\[([^\]]+)\]/.exec(why)?.[1] ?? 'other';

function report(name: string, scored: readonly Scored[]): number {
  const right = scored.filter((s) => s.miss === null).length;
  const pct = scored.length ? (100 * right) / scored.length : 0;
  const byCategory = new Map<string, { right: number; all: number }>();
  for (const s of scored) {
    const c = byCategory.get(s.category) ?? { right: 0, all: 0 };
    c.all++;
    if (s.miss === null) c.right++;
    byCategory.set(s.category, c);
  }
  const lines = [`${name}: ${right}/${scored.length} right (${pct.toFixed(1)} %)`];
  lines.push(
    `  by category: ${[...byCategory.entries()]
      .sort((a, b) => a[1].right / a[1].all - b[1].right / b[1].all)
      .map(([c, n]) => `${c} ${n.right}/${n.all}`)
      .join(', ')}`,
  );
  for (const s of scored) if (s.miss !== null) lines.push(`  ✗ ${s.id} ${JSON.stringify(s.text)} — ${s.miss}`);
  console.log(lines.join('\n'));
  return pct;
}

describe('held-out questions', () => {
  it('the fixtures hold enough cases, each with an expectation', () => {
    expect(questions.length).toBeGreaterThanOrEqual(220);
    expect(conversations.length).toBeGreaterThanOrEqual(20);
  });

  it('the scorer can fail: a wrong set, count, first item, missing groups and a claimed item are misses', () => {
    const answer = {
      kind: 'x',
      ok: true,
      title: 't',
      sections: [],
      source: 's',
      data: { kind: 'x', items: [{ id: 'X.1716' }], count: 1 },
    } satisfies Answer;
    expect(miss(answer, { ids: ['X.1716'] })).toBeNull();
    expect(miss(answer, { ids: ['X.1717'] })).not.toBeNull();
    expect(miss(answer, { count: 2 })).not.toBeNull();
    expect(miss(answer, { first: 'X.1717' })).not.toBeNull();
    expect(miss(answer, { groups: { 'Q15/17': ['X.1716'] } })).not.toBeNull();
    expect(miss(answer, { honest: true })).not.toBeNull();
    const grouped = { ...answer, data: { ...answer.data, groups: [{ label: 'Q15/17 — quantum', ids: ['X.1716'] }] } };
    expect(miss(grouped, { groups: { 'q15/17': ['X.1716'] } })).toBeNull();
    expect(miss(grouped, { groups: { 'Q1/17': ['X.1716'] } })).not.toBeNull();
  });

  it(`single questions score at least the floor`, async () => {
    const scored: Scored[] = [];
    for (const c of questions) {
      const answer = await ask(c.q, contextAt(c.now));
      scored.push({ id: c.id, text: c.q, category: categoryOf(c.why), miss: miss(answer, c.expect) });
    }
    expect(report('held-out', scored)).toBeGreaterThanOrEqual(HELDOUT_FLOOR);
  });

  it(`conversations score at least the floor`, async () => {
    const scored: Scored[] = [];
    for (const c of conversations) {
      const answer = await askConversation(c.turns, contextAt(c.now));
      scored.push({ id: c.id, text: c.turns.join(' → '), category: categoryOf(c.why), miss: miss(answer, c.expect) });
    }
    expect(report('held-out conversations', scored)).toBeGreaterThanOrEqual(HELDOUT_CONVERSATION_FLOOR);
  });
});
