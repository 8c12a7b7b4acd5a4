/** `agreed [Qn]`: non-normative texts (Supplements, Technical Reports, …) agreed. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { entryData, entryLine, sourceOfMeetings } from '../format.js';
import { entriesWithStatus, noneFound, questionSuffix } from '../listing.js';
import { optionalQuestion } from '../params.js';

export const agreed = defineCommand({
  name: 'agreed',
  usage: 'agreed [Qn]',
  summary: 'Non-normative texts agreed (Supplements, Technical Reports, …), optionally for one Question',
  options: [{ name: 'question', description: 'Only this Question, e.g. Q10 or 10', type: 'string', autocomplete: 'question', rest: true }],
  params: z.object({ question: optionalQuestion }),
  canBePublic: true,
  handle: ({ question }, { catalog }) => {
    const title = `Agreed non-normative texts${questionSuffix(question)}`;
    const entries = entriesWithStatus(catalog, 'agreed', question);
    if (entries.length === 0) return noneFound(catalog, 'agreed', title, 'agreed texts', question);
    return {
      kind: 'agreed',
      ok: true,
      title,
      summary: `${entries.length} text${entries.length === 1 ? '' : 's'} agreed. Agreement completes these texts; they are not Recommendations and need no further approval.`,
      sections: [{ items: entries.map((e) => entryLine(e.latest)) }],
      source: sourceOfMeetings(
        entries.map((e) => e.latest.meeting),
        'Annex A e)',
      ),
      data: { kind: 'agreed', items: entries.map(entryData) },
    };
  },
});
