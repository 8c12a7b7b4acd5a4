/**
 * Query → its shortest command text, shown to the asker as "Read as: `tap approved Q2`" so they
 * learn the short form and see a misreading at once. The parser reads this text back to the same
 * Query (test/query-roundtrip.test.ts checks it for every question of the corpus and the held-out
 * sets, and for Queries generated from the dimension registry). One speller per ask; every word
 * comes from ./reading-words.ts or the dimension registry (./dimensions.ts).
 *
 * Exclusions come after every value asked for: a negator reaches over the words after it ("not
 * virtual confirmed" would leave out confirmed RGMs too), so nothing asked may follow one.
 */
import { DIMENSIONS, exclusionWords, flagWords, groupWords } from './dimensions.js';
import type { Ask, Query } from './model.js';
import { ASK_WORD, NOT_HELD_SPELLED, READ, TAP_OUTCOMES } from './reading-words.js';
import { textsNotListed } from './words.js';

type Speller = (query: Query) => string[];

/** "Q15/17" → "Q15". */
const questions = (query: Query): string[] => (query.questions ?? []).map((q) => DIMENSIONS.questions.word(q));
const types = (query: Query): string[] => (query.types ?? []).map((t) => DIMENSIONS.types.word(t));
const about = (query: Query): string[] => (query.words ? [READ.about, query.words] : []);
const given = (...values: (string | undefined)[]): string[] => values.filter((v): v is string => !!v);

function textsBase(query: Query): string[] {
  const outcomes = query.outcomes ?? [];
  if (outcomes.length === 1 && outcomes[0] === 'aap-consented') return [READ.aap];
  if (outcomes.length === 1 && outcomes[0] === 'agreed') return [READ.agreed];
  if (outcomes.length > 0 && outcomes.every((o) => TAP_OUTCOMES.includes(o))) {
    if (outcomes.length === TAP_OUTCOMES.length) return [READ.tap];
    return [READ.tap, ...TAP_OUTCOMES.filter((o) => outcomes.includes(o)).map((o) => DIMENSIONS.outcomes.word(o))];
  }
  return [READ.texts, ...outcomes.map((o) => DIMENSIONS.outcomes.word(o))];
}

function window(query: Query): string[] {
  if (query.from && query.to) return [`${query.from}..${query.to}`];
  if (query.from) return [READ.from, query.from];
  if (query.to) return [READ.until, query.to];
  return [];
}

/** What is left out, then the per-Question view: the tail every list shares. */
function tail(query: Query): string[] {
  const byQuestion = query.perQuestion ? [READ.by, READ.question, ...(query.none ? [READ.none] : []), ...given(query.rank)] : [];
  return [...exclusionWords(query), ...groupWords(query), ...byQuestion];
}

const texts: Speller = (query) => [
  ...textsBase(query),
  ...(query.kinds ?? []),
  ...types(query),
  ...flagWords(query),
  ...questions(query),
  ...given(query.meeting),
  ...(query.timing ? [READ.timing, query.timing] : []),
  ...window(query),
  ...about(query),
  ...tail(query),
];

// With a type, `new tr` alone would be new Technical Reports among the texts.
const workItems: Speller = (query) => [
  READ.new,
  ...(query.types?.length ? [READ.workItems, ...types(query)] : []),
  ...given(query.route),
  ...questions(query),
  ...about(query),
  ...tail(query),
];

const rgms: Speller = (query) => [
  ...given(ASK_WORD.rgms),
  ...questions(query),
  ...given(query.format, query.state),
  // Two places are alternatives, each after its own "in": `rgm in paris in stockholm`.
  ...(query.venues ?? []).flatMap((v) => [READ.in, v]),
  ...window(query),
  ...(query.last ? [query.from || query.to ? READ.last : READ.final] : []),
  ...about(query),
  ...tail(query),
];

// "not-consented": what the summary does not list is no person.
const notHeld: Speller = (query) => [
  textsNotListed(query.notHeld) ? '' : READ.who,
  NOT_HELD_SPELLED[query.notHeld ?? ''] ?? query.notHeld ?? READ.rapporteurs,
  ...questions(query),
];

/** Each ask's words after its leading word (./reading-words.ts ASK_WORD), for the asks not spelled above. */
const AFTER: Readonly<Partial<Record<Ask, Speller>>> = {
  ids: (query) => query.ids ?? [],
  define: (query) => [(query.terms ?? []).join(READ.and)],
  search: (query) => [query.words ?? ''],
  groups: (query) => [...about(query), ...exclusionWords(query)],
  meetings: window,
  highlights: (query) => (query.meeting ? [query.meeting] : window(query)),
};

const SPELLERS: Readonly<Partial<Record<Ask, Speller>>> = {
  texts,
  'work-items': workItems,
  rgms,
  question: (query) => [READ.q, ...questions(query).map((q) => q.slice(1))],
  'not-held': notHeld,
};

/** The terse command text of a Query. */
export function readingOf(query: Query): string {
  const spell = SPELLERS[query.ask];
  const words = spell ? spell(query) : [ASK_WORD[query.ask] ?? '', ...(AFTER[query.ask]?.(query) ?? [])];
  if (query.sideBySide) words.unshift(READ.compare);
  if (query.count) words.unshift(READ.count);
  return words.filter(Boolean).join(' ');
}
