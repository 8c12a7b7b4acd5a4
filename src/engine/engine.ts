/**
 * The engine's entry points: text (a terse command or a question in plain words) → Answer, and
 * a named command with an option record (Discord) → Answer. Pure apart from the handlers that
 * write subscriptions through the store port in the context.
 *
 * Text is read by one parser (query/parse.ts, a pipeline of recognisers and refiners in query/pipeline/) into a Query, answered by one executor
 * (query/execute.ts), and the answer carries how it was read (`reading`: the terse command).
 * Only the channel-setting commands (subscribe …) keep their own word parsers.
 */
import type { Answer, Reading } from './answer.js';
import type { AnyCommand, CommandContext } from './command.js';
import { commandWords, commands, findCommand } from './registry.js';
import { helpAnswer, notUnderstood } from './help.js';
import { splitWords, wordsToOptions } from './words.js';
import { meetingLabel } from '../dataset/catalog.js';
import { execute } from './query/execute.js';
import { fold, normalise as normalize } from '../text/index.js';
import { parseQuery, type ParseEnv } from './query/parse.js';
import { gazetteerOf } from './query/pipeline/gazetteer.js';
import { followUp } from './query/follow-up.js';
import { readingOf } from './query/reading.js';
import type { Query } from './query/model.js';
import { utcDay } from './format-dates.js';

export interface Invocation {
  /** The text without a trailing `public`. */
  readonly text: string;
  /** `/sg17 aap public`: post in the channel instead of only to the asker. */
  readonly public: boolean;
}

export function parseInvocation(raw: string): Invocation {
  const text = raw.trim();
  const m = /^(.*?)(?:\s+|^)public$/i.exec(text);
  if (m && m[1] !== undefined) return { text: m[1].trim(), public: true };
  return { text, public: false };
}

export function usageError(ctx: CommandContext, title: string, summary: string): Answer {
  return {
    kind: 'usage',
    ok: false,
    error: 'usage',
    title,
    summary,
    sections: [],
    source: meetingLabel(ctx.catalog.latest),
    data: { kind: 'usage', items: [] },
  };
}

/** Words around a channel setting's arguments that are not arguments ("subscribe this channel to Q15 and Q4 please"). */
const SETTING_FILLER = new Set(
  'me us to this channel here the for please pls and of our my from on in link url feed address questions question rgms reminders of'.split(' '),
);

const DAY_MS = 86_400_000;
/** The UTC date of the last day asked for (a pure memo: same day, same text). A follow-up needs it on every question with a previous one, and `toISOString` each time was 6 % of a repeated slash command's dispatch in a profile. */
let lastDay = { day: Number.NaN, text: '' };
function todayOf(now: Date): string {
  const day = Math.floor(now.getTime() / DAY_MS);
  if (day !== lastDay.day) lastDay = { day, text: utcDay(now) };
  return lastDay.text;
}

/**
 * Answer what someone typed after `/sg17` (or asked in plain words). The input limit is the front
 * door's (src/dispatch). Throws only when a command handler does (a bug): dispatch logs it.
 */
export async function ask(typed: string, ctx: CommandContext): Promise<Answer> {
  // Normalised once, at the door: full-width forms, accents, invisible characters, look-alike dots and dashes.
  const text = fold(typed);
  if (text.trim() === '') return helpAnswer(ctx, commands);
  // The gazetteer (names, TDs, places, the data's words) is built from the catalog once and kept with it.
  const env: ParseEnv = { now: ctx.now, catalog: ctx.catalog, commandWords, gazetteer: gazetteerOf(ctx.catalog) };
  if (ctx.previous) {
    // "and their RGMs?": the last question in this conversation, refined (query/follow-up.ts).
    const follow = followUp(ctx.previous, text, (rest) => parseQuery(rest, env), todayOf(ctx.now));
    if (follow) {
      const reading: Reading = { query: readingOf(follow.query), understood: true, show: true };
      if (follow.following) reading.following = true;
      if (follow.unused?.length) reading.unused = [...follow.unused];
      const answer = await answerQuery(follow.query, reading, ctx);
      // "The next one" is the RGM it leads with: the one after that steps past it.
      if (follow.next && answer.asked) answer.asked = { ...answer.asked, leads: true };
      return answer;
    }
  }
  const parsed = parseQuery(text, env);
  switch (parsed.kind) {
    case 'command': {
      // Channel settings (subscribe …), or a command word with nothing it can use ("rec" alone): its own parser says what is missing.
      const command = findCommand(parsed.name)!;
      // "subscribe me to q15", "calendar link": the small words of a sentence are not arguments.
      const words = splitWords(text)
        .slice(1)
        .filter((w) => !SETTING_FILLER.has(w.toLowerCase().replace(/[!?.]+$/, '')));
      const options = command.parseWords ? command.parseWords(words) : wordsToOptions(command.options, words);
      return run(command, options, ctx);
    }
    case 'unknown': {
      const nearest = parsed.suggestions.map((w) => findCommand(w)).filter((c): c is AnyCommand => c !== undefined);
      const reading: Reading = { query: null, understood: false, show: true };
      return { ...notUnderstood(ctx, typed, [...new Set(nearest)]), reading };
    }
    case 'query': {
      const terse = parsed.reading;
      // Someone who typed the short form itself learns nothing from seeing it again.
      const reading: Reading = {
        query: terse,
        understood: true,
        show: parsed.alternative !== undefined || !sameCommandText(terse, text),
      };
      if (parsed.alternative) reading.alternative = parsed.alternative;
      if (parsed.unused?.length) reading.unused = [...parsed.unused];
      // "why was X.1222 not approved": the text is answered, and the part the data cannot answer said plainly.
      if (parsed.unanswered) {
        reading.unanswered = parsed.unanswered;
        reading.understood = false;
        reading.show = true;
      }
      return answerQuery(parsed.query, reading, ctx);
    }
  }
}

/** Execute a Query read from text; the answer says how it was read (and, from execute, what it executed: a follow-up refines that). */
async function answerQuery(query: Query, reading: Reading, ctx: CommandContext): Promise<Answer> {
  // The parser's Query is checked against its schema by property tests (test/query-parse.test.ts),
  // not again here on every question: the schema guards what comes from outside (runCommand).
  const answer = await execute(query, ctx, { help: () => helpAnswer(ctx, commands) });
  // Every handler builds its Answer afresh for each call (none is cached: test/query-readback
  // checks it), so the reading is set on it. Copying it instead (`{ ...answer, reading }`) cost
  // 1.5–4 µs a question, as much as reading the question itself.
  answer.reading = reading;
  return answer;
}

/** Whether `typed` is the command text `terse` as written (case, spaces and punctuation aside). */
function sameCommandText(terse: string, typed: string): boolean {
  // A question in words starts with another word than its command ("what …" vs "rec …"): told
  // apart by the first word alone, without folding the whole text.
  const space = terse.indexOf(' ');
  const terseHead = space === -1 ? terse : terse.slice(0, space);
  const typedHead = (/^\s*(\S*)/.exec(typed)?.[1] ?? '').toLowerCase();
  if (typedHead !== terseHead) {
    if (/^[a-z0-9]+$/.test(typedHead)) return false;
    const folded = normalize(typedHead);
    if (folded !== '' && folded.split(' ', 1)[0] !== terseHead) return false;
  }
  const trimmed = typed.trim();
  if (trimmed === terse || trimmed.toLowerCase() === terse.toLowerCase()) return true;
  return normalize(terse) === normalize(typed);
}

/** Run a command by name with raw options (e.g. from a Discord interaction). Throws only when its handler does. */
export async function runCommand(name: string, options: Record<string, unknown>, ctx: CommandContext): Promise<Answer> {
  const command = findCommand(name);
  if (!command)
    return notUnderstood(
      ctx,
      name,
      ['help', 'search', 'aap'].map((w) => findCommand(w)!),
    );
  return run(command, options, ctx);
}

async function run(command: AnyCommand, raw: Record<string, unknown>, ctx: CommandContext): Promise<Answer> {
  const parsed = command.params.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return usageError(ctx, `Usage: ${command.usage}`, issue ? `${issue.path.join('.') || 'input'}: ${issue.message}` : command.summary);
  }
  // A handler that throws is a bug: it goes up to dispatch, which logs it with the request id and apologises.
  return command.handle(parsed.data, ctx);
}
