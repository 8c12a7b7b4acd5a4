/**
 * The one scorer of the held-out sets (test/heldout*.test.ts): the fixture
 * schema, how a conversation is asked, what counts as a miss, and the printed report. Each set keeps
 * its own floors beside its own test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Answer } from '../src/engine/answer.js';
import type { CommandContext } from '../src/engine/command.js';
import { createDispatcher } from '../src/dispatch/dispatch.js';
import { ask } from '../src/engine/engine.js';
import { contextAt } from './engine-helpers.js';

export const Expect = z
  .object({
    ids: z.array(z.string()).optional(),
    count: z.number().int().nonnegative().optional(),
    first: z.string().optional(),
    groups: z.record(z.string(), z.array(z.string())).optional(),
    honest: z.literal(true).optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 0, 'expect holds nothing');
export type Expect = z.infer<typeof Expect>;

const Instant = z.string().datetime();
export const Question = z.object({ id: z.string().regex(/^h\d{3}$/), q: z.string().min(1), now: Instant, expect: Expect, why: z.string().min(1) }).strict();
export type Question = z.infer<typeof Question>;
export const Conversation = z
  .object({ id: z.string().regex(/^c\d{2}$/), now: Instant, turns: z.array(z.string().min(1)).min(2), expect: Expect, why: z.string().min(1) })
  .strict();
export type Conversation = z.infer<typeof Conversation>;

/** A fixture file of test/fixtures, checked against its schema, refusing an id twice. */
export const load = <T>(file: string, schema: z.ZodType<T>): T[] => {
  const list = z.array(schema).parse(JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')));
  const ids = list.map((c) => (c as { id: string }).id);
  const dupe = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dupe) throw new Error(`${file}: id ${dupe} twice`);
  return list;
};

/**
 * Ask a conversation's turns in order, as one conversation through the front door (src/dispatch
 * keeps the last question per conversation; a follow-up refines it), and return the last answer.
 */
export async function askConversation(turns: readonly string[], ctx: CommandContext): Promise<Answer> {
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
export function miss(answer: Answer, e: Expect): string | null {
  const got = answer.data.items.map(idOf);
  const problems: string[] = [];
  if (e.honest) {
    // A not-found answer claims nothing: its items are only "did you mean" suggestions.
    const honest = answer.reading?.understood === false || answer.data.kind === 'not-found' || got.length === 0;
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

export interface Scored {
  readonly id: string;
  readonly text: string;
  readonly category: string;
  readonly miss: string | null;
}

/** The category a case's `why` opens with: "[exclusion] Annex A …" → exclusion. */
export const categoryOf = (why: string): string => /^\[([^\]]+)\]/.exec(why)?.[1] ?? 'other';

/** Prints the score, the score per category (worst first) and every miss; returns the per cent right. */
export function report(name: string, scored: readonly Scored[]): number {
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

/** Asks every question at its clock and reports them under `name`; returns the per cent right. */
export async function scoreQuestions(name: string, questions: readonly Question[]): Promise<number> {
  const scored: Scored[] = [];
  for (const c of questions) {
    const answer = await ask(c.q, contextAt(c.now));
    scored.push({ id: c.id, text: c.q, category: categoryOf(c.why), miss: miss(answer, c.expect) });
  }
  return report(name, scored);
}

/** Asks every conversation turn by turn and scores its last answer; returns the per cent right. */
export async function scoreConversations(name: string, conversations: readonly Conversation[]): Promise<number> {
  const scored: Scored[] = [];
  for (const c of conversations) {
    const answer = await askConversation(c.turns, contextAt(c.now));
    scored.push({ id: c.id, text: c.turns.join(' → '), category: categoryOf(c.why), miss: miss(answer, c.expect) });
  }
  return report(name, scored);
}

/** The questions of `questions` that copy one of the earlier sets' (lower case, one space). */
export function copiesIn(questions: readonly Question[], earlierFiles: readonly string[]): string[] {
  const key = (q: string): string => q.toLowerCase().replace(/\s+/g, ' ');
  const earlier = new Set(earlierFiles.flatMap((f) => load(f, Question)).map((c) => key(c.q)));
  return questions.filter((c) => earlier.has(key(c.q))).map((c) => c.q);
}

/** A held-out set's fixtures: set 1 is `heldout-*.json`, set n `heldout<n>-*.json`. */
const fixtureOf = (set: number, part: 'questions' | 'conversations'): string => `heldout${set === 1 ? '' : set}-${part}.json`;

/**
 * The three checks every held-out set after the first makes: enough cases and none copied from an
 * earlier set (so a set never scores a question another set was tuned to), then the questions and the
 * conversations each at least their floor.
 */
export function describeHeldOutSet(
  set: number,
  title: string,
  floors: { readonly questions: number; readonly conversations: number },
  atLeast: { readonly questions: number; readonly conversations: number },
): void {
  const questions = load(fixtureOf(set, 'questions'), Question);
  const conversations = load(fixtureOf(set, 'conversations'), Conversation);
  const earlier = Array.from({ length: set - 1 }, (_, i) => fixtureOf(i + 1, 'questions'));
  describe(title, () => {
    it('the fixtures hold enough cases, none a copy of an earlier set', () => {
      expect(questions.length).toBeGreaterThanOrEqual(atLeast.questions);
      expect(conversations.length).toBeGreaterThanOrEqual(atLeast.conversations);
      expect(copiesIn(questions, earlier)).toEqual([]);
    });

    it('single questions score at least the floor', async () => {
      expect(await scoreQuestions(`held-out ${set}`, questions)).toBeGreaterThanOrEqual(floors.questions);
    });

    it('conversations score at least the floor', async () => {
      expect(await scoreConversations(`held-out ${set} conversations`, conversations)).toBeGreaterThanOrEqual(floors.conversations);
    });
  });
}
