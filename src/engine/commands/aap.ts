/** `aap [Qn]`: Recommendations consented under AAP, going to AAP Last Call. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { entryData, entryLine, sourceOfMeetings } from '../format.js';
import { formatDay } from '../format-dates.js';
import { entriesWithStatus, noneFound, questionSuffix } from '../listing.js';
import { optionalQuestion } from '../params.js';

export const aap = defineCommand({
  name: 'aap',
  aliases: ['lastcall'],
  usage: 'aap [Qn]',
  summary: 'Recommendations consented under AAP (going to AAP Last Call), optionally for one Question',
  options: [{ name: 'question', description: 'Only this Question, e.g. Q11 or 11', type: 'string', autocomplete: 'question', rest: true }],
  params: z.object({ question: optionalQuestion }),
  canBePublic: true,
  handle: ({ question }, { catalog }) => {
    const title = `AAP consented — going to AAP Last Call${questionSuffix(question)}`;
    const entries = entriesWithStatus(catalog, 'aap-consented', question);
    if (entries.length === 0) return noneFound(catalog, 'aap', title, 'AAP-consented Recommendations', question);
    const amendments = entries.filter((e) => e.latest.item.kind === 'amendment').length;
    const fresh = entries.filter((e) => e.latest.item.kind === 'new').length;
    const dates = [...new Set(entries.map((e) => e.latest.meeting.closingPlenary).filter((d): d is string => !!d))].map(formatDay);
    const counts = [fresh ? `${fresh} new` : '', amendments ? `${amendments} amendment${amendments === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
    return {
      kind: 'aap',
      ok: true,
      title,
      summary:
        `${entries.length} Recommendation${entries.length === 1 ? '' : 's'}${counts ? ` (${counts})` : ''} consented` +
        `${dates.length ? ` on ${dates.join(', ')}` : ''}. AAP Last Call runs four weeks from the TSB Director's announcement (Rec. ITU-T A.8).`,
      sections: [{ items: entries.map((e) => entryLine(e.latest)) }],
      source: sourceOfMeetings(
        entries.map((e) => e.latest.meeting),
        'Annex A d)',
      ),
      data: { kind: 'aap', items: entries.map(entryData) },
    };
  },
});
