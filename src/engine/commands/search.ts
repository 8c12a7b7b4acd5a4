/** `search <words>`: ranked full-text search over numbers, acronyms, titles, RGM topics and correspondence groups (top 10). */
import { z } from 'zod';
import type { Catalog } from '../../dataset/catalog.js';
import type { SearchHit } from '../../dataset/search.js';
import type { ListItem } from '../answer.js';
import { defineCommand } from '../command.js';
import { entryData, entryLine, notFound, rgmData, rgmLine, sourceOfMeetings, statusText, workItemData, workItemLine } from '../format.js';
import { requiredText } from '../params.js';

const LIMIT = 10;

export const search = defineCommand({
  name: 'search',
  aliases: ['find'],
  usage: 'search <words>',
  summary: 'Search numbers, acronyms, titles, RGM topics and correspondence groups, e.g. search quantum key',
  options: [{ name: 'text', description: 'Words to look for, e.g. quantum key distribution', type: 'string', required: true, rest: true }],
  params: z.object({ text: requiredText('what to search for (e.g. search quantum)').max(200, { error: 'please use fewer words (200 characters at most)' }) }),
  canBePublic: true,
  handle: ({ text }, { catalog }) => {
    const hits = catalog.searchIndex().search(text, LIMIT);
    const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
    if (hits.length === 0) {
      return notFound(
        catalog,
        `Nothing found for "${shown}"`,
        'No number, acronym, title, RGM topic or correspondence group matches those words. Try fewer or other words, or "rec <number>".',
      );
    }
    const described = hits.map((hit) => describe(catalog, hit));
    return {
      kind: 'search',
      ok: true,
      title: `Search: "${shown}"`,
      summary: `${hits.length} best match${hits.length === 1 ? '' : 'es'}, best first.`,
      sections: [{ items: described.map((d) => d.line) }],
      source: sourceOfMeetings(described.map((d) => d.meeting)),
      data: { kind: 'search', items: described.map((d) => ({ ...d.data, score: Math.round(d.score * 1000) / 1000 })) },
    };
  },
});

function describe(catalog: Catalog, hit: SearchHit) {
  switch (hit.kind) {
    case 'item': {
      const entry = catalog.entries[hit.ref]!;
      const line = entryLine(entry.latest);
      const detail: ListItem['detail'] = [statusText(entry.latest.item, entry.latest.meeting), line.detail].filter(Boolean).join(' · ');
      return { line: { ...line, detail }, meeting: entry.latest.meeting, data: { ...entryData(entry), kind: 'document' }, score: hit.score };
    }
    case 'work-item': {
      const record = catalog.workItems[hit.ref]!;
      const line = workItemLine(record);
      return {
        line: { ...line, text: `New work item ${String(line.text)}` },
        meeting: record.meeting,
        data: { ...workItemData(record), kind: 'work-item' },
        score: hit.score,
      };
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
        score: hit.score,
      };
    }
    case 'rgm': {
      const record = catalog.rgms[hit.ref]!;
      const line = rgmLine(record);
      return { line: { ...line, text: `RGM ${String(line.text)}` }, meeting: record.meeting, data: { ...rgmData(record), kind: 'rgm' }, score: hit.score };
    }
  }
}
