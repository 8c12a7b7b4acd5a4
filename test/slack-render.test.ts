/** The Slack renderer: Answer → Block Kit within Slack's limits, escaped, with local-time tokens. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { escapeMrkdwn, fitMrkdwn, renderSlackBlocks, richToMrkdwn, SLACK_LIMITS } from '../adapters/slack/render-blocks.js';
import { PLACEHOLDER_URL, slackManifest, slackManifestYaml, usageHint } from '../adapters/slack/manifest.js';
import { commands } from '../src/engine/registry.js';
import type { Answer, Rich, Section } from '../src/engine/answer.js';

const SOURCE = 'SG17, Geneva, 2–6 Sep 2024';

function answer(parts: Partial<Answer>): Answer {
  return { kind: 'test', ok: true, title: 'Title', sections: [], source: SOURCE, data: { kind: 'test', items: [] }, ...parts };
}

/** Every mrkdwn/plain text object in a message. */
function texts(blocks: readonly unknown[]): { type: string; text: string; verbatim?: boolean }[] {
  const out: { type: string; text: string; verbatim?: boolean }[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o as never);
      else Object.values(o).forEach(visit);
    }
  };
  visit(blocks);
  return out;
}

function withinLimits(blocks: readonly { type: string; fields?: unknown[] }[]): void {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  for (const b of blocks) if (b.fields) expect(b.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
  for (const t of texts(blocks)) {
    expect(t.text.length).toBeGreaterThan(0);
    expect(t.text.length).toBeLessThanOrEqual(SLACK_LIMITS.textChars);
  }
}

describe('renderSlackBlocks', () => {
  it('lays out header, summary, sections with fields and items, links and the source context', () => {
    const { blocks, text } = renderSlackBlocks(
      answer({
        title: 'X.1716 (ex X.sec_QKDN_AA)',
        summary: 'Consented for AAP',
        sections: [
          {
            heading: 'Status',
            fields: [
              { label: 'Question', value: 'Q15/17' },
              { label: 'Base text', value: 'TD2475' },
            ],
          },
          { heading: 'Related', items: [{ text: 'X.1714', detail: 'QKDN key combination' }] },
        ],
        links: [{ label: 'ITU-T X.1716', url: 'https://www.itu.int/rec/T-REC-X.1716' }],
      }),
    );
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'X.1716 (ex X.sec_QKDN_AA)', emoji: false } });
    expect(blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Consented for AAP', verbatim: true } });
    expect(blocks[2]).toMatchObject({ type: 'section', text: { text: '*Status*' }, fields: [{ text: '*Question*\nQ15/17' }, { text: '*Base text*\nTD2475' }] });
    expect(blocks[3]).toMatchObject({ type: 'section', text: { text: '*Related*\n• X.1714 — QKDN key combination' } });
    expect(blocks[4]).toMatchObject({ text: { text: '<https://www.itu.int/rec/T-REC-X.1716|ITU-T X.1716>' } });
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `Source: ${SOURCE}`, verbatim: true }] });
    expect(text).toBe('X.1716 (ex X.sec_QKDN_AA): Consented for AAP');
  });

  it('renders time spans as <!date> tokens the reader sees in their own zone', () => {
    const rich: Rich = [
      'Starts ',
      { type: 'time', iso: '2024-11-26T08:00:00.000Z', fallback: 'Tue 26 Nov 2024, 09:00 CET', style: 'datetime' },
      ' & ',
      { type: 'time', iso: '2024-11-28T00:00:00Z', fallback: '28 Nov 2024', style: 'date' },
    ];
    expect(richToMrkdwn(rich)).toBe(
      'Starts <!date^1732608000^{date_short_pretty} {time}|Tue 26 Nov 2024, 09:00 CET> &amp; <!date^1732752000^{date_short_pretty}|28 Nov 2024>',
    );
    const { text } = renderSlackBlocks(answer({ summary: rich }));
    expect(text).toContain('Tue 26 Nov 2024, 09:00 CET');
    expect(text).not.toContain('<!date');
  });

  it('escapes user text everywhere so no mention or broadcast can form', () => {
    const evil = '<!channel> <!here> <!everyone> <@U123> <!subteam^S1|@devs> <#C1> &amp;';
    const { blocks, text } = renderSlackBlocks(
      answer({
        title: evil,
        summary: evil,
        sections: [{ heading: evil, text: evil, fields: [{ label: evil, value: evil }], items: [{ text: evil, detail: evil }] }],
        links: [{ label: evil, url: 'https://example.org/a?b=<!channel>' }],
        source: evil,
      }),
    );
    const json = JSON.stringify({ blocks, text });
    expect(json).not.toMatch(/<[!@#]/);
    expect(escapeMrkdwn('<!channel>')).toBe('&lt;!channel&gt;');
    for (const t of texts(blocks).filter((x) => x.type === 'mrkdwn')) expect(t.verbatim).toBe(true);
  });

  it('splits more than 10 fields into sections of at most 10', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `F${i}`, value: `v${i}` }));
    const { blocks } = renderSlackBlocks(answer({ sections: [{ heading: 'Many', fields }] }));
    const withFields = blocks.filter((b) => 'fields' in b) as { fields: unknown[] }[];
    expect(withFields.map((b) => b.fields.length)).toEqual([10, 10, 5]);
    withinLimits(blocks as never);
  });

  it('cuts text objects at 3000 characters (and headers at 150) with an ellipsis', () => {
    const { blocks } = renderSlackBlocks(
      answer({ title: 'T'.repeat(400), summary: 'word '.repeat(2000), sections: [{ fields: [{ label: 'L', value: 'v'.repeat(5000) }] }] }),
    );
    withinLimits(blocks as never);
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBe(150);
    expect((blocks[1] as { text: { text: string } }).text.text.endsWith('…')).toBe(true);
    expect((blocks[2] as { fields: { text: string }[] }).fields[0]!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldChars);
  });

  it('keeps long lists within 50 blocks and says how many entries were left out', () => {
    const sections: Section[] = Array.from({ length: 60 }, (_, s) => ({
      heading: `Q${s}`,
      items: Array.from({ length: 5 }, (_, i) => ({ text: `item ${s}.${i}` })),
    }));
    const { blocks } = renderSlackBlocks(answer({ sections }));
    withinLimits(blocks as never);
    expect(blocks).toHaveLength(50);
    const shown = texts(blocks).reduce((n, t) => n + (t.text.match(/^• /gm)?.length ?? 0), 0);
    const more = texts(blocks)
      .map((t) => /…and (\d+) more/.exec(t.text))
      .find(Boolean);
    expect(more).toBeTruthy();
    expect(shown + Number(more![1])).toBe(300);
    expect(blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ text: `Source: ${SOURCE}` }] });
  });

  it('packs a very long list into few sections, each under 3000 characters', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ text: `X.${1000 + i} — a title long enough to matter for packing` }));
    const { blocks } = renderSlackBlocks(answer({ sections: [{ heading: 'All', items }] }));
    withinLimits(blocks as never);
    const shown = texts(blocks).reduce((n, t) => n + (t.text.match(/^• /gm)?.length ?? 0), 0);
    expect(shown).toBe(400);
  });

  it('never cuts through a <!date> token or an &entity; (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('&', '<', '>', '<!channel>')), { maxLength: 400 }),
        fc.integer({ min: 10, max: 3000 }),
        (parts, max) => {
          const rich: Rich = parts.flatMap((p, i) =>
            i % 7 === 0 ? [p, { type: 'time' as const, iso: '2024-11-26T08:00:00Z', fallback: 'Tue 26 Nov', style: 'date' as const }] : [p],
          );
          const fitted = fitMrkdwn(richToMrkdwn(rich), max);
          expect(fitted.length).toBeLessThanOrEqual(max);
          // Every '<' opens a complete token; every '&' a complete entity.
          expect(fitted).not.toMatch(/<(?![^<>]*>)/);
          expect(fitted).not.toMatch(/&(?!(amp|lt|gt);)/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Slack app manifest', () => {
  it('is committed as generated from the registry (regenerate: sg17 slack manifest > manifest.yml)', () => {
    const committed = readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8');
    expect(committed).toBe(slackManifestYaml());
  });

  it('asks to replace the placeholder URL only when the manifest holds it', () => {
    expect(slackManifestYaml()).toContain(`# and replace ${PLACEHOLDER_URL} with your service's public https URL.`);
    for (const options of [{ url: 'https://bot.example.net' }, { socketMode: true }]) {
      const yaml = slackManifestYaml(options);
      expect(yaml).not.toContain(PLACEHOLDER_URL);
      expect(yaml).toMatch(/^# Slack app manifest .*\n# Create the app at .*paste this\.\ndisplay_information:/);
    }
  });

  it('declares /sg17 at /slack/events with a usage hint from the registry, and only the scopes used', () => {
    const m = slackManifest({ url: 'https://bot.example.net/' });
    const [command] = m.features.slash_commands;
    expect(command).toMatchObject({ command: '/sg17', url: 'https://bot.example.net/slack/events', should_escape: false });
    expect(command!.usage_hint).toBe(usageHint());
    expect(usageHint().length).toBeLessThanOrEqual(100);
    expect(usageHint()).toContain(commands[0]!.name);
    expect(m.settings.event_subscriptions).toEqual({ request_url: 'https://bot.example.net/slack/events', bot_events: ['app_mention'] });
    expect(m.oauth_config.scopes.bot).toEqual(['app_mentions:read', 'chat:write', 'chat:write.public', 'commands', 'im:write', 'users:read']);
    const socket = slackManifest({ socketMode: true });
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect('url' in socket.features.slash_commands[0]!).toBe(false);
  });

  it('builds the usage hint from command usages, or names when they do not fit', () => {
    const few = commands.slice(0, 2);
    expect(usageHint(few)).toBe(`${few.map((c) => c.usage).join(' | ')} [public]`);
    const many = Array.from({ length: 30 }, (_, i) => ({ ...commands[0]!, name: `cmd${i}`, usage: `cmd${i} <a long argument>` }));
    const hint = usageHint(many);
    expect(hint.length).toBeLessThanOrEqual(100);
    expect(hint.startsWith('cmd0 | cmd1 | ')).toBe(true);
    expect(hint.endsWith(' | … [public]')).toBe(true);
  });
});
