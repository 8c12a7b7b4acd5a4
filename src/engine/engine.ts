/**
 * The engine's entry points: text (a command or a free-text question) → Answer, and
 * a named command with an option record (Discord) → Answer. Pure apart from the handlers that
 * write subscriptions through the store port in the context.
 */
import type { Answer } from './answer.js';
import type { AnyCommand, CommandContext } from './command.js';
import { commands, findCommand } from './registry.js';
import { matchIntent, type IntentOptions, type IntentReason } from './intent.js';
import { splitWords, wordsToOptions } from './words.js';
import { helpAnswer } from './help.js';
import { meetingLabel } from '../dataset/catalog.js';

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

/**
 * Answer what someone typed after `/sg17` (or asked in plain words). The input limit is the front
 * door's (src/dispatch). Throws only when a command handler does (a bug): dispatch logs it.
 */
export async function ask(text: string, ctx: CommandContext): Promise<Answer> {
  return answerText(text, ctx, true);
}

/** `mayReinterpret`: the intent matcher gets one go; its command text is run as typed. */
async function answerText(text: string, ctx: CommandContext, mayReinterpret: boolean): Promise<Answer> {
  const words = splitWords(text);
  if (words.length === 0) return helpAnswer(ctx);
  const command = findCommand(words[0]!);
  if (command) {
    const options = command.parseWords ? command.parseWords(words.slice(1)) : wordsToOptions(command.options, words.slice(1));
    if (mayReinterpret && command.options.length === 0 && '_extra' in options) {
      // A command that takes no words, followed by words ("meeting statistics please"): read it as
      // a sentence, but only on a specific signal (a topic, a number) — never on a fallback guess.
      const intent = matchIntent(text, intentOptions());
      if (intent.kind === 'command' && SPECIFIC.has(intent.reason) && findCommand(intent.command)) {
        return answerText(intent.text, ctx, false);
      }
    }
    const answer = await run(command, options, ctx);
    if (answer.ok || !mayReinterpret) return answer;
    // "new work items of Q10", "rec status of X.1716": a command word opening a sentence. Retry
    // with the intent's reading, but only as the same command (never turn a refusal into another answer).
    const intent = matchIntent(text, intentOptions());
    if (intent.kind === 'command' && findCommand(intent.command) === command && intent.text !== words.join(' ')) {
      return answerText(intent.text, ctx, false);
    }
    return answer;
  }
  // Free-text questions are mapped by the intent matcher (src/engine/intent.ts).
  const intent = mayReinterpret ? matchIntent(text, intentOptions()) : ({ kind: 'unknown', suggestions: [] } as const);
  if (intent.kind === 'command' && findCommand(intent.command)) return answerText(intent.text, ctx, false);
  const suggestions = intent.kind === 'unknown' ? intent.suggestions.map((w) => findCommand(w)?.usage ?? w) : [];
  return helpAnswer(ctx, `I did not understand "${text}".`, [...new Set(suggestions)]);
}

/** Intent rules specific enough to override a command word that opens a sentence. */
const SPECIFIC: ReadonlySet<IntentReason> = new Set(['exact', 'explain', 'rec', 'topic']);

let cachedIntentOptions: IntentOptions | undefined;

/** What the intent matcher needs from the registry (fixed at load): the command words, for typo suggestions. */
function intentOptions(): IntentOptions {
  if (!cachedIntentOptions) {
    const commandWords = (commands as readonly AnyCommand[]).flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    cachedIntentOptions = { commandWords: commandWords.filter((w) => /^[a-z]/.test(w)) };
  }
  return cachedIntentOptions;
}

/** Run a command by name with raw options (e.g. from a Discord interaction). Throws only when its handler does. */
export async function runCommand(name: string, options: Record<string, unknown>, ctx: CommandContext): Promise<Answer> {
  const command = findCommand(name);
  if (!command) return helpAnswer(ctx, `There is no command "${name}".`);
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
