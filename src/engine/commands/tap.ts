/**
 * `tap [approved|not-approved|determined] [Qn]`: TAP Recommendations approved, not approved and
 * determined, as three sections — or only the one asked for.
 */
import { z } from 'zod';
import type { ItemStatus } from '../../dataset/schema.js';
import type { Section } from '../answer.js';
import { defineCommand } from '../command.js';
import { entryData, entryLine, sourceOfMeetings } from '../format.js';
import { entriesWithStatus, noneFound, questionSuffix } from '../listing.js';
import { optionalQuestion } from '../params.js';

const GROUPS = [
  { status: 'tap-approved', focus: 'approved', heading: 'Approved', annex: 'a)' },
  { status: 'tap-not-approved', focus: 'not-approved', heading: 'Not approved', annex: 'b)' },
  { status: 'tap-determined', focus: 'determined', heading: 'Determined — for approval at the next SG17 meeting', annex: 'c)' },
] as const satisfies readonly { status: ItemStatus; focus: string; heading: string; annex: string }[];

type Focus = (typeof GROUPS)[number]['focus'];
const FOCUS_WORDS: Readonly<Record<string, Focus>> = {
  approved: 'approved',
  'not-approved': 'not-approved',
  notapproved: 'not-approved',
  unapproved: 'not-approved',
  rejected: 'not-approved',
  determined: 'determined',
};

const focusParam = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (FOCUS_WORDS[v.trim().toLowerCase()] ?? v)) : v),
  z.enum(['approved', 'not-approved', 'determined'], { error: 'expected approved, not-approved or determined' }).optional(),
);

/** Words in any order: a status word (also "not approved") and a Question. */
function parseTapWords(words: readonly string[]): Record<string, unknown> {
  const rest: string[] = [];
  let status: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    if (word === 'not' && words[i + 1]?.toLowerCase() === 'approved') {
      status = 'not-approved';
      i++;
    } else if (FOCUS_WORDS[word]) status = FOCUS_WORDS[word];
    else rest.push(words[i]!);
  }
  return { status, question: rest.join(' ') };
}

export const tap = defineCommand({
  name: 'tap',
  usage: 'tap [approved|not-approved|determined] [Qn]',
  summary: 'TAP Recommendations approved, not approved and determined, optionally for one Question',
  options: [
    { name: 'status', description: 'Only approved, not-approved or determined', type: 'string' },
    { name: 'question', description: 'Only this Question, e.g. Q6 or 6', type: 'string', autocomplete: 'question' },
  ],
  parseWords: parseTapWords,
  params: z.object({ status: focusParam, question: optionalQuestion }),
  canBePublic: true,
  handle: ({ status, question }, { catalog }) => {
    const wanted = GROUPS.filter((g) => status === undefined || g.focus === status);
    const title = `TAP Recommendations${status ? ` ${wanted[0]!.heading.split(' —')[0]!.toLowerCase()}` : ''}${questionSuffix(question)}`;
    const groups = wanted.map((g) => ({ ...g, entries: entriesWithStatus(catalog, g.status, question) }));
    const all = groups.flatMap((g) => g.entries);
    if (all.length === 0) return noneFound(catalog, 'tap', title, `TAP Recommendations${status ? ` ${status}` : ''}`, question);
    const sections: Section[] = groups
      .filter((g) => g.entries.length > 0)
      .map((g) => ({ heading: `${g.heading} (${g.entries.length})`, items: g.entries.map((e) => entryLine(e.latest)) }));
    return {
      kind: 'tap',
      ok: true,
      title,
      summary: `${groups.map((g) => `${g.entries.length} ${g.heading.split(' —')[0]!.toLowerCase()}`).join(', ')} (TAP, WTSA Resolution 1).`,
      sections,
      source: sourceOfMeetings(
        all.map((e) => e.latest.meeting),
        `Annex A ${wanted.map((g) => g.annex).join(' ')}`,
      ),
      data: { kind: 'tap', items: all.map(entryData) },
    };
  },
});
