/** The executor's answer to `groups` (`cg [about <words>]`): correspondence groups, or those about some words. */
import type { Catalog } from '../../dataset/catalog.js';
import type { CorrespondenceGroup } from '../../dataset/schema.js';
import type { Answer } from '../answer.js';
import { sourceLabel } from '../format.js';
import { excludedBy } from './dimensions.js';
import { mentions } from './mentions.js';
import type { Exclusion } from './model.js';

/**
 * The group's name, acronym and status hold every word asked ("ai security" → CG-AIsec, "new" →
 * the groups marked New). The words come folded, from the parser or the option.
 */
function about(group: CorrespondenceGroup, words: string | undefined): boolean {
  return mentions({ title: group.name, names: [group.acronym, group.status] }, words);
}

/** The correspondence groups of the latest meeting, or those about these words (the executor's answer to `groups`). */
export function groupsAnswer(catalog: Catalog, words: string | undefined, not?: Exclusion): Answer {
  const meeting = catalog.latest;
  const all = meeting.correspondenceGroups;
  const groups = all.filter((g) => about(g, words) && !excludedBy(not, 'groups', g));
  const base = { source: sourceLabel(meeting, 'section 1') };
  const topic = `${words ? ` about "${words}"` : ''}${not?.words?.length ? ` not about "${not.words.join(' ')}"` : ''}`;
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
  return groupsListed(
    catalog,
    groups,
    `SG17 correspondence groups${topic}`,
    `${groups.length} correspondence group${groups.length === 1 ? '' : 's'}${topic} active in the interregnum period.`,
  );
}

/** The groups whose terms of reference are in this document ("which cg has its ToR in TD2443"). */
export function groupsOfDocument(catalog: Catalog, groups: readonly CorrespondenceGroup[], document: string): Answer {
  const names = groups.map((g) => g.acronym).join(', ');
  return groupsListed(catalog, groups, `${document} — terms of reference of ${names}`, `${document} holds the terms of reference (ToR) of ${names}.`);
}

/** Groups as a list answer, each with its status and ToR document. */
function groupsListed(catalog: Catalog, groups: readonly CorrespondenceGroup[], title: string, summary: string): Answer {
  const meeting = catalog.latest;
  return {
    source: sourceLabel(meeting, 'section 1'),
    kind: 'cg',
    ok: true,
    title,
    summary,
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
}
