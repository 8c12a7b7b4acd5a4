/**
 * `texts` typed (Slack, the console, the CLI) and `/sg17 texts` with no options (Discord's typed
 * options) are one question: every text acted on. Typed bare, "texts" once read as nothing
 * ("Not understood"): the list of texts with no filter was not a list.
 */
import { describe, expect, it } from 'vitest';
import { ask, runCommand } from '../src/engine/engine.js';
import { contextAt } from './engine-helpers.js';

const ctx = contextAt('2024-11-20T09:00:00Z');

describe('bare texts', () => {
  it.each(['texts', 'all texts', 'show me all the texts', 'TEXTS'])('"%s" lists every text, as /sg17 texts does', async (typed) => {
    const byOptions = await runCommand('texts', {}, ctx);
    const byText = await ask(typed, ctx);
    expect(byOptions.ok).toBe(true);
    expect(byOptions.data.items.length).toBe(39);
    expect(byText.kind).toBe(byOptions.kind);
    expect(byText.data.items).toEqual(byOptions.data.items);
  });
});
