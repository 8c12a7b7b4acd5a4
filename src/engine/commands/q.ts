/** `q <n>`: everything the data holds about one Question: documents by status, new work items, RGMs. */
import { z } from 'zod';
import type { ItemStatus } from '../../dataset/schema.js';
import type { Section } from '../answer.js';
import { defineCommand } from '../command.js';
import { entryData, entryLine, rgmData, rgmLine, sourceOfMeetings, workItemData, workItemLine } from '../format.js';
import { knownQuestions } from '../listing.js';
import { requiredQuestion } from '../params.js';
import { compareWhen, isUpcoming } from '../rgm-dates.js';

const STATUS_HEADINGS: { status: ItemStatus; heading: string }[] = [
  { status: 'tap-approved', heading: 'TAP approved' },
  { status: 'tap-not-approved', heading: 'TAP not approved' },
  { status: 'tap-determined', heading: 'TAP determined (for approval at the next SG17 meeting)' },
  { status: 'aap-consented', heading: 'AAP consented (going to AAP Last Call)' },
  { status: 'agreed', heading: 'Agreed' },
];

export const question = defineCommand({
  name: 'q',
  aliases: ['question'],
  usage: 'q <n>',
  summary: 'Everything about one Question: its texts by status, new work items and interim RGMs',
  options: [{ name: 'question', description: 'The Question, e.g. Q15, 15 or Q15/17', type: 'string', required: true, autocomplete: 'question', rest: true }],
  params: z.object({ question: requiredQuestion }),
  canBePublic: true,
  handle: ({ question: q }, { catalog, now }) => {
    const held = catalog.questions.get(q);
    if (!held) {
      return {
        kind: 'not-found',
        ok: false,
        error: 'not-found',
        title: `${q} is not in the data`,
        summary: `The summary mentions no ${q}. Questions in the data: ${knownQuestions(catalog).join(', ')}.`,
        sections: [],
        source: sourceOfMeetings([catalog.latest]),
        data: { kind: 'not-found', items: [], suggestions: knownQuestions(catalog) },
      };
    }
    const sections: Section[] = [];
    for (const { status, heading } of STATUS_HEADINGS) {
      const entries = held.entries.filter((e) => e.latest.item.status === status);
      if (entries.length) sections.push({ heading: `${heading} (${entries.length})`, items: entries.map((e) => entryLine(e.latest)) });
    }
    if (held.workItems.length) sections.push({ heading: `New work items (${held.workItems.length})`, items: held.workItems.map(workItemLine) });
    const rgms = [...held.rgms].sort((a, b) => compareWhen(a.rgm.when, b.rgm.when));
    if (rgms.length) {
      const upcoming = rgms.filter((r) => isUpcoming(r.rgm.when, now)).length;
      sections.push({
        heading: `Interim RGMs (${rgms.length}, ${upcoming} still to come)`,
        items: rgms.map((r) => {
          const line = rgmLine(r);
          return isUpcoming(r.rgm.when, now) ? line : { ...line, text: `${String(line.text)} — past` };
        }),
      });
    }
    const meetings = [
      ...held.entries.flatMap((e) => e.records.map((r) => r.meeting)),
      ...held.workItems.map((w) => w.meeting),
      ...held.rgms.map((r) => r.meeting),
    ];
    return {
      kind: 'question',
      ok: true,
      title: q,
      summary: `${held.entries.length} text${held.entries.length === 1 ? '' : 's'} acted on, ${held.workItems.length} new work item${held.workItems.length === 1 ? '' : 's'}, ${held.rgms.length} interim RGM${held.rgms.length === 1 ? '' : 's'} planned. (The summary does not give the Questions' titles.)`,
      sections,
      source: sourceOfMeetings(meetings),
      data: {
        kind: 'question',
        items: [
          ...held.entries.map((e) => ({ ...entryData(e), kind: 'document' })),
          ...held.workItems.map((w) => ({ ...workItemData(w), kind: 'work-item' })),
          ...rgms.map((r) => ({ ...rgmData(r), kind: 'rgm', upcoming: isUpcoming(r.rgm.when, now) })),
        ],
      },
    };
  },
});
