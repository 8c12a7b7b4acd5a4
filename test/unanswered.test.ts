/**
 * A question about a text that the summary cannot wholly answer ("why…", "when will it be
 * published", "will it be approved"): the text is answered with what the data holds, the part it
 * cannot answer is said plainly on every platform, and the reading says it was not wholly understood.
 */
import { describe, expect, it } from 'vitest';
import { renderDiscordMessage } from '../adapters/discord/render-embeds.js';
import { renderText } from '../adapters/console/render-text.js';
import { renderSlackBlocks } from '../adapters/slack/render-blocks.js';
import { ask } from '../src/engine/engine.js';
import { contextAt } from './engine-helpers.js';

const ctx = contextAt('2024-11-20T00:00:00Z');

describe('what the summary cannot answer about a text', () => {
  it.each([
    ['why was X.1222 not approved', 'X.1222', 'why'],
    ['when will X.1716 be published', 'X.1716', 'published'],
    ['will X.1355 be approved in april?', 'X.1355', 'approved'],
  ])('%s', async (q, id, part) => {
    const answer = await ask(q, ctx);
    expect(answer.reading).toMatchObject({ query: `rec ${id}`, understood: false, show: true });
    expect(answer.reading?.unanswered).toContain(part);
    expect(answer.title).toContain(id);
    expect(renderText(answer)).toContain(`Not answered: ${answer.reading!.unanswered}`);
    expect(JSON.stringify(renderSlackBlocks(answer))).toContain('Not answered:');
    expect(JSON.stringify(renderDiscordMessage(answer))).toContain('Not answered:');
  });

  it('what the data does answer is not flagged', async () => {
    for (const q of ['what happened to X.1716', 'is X.1818 published', 'will X.1716 go to last call', 'when was X.1716 consented']) {
      const answer = await ask(q, ctx);
      expect(answer.reading?.understood).toBe(true);
      expect(answer.reading?.unanswered).toBeUndefined();
      expect(renderText(answer)).not.toContain('Not answered');
    }
  });
});
