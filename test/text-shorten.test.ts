/**
 * One way to shorten text (src/text/shorten.ts), on whole characters: no reply ever holds an unpaired
 * UTF-16 surrogate (not valid UTF-8: Discord refuses the message) or a split emoji, whatever the
 * input — checked through the front door (the dispatcher) and every renderer: Slack blocks and
 * text, Discord embeds, the console's text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { graphemeBoundary, shorten, wellFormed } from '../src/text/shorten.js';
import { createDispatcher } from '../src/dispatch/dispatch.js';
import { FakeClock } from '../src/clock.js';
import type { Answer } from '../src/engine/answer.js';
import { renderSlackBlocks } from '../adapters/slack/render-blocks.js';
import { renderDiscordMessage } from '../adapters/discord/render-embeds.js';
import { renderText } from '../adapters/console/render-text.js';
import { silentLogger } from '../adapters/logger.js';
import { suggestChoices } from '../adapters/discord/autocomplete.js';
import { catalog } from './engine-helpers.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string): string[] => [...segmenter.segment(text)].map((s) => s.segment);

/** Characters that only ever come in a cluster of several code units, each a way to be split. */
const COMPOSITE = ['👩‍💻', '🇨🇭', '👍🏽', '❤️', '1️⃣', '👨‍👩‍👧‍👦', 'é', 'ñ̃', '🏳️‍🌈', '😀', '𝕏', '\r\n'];
/** A code point that marks a cluster as something a cut can break: astral, ZWJ, a variation selector, a keycap, a combining mark, a tag. */
const FRAGILE = /[\u{10000}-\u{10FFFF}]|\p{M}|\u200d/u;

/** Every string a rendered reply holds (Block Kit JSON, embeds, text). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The clusters `inputs` hold, in the forms a reply may show them: as typed, lower or upper case, normalised, Slack-escaped. */
function wholeClusters(inputs: readonly string[], caseForms: boolean): Set<string> {
  const allowed = new Set<string>();
  for (const input of inputs) {
    // Slack's escapes (&lt; …) and plain-text angles (‹ ›) may carry a combining mark the input put on "<": that is no cut.
    const forms = [input, input.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), input.replace(/</g, '‹').replace(/>/g, '›')];
    // A compatibility character with no base letter ("ﱞ" → " ٌّ" under NFKC, which the parser's fold applies) leaves marks
    // that join the quote an echo opens with: the folding's doing, not a cut.
    const nfkc = input.normalize('NFKC');
    if (caseForms) forms.push(input.toLowerCase(), input.toUpperCase(), nfkc.toLowerCase(), `"${nfkc.trim()}`, `"${nfkc.trim().toLowerCase()}`);
    for (const form of forms) for (const c of clusters(form)) if (FRAGILE.test(c)) allowed.add(c);
  }
  return allowed;
}

/** The reply's strings are valid text, and each fragile cluster in them is one the input held whole. */
function expectWhole(reply: unknown, allowed: ReadonlySet<string>): void {
  for (const text of strings(reply)) {
    expect(text, 'an unpaired surrogate').not.toMatch(/\p{Cs}/u);
    if (!FRAGILE.test(text)) continue;
    for (const c of clusters(text)) if (FRAGILE.test(c) && !allowed.has(c)) expect.fail(`a split character ${JSON.stringify(c)} in ${JSON.stringify(text)}`);
  }
}

const pieceOf = (plain: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...COMPOSITE) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    { weight: 2, arbitrary: fc.constantFrom(...plain) },
  );
const PLAIN = ['a', 'x', ' ', '1716', 'Q15', '&', '<', '*'];
/** Text heavy in emoji and combining marks, up to a few hundred code units. */
const emojiText = (maxLength: number, plain: readonly string[] = PLAIN) => fc.array(pieceOf(plain), { maxLength, size: 'max' }).map((parts) => parts.join(''));

describe('shorten', () => {
  it('cuts between whole characters, ends with an ellipsis, and fits', () => {
    expect(shorten('ab👩‍💻cd', 4)).toBe('ab…');
    expect(shorten('🇨🇭🇨🇭🇨🇭', 5)).toBe('🇨🇭…');
    expect(shorten('cafe\u0301s', 5)).toBe('caf…');
    expect(shorten('short', 5)).toBe('short');
    expect(shorten('👍🏽👍🏽', 3, '')).toBe('');
    expect(graphemeBoundary('a👍b', 2)).toBe(1);
  });

  it('property: always a prefix of whole characters, never longer than asked', () => {
    fc.assert(
      fc.property(emojiText(60), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const out = shorten(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        const kept = out.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(clusters(text).slice(0, clusters(kept).length).join('')).toBe(kept);
      }),
    );
  });

  it('property: the boundary found from a window is the one segmenting the whole text finds', () => {
    fc.assert(
      fc.property(emojiText(80), fc.nat(), (text, at) => {
        const index = text.length === 0 ? 0 : at % (text.length + 1);
        let expected = 0;
        for (const s of segmenter.segment(text)) if (s.index <= index) expected = s.index;
        if (index === text.length) expected = index;
        expect(graphemeBoundary(text, index)).toBe(expected);
      }),
    );
  });

  it('wellFormed replaces only lone surrogates', () => {
    expect(wellFormed('a\ud83d b \udc4d 👍')).toBe('a\ufffd b \ufffd 👍');
    expect(wellFormed('👩‍💻')).toBe('👩‍💻');
  });
});

describe('no reply holds a split character, whatever the input', () => {
  const dispatcher = createDispatcher({ catalog: () => catalog, clock: new FakeClock('2024-11-20T09:00:00Z'), logger: silentLogger });
  const COMMANDS = ['', 'search ', 'rec ', 'explain ', 'subscribe ', 'rgm ', 'texts ', 'what about '];

  it('property: typed text through the dispatcher, rendered for Slack, Discord and the console', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS), emojiText(120), fc.constantFrom('', '\ud83d', '\udc4d'), async (command, words, lone) => {
        const input = `${command}${words}${lone}`.slice(0, 480);
        const outcome = await dispatcher.dispatch({ query: { text: input }, channel: 'slack:C1', actor: { id: 'slack:U1', canManageChannel: true } });
        const allowed = wholeClusters([input], true);
        expectWhole(renderSlackBlocks(outcome.answer), allowed);
        expectWhole(renderDiscordMessage(outcome.answer), allowed);
        expectWhole(renderText(outcome.answer), allowed);
      }),
      { numRuns: 150 },
    );
  });

  it('property: any answer text, however long, through every renderer', () => {
    // Answer text may hold what a reply defuses (@everyone); typed text does not here: the query
    // reader drops a mention up to a word character, which can leave an accent behind: a parser matter, not a cut.
    const rich = emojiText(140, [...PLAIN, '@everyone', '@here']);
    const answer = fc.record({ title: rich, summary: rich, heading: rich, item: rich, label: rich, value: rich }).map(
      (t): Answer => ({
        kind: 'test',
        ok: true,
        title: t.title,
        summary: t.summary,
        sections: [{ heading: t.heading, items: [{ text: t.item, detail: t.value }], fields: [{ label: t.label, value: t.value }] }],
        source: t.label,
        data: { kind: 'test', items: [] },
      }),
    );
    fc.assert(
      fc.property(answer, (a) => {
        const section = a.sections[0]!;
        const allowed = wholeClusters(
          [a.title, a.summary as string, section.heading!, section.items![0]!.text as string, a.source, section.fields![0]!.value as string],
          false,
        );
        expectWhole(renderSlackBlocks(a), allowed);
        expectWhole(renderDiscordMessage(a), allowed);
        expectWhole(renderText(a), allowed);
      }),
      { numRuns: 100, endOnFailure: true }, // shrinking texts this long takes minutes; the failing case is shown as found
    );
  });

  it('property: autocomplete choices while typing', () => {
    fc.assert(
      fc.property(
        emojiText(40),
        fc.constantFrom('rec-id', 'question', 'meeting', 'place') as fc.Arbitrary<'rec-id' | 'question' | 'meeting' | 'place'>,
        (typed, kind) => {
          expectWhole(suggestChoices(catalog, kind, typed), wholeClusters([typed], true));
        },
      ),
    );
  });
});
