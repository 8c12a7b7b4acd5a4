/**
 * The Discord renderer: Answer → embeds inside Discord's limits, with "and N more" that counts
 * exactly what was left out, local-time timestamps, and text that renders as written and pings
 * nobody.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Answer, type Section } from '../src/engine/answer.js';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { runCommand } from '../src/engine/engine.js';
import { LIMITS, embedChars, renderDiscordMessage, richToDiscord, type DiscordMessage } from '../adapters/discord/render-embeds.js';

const SOURCE = 'SG17, Geneva, 2–6 Sep 2024 — executive summary';

function answer(parts: Partial<Answer>): Answer {
  return { kind: 'test', ok: true, title: 'Test', sections: [], source: SOURCE, data: { kind: 'test', items: [] }, ...parts };
}

/** Every Discord limit, checked on one rendered message. */
function expectWithinLimits(message: DiscordMessage): void {
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expect(message.embeds.length).toBeGreaterThan(0);
  expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const embed of message.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    // An embed must show something.
    expect(Boolean(embed.title || embed.description || embed.fields?.length)).toBe(true);
    total += embedChars(embed);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.total);
}

/** Items shown as bullets + fields shown + every "and N more": must equal what the answer held. */
function accounted(message: DiscordMessage): number {
  let n = 0;
  for (const embed of message.embeds) {
    n += (embed.description ?? '').split('\n').filter((line) => line.startsWith('• ')).length;
    n += embed.fields?.length ?? 0;
    for (const m of (embed.description ?? '').matchAll(/… and (\d+) more/g)) n += Number(m[1]);
  }
  return n;
}

const units = (sections: readonly Section[]) => sections.reduce((n, s) => n + (s.items?.length ?? 0) + (s.fields?.length ?? 0), 0);

describe('limits with huge answers', () => {
  test('500 list items: cut with "and N more", and every item is either shown or counted', () => {
    const sections: Section[] = [
      { heading: 'Everything', items: Array.from({ length: 500 }, (_, i) => ({ text: `X.${1000 + i} Amd.1`, detail: `A long title number ${i} `.repeat(3) })) },
    ];
    const message = renderDiscordMessage(answer({ sections }));
    expectWithinLimits(message);
    expect(JSON.stringify(message)).toMatch(/… and \d+ more/);
    expect(accounted(message)).toBe(500);
  });

  test('30 sections: at most 10 embeds, the rest counted on the last one', () => {
    const sections: Section[] = Array.from({ length: 30 }, (_, i) => ({
      heading: `Section ${i}`,
      items: [{ text: `item ${i}.1` }, { text: `item ${i}.2` }],
      fields: [{ label: `field ${i}`, value: 'value', inline: true }],
    }));
    const message = renderDiscordMessage(answer({ sections }));
    expectWithinLimits(message);
    expect(message.embeds.length).toBe(10);
    expect(accounted(message)).toBe(units(sections));
    expect(message.embeds.at(-1)!.footer?.text).toBe(SOURCE);
  });

  test('100 oversized fields: names ≤ 256, values ≤ 1024, ≤ 25 per embed, 6000 in all', () => {
    const fields = Array.from({ length: 100 }, (_, i) => ({ label: `L${i} ${'n'.repeat(300)}`, value: 'v'.repeat(2000) }));
    const message = renderDiscordMessage(answer({ sections: [{ fields }] }));
    expectWithinLimits(message);
    expect(message.embeds[0]!.fields![0]!.value.endsWith('…')).toBe(true);
    expect(accounted(message)).toBe(100);
  });

  test('a 1000-character title, 10 000-character summary and 3000-character source are cut to fit', () => {
    const message = renderDiscordMessage(answer({ title: 'T'.repeat(1000), summary: 'S'.repeat(10_000), source: 'F'.repeat(3000) }));
    expectWithinLimits(message);
    expect(message.embeds[0]!.title).toHaveLength(LIMITS.title);
    expect(message.embeds[0]!.description!.endsWith('…')).toBe(true);
  });

  test('links are shown as masked links in the first embed', () => {
    const message = renderDiscordMessage(answer({ links: [{ label: 'Calendar', url: 'https://example.org/calendar.ics' }] }));
    expect(message.embeds[0]!.description).toContain('[Calendar](https://example.org/calendar.ics)');
  });
});

describe('text', () => {
  test("time spans become Discord timestamps in the reader's time zone; unreadable ones fall back", () => {
    const unix = Date.parse('2024-11-26T08:00:00.000Z') / 1000;
    expect(richToDiscord(['Starts ', { type: 'time', iso: '2024-11-26T08:00:00.000Z', fallback: 'Tue 26 Nov 2024, 09:00 CET', style: 'datetime' }])).toBe(
      `Starts <t:${unix}:f>`,
    );
    expect(richToDiscord([{ type: 'time', iso: '2024-11-26T08:00:00.000Z', fallback: '26 Nov 2024', style: 'date' }])).toBe(`<t:${unix}:D>`);
    expect(richToDiscord([{ type: 'time', iso: 'not a date', fallback: 'TBC', style: 'date' }])).toBe('TBC');
    expect(richToDiscord(['@', 'everyone ', { type: 'time', iso: '2024-11-26T08:00:00.000Z', fallback: '', style: 'date' }])).toBe(
      `@\u200beveryone <t:${unix}:D>`,
    );
  });

  test('echoed text renders as written: markdown escaped, mentions neutralised', () => {
    const message = renderDiscordMessage(
      answer({
        title: 'No match for "@everyone **X** <@&123456789012345678>"',
        summary: '# @here [click](http://evil.example) <@123456789012345678> `code` ||spoiler||',
        sections: [{ heading: '@everyone', items: [{ text: '- @here', detail: '<#123456789012345678>' }] }],
      }),
    );
    const json = JSON.stringify(message.embeds);
    expect(json).not.toMatch(/@(everyone|here)/);
    expect(json).not.toMatch(/<[@#]/);
    expect(message.embeds[0]!.title).toContain('\\*\\*X\\*\\*');
    expect(message.embeds[0]!.description).toContain('\\[click\\](http://evil.example)');
    expect(message.embeds[0]!.description).toContain('\\`code\\`');
    expect(message.embeds[0]!.description!.startsWith('\\#')).toBe(true);
  });

  test('a real answer: rec X.1716 names X.1716 and says where it came from', async () => {
    const catalog = buildCatalog(loadDataset('data'));
    const rec = await runCommand('rec', { id: 'X.1716' }, { catalog, now: new Date('2024-11-01T00:00:00Z') });
    const message = renderDiscordMessage(rec);
    expectWithinLimits(message);
    expect(message.embeds[0]!.title).toContain('X.1716');
    expect(message.embeds.at(-1)!.footer?.text).toBe(rec.source);
  });
});

describe('fast-check', () => {
  const text = (max: number) =>
    fc.oneof(fc.string({ maxLength: max }), fc.string({ unit: 'binary', maxLength: max }), fc.constantFrom('@everyone', '@here', '<@1>', '**', '\\'));
  const timeSpan = fc.record({
    type: fc.constant('time' as const),
    iso: fc.oneof(
      fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
    ),
    fallback: fc.string({ maxLength: 40 }),
    style: fc.constantFrom('date' as const, 'datetime' as const),
  });
  const rich = (max: number) => fc.oneof(text(max), fc.array(fc.oneof(text(max), timeSpan), { maxLength: 5 }));
  const section = (withText: boolean) =>
    fc.record(
      {
        heading: text(300),
        ...(withText ? { text: rich(2000) } : {}),
        fields: fc.array(fc.record({ label: text(300), value: rich(1500), inline: fc.boolean() }, { requiredKeys: ['label', 'value'] }), { maxLength: 40 }),
        items: fc.array(fc.record({ text: rich(400), detail: rich(400) }, { requiredKeys: ['text'] }), { maxLength: 80 }),
      },
      { requiredKeys: [] },
    );
  const answers = (withText: boolean) =>
    fc.record({
      kind: fc.constant('x'),
      ok: fc.boolean(),
      title: text(400),
      summary: fc.option(rich(5000), { nil: undefined }),
      sections: fc.array(section(withText), { maxLength: 14 }),
      links: fc.option(fc.array(fc.record({ label: text(120), url: fc.webUrl() }), { maxLength: 5 }), { nil: undefined }),
      source: text(2500),
      data: fc.constant({ kind: 'x', items: [] }),
    });

  test('any Answer renders within every Discord limit and mentions nobody', () => {
    fc.assert(
      fc.property(answers(true), (raw) => {
        const parsed = Answer.parse(JSON.parse(JSON.stringify(raw)));
        const message = renderDiscordMessage(parsed);
        expectWithinLimits(message);
        expect(JSON.stringify(message.embeds)).not.toMatch(/@(everyone|here)/);
      }),
      { numRuns: 100 },
    );
  });

  test('nothing is lost silently: shown + "and N more" = every item and field', () => {
    fc.assert(
      fc.property(answers(false), (raw) => {
        const parsed = Answer.parse(JSON.parse(JSON.stringify(raw)));
        // Bullets are counted by their "• " line start; keep item texts on one line for the count.
        const oneLine = {
          ...parsed,
          summary: undefined,
          sections: parsed.sections.map((s) => ({ ...s, items: s.items?.map((i) => ({ text: JSON.stringify(i.text) })) })),
        };
        const message = renderDiscordMessage(oneLine);
        expect(accounted(message)).toBe(units(oneLine.sections));
      }),
      { numRuns: 200 },
    );
  });
});
