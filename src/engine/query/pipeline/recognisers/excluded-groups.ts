/**
 * The combinations a negator leaves out. A negator covers the values that follow it, over small
 * words ("except the Q11 amendments", "other than the determined Q6 ones", `not (Q11 amd)`); when
 * one noun phrase under it names values of two dimensions or more, what is left out is their
 * conjunction, one group (model.ts `ExcludedGroup`): the Q11 texts that are amendments, never every
 * Q11 text and every amendment. A negator over values of one dimension is left to the per-dimension
 * rule (./questions.ts, ./phrases.ts: "not Q11 or Q6" leaves out both Questions). Values joined by a
 * conjunction are phrases of their own; one of a single dimension joins the group it shares it with
 * ("except the Q11 or Q6 amendments"). The words a group takes are blanked, so no later recogniser
 * reads them again.
 */
import { canonicalExclusion } from '../../dimensions.js';
import { ROUTE_OUTCOMES } from '../build-query.js';
import type { ExcludedGroup, Exclusion, Outcome, Route } from '../../model.js';
import { excludes, PREFIX_NEGATORS } from '../../negation.js';
import { AFTER_EXCLUDED_VALUES, CONTRACTED_NOT, EXCLUDED_CALLED, NOT, OPEN, SCOPE_END, SCOPE_JOIN } from '../../negation-words.js';
import { CONJUNCTIONS, NEGATION, NEGATION_BEFORE_QUESTION, NEGATOR_GAP, NEGATORS, PHRASES, type Signal } from '../../words.js';
import { QUESTIONS, spell } from '../lexicon/id-words.js';

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The Questions a Question span names ("q11", "questions 2 and 4"). */
  readonly questions?: readonly string[];
}

type Values = Partial<Record<keyof Exclusion, string[]>>;
/** One noun phrase under a negator: its values, and whether it opened on a small word ("the"). */
interface Phrase {
  readonly values: Values;
  readonly opened: boolean;
}

export interface Groups {
  /** The combinations left out. */
  readonly groups: ExcludedGroup[];
  /** Values of one dimension under the same negator ("except Q2 and the Q11 amendments": Q2). */
  readonly each: Exclusion;
  /** The text with every negator and value a group took blanked. */
  readonly rest: string;
}

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const NEGATOR_PHRASES: readonly string[][] = [...NEGATION, ...NEGATION_BEFORE_QUESTION].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const GAP: ReadonlySet<string> = new Set([...NEGATOR_GAP, ...EXCLUDED_CALLED]);
/** The negator phrases by their first word, for the one look that decides most questions hold none. */
const NEGATORS_BY_FIRST: ReadonlyMap<string, readonly string[][]> = NEGATOR_PHRASES.reduce(
  (byFirst, p) => byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]),
  new Map<string, string[][]>(),
);
const LONGEST_PHRASE = 4;

/** Which Exclusion key each Signal field fills. */
const SIGNAL_KEYS: readonly (readonly [keyof Signal, keyof Exclusion])[] = [
  ['outcome', 'outcomes'],
  ['outcomes', 'outcomes'],
  ['route', 'routes'],
  ['kind', 'kinds'],
  ['type', 'types'],
  ['format', 'formats'],
  ['flag', 'flags'],
];
/** Fields of a phrase that make it no value a group can hold ("tbc", "about", a topic): they end what the negator covers. */
const OTHER_KEYS: readonly (keyof Signal)[] = ['state', 'topic', 'notHeld', 'perQuestion', 'list'];

/**
 * Whether the text holds a whole negator phrase, or a contracted "n't": the only starts the two
 * readings below act on. The pipeline's first look (negation.ts `mayNegate`) asks for any word of
 * the lexicon, so "anything about …", "texts from …" pass it; this one spares them the tokens.
 */
export function holdsNegator(text: string): boolean {
  const words = text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
  return words.some((w, i) => CONTRACTED_NOT.test(w) || (NEGATORS_BY_FIRST.get(w)?.some((p) => p.every((x, n) => words[i + n] === x)) ?? false));
}

export function excludedGroups(text: string): Groups | undefined {
  const low = text.toLowerCase().replace(/’/g, "'");
  const tokens = tokensOf(low);
  const words = tokens.map((t) => t.word);
  const groups: ExcludedGroup[] = [];
  const each: Values = {};
  let rest = text;
  for (let i = 0; i < tokens.length; i++) {
    const negator = NEGATOR_PHRASES.find((p) => p.every((w, n) => words[i + n] === w));
    // "not approved" is a step, "non-q2" covers the one word joined to it: neither leaves a combination out.
    if (!negator || !excludes(words, i, i > 0) || PREFIX_NEGATORS.has(words[i]!) || phraseLonger(tokens, i, negator.length, low)) continue;
    const scope = scopeAfter(tokens, i + negator.length, low);
    const found = groupsOf(scope.items);
    if (!found) continue;
    groups.push(...found.groups);
    for (const [k, v] of Object.entries(found.each) as [keyof Exclusion, string[]][]) put(each, k, v);
    const from = tokens[i]!.start;
    rest = rest.slice(0, from) + ' '.repeat(scope.end - from) + rest.slice(scope.end);
    i = scope.next - 1;
  }
  return groups.length ? { groups, each: each as Exclusion, rest } : undefined;
}

/**
 * Whether a negator negates another ("not without ISO equivalents", "texts that weren't not approved",
 * "except the ones without an ISO equivalent"): read as one negation it would answer the opposite set,
 * and two are not read yet, so the parser says it did not understand. After a negator other than
 * "not", a step whose name holds "not" is a value ("except not approved"); a bracket opens a group's
 * values (`not (not-approved Q6)`).
 */
export function doubleNegation(text: string): boolean {
  const low = text.toLowerCase().replace(/’/g, "'");
  const tokens = tokensOf(low);
  const words = tokens.map((t) => t.word);
  return tokens.some((t, i) => {
    const negator = NEGATOR_PHRASES.find((p) => p.every((w, n) => words[i + n] === w));
    if (!negator || PREFIX_NEGATORS.has(t.word) || !excludes(words, i, i > 0)) return false;
    let next = i + negator.length;
    // Over small words only: "not recs nor suppls" names what it excludes before the "nor".
    while (next < tokens.length && GAP.has(words[next]!) && !NEGATORS.has(words[next]!) && !PHRASES.has(words[next]!)) next++;
    if (!NEGATORS.has(words[next] ?? '') || OPEN.test(low.slice(tokens[next - 1]!.end, tokens[next]!.start))) return false;
    return t.word === NOT || !phraseLonger(tokens, next, 1, low);
  });
}

/** The words of the text with their places; a Question of any spelling is one token. */
function tokensOf(low: string): Token[] {
  const questions = [...low.matchAll(QUESTIONS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    questions: m[1]!
      .split(/[^\d/]+/)
      .filter(Boolean)
      .map((n) => Number(n.split('/')[0]))
      .filter((q) => q >= 1 && q <= 99)
      .map((q) => spell.question(q)),
  }));
  const out: Token[] = [];
  for (const m of low.matchAll(WORD)) {
    const q = questions.find((r) => m.index >= r.start && m.index < r.end);
    if (q) {
      if (out.at(-1)?.start !== q.start) out.push({ word: low.slice(q.start, q.end), ...q });
    } else {
      const end = m.index + m[0].length;
      const verb = CONTRACTED_NOT.exec(m[0])?.[1];
      if (verb === undefined) out.push({ word: m[0], start: m.index, end });
      else out.push({ word: verb, start: m.index, end: m.index + verb.length }, { word: NOT, start: m.index + verb.length, end });
    }
  }
  return out;
}

/**
 * What the negator before token `from` covers: its noun phrases (values joined by a conjunction or a
 * comma are phrases of their own), where it ends in the text, and the token after it.
 */
function scopeAfter(tokens: readonly Token[], from: number, low: string): { items: Phrase[]; end: number; next: number } {
  const items: Values[] = [{}];
  // The phrases that open on a small word ("and the Q11 amendments"): a noun phrase of their own.
  const opened = new Set<number>();
  let end = tokens[from - 1]!.end;
  let valued = false;
  let t = from;
  while (t < tokens.length) {
    const tok = tokens[t]!;
    const between = low.slice(tokens[t - 1]!.end, tok.start);
    if (SCOPE_END.test(between)) break;
    if (valued && SCOPE_JOIN.test(between)) items.push({});
    const item = items.at(-1)!;
    if (tok.questions) {
      put(item, 'questions', tok.questions);
    } else {
      const phrase = phraseAt(tokens, t, low);
      if (phrase) {
        if (!phrase.values) {
          t += phrase.length;
          continue;
        }
        for (const [k, v] of phrase.values) put(item, k, [v]);
        t += phrase.length - 1;
      } else if (valued && CONJUNCTIONS.has(tok.word)) {
        items.push({});
        t++;
        continue;
      } else if (!(Object.keys(item).length ? AFTER_EXCLUDED_VALUES : GAP).has(tok.word)) break;
      else if (!Object.keys(item).length) opened.add(items.length - 1);
    }
    valued = valued || !!tok.questions || Object.keys(item).length > 0;
    end = Math.max(end, tokens[t]!.end);
    t++;
  }
  // A bracket closing the values is theirs (`not (Q11 amd)`).
  const close = /^\s*\)/.exec(low.slice(end));
  const said = items.map((values, n) => ({ values, opened: opened.has(n) })).filter((v) => Object.keys(v.values).length);
  return { items: said, end: end + (close?.[0].length ?? 0), next: t };
}

/** The longest phrase at token `t`: its values, or none when it only names what is listed ("texts"); undefined when it is no value. */
function phraseAt(tokens: readonly Token[], t: number, low: string): { length: number; values?: [keyof Exclusion, string][] } | undefined {
  for (let n = Math.min(LONGEST_PHRASE, tokens.length - t); n >= 1; n--) {
    const run = tokens.slice(t, t + n);
    // A phrase is never read across a bracket (`not iso not (approved iso)`: no "not approved").
    if (run.some((r, k) => r.questions || (k > 0 && OPEN.test(low.slice(run[k - 1]!.end, r.start))))) continue;
    const signal = PHRASES.get(run.map((r) => r.word).join(' '));
    if (!signal || OTHER_KEYS.some((k) => signal[k] !== undefined)) continue;
    const values = SIGNAL_KEYS.flatMap(([field, key]) =>
      [signal[field]]
        .flat()
        .filter((v): v is string => typeof v === 'string')
        .map((v) => [key, v] as [keyof Exclusion, string]),
    );
    if (values.length) return { length: n, values };
    if (signal.subject) return { length: n };
  }
  return undefined;
}

/** Whether a phrase of the tables longer than the negator begins where it does ("not approved"; `not (approved Q6)` opens a group). */
function phraseLonger(tokens: readonly Token[], i: number, length: number, low: string): boolean {
  if (OPEN.test(low.slice(tokens[i + length - 1]!.end, tokens[i + length]?.start))) return false;
  for (let n = Math.min(LONGEST_PHRASE, tokens.length - i); n > length; n--)
    if (
      PHRASES.has(
        tokens
          .slice(i, i + n)
          .map((t) => t.word)
          .join(' '),
      )
    )
      return true;
  return false;
}

function put(item: Values, key: keyof Exclusion, values: readonly string[]): void {
  item[key] = [...new Set([...(item[key] ?? []), ...values])];
}

/**
 * The groups of a negator's noun phrases: each naming two dimensions or more is one; one naming a
 * single dimension joins the group said next when it names that dimension too and opens on no small
 * word ("the Q11 or Q6 amendments"), else it is left out on its own ("Q2 and the Q11 amendments").
 * None: no group at all.
 */
function groupsOf(items: readonly Phrase[]): { groups: ExcludedGroup[]; each: Values } | undefined {
  const merged = items.map((p) => ({ ...p, values: withoutImpliedRoute(p.values) }));
  const many = (p: Phrase | undefined): boolean => !!p && Object.keys(p.values).length >= 2;
  if (!merged.some(many)) return undefined;
  const each: Values = {};
  merged.forEach((p, n) => {
    if (many(p)) return;
    const [key, values] = Object.entries(p.values)[0] as [keyof Exclusion, string[]];
    const next = merged.slice(n + 1).find((q) => many(q) || !q.values[key]);
    put(next && many(next) && next.values[key] && !next.opened ? next.values : each, key, values);
  });
  return { groups: merged.filter(many).map((p) => canonicalExclusion(p.values as Exclusion) as ExcludedGroup), each };
}

/** "tap approvals": a route beside a step of its own says no more than the step. */
function withoutImpliedRoute(item: Values): Values {
  const outcomes = (item.outcomes ?? []) as Outcome[];
  const routes = ((item.routes ?? []) as Route[]).filter((r) => !ROUTE_OUTCOMES[r].some((o) => outcomes.includes(o)));
  const { routes: _, ...others } = item;
  return routes.length ? { ...others, routes } : others;
}
