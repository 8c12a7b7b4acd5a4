/** `new [Qn]`: new work items added to the work programme at the latest meeting, with their approval route. */
import { z } from 'zod';
import type { Section } from '../answer.js';
import { defineCommand } from '../command.js';
import { sourceLabel, workItemData, workItemLine } from '../format.js';
import { latestWorkItems, noneFound, questionSuffix } from '../listing.js';
import { optionalQuestion } from '../params.js';
import { meetingLabel } from '../../dataset/catalog.js';

export const newWorkItems = defineCommand({
  name: 'new',
  aliases: ['workitems', 'work-items'],
  usage: 'new [Qn]',
  summary: 'New work items and their approval route (TAP, AAP or agreement), optionally for one Question',
  options: [{ name: 'question', description: 'Only this Question, e.g. Q2 or 2', type: 'string', autocomplete: 'question', rest: true }],
  params: z.object({ question: optionalQuestion }),
  canBePublic: true,
  handle: ({ question }, { catalog }) => {
    const title = `New work items${questionSuffix(question)}`;
    const records = latestWorkItems(catalog, question);
    if (records.length === 0) return noneFound(catalog, 'new', title, `new work items at ${meetingLabel(catalog.latest)}`, question);
    const sections: Section[] = [{ items: records.map(workItemLine) }];
    const garbled = records.filter((r) => r.workItem.incomplete);
    if (garbled.length) {
      sections.push({
        heading: 'Incomplete rows',
        text: `${garbled.length} row${garbled.length === 1 ? '' : 's'} lost columns in the summary's table; only what is there is shown.`,
      });
    }
    if (question) {
      const unread = latestWorkItems(catalog).filter((r) => r.workItem.question === null);
      if (unread.length) {
        sections.push({
          heading: 'Not included',
          text: `${unread.length} row${unread.length === 1 ? "'s" : "s'"} Question could not be read: ${unread.map((r) => r.workItem.acronym ?? r.workItem.title ?? '?').join('; ')}.`,
        });
      }
    }
    const routes = (['tap', 'aap', 'agreement'] as const)
      .map((r) => [r, records.filter((x) => x.workItem.route === r).length] as const)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${n} for ${r === 'agreement' ? 'agreement' : r.toUpperCase()}`);
    return {
      kind: 'new',
      ok: true,
      title,
      summary: `${records.length} new work item${records.length === 1 ? '' : 's'} added at ${meetingLabel(catalog.latest)}: ${routes.join(', ')}.`,
      sections,
      source: sourceLabel(catalog.latest, 'Annex B'),
      data: { kind: 'new', items: records.map(workItemData) },
    };
  },
});
