/**
 * `search <words>`: ranked search over everything the summary holds (texts, work items, RGMs,
 * correspondence groups, hot topics, decisions, planned meetings and their events, registration
 * authorities, statistics), top 10; each hit says what it is and which words matched where.
 */
import { z } from 'zod';
import { type Catalog, meetingLabel } from '../../dataset/catalog.js';
import type { Meeting } from '../../dataset/schema.js';
import { answerSet, type SearchHit } from '../../dataset/search.js';
import type { ListItem, Section } from '../answer.js';
import { defineCommand } from '../command.js';
import { entryData, entryLine, notFound, rgmData, rgmLine, sourceOfMeetings, statusText, workItemData, workItemLine } from '../format.js';
import { requiredText } from '../params.js';
import { shorten } from '../../text/shorten.js';

const LIMIT = 10;

export const search = defineCommand({
  name: 'search',
  aliases: ['find'],
  usage: 'search <words>',
  summary: 'Search all the summary holds: texts, RGMs, groups, hot topics, statistics…, e.g. search quantum',
  options: [{ name: 'text', description: 'Words to look for, e.g. quantum key distribution', type: 'string', required: true, rest: true }],
  params: z.object({ text: requiredText('what to search for (e.g. search quantum)').max(200, { error: 'please use fewer words (200 characters at most)' }) }),
  canBePublic: true,
  handle: ({ text }, { catalog }) => {
    const hits = catalog.searchIndex().search(text, LIMIT);
    const shown = shorten(text, 60);
    if (hits.length === 0) {
      return notFound(
        catalog,
        `Nothing found for "${shown}"`,
        'Nothing the summary holds (texts, work items, RGMs, groups, hot topics, meetings, statistics) matches those words. Try fewer or other words, or "rec <number>".',
      );
    }
    // The set is what holds every asked word (named in a name or title first); looser hits follow, set apart.
    const { set, related } = answerSet(hits);
    const [shownSet, shownRelated] = [set.map((h) => shownHit(catalog, h)), related.map((h) => shownHit(catalog, h))];
    const sections: Section[] = [{ items: shownSet.map((s) => s.line) }];
    if (shownRelated.length > 0) sections.push({ heading: 'Also related (not every word, or only mentioned)', items: shownRelated.map((s) => s.line) });
    return {
      kind: 'search',
      ok: true,
      title: `Search: "${shown}"`,
      summary:
        related.length > 0
          ? `${set.length} match${set.length === 1 ? '' : 'es'} holding every word, best first; ${related.length} more related.`
          : `${set.length} best match${set.length === 1 ? '' : 'es'}, best first.`,
      sections,
      source: sourceOfMeetings([...shownSet, ...shownRelated].map((s) => s.meeting)),
      data: { kind: 'search', items: shownSet.map((s) => s.data), related: shownRelated.map((s) => s.data) },
    };
  },
});

/** One hit as shown: its line says why it is here ("matched: …"), its record carries the score. */
function shownHit(catalog: Catalog, hit: SearchHit): { line: ListItem; meeting: Meeting; data: Record<string, unknown> } {
  const d = describe(catalog, hit);
  d.data.score = Math.round(hit.score * 1000) / 1000;
  d.data.matched = hit.why;
  return { line: { text: d.line.text, detail: [d.line.detail, `matched: ${hit.why}`].filter(Boolean).join(' · ') }, meeting: d.meeting, data: d.data };
}

/**
 * One hit as a list line, its meeting and its record for Answer.data. The data builders return a
 * fresh object each call, so it is completed in place: a search answers ten of these, and copying
 * each twice (spreads) was a third of its formatting time.
 */
function describe(catalog: Catalog, hit: SearchHit): { line: ListItem; meeting: Meeting; data: Record<string, unknown> } {
  switch (hit.kind) {
    case 'item': {
      const entry = catalog.entries[hit.ref]!;
      const line = entryLine(entry.latest);
      const detail: ListItem['detail'] = [statusText(entry.latest.item, entry.latest.meeting), line.detail].filter(Boolean).join(' · ');
      const data = entryData(entry);
      data.kind = 'document';
      return { line: { text: line.text, detail }, meeting: entry.latest.meeting, data };
    }
    case 'work-item': {
      const record = catalog.workItems[hit.ref]!;
      const line = workItemLine(record);
      const data = workItemData(record);
      data.kind = 'work-item';
      return { line: { text: `New work item ${String(line.text)}`, detail: line.detail }, meeting: record.meeting, data };
    }
    case 'cg': {
      const meeting = catalog.latest;
      const g = meeting.correspondenceGroups[hit.ref]!;
      return {
        line: {
          text: `Correspondence group ${g.acronym} — ${g.name}`,
          detail: [g.status, g.torDocuments.length ? `ToR: ${g.torDocuments.join(', ')}` : ''].filter(Boolean).join(' · '),
        },
        meeting,
        data: { id: g.acronym, kind: 'cg', acronym: g.acronym, name: g.name, status: g.status, torDocuments: g.torDocuments, meeting: meeting.id },
      };
    }
    case 'rgm': {
      const record = catalog.rgms[hit.ref]!;
      const line = rgmLine(record);
      const data = rgmData(record);
      data.kind = 'rgm';
      return { line: { text: `RGM ${String(line.text)}`, detail: line.detail }, meeting: record.meeting, data };
    }
    default: {
      // The summary's other facts carry their own line: what it is, the thing as the summary says it.
      const { doc } = hit;
      return {
        line: { text: `${doc.what}: ${doc.text}`, detail: `from the ${meetingLabel(doc.meeting)} summary` },
        meeting: doc.meeting,
        data: { id: doc.id, kind: doc.kind, what: doc.what, text: doc.text, meeting: doc.meeting.id },
      };
    }
  }
}
