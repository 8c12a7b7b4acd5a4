/** `tap [Qn]`: TAP Recommendations approved, not approved and determined, as three sections. */
import { z } from 'zod';
import type { ItemStatus } from '../../dataset/schema.js';
import type { Section } from '../answer.js';
import { defineCommand } from '../command.js';
import { entryData, entryLine, sourceOfMeetings } from '../format.js';
import { entriesWithStatus, noneFound, questionSuffix } from '../listing.js';
import { optionalQuestion } from '../params.js';

const GROUPS: { status: ItemStatus; heading: string; annex: string }[] = [
  { status: 'tap-approved', heading: 'Approved', annex: 'a)' },
  { status: 'tap-not-approved', heading: 'Not approved', annex: 'b)' },
  { status: 'tap-determined', heading: 'Determined — for approval at the next SG17 meeting', annex: 'c)' },
];

export const tap = defineCommand({
  name: 'tap',
  usage: 'tap [Qn]',
  summary: 'TAP Recommendations approved, not approved and determined, optionally for one Question',
  options: [{ name: 'question', description: 'Only this Question, e.g. Q6 or 6', type: 'string', autocomplete: 'question', rest: true }],
  params: z.object({ question: optionalQuestion }),
  canBePublic: true,
  handle: ({ question }, { catalog }) => {
    const title = `TAP Recommendations${questionSuffix(question)}`;
    const groups = GROUPS.map((g) => ({ ...g, entries: entriesWithStatus(catalog, g.status, question) }));
    const all = groups.flatMap((g) => g.entries);
    if (all.length === 0) return noneFound(catalog, 'tap', title, 'TAP Recommendations', question);
    const sections: Section[] = groups
      .filter((g) => g.entries.length > 0)
      .map((g) => ({ heading: `${g.heading} (${g.entries.length})`, items: g.entries.map((e) => entryLine(e.latest)) }));
    return {
      kind: 'tap',
      ok: true,
      title,
      summary: `${groups.map((g) => `${g.entries.length} ${g.heading.split(' —')[0]!.toLowerCase()}`).join(', ')} (TAP, WTSA Resolution 1).`,
      sections,
      source: sourceOfMeetings(all.map((e) => e.latest.meeting), 'Annex A a)–c)'),
      data: { kind: 'tap', items: all.map(entryData) },
    };
  },
});
