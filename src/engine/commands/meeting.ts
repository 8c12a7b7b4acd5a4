/** `meeting`: the future SG17 meetings the summary plans, with their side events. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { sourceLabel } from '../format.js';
import { formatDay, formatRange, utcDay } from '../format-dates.js';
import { meetingLabel } from '../../dataset/catalog.js';
import { headlineTotals } from '../../dataset/totals.js';

export const meeting = defineCommand({
  name: 'meeting',
  aliases: ['meetings'],
  usage: 'meeting',
  summary: 'Future SG17 meetings and their side events',
  options: [],
  params: z.object({}),
  canBePublic: true,
  handle: (_params, { catalog, now }) => {
    const latest = catalog.latest;
    const planned = latest.futureMeetings;
    const base = { source: sourceLabel(latest, 'sections 1 and 2') };
    // What the latest meeting produced, in the same sentences `stats` and the ingest report print.
    const produced = { heading: `Output of ${meetingLabel(latest)}`, items: headlineTotals(latest).map((t) => ({ text: t.sentence })) };
    if (planned.length === 0) {
      return {
        ...base,
        kind: 'meeting',
        ok: false,
        error: 'not-found' as const,
        title: 'Future SG17 meetings',
        summary: 'The summary plans no future SG17 meeting.',
        sections: [produced],
        data: { kind: 'meeting', items: [] },
      };
    }
    const today = utcDay(now);
    const past = planned.filter((f) => f.range && f.range.end < today);
    return {
      ...base,
      kind: 'meeting',
      ok: true,
      title: 'Future SG17 meetings',
      summary:
        // Said first: "when did the Geneva meeting end", "where was the last meeting" are answered here too.
        `The latest SG17 meeting in the data was ${meetingLabel(latest)}${latest.closingPlenary ? ` (closing plenary ${formatDay(latest.closingPlenary)})` : ''}; it planned the meetings below.` +
        (past.length
          ? ` ${past.length === planned.length ? 'All of these dates have' : 'Some of these dates have'} passed by now; what was decided there and newer plans are not in the data.`
          : ''),
      sections: [
        ...planned.map((f) => ({
          heading: f.title,
          fields: [
            {
              label: 'Dates',
              value: `${f.range ? formatRange(f.range.start, f.range.end) : f.datesText}${f.range && f.range.end < today ? ' (passed)' : ''}`,
              inline: true,
            },
            ...(f.remarks.length ? [{ label: 'Remarks', value: f.remarks.join('; ') }] : []),
          ],
          ...(f.events.length ? { items: f.events.map((e) => ({ text: e.title, ...(e.document ? { detail: e.document } : {}) })) } : {}),
        })),
        produced,
      ],
      data: {
        kind: 'meeting',
        items: planned.map((f) => ({
          id: f.title,
          title: f.title,
          datesText: f.datesText,
          range: f.range,
          passed: !!f.range && f.range.end < today,
          events: f.events,
          remarks: f.remarks,
        })),
      },
    };
  },
});
