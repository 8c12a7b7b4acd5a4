import type { Answer } from './answer.js';
import type { AnyCommand, CommandContext } from './command.js';
import { meetingLabel } from '../dataset/catalog.js';
import { DIMENSION_HELP } from './query/dimensions.js';
import { shorten } from '../text/shorten.js';

/**
 * Help generated from a command list (the registry passes its own: this module imports no
 * registry, so there is no import cycle).
 */
export function helpAnswer(ctx: CommandContext, commands: readonly AnyCommand[]): Answer {
  return {
    kind: 'help',
    ok: true,
    title: 'sg17 — what you can ask',
    sections: [
      { heading: 'Commands', items: commands.map((c) => ({ text: c.usage, detail: c.summary })) },
      // One line per filter dimension, from its record: what can be asked for, or left out with "not".
      { heading: 'Filters (each can be left out: "not …")', items: DIMENSION_HELP.map((line) => ({ text: line })) },
      {
        text: 'You can also ask in plain words, e.g. "which amendments are going to last call?", "any RGMs this week?", "how many texts were approved under TAP?". Every answer says how it read the question, as the short command.',
      },
    ],
    source: meetingLabel(ctx.catalog.latest),
    data: { kind: 'help', items: commands.map((c) => ({ id: c.name, name: c.name, usage: c.usage, summary: c.summary })) },
  };
}

/** Not understood: one short line and the three nearest commands, never the whole help. */
export function notUnderstood(ctx: CommandContext, text: string, nearest: readonly AnyCommand[]): Answer {
  const shown = shorten(text, 200);
  return {
    kind: 'not-understood',
    ok: false,
    error: 'usage',
    title: 'Not understood',
    summary: `I did not understand "${shown}". Closest commands below; "help" lists them all.`,
    sections: [{ heading: 'Closest commands', items: nearest.map((c) => ({ text: c.usage, detail: c.summary })) }],
    source: meetingLabel(ctx.catalog.latest),
    data: { kind: 'not-understood', items: [], suggestions: nearest.map((c) => c.usage) },
  };
}
