/**
 * The executor's answer to `highlights`: what an executive summary puts first — its hot topics,
 * the meeting's output as section 1 lists it (decisions, totals, groups), and new registration
 * authorities — as written. The data holds these; no other answer shows them.
 */
import { meetingLabel, type Catalog } from '../../dataset/catalog.js';
import type { Answer, Section } from '../answer.js';
import { sourceLabel } from '../format.js';
import { windowText } from '../format-dates.js';
import type { Query } from './model.js';

/**
 * The highlights of the meeting asked: by id ("sg17-2024-09"), else the latest held within the
 * window (from/to), else the latest of the data.
 */
export function highlightsAnswer(catalog: Catalog, query: Pick<Query, 'meeting' | 'from' | 'to'>): Answer {
  const { meeting: meetingId, from, to } = query;
  const timed = !meetingId && (from !== undefined || to !== undefined);
  const m = meetingId
    ? catalog.meetings.find((held) => held.id === meetingId)
    : timed
      ? catalog.meetings.findLast((held) => (!to || held.range.start <= to) && (!from || held.range.end >= from))
      : catalog.latest;
  if (!m) {
    const asked = meetingId ? `No meeting ${meetingId} in the data` : `No SG17 meeting in the data was held ${windowText(from, to)}`;
    return {
      kind: 'highlights',
      ok: false,
      error: 'not-found',
      title: asked,
      summary: `${asked}. The data holds ${catalog.meetings.map((held) => `${held.id} (${meetingLabel(held)})`).join(', ')}.`,
      sections: [],
      source: sourceLabel(catalog.latest),
      data: { kind: 'highlights', items: [] },
    };
  }
  const sections: Section[] = [];
  if (m.hotTopics.length) sections.push({ heading: 'Hot topics', items: m.hotTopics.map((text) => ({ text })) });
  if (m.outputs.length) sections.push({ heading: 'Meeting output (section 1)', items: m.outputs.map((text) => ({ text })) });
  const authorities = m.registrationAuthorities;
  if (authorities.length) {
    sections.push({
      heading: 'New registration authorities',
      items: authorities.map((r) => ({ text: r.text, ...(r.oid ? { detail: `OID ${r.oid}` } : {}) })),
    });
  }
  const told = [
    m.hotTopics.length ? `${m.hotTopics.length} hot topics` : '',
    m.outputs.length ? `${m.outputs.length} lines of meeting output` : '',
    authorities.length ? `${authorities.length} new registration ${authorities.length === 1 ? 'authority' : 'authorities'}` : '',
  ].filter(Boolean);
  return {
    kind: 'highlights',
    ok: true,
    title: `Highlights — ${meetingLabel(m)}`,
    summary: told.length
      ? `As the executive summary lists them: ${told.join(', ')}. The texts are in "texts", the RGMs in "rgm", the numbers in "stats".`
      : 'The executive summary of this meeting lists no hot topics, meeting output or registration authorities.',
    sections,
    source: sourceLabel(m, 'hot topics and section 1'),
    data: {
      kind: 'highlights',
      items: [
        {
          id: m.id,
          meeting: m.id,
          hotTopics: m.hotTopics,
          outputs: m.outputs,
          registrationAuthorities: authorities.map((r) => ({ text: r.text, country: r.country, oid: r.oid })),
        },
      ],
    },
  };
}
