/**
 * The read-back in every renderer: an answer to words shows how they were read ("Read as: `aap`")
 * and a close second reading; the terse command typed as such shows nothing extra. Real engine
 * answers, real renderers.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../src/engine/engine.js';
import { renderText } from '../adapters/console/render-text.js';
import { renderSlackBlocks } from '../adapters/slack/render-blocks.js';
import { renderDiscordMessage } from '../adapters/discord/render-embeds.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextAt } from './engine-helpers.js';

const ctx = contextAt('2024-11-20T00:00:00Z');

describe('read-back', () => {
  it('terminal: under the title, with the alternative', async () => {
    const out = renderText(await ask('what is going to last call', ctx));
    expect(out).toContain('Read as: `aap`\nOr did you mean `explain last call`?');
    expect(renderText(await ask('aap', ctx))).not.toContain('Read as');
    expect(renderText(await ask('aap 15', ctx))).toContain('Read as: `aap Q15`');
  });

  it('Slack: a context block under the header, escaped', async () => {
    const { blocks } = renderSlackBlocks(await ask('amendments going to LC?', ctx));
    expect(blocks[1]).toMatchObject({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Read as: `aap amendment`', verbatim: true }] });
    const typed = renderSlackBlocks(await ask('aap amendment', ctx));
    expect(JSON.stringify(typed.blocks)).not.toContain('Read as');
    // What the user typed is never echoed into the reading unescaped.
    const odd = renderSlackBlocks(await ask('search <!channel> `x`', ctx));
    const reading = JSON.stringify(odd.blocks[1]);
    expect(reading).not.toContain('<!channel>');
  });

  it('Discord: the first lines of the first embed, mentions neutralised', async () => {
    const message = renderDiscordMessage(await ask('any RGMs this week?', ctx));
    expect(message.embeds[0]!.description!.startsWith('Read as: `rgm 2024-11-18..2024-11-24`')).toBe(true);
    const odd = renderDiscordMessage(await ask('search @everyone', ctx));
    expect(odd.embeds[0]!.description).not.toMatch(/@everyone/);
    expect(odd.allowed_mentions).toEqual({ parse: [] });
  });

  it('words that narrowed nothing are said back, in every renderer, never dropped silently', async () => {
    const answer = await ask('tap maybe for q4', ctx);
    expect(answer.reading).toMatchObject({ query: 'tap Q4', unused: ['maybe'] });
    // Q4's TAP texts: the filters that were understood still apply.
    expect(answer.data.items.map((i) => (i as { id: string }).id)).toEqual(['X.1237', 'X.1221', 'X.1222']);
    expect(renderText(answer)).toContain('Read as: `tap Q4`\nNot used: maybe');
    expect(JSON.stringify(renderSlackBlocks(answer).blocks[1])).toContain('Not used: `maybe`');
    expect(renderDiscordMessage(answer).embeds[0]!.description).toContain('Not used: `maybe`');
    // A question whose every word was used says nothing of the kind.
    expect((await ask('which texts got approved', ctx)).reading?.unused).toBeUndefined();
  });

  it('not understood: no reading line, one line and the three nearest commands', async () => {
    const answer = await ask('zzkx qqwv', ctx);
    expect(answer.reading).toEqual({ query: null, understood: false, show: true });
    const out = renderText(answer);
    expect(out).not.toContain('Read as');
    expect(out.split('\n').filter((l) => l.startsWith('  • '))).toHaveLength(3);
  });

  it('sets the reading on a fresh answer: asked twice, no two answers (or their sections) are one object', async () => {
    // ask sets `reading` on the handler's Answer instead of copying it; a handler that returned a
    // cached Answer would carry one question's reading into another's answer.
    const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'questions.json'), 'utf8')) as { q: string; now: string }[];
    for (const { q, now } of corpus) {
      const at = contextAt(now);
      const first = await ask(q, at);
      const second = await ask(q, at);
      expect(second, q).not.toBe(first);
      expect(second.sections, q).not.toBe(first.sections);
      expect(second.reading, q).toEqual(first.reading);
    }
  });
});
