/** `rec <id>`: what happened to one Recommendation (or other text), latest status first, with its history. */
import { z } from 'zod';
import type { Catalog, DocEntry, WorkItemRecord } from '../../dataset/catalog.js';
import type { Answer, Field, Section } from '../answer.js';
import { defineCommand } from '../command.js';
import {
  annexOf,
  entryData,
  entryLine,
  garbledNote,
  historyOf,
  kindText,
  notFound,
  rgmData,
  rgmLine,
  sourceLabel,
  sourceOfMeetings,
  statusText,
  workItemData,
} from '../format.js';
import { lookupDocument } from '../lookup.js';
import { groupsOfDocument } from '../query/groups.js';
import { requiredText } from '../params.js';
import { meetingLabel, normaliseKey } from '../../dataset/catalog.js';
import { shorten } from '../../text/shorten.js';

/** How much of a typed id an answer echoes. */
const ID_SHOWN = 60;

/** One short sentence on what the status leads to (details: `explain`). */
const NEXT_STEP: Record<string, string> = {
  'aap-consented':
    'AAP Last Call runs four weeks from the TSB Director\'s announcement (not from the consent date); the summary gives neither that date nor the day Last Call ends. With no substantive comments the Recommendation is approved (Rec. ITU-T A.8). Ask "explain last call".',
  'tap-determined':
    'The TSB Director announces the intended approval; the next SG17 meeting decides whether to approve it (WTSA Resolution 1). Ask "explain tap".',
  'tap-not-approved': 'The text was not approved at this meeting; the summary gives no further step.',
};

export const rec = defineCommand({
  name: 'rec',
  aliases: ['recommendation'],
  usage: 'rec <id>',
  summary: 'What happened to a Recommendation: X.1716, 1716, X.509 or a former acronym such as X.sec_QKDN_AA',
  options: [
    { name: 'id', description: 'Number or former acronym, e.g. X.1716 or X.sec_QKDN_AA', type: 'string', required: true, autocomplete: 'rec-id', rest: true },
  ],
  params: z.object({
    id: requiredText('a Recommendation number or acronym (e.g. rec X.1716)').max(100, { error: 'that is too long for a Recommendation number' }),
  }),
  canBePublic: true,
  handle: ({ id }, ctx) => {
    const { catalog } = ctx;
    const found = lookupDocument(catalog, id);
    switch (found.found) {
      case 'docs':
        if (found.entries.length === 1) {
          const only = found.entries[0]!;
          const note =
            found.how === 'base'
              ? `${shorten(id, ID_SHOWN)} itself is not in the data; ${only.id} is.`
              : found.how === 'document'
                ? `${shorten(id, ID_SHOWN)} is the base text or A.5 reference of ${only.id}.`
                : undefined;
          return docAnswer(catalog, only, note);
        }
        return manyAnswer(catalog, id, found.entries);
      case 'work-items':
        return workItemAnswer(catalog, found.workItems);
      case 'groups':
        return groupsOfDocument(catalog, found.groups, found.document);
      case 'none': {
        const mentioned = mentionedInRgms(catalog, id);
        if (mentioned) return mentioned;
        const suggestions = found.suggestions.length ? found.suggestions : searchSuggestions(catalog, id);
        return notFound(
          catalog,
          `Not found: ${shorten(id, ID_SHOWN)}`,
          `No Recommendation or other text "${shorten(id, ID_SHOWN)}" in the data (${meetingLabel(catalog.latest)}). Try a number such as X.1716, a former acronym, or "search <words>".`,
          suggestions,
        );
      }
    }
  },
});

/**
 * A text named only in an RGM's topics ("X.1058-rev", "to finalize X.sec_QKD_profr") is not in
 * Annex A, but the data does mention it: say where, rather than "not found".
 */
function mentionedInRgms(catalog: Catalog, id: string): Answer | undefined {
  const key = normaliseKey(id);
  if (key.length < 3) return undefined;
  const hits = catalog.rgms.filter(({ rgm }) =>
    rgm.topics.some((topic) =>
      topic.split(/[\s,;()]+/).some((token) => {
        const k = normaliseKey(token);
        return k === key || k === `${key}rev`; // "X.1058-rev": the revision of X.1058
      }),
    ),
  );
  if (hits.length === 0) return undefined;
  const where = [...new Set(hits.map((h) => h.rgm.question ?? 'an'))].join(', ');
  return {
    kind: 'rec',
    ok: true,
    title: `${shorten(id, ID_SHOWN)} — mentioned in the ${where} RGM topics`,
    summary: `${shorten(id, ID_SHOWN)} is not among the texts acted on (Annex A) or the new work items; it is mentioned in the ${where} RGM topics.`,
    sections: [{ heading: 'Mentioned in', items: hits.map(rgmLine) }],
    source: sourceOfMeetings(
      hits.map((h) => h.meeting),
      'Interim RGMs',
    ),
    data: { kind: 'rec', items: hits.map((h) => ({ ...rgmData(h), kind: 'rgm-mention', id: shorten(id, ID_SHOWN) })) },
  };
}

/** When no name is close, maybe the words are in a title ("rec quantum"). */
function searchSuggestions(catalog: Catalog, text: string): string[] {
  return catalog
    .searchIndex()
    .search(text, 10)
    .filter((h) => h.kind === 'item')
    .slice(0, 3)
    .map((h) => catalog.entries[h.ref]!.id);
}

function docAnswer(_catalog: Catalog, entry: DocEntry, note?: string): Answer {
  const { item, meeting } = entry.latest;
  const formerAcronym = entry.records.map((r) => r.item.formerAcronym).findLast((a) => !!a);
  // The status leads the summary, so it is not repeated as a field.
  const fields: Field[] = [];
  const add = (label: string, value: string | null | undefined, inline = true) => {
    if (value) fields.push({ label, value, inline });
  };
  add('Number', item.number);
  add('Former acronym', formerAcronym);
  add('Question', item.question);
  add('Type', kindText(item));
  add('Base text', item.baseText);
  add('A.5 reference', item.a5Reference);
  add('Equivalent', item.equivalent);
  add('Timing', item.timing);

  const sections: Section[] = [{ fields }];
  const garbled = garbledNote(item);
  if (garbled) sections.push({ heading: 'Incomplete row', text: garbled });
  const history = historyOf(entry);
  if (history.length > 1) sections.push({ heading: 'History', items: history.map((h) => ({ text: h.text })) });
  const next = NEXT_STEP[item.status];
  if (next) sections.push({ heading: 'What comes next', text: next });

  return {
    kind: 'rec',
    ok: true,
    title: `${entry.id}${item.title && item.title !== entry.id ? ` — ${item.title}` : ''}`,
    summary: [note, statusText(item, meeting)].filter(Boolean).join(' '),
    sections,
    source: sourceOfMeetings(
      entry.records.map((r) => r.meeting),
      annexOf(item.status),
    ),
    data: { kind: 'rec', items: [entryData(entry)] },
  };
}

function manyAnswer(catalog: Catalog, id: string, entries: readonly DocEntry[]): Answer {
  return {
    kind: 'rec',
    ok: true,
    title: `${entries.length} texts match "${shorten(id, ID_SHOWN)}"`,
    summary: `Ask for one of them by its full number, e.g. "rec ${entries[0]!.id}".`,
    sections: [{ items: entries.map((e) => entryLine(e.latest, { withStatus: true })) }],
    source: sourceOfMeetings(
      entries.flatMap((e) => e.records.map((r) => r.meeting)),
      'Annex A',
      catalog.latest,
    ),
    data: { kind: 'rec', items: entries.map(entryData) },
  };
}

function workItemAnswer(_catalog: Catalog, records: readonly WorkItemRecord[]): Answer {
  const latest = records[records.length - 1]!;
  const { workItem, meeting } = latest;
  const route = { tap: 'TAP', agreement: 'agreement', aap: 'AAP' }[workItem.route];
  const fields: Field[] = [];
  if (workItem.question) fields.push({ label: 'Question', value: workItem.question, inline: true });
  fields.push({ label: 'Approval route', value: route, inline: true });
  if (workItem.document) fields.push({ label: 'Document', value: workItem.document, inline: true });
  const sections: Section[] = [{ fields }];
  const garbled = garbledNote(workItem);
  if (garbled) sections.push({ heading: 'Incomplete row', text: garbled });
  return {
    kind: 'rec',
    ok: true,
    title: `${workItem.acronym ?? 'Work item'}${workItem.title ? ` — ${workItem.title}` : ''}`,
    summary: `A new work item added to the SG17 work programme at ${meetingLabel(meeting)}, for approval by ${route}. It is not yet a Recommendation.`,
    sections,
    source: sourceLabel(meeting, 'Annex B'),
    data: { kind: 'rec', items: records.map((r) => ({ ...workItemData(r), kind: 'work-item' })) },
  };
}
