/**
 * The list commands' options (Discord options, `runCommand`) as zod pieces that map onto the
 * same Query the parser builds from words. Each command declares its options once, as a zod
 * object (`listParams`); its OptionSpec list is derived from that object's keys
 * (`optionsOf`), so the option names cannot drift from the schema.
 */
import { z } from 'zod';
import type { OptionSpec } from '../command.js';
import { optionalQuestion } from '../params.js';
import { type Subject, exclusionOf } from './dimensions.js';
import { FLAG_WORD } from './dimension-words.js';
import { type DocType, type Exclusion, type Outcome, type Query, RgmFormat, RgmState, Route, type TextFlag, type TextKind } from './model.js';

/**
 * An option holding one or more words of a table ("approved determined", "amd,new"): the values
 * they stand for, each once, in the order given. `rewrite` joins a phrase into one word first
 * ("not approved" → "not-approved").
 */
export function wordList<T extends string>(what: string, table: Readonly<Record<string, T>>, rewrite: (text: string) => string = (t) => t) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : rewrite(v.trim().toLowerCase()).split(/[\s,]+/)) : v),
    z
      .array(z.string())
      .transform((words, ctx) => {
        const out: T[] = [];
        for (const w of words) {
          const value = table[w];
          if (!value) {
            ctx.issues.push({
              code: 'custom',
              message: `"${w.slice(0, 30)}" is not ${what}; expected ${[...new Set(Object.keys(table))].join(', ')}`,
              input: w,
            });
            return z.NEVER;
          }
          if (!out.includes(value)) out.push(value);
        }
        return out;
      })
      .optional(),
  );
}

/** An option typed as one word or value: trimmed and lower-cased; blank is not given. */
export function folded<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v), schema);
}

export const KIND_OPTION = wordList<TextKind>('a kind', {
  new: 'new',
  revised: 'revised',
  rev: 'revised',
  amendment: 'amendment',
  amd: 'amendment',
  corrigendum: 'corrigendum',
  cor: 'corrigendum',
});
export const TYPE_OPTION = wordList<DocType>('a document type', {
  rec: 'recommendation',
  recommendation: 'recommendation',
  suppl: 'supplement',
  supplement: 'supplement',
  tr: 'technical-report',
  'technical-report': 'technical-report',
  other: 'other',
  'other-docs': 'other',
});
/**
 * Words matched against the data's words (titles, topics, venues): lower case, letters and digits
 * only, as the parser leaves them ("PKI" and "Paris, France" would match nothing as typed).
 */
function matchWords(max: number, error: string) {
  return z
    .string()
    .max(max, { error })
    .transform(
      (text) =>
        text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim() || undefined,
    )
    .optional();
}

export const ABOUT_OPTION = matchWords(100, 'please use fewer words');
/** What to leave out, in the reading's words: `Q11 amd`, `virtual`, `X.1716`, a place or topic word (dimensions.ts `exclusionOf`). */
export const notOption = (subject: Subject | 'groups') =>
  z
    .string()
    .max(200, { error: 'please name fewer things to leave out' })
    .transform((text, ctx) => {
      if (text.trim() === '') return undefined;
      const read = exclusionOf(text, subject);
      if ('unknown' in read) {
        ctx.issues.push({
          code: 'custom',
          message: `"${read.unknown.slice(0, 30)}" is nothing to leave out; e.g. Q11, amd, suppl, virtual, iso, X.1716`,
          input: text,
        });
        return z.NEVER;
      }
      return read.not;
    })
    .optional();
export const NOT_OPTION = notOption('texts');
export const COUNT_OPTION = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean().optional());
/** With by-question: only the Questions holding none ("which questions have no RGMs"). */
export const NONE_OPTION = COUNT_OPTION;
export const DAY_OPTION = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a day as YYYY-MM-DD' })
    .optional(),
);
/** "Group by Question": the Questions, each with its items (`count … by question`). */
export const BY_QUESTION_OPTION = COUNT_OPTION;
/** An SG17 meeting by its id ("sg17-2024-09"); "2024-09" is the same meeting. */
export const MEETING_OPTION = folded(
  z
    .string()
    .regex(/^(sg17-)?\d{4}-\d{2}$/, { error: 'expected a meeting as sg17-YYYY-MM, e.g. sg17-2024-09' })
    .transform((id) => (id.startsWith('sg17-') ? id : `sg17-${id}`))
    .optional(),
);
/** RGMs: a place as the data writes venues and hosts ("paris", "seoul"). */
export const PLACE_OPTION = matchWords(60, 'please name one place');
export const FORMAT_OPTION = folded(RgmFormat.optional());
export const STATE_OPTION = folded(RgmState.optional());

/** The filters every list of Annex A texts takes (aap, tap, agreed, texts), besides its own. */
/**
 * A column of the texts' tables, by the word the reading uses for it (`iso`, `a5`, `deferred-before`, …).
 * Only `texts` takes it: one more option on every text list would pass Discord's 8000 characters.
 */
export const COLUMN_OPTION = wordList<TextFlag>(
  'a table column',
  Object.fromEntries(Object.entries(FLAG_WORD).map(([flag, word]) => [word, flag as TextFlag])),
);

export const TEXT_LIST_OPTIONS = {
  question: optionalQuestion,
  kind: KIND_OPTION,
  type: TYPE_OPTION,
  meeting: MEETING_OPTION,
  from: DAY_OPTION,
  to: DAY_OPTION,
  about: ABOUT_OPTION,
  not: NOT_OPTION,
  count: COUNT_OPTION,
  'by-question': BY_QUESTION_OPTION,
  none: NONE_OPTION,
};

/** The options every list takes, by their option names. */
export type CommonListParams = {
  question?: string;
  from?: string;
  to?: string;
  about?: string;
  not?: Exclusion | undefined;
  count?: boolean;
  'by-question'?: boolean;
  none?: boolean;
};

/** The Query filters of the options every list takes. */
export function commonFilters(p: CommonListParams): Pick<Query, 'questions' | 'from' | 'to' | 'words' | 'count' | 'perQuestion' | 'not' | 'none'> {
  return {
    not: p.not,
    none: (p['by-question'] && p.none) || undefined,
    questions: p.question ? [p.question] : [],
    from: p.from,
    to: p.to,
    words: p.about || undefined,
    count: p.count,
    perQuestion: p['by-question'] || undefined,
  };
}

type TextListParams = CommonListParams & { kind?: TextKind[]; type?: DocType[]; meeting?: string; column?: TextFlag[] };

/** The Query of a list of texts with these outcomes (none: every outcome) and the common filters. */
export function textListQuery(outcomes: readonly Outcome[] | undefined, p: TextListParams): Query {
  return {
    ask: 'texts',
    outcomes: outcomes ? [...outcomes] : undefined,
    kinds: p.kind,
    types: p.type,
    meeting: p.meeting,
    flags: p.column,
    ...commonFilters(p),
  };
}

/** What each option means, for Discord's option descriptions and help. */
const DESCRIPTIONS: Readonly<Record<string, Omit<OptionSpec, 'name'>>> = {
  question: { description: 'Only this Question, e.g. Q15 or 15', type: 'string', autocomplete: 'question' },
  status: { description: 'Only approved, not-approved or determined (several allowed)', type: 'string' },
  kind: { description: 'Only new, revised, amendment or corrigendum', type: 'string' },
  type: { description: 'Only rec, suppl, tr or other', type: 'string' },
  route: { description: 'Only tap, aap or agreement', type: 'string', choices: Route.options },
  from: { description: 'From this day, YYYY-MM-DD', type: 'string' },
  to: { description: 'Until this day, YYYY-MM-DD', type: 'string' },
  meeting: { description: 'Only texts acted on at this SG17 meeting, e.g. sg17-2024-09', type: 'string', autocomplete: 'meeting' },
  place: { description: 'Only RGMs meeting here (a city or host as the data writes it), e.g. Paris', type: 'string', autocomplete: 'place' },
  format: { description: 'Only virtual, hybrid or physical RGMs', type: 'string', choices: RgmFormat.options },
  state: { description: 'Only RGMs whose dates are tbc or confirmed, or that name no venue yet', type: 'string', choices: RgmState.options },
  about: { description: 'Only items whose title holds these words', type: 'string' },
  column: { description: 'Only texts with: iso, a5, deferred-before, re-determined, first-determined, base-text (columns)', type: 'string' },
  not: { description: 'Leave out, e.g. Q11, amd, suppl, virtual, iso, X.1716 (several allowed)', type: 'string' },
  none: { description: 'With by-question: only the Questions holding none', type: 'boolean' },
  count: { description: 'Answer how many, then the items', type: 'boolean' },
  'by-question': { description: 'Group by Question: the Questions, each with its items', type: 'boolean' },
};

/** The OptionSpecs of a command whose params are this zod object: one per key, in key order. */
export function optionsOf(params: z.ZodObject, overrides: Readonly<Record<string, Partial<OptionSpec>>> = {}): OptionSpec[] {
  return Object.keys(params.shape).map((name) => {
    const spec = DESCRIPTIONS[name];
    if (!spec) throw new Error(`option "${name}" has no description in query/options.ts`);
    return { name, ...spec, ...overrides[name] };
  });
}

export { optionalQuestion };
