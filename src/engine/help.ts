import type { Answer } from './answer.js';
import type { CommandContext } from './command.js';
import { commands } from './registry.js';
import { meetingLabel } from '../dataset/catalog.js';

/** Help generated from the registry; `note` leads when help answers something not understood. */
export function helpAnswer(ctx: CommandContext, note?: string, suggestions: readonly string[] = []): Answer {
  const items = commands.map((c) => ({ text: c.usage, detail: c.summary }));
  return {
    kind: note ? 'not-understood' : 'help',
    ok: !note,
    ...(note ? { error: 'usage' as const } : {}),
    title: note ? 'Not understood' : 'sg17 — what you can ask',
    ...(note ? { summary: note } : {}),
    sections: [
      ...(suggestions.length ? [{ heading: 'Closest commands', items: suggestions.map((s) => ({ text: s })) }] : []),
      { heading: 'Commands', items },
      { text: 'You can also ask in plain words, e.g. "which items are going to AAP last call?"' },
    ],
    source: meetingLabel(ctx.catalog.latest),
    data: { kind: 'help', items: commands.map((c) => ({ name: c.name, usage: c.usage, summary: c.summary })) },
  };
}
