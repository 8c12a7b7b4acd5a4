import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderText } from '../adapters/console/render-text.js';
import type { Answer } from '../src/engine/answer.js';

const answer: Answer = {
  kind: 'rgm',
  ok: true,
  title: 'Interim RGMs — Q15/17',
  summary: ['Next: ', { type: 'time', iso: '2025-01-14T08:00:00.000Z', fallback: 'Tue 14 Jan 2025', style: 'date' }],
  sections: [
    {
      heading: 'Planned',
      text: 'As listed in the summary.',
      fields: [
        { label: 'Venue', value: 'MyWorkspace' },
        { label: 'Topics', value: 'first line\nsecond line' },
      ],
      items: [{ text: 'X.sec_QKD_profr', detail: 'for consent' }, { text: 'X.sec_QKDNi' }],
    },
    { items: [{ text: 'no heading here' }] },
  ],
  links: [{ label: 'Calendar', url: 'https://example.org/sg17.ics' }],
  source: 'SG17, Geneva, 2–6 Sep 2024 — executive summary',
  data: { kind: 'rgm', items: [] },
};

describe('renderText', () => {
  it('lays out title, summary, sections, fields, bullets, links and the source last', () => {
    expect(renderText(answer)).toBe(
      [
        'Interim RGMs — Q15/17',
        '=====================',
        '',
        'Next: Tue 14 Jan 2025',
        '',
        'Planned',
        '-------',
        'As listed in the summary.',
        'Venue: MyWorkspace',
        'Topics: first line',
        '        second line',
        '  • X.sec_QKD_profr',
        '    for consent',
        '  • X.sec_QKDNi',
        '',
        '  • no heading here',
        '',
        'Calendar: https://example.org/sg17.ics',
        '',
        'Source: SG17, Geneva, 2–6 Sep 2024 — executive summary',
        '',
      ].join('\n'),
    );
  });

  it('strips terminal control sequences from text that came from data or users', () => {
    const out = renderText({ ...answer, title: 'I did not understand "\u001b[2Jboom\u0007"', sections: [] });
    expect(out).toContain('I did not understand "[2Jboom"');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('renders any text without throwing, always ending with the source line (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.record({ text: fc.string(), detail: fc.option(fc.string(), { nil: undefined }) })),
        (title, source, items) => {
          const out = renderText({ ...answer, title, source, sections: [{ heading: title, items }] });
          expect(out.trimEnd().split('\n').at(-1)!.startsWith('Source:')).toBe(true);
        },
      ),
    );
  });
});
