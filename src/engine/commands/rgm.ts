/**
 * `rgm [Qn]`: interim Rapporteur Group meetings still to come, relative to ctx.now. When none is
 * (the data is from 2024), it says so plainly and shows the latest planned ones and the data's date.
 */
import { z } from 'zod';
import type { RgmRecord } from '../../dataset/catalog.js';
import { meetingLabel } from '../../dataset/catalog.js';
import type { Section } from '../answer.js';
import { defineCommand } from '../command.js';
import { rgmData, rgmLine, sourceOfMeetings } from '../format.js';
import { formatDay } from '../format-dates.js';
import { noneFound, questionSuffix } from '../listing.js';
import { optionalQuestion } from '../params.js';
import { compareWhen, isUpcoming } from '../rgm-dates.js';

/** How many past RGMs to show when none is upcoming. */
const LATEST_SHOWN = 5;

export const rgm = defineCommand({
  name: 'rgm',
  aliases: ['rgms'],
  usage: 'rgm [Qn]',
  summary: 'Upcoming interim Rapporteur Group meetings (RGMs), optionally for one Question',
  options: [{ name: 'question', description: 'Only this Question, e.g. Q3 or 3', type: 'string', autocomplete: 'question', rest: true }],
  params: z.object({ question: optionalQuestion }),
  canBePublic: true,
  handle: ({ question }, { catalog, now }) => {
    const title = `Interim RGMs${questionSuffix(question)}`;
    const pool = question ? (catalog.questions.get(question)?.rgms ?? []) : catalog.rgms;
    if (pool.length === 0) return noneFound(catalog, 'rgm', title, 'interim RGMs', question);

    const dated = pool.filter((r) => r.rgm.when.kind !== 'unknown').sort(byWhen);
    const unreadable = pool.filter((r) => r.rgm.when.kind === 'unknown');
    const upcoming = dated.filter((r) => isUpcoming(r.rgm.when, now));
    const dataFrom = `Data from ${[...new Set(pool.map((r) => meetingLabel(r.meeting)))].join('; ')}`;
    const today = formatDay(now.toISOString().slice(0, 10));
    const legend = 'TBC = dates to be confirmed; "no dates yet" = only the month is known.';

    const sections: Section[] = [];
    let shown: RgmRecord[];
    let summary: string;
    if (upcoming.length > 0) {
      shown = upcoming;
      summary = `${upcoming.length} interim RGM${upcoming.length === 1 ? '' : 's'} still to come as of ${today}, soonest first. ${dataFrom}. ${legend}`;
      sections.push({ heading: 'Upcoming', items: upcoming.map(rgmLine) });
    } else {
      shown = dated.slice(-LATEST_SHOWN);
      const passed =
        dated.length === 0 ? 'none has a readable date' : dated.length === 1 ? 'the one planned has passed' : `the ${dated.length} planned have all passed`;
      summary = `No upcoming interim RGM in the data as of ${today}: ${passed}. ${dataFrom}; newer plans are not in the data yet.`;
      sections.push({ heading: `Latest planned (${shown.length} of ${dated.length})`, items: shown.map(rgmLine) });
    }
    if (unreadable.length) sections.push({ heading: 'Date not readable', items: unreadable.map(rgmLine) });

    return {
      kind: 'rgm',
      ok: true,
      title,
      summary,
      sections,
      source: sourceOfMeetings(
        pool.map((r) => r.meeting),
        'Interim RGMs',
      ),
      data: {
        kind: 'rgm',
        items: [...shown, ...unreadable].map((r) => ({ ...rgmData(r), upcoming: isUpcoming(r.rgm.when, now) })),
      },
    };
  },
});

function byWhen(a: RgmRecord, b: RgmRecord): number {
  return compareWhen(a.rgm.when, b.rgm.when);
}
