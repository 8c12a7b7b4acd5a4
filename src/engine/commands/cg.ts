/** `cg`: SG17 correspondence groups active in the interregnum, with their terms of reference. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { sourceLabel } from '../format.js';

export const cg = defineCommand({
  name: 'cg',
  aliases: ['cgs', 'correspondence'],
  usage: 'cg',
  summary: 'Correspondence groups and the documents holding their terms of reference (ToR)',
  options: [],
  params: z.object({}),
  canBePublic: true,
  handle: (_params, { catalog }) => {
    const meeting = catalog.latest;
    const groups = meeting.correspondenceGroups;
    const base = { source: sourceLabel(meeting, 'section 1') };
    if (groups.length === 0) {
      return {
        ...base,
        kind: 'cg',
        ok: false,
        error: 'not-found' as const,
        title: 'Correspondence groups',
        summary: 'The summary lists no correspondence groups.',
        sections: [],
        data: { kind: 'cg', items: [] },
      };
    }
    return {
      ...base,
      kind: 'cg',
      ok: true,
      title: 'SG17 correspondence groups',
      summary: `${groups.length} correspondence group${groups.length === 1 ? '' : 's'} active in the interregnum period.`,
      sections: [
        {
          items: groups.map((g) => ({
            text: `${g.acronym} — ${g.name}`,
            detail: [g.status, g.torDocuments.length ? `ToR: ${g.torDocuments.join(', ')}` : 'ToR document not given'].join(' · '),
          })),
        },
      ],
      data: {
        kind: 'cg',
        items: groups.map((g) => ({ id: g.acronym, acronym: g.acronym, name: g.name, status: g.status, torDocuments: g.torDocuments, meeting: meeting.id })),
      },
    };
  },
});
