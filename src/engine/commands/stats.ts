/** `stats`: the meeting's numbers: outputs (as declared and as found in the tables), contributions, liaisons. */
import { z } from 'zod';
import type { Field, Section } from '../answer.js';
import { defineCommand } from '../command.js';
import { sourceLabel } from '../format.js';
import { meetingLabel } from '../../dataset/catalog.js';
import { readTotals } from '../../dataset/totals.js';

export const stats = defineCommand({
  name: 'stats',
  aliases: ['statistics'],
  usage: 'stats',
  summary: 'Meeting statistics: outputs, new work items, RGMs, contributions, liaison statements',
  options: [],
  params: z.object({}),
  canBePublic: true,
  handle: (_params, { catalog }) => {
    const m = catalog.latest;
    const count = (status: string) => m.items.filter((i) => i.status === status).length;
    const d = m.declared;
    // Each total in the one reading that ingest and `meeting` print too: stated, in the tables, reconciled.
    const totals = readTotals(m);
    const sections: Section[] = [{ heading: 'Outputs', items: totals.map((t) => ({ text: t.sentence })) }];

    const s = m.statistics;
    const input: Field[] = [];
    if (s.contributions !== null) input.push({ label: 'Contributions', value: String(s.contributions), inline: true });
    if (s.ddpPercent !== null) input.push({ label: 'DDP', value: `${s.ddpPercent}%`, inline: true });
    if (s.liaisons?.incoming != null) input.push({ label: 'Incoming liaison statements', value: String(s.liaisons.incoming), inline: true });
    if (s.liaisons?.outgoing != null) input.push({ label: 'Outgoing liaison statements', value: String(s.liaisons.outgoing), inline: true });
    if (s.liaisons?.matrixDocument) input.push({ label: 'Liaison matrix', value: s.liaisons.matrixDocument, inline: true });
    if (input.length) sections.push({ heading: 'Input', fields: input });
    if (s.byRegion.length) {
      sections.push({
        heading: 'Contributions by region',
        items: s.byRegion.map((r) => ({
          text: `${r.region} ${r.count}${r.percent !== null ? ` (${r.percent}%)` : ''}`,
          ...(r.breakdown.length ? { detail: r.breakdown.map((b) => `${b.country} ${b.count}`).join(', ') } : {}),
        })),
      });
    }
    // The remark lines are table headings whose values the copied text lost: say that, not them.
    if (s.remarks.length) sections.push({ text: "Annex D's participant and history tables lost their values in the copied text, so they are not shown." });

    return {
      kind: 'stats',
      ok: true,
      title: `Statistics — ${meetingLabel(m)}`,
      summary: `${m.items.length} texts acted on at the closing plenary, ${m.workItems.length} new work items, ${m.rgms.length} interim RGMs planned.`,
      sections,
      source: sourceLabel(m, 'section 1 and Annex D'),
      data: {
        kind: 'stats',
        items: [
          {
            id: m.id,
            meeting: m.id,
            items: m.items.length,
            byStatus: Object.fromEntries(['tap-approved', 'tap-not-approved', 'tap-determined', 'aap-consented', 'agreed'].map((st) => [st, count(st)])),
            workItems: m.workItems.length,
            rgms: m.rgms.length,
            declared: d,
            totals: totals.map(({ key, stated, inTables, counted, reconciles, sentence }) => ({ key, stated, inTables, counted, reconciles, sentence })),
            contributions: s.contributions,
            ddpPercent: s.ddpPercent,
            liaisons: s.liaisons,
            byRegion: s.byRegion,
          },
        ],
      },
    };
  },
});
