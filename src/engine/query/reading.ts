/**
 * Query → its shortest command text, shown to the asker as "Read as: `tap approved Q2`" so they
 * learn the short form and see a misreading at once. The parser reads this text back to the same
 * Query (test/query-corpus.test.ts checks the round trip for every corpus question).
 */
import type { Outcome, Query } from './model.js';
import { exclusionWords, flagWords } from './dimensions.js';
import { textsNotListed } from './words.js';

const OUTCOME_WORD: Readonly<Record<Outcome, string>> = {
  'tap-approved': 'approved',
  'tap-not-approved': 'not-approved',
  'tap-determined': 'determined',
  'aap-consented': 'consented',
  agreed: 'agreed',
};
const TAP_OUTCOMES: readonly Outcome[] = ['tap-approved', 'tap-not-approved', 'tap-determined'];
const TYPE_WORD = { recommendation: 'rec', supplement: 'suppl', 'technical-report': 'tr', other: 'other-docs' } as const;

/** "Q15/17" → "Q15". */
function shortQuestion(q: string): string {
  return q.replace('/17', '');
}

function textsBase(query: Query): string[] {
  const outcomes = query.outcomes ?? [];
  if (outcomes.length === 1 && outcomes[0] === 'aap-consented') return ['aap'];
  if (outcomes.length === 1 && outcomes[0] === 'agreed') return ['agreed'];
  if (outcomes.length > 0 && outcomes.every((o) => TAP_OUTCOMES.includes(o))) {
    return outcomes.length === TAP_OUTCOMES.length ? ['tap'] : ['tap', ...TAP_OUTCOMES.filter((o) => outcomes.includes(o)).map((o) => OUTCOME_WORD[o])];
  }
  return ['texts', ...outcomes.map((o) => OUTCOME_WORD[o])];
}

function window(query: Query): string[] {
  if (query.from && query.to) return [`${query.from}..${query.to}`];
  if (query.from) return ['from', query.from];
  if (query.to) return ['until', query.to];
  return [];
}

function about(query: Query): string[] {
  return query.words ? ['about', query.words] : [];
}

function byQuestion(query: Query): string[] {
  if (!query.perQuestion) return [];
  return ['by', 'question', ...(query.none ? ['none'] : []), ...(query.rank ? [query.rank] : [])];
}

/** The terse command text of a Query. */
export function readingOf(query: Query): string {
  const qs = (query.questions ?? []).map(shortQuestion);
  let words: string[];
  switch (query.ask) {
    case 'texts':
      words = [
        ...textsBase(query),
        ...(query.kinds ?? []),
        ...(query.types ?? []).map((t) => TYPE_WORD[t]),
        ...flagWords(query),
        ...qs,
        ...exclusionWords(query),
        ...(query.meeting ? [query.meeting] : []),
        ...window(query),
        ...about(query),
        ...byQuestion(query),
      ];
      break;
    case 'work-items':
      // With a type, `new tr` alone would be new Technical Reports among the texts.
      words = [
        'new',
        ...(query.types?.length ? ['work-items', ...query.types.map((t) => TYPE_WORD[t])] : []),
        ...(query.route ? [query.route] : []),
        ...qs,
        ...exclusionWords(query),
        ...about(query),
        ...byQuestion(query),
      ];
      break;
    case 'rgms':
      words = [
        'rgm',
        ...qs,
        ...exclusionWords(query),
        ...(query.format ? [query.format] : []),
        ...(query.state ? [query.state] : []),
        ...(query.venue ? ['in', query.venue] : []),
        ...window(query),
        ...(query.last ? ['last'] : []),
        ...about(query),
        ...byQuestion(query),
      ];
      break;
    case 'ids':
      words = ['rec', ...(query.ids ?? [])];
      break;
    case 'define':
      words = ['explain', (query.terms ?? []).join(' and ')];
      break;
    case 'question':
      words = ['q', ...qs.map((q) => q.slice(1))];
      break;
    case 'search':
      words = ['search', query.words ?? ''];
      break;
    case 'groups':
      words = ['cg', ...exclusionWords(query), ...about(query)];
      break;
    case 'meetings':
      words = ['meeting', ...window(query)];
      break;
    case 'stats':
      words = ['stats'];
      break;
    case 'highlights':
      words = ['highlights', ...(query.meeting ? [query.meeting] : window(query))];
      break;
    case 'help':
      words = ['help'];
      break;
    case 'greeting':
      words = ['hello'];
      break;
    case 'thanks':
      words = ['thanks'];
      break;
    case 'not-held':
      // "not-consented": what the summary does not list is no person.
      words = [textsNotListed(query.notHeld) ? '' : 'who', query.notHeld ?? 'rapporteurs', ...qs];
      break;
  }
  if (query.sideBySide) words.unshift('compare');
  if (query.count) words.unshift('count');
  return words.filter(Boolean).join(' ');
}
