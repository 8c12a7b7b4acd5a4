/** `cg [about <words>]`: SG17 correspondence groups active in the interregnum, with their terms of reference. */
import { z } from 'zod';
import type { CorrespondenceGroup } from '../../dataset/schema.js';
import { defineCommand } from '../command.js';
import { sourceLabel } from '../format.js';
import { mentions } from '../query/mentions.js';
import { ABOUT_OPTION, optionsOf } from '../query/options.js';

const params = z.object({ about: ABOUT_OPTION });

/** The group's name, acronym and status hold every word asked ("ai security" → CG-AIsec, "new" → the groups marked New). */
function about(group: CorrespondenceGroup, words: string | undefined): boolean {
  return mentions(
    { title: group.name, names: [group.acronym, group.status] },
    words
      ?.toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  );
}

export const cg = defineCommand({
  name: 'cg',
  aliases: ['cgs', 'correspondence'],
  usage: 'cg [about <words>]',
  summary: 'Correspondence groups and the documents holding their terms of reference (ToR)',
  options: optionsOf(params, { about: { description: 'Only groups whose name holds these words, e.g. AI security' } }),
  params,
  canBePublic: true,
  handle: (p, { catalog }) => {
    const meeting = catalog.latest;
    const all = meeting.correspondenceGroups;
    const groups = all.filter((g) => about(g, p.about));
    const base = { source: sourceLabel(meeting, 'section 1') };
    const topic = p.about ? ` about "${p.about}"` : '';
    if (groups.length === 0) {
      return {
        ...base,
        kind: 'cg',
        ok: false,
        error: 'not-found' as const,
        title: `Correspondence groups${topic}`,
        summary: all.length
          ? `No correspondence group${topic} in the data. The groups it holds: ${all.map((g) => `${g.acronym} (${g.name})`).join('; ')}.`
          : 'The summary lists no correspondence groups.',
        sections: [],
        data: { kind: 'cg', items: [] },
      };
    }
    return {
      ...base,
      kind: 'cg',
      ok: true,
      title: `SG17 correspondence groups${topic}`,
      summary: `${groups.length} correspondence group${groups.length === 1 ? '' : 's'}${topic} active in the interregnum period.`,
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
