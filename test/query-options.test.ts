/**
 * Discord options map onto the same Query as words (issue 9): for every corpus question read as a
 * list (texts, work items, RGMs, correspondence groups), the options a Discord user would fill in for that reading give,
 * through `runCommand`, the same answer as the question through `ask` (the reading aside). The
 * mapping below is the spec of the option names; a filter the options cannot carry fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, runCommand } from '../src/engine/engine.js';
import { parseQuery } from '../src/engine/query/parse.js';
import { exclusionOption } from '../src/engine/query/dimensions.js';
import { FLAG_WORD } from '../src/engine/query/dimension-words.js';
import type { Outcome, Query } from '../src/engine/query/model.js';
import { commandWords } from '../src/engine/registry.js';
import { catalog, contextAt } from './engine-helpers.js';

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'questions.json'), 'utf8')) as { q: string; now: string }[];

const STATUS: Readonly<Record<Outcome, string>> = {
  'tap-approved': 'approved',
  'tap-not-approved': 'not-approved',
  'tap-determined': 'determined',
  'aap-consented': 'consented',
  agreed: 'agreed',
};
const TYPE = { recommendation: 'rec', supplement: 'suppl', 'technical-report': 'tr', other: 'other' } as const;
const TAP: readonly Outcome[] = ['tap-approved', 'tap-not-approved', 'tap-determined'];

/** The command and options a Discord user would send for this list Query; undefined when it is not a list. */
function asOptions(query: Query): { command: string; options: Record<string, unknown> } | undefined {
  // The last RGM of a window ("the recent rgm in stockholm") has no option of `rgm`: words only.
  if (query.last) return undefined;
  // Two places ("rgms in paris or stockholm") have no option either: `place` names one place (Discord's 8000 characters).
  if ((query.venues?.length ?? 0) > 1) return undefined;
  const common: Record<string, unknown> = {
    question: query.questions?.[0],
    about: query.words,
    count: query.count,
    'by-question': query.perQuestion,
    none: query.none,
    not: exclusionOption(query.not),
    from: query.from,
    to: query.to,
  };
  if (query.ask === 'rgms') return { command: 'rgm', options: { ...common, place: query.venues?.[0], format: query.format, state: query.state } };
  if (query.ask === 'groups') return { command: 'cg', options: { about: query.words, count: query.count, not: exclusionOption(query.not) } };
  if (query.ask === 'work-items') return { command: 'new', options: { ...common, route: query.route, type: query.types?.map((t) => TYPE[t]).join(' ') } };
  if (query.ask !== 'texts') return undefined;
  const outcomes = query.outcomes ?? [];
  const options = {
    ...common,
    kind: query.kinds?.join(' '),
    type: query.types?.map((t) => TYPE[t]).join(' '),
    meeting: query.meeting,
  };
  // A table column is an option of `texts` alone (Discord's 8000 characters).
  if (query.flags?.length)
    return {
      command: 'texts',
      options: { ...options, status: outcomes.map((o) => STATUS[o]).join(' '), column: query.flags.map((f) => FLAG_WORD[f]).join(' ') },
    };
  if (outcomes.length === 1 && outcomes[0] === 'aap-consented') return { command: 'aap', options };
  if (outcomes.length === 1 && outcomes[0] === 'agreed') return { command: 'agreed', options };
  if (outcomes.length > 0 && outcomes.every((o) => TAP.includes(o)))
    return { command: 'tap', options: { ...options, status: outcomes.map((o) => STATUS[o]).join(' ') } };
  return { command: 'texts', options: { ...options, status: outcomes.map((o) => STATUS[o]).join(' ') } };
}

describe('Discord options carry the same Query as words', () => {
  it('every list question of the corpus gets the same answer through its options', async () => {
    let compared = 0;
    const differing: string[] = [];
    for (const c of corpus) {
      const ctx = contextAt(c.now);
      const parsed = parseQuery(c.q, { now: ctx.now, catalog, commandWords });
      if (parsed.kind !== 'query' || (parsed.query.questions?.length ?? 0) > 1) continue;
      const call = asOptions(parsed.query);
      if (!call) continue;
      const { reading: _reading, ...fromWords } = await ask(c.q, ctx);
      const fromOptions = await runCommand(call.command, call.options, ctx);
      compared++;
      if (JSON.stringify(fromOptions) !== JSON.stringify(fromWords)) differing.push(`${c.q} → /sg17 ${call.command} ${JSON.stringify(call.options)}`);
    }
    expect(differing).toEqual([]);
    // Most of the corpus is lists; the place, format, meeting, window and per-Question filters are among them.
    expect(compared).toBeGreaterThan(150);
  });

  it('options the words also take, one by one', async () => {
    const ctx = contextAt('2024-11-20T00:00:00Z');
    const same = async (text: string, command: string, options: Record<string, unknown>) => {
      const { reading, ...fromWords } = await ask(text, ctx);
      expect(reading?.query, text).toBe(text);
      expect(await runCommand(command, options, ctx), text).toEqual(fromWords);
    };
    await same('rgm virtual', 'rgm', { format: 'Virtual' });
    await same('rgm in paris', 'rgm', { place: ' Paris ' });
    await same('count rgm by question', 'rgm', { count: true, 'by-question': true });
    await same('texts sg17-2024-09', 'texts', { meeting: '2024-09' });
    await same('new work-items tr', 'new', { type: 'tr' });
    await same('rgm about pki', 'rgm', { about: 'PKI' });
    await same('rgm tbc', 'rgm', { state: 'tbc' });
    await same('count cg about ai security', 'cg', { about: 'AI security', count: true });
    // A place as autocomplete offers it, written as the data writes it: the same RGMs as the word.
    const paris = await runCommand('rgm', { place: 'Paris, France' }, ctx);
    expect(paris.data.items.map((i) => i.id)).toEqual((await ask('rgm in paris', ctx)).data.items.map((i) => i.id));
    expect(paris.data.items).toHaveLength(1);
    const bad = await runCommand('texts', { meeting: 'september' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: 'usage' });
    expect(bad.summary).toContain('sg17-YYYY-MM');
    expect(await runCommand('rgm', { format: 'in person' }, ctx)).toMatchObject({ ok: false, error: 'usage' });
  });
});
