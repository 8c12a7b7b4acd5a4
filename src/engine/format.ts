/**
 * Plain-text phrasing shared by the commands: statuses in words, where an answer came from,
 * one line per document / work item / RGM, and the structured records for Answer.data.
 * No platform formatting here: renderers escape and style.
 */
import type { Catalog, DocEntry, ItemRecord, RgmRecord, WorkItemRecord } from '../dataset/catalog.js';
import { meetingLabel } from '../dataset/catalog.js';
import type { Item, ItemStatus, Meeting } from '../dataset/schema.js';
import type { Answer, ListItem } from './answer.js';
import { formatDay, formatRange } from './format-dates.js';
import { describeWhen, rgmFirstDay, rgmLastDay } from './rgm-dates.js';
import { shorten } from '../text/shorten.js';

const ANNEX_OF_STATUS: Record<ItemStatus, string> = {
  'tap-approved': 'a',
  'tap-not-approved': 'b',
  'tap-determined': 'c',
  'aap-consented': 'd',
  agreed: 'e',
};

/** "SG17, Geneva, 2–6 Sep 2024 — executive summary, Annex A d)" */
export function sourceLabel(meeting: Meeting, part?: string): string {
  if (part) return `${meetingLabel(meeting)} — executive summary, ${part}`;
  // Without a part, once per meeting: a search's ten hits may name ten meetings.
  let label = sourceLabels.get(meeting);
  if (label === undefined) {
    label = `${meetingLabel(meeting)} — executive summary`;
    sourceLabels.set(meeting, label);
  }
  return label;
}

const sourceLabels = new WeakMap<Meeting, string>();

/** "AAP", "TAP", "agreement": an approval route as answers name it. */
export function routeName(route: 'tap' | 'aap' | 'agreement'): string {
  return route === 'agreement' ? 'agreement' : route.toUpperCase();
}

/** Source for answers built from several meetings' records (latest first, each once). */
export function sourceOfMeetings(meetings: readonly Meeting[], part?: string, fallback?: Meeting): string {
  if (meetings.length === 1) return sourceLabel(meetings[0]!, part); // most documents: one meeting
  const unique = [...new Set(meetings)].reverse();
  if (unique.length === 0) return sourceLabel(fallback!, part);
  return unique.map((m) => sourceLabel(m, part)).join('; ');
}

export function annexOf(status: ItemStatus): string {
  return `Annex A ${ANNEX_OF_STATUS[status]})`;
}

/**
 * Per-meeting phrases, computed once per meeting object (the dataset is immutable once loaded):
 * status lines repeat them for every row and history line, on the hot path of `rec`.
 */
const meetingPhrases = new WeakMap<Meeting, { whenActed: string; nextMeeting: string | null }>();

function phrasesOf(meeting: Meeting): { whenActed: string; nextMeeting: string | null } {
  let phrases = meetingPhrases.get(meeting);
  if (!phrases) {
    phrases = { whenActed: whenActed(meeting), nextMeeting: nextMeetingText(meeting) };
    meetingPhrases.set(meeting, phrases);
  }
  return phrases;
}

/** "on 6 Sep 2024" from the closing plenary, or "at SG17, Geneva, 2–6 Sep 2024" when it is not given. */
function whenActed(meeting: Meeting): string {
  return meeting.closingPlenary ? `on ${formatDay(meeting.closingPlenary)}` : `at ${meetingLabel(meeting)}`;
}

/** The next SG17 meeting the summary plans after `meeting`, as "1st SG17 meeting … (7–17 Apr 2025)". */
function nextMeetingText(meeting: Meeting): string | null {
  const next = meeting.futureMeetings.find((f) => f.range && f.range.start > meeting.range.end);
  return next?.range ? `planned for ${formatRange(next.range.start, next.range.end)}` : null;
}

/** Status phrases per row, built once: an item belongs to one meeting and the dataset is immutable once loaded. */
const statusTexts = new WeakMap<Item, string>();

/** The status in words, e.g. "AAP consented on 6 Sep 2024 — goes to AAP Last Call". */
export function statusText(item: Item, meeting: Meeting): string {
  let text = statusTexts.get(item);
  if (text === undefined) {
    text = buildStatusText(item, meeting);
    statusTexts.set(item, text);
  }
  return text;
}

function buildStatusText(item: Item, meeting: Meeting): string {
  const { whenActed, nextMeeting } = phrasesOf(meeting);
  switch (item.status) {
    case 'aap-consented':
      return `AAP consented ${whenActed} — goes to AAP Last Call`;
    case 'tap-approved':
      return `TAP approved ${whenActed}`;
    case 'tap-not-approved':
      return `TAP not approved at ${meetingLabel(meeting)}${meeting.closingPlenary ? ` (closing plenary ${formatDay(meeting.closingPlenary)})` : ''}`;
    case 'tap-determined':
      return `TAP determined ${whenActed} — goes for approval at the next SG17 meeting${nextMeeting ? ` (${nextMeeting})` : ''}`;
    case 'agreed':
      return `Agreed ${whenActed}`;
  }
}

/** "X.1716 (ex X.sec_QKDN_AA)" or whatever of it the row has. */
export function itemName(item: Item, fallback = 'untitled row'): string {
  const name = item.number ?? item.formerAcronym ?? fallback;
  return item.number && item.formerAcronym ? `${name} (ex ${item.formerAcronym})` : name;
}

/** What the summary says is wrong with a row, as one sentence. */
export function garbledNote(item: { incomplete: boolean; problems: readonly string[]; source: { text: string } }): string | null {
  if (!item.incomplete) return null;
  const why = item.problems.length ? item.problems.join('; ') : 'some columns could not be read';
  return `The summary's row is garbled: ${why}. As written: "${squash(item.source.text)}"`;
}

function squash(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return shorten(one, max);
}

/** One list line for a document: "X.1716 (ex X.sec_QKDN_AA) — Title", detail "Q15/17 · New · TD2475 …". */
export function entryLine(record: ItemRecord, options: { withStatus?: boolean } = {}): ListItem {
  // Built once per row and variant (see rgmLine); each answer gets its own ListItem.
  const cache = options.withStatus ? entryLinesWithStatus : entryLines;
  let line = cache.get(record.item);
  if (line === undefined) {
    line = buildEntryLine(record, options.withStatus === true);
    cache.set(record.item, line);
  }
  return { text: line.text, detail: line.detail };
}

const entryLines = new WeakMap<Item, { readonly text: string; readonly detail: string }>();
const entryLinesWithStatus = new WeakMap<Item, { readonly text: string; readonly detail: string }>();

function buildEntryLine({ item, meeting }: ItemRecord, withStatus: boolean): { text: string; detail: string } {
  const detail = [
    item.question,
    withStatus ? statusText(item, meeting) : null,
    kindText(item),
    item.baseText ? `base text ${item.baseText}` : null,
    item.equivalent,
    item.incomplete ? 'row garbled in the summary' : null,
  ].filter(Boolean);
  return { text: `${itemName(item)} — ${item.title ?? '(title not readable)'}`, detail: detail.join(' · ') };
}

export function kindText(item: Item): string | null {
  switch (item.kind) {
    case 'new':
      return 'New';
    case 'revised':
      return 'Revised';
    case 'amendment':
      return 'Amendment';
    default:
      return item.change && item.change !== '-' ? item.change : null;
  }
}

/** Structured form of a document for Answer.data (latest status first-class, history kept). */
export function entryData(entry: DocEntry): Record<string, unknown> {
  const { item, meeting } = entry.latest;
  return {
    id: entry.id,
    number: item.number,
    formerAcronym: entry.records.map((r) => r.item.formerAcronym).findLast((a) => !!a) ?? null,
    title: item.title,
    question: item.question,
    status: item.status,
    statusText: statusText(item, meeting),
    meeting: meeting.id,
    section: item.section,
    kind: 'document',
    type: item.kind,
    change: item.change,
    baseText: item.baseText,
    a5Reference: item.a5Reference,
    equivalent: item.equivalent,
    timing: item.timing,
    incomplete: item.incomplete,
    problems: item.problems,
    history: historyOf(entry),
  };
}

export interface HistoryLine {
  readonly text: string;
  /** Meeting id when the event is one of the dataset's meetings; null for footnote events. */
  readonly meeting: string | null;
  readonly status: ItemStatus | null;
}

/** History lines per document, built once (answers get their own copy of the list). */
const histories = new WeakMap<DocEntry, readonly HistoryLine[]>();

/** Footnote events (earlier meetings, as written) followed by the dataset's own meetings, oldest first. */
export function historyOf(entry: DocEntry): HistoryLine[] {
  let lines = histories.get(entry);
  if (!lines) {
    lines = Object.freeze(buildHistory(entry).map((line) => Object.freeze(line)));
    histories.set(entry, lines);
  }
  return [...lines];
}

function buildHistory(entry: DocEntry): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const seen = new Set<string>();
  for (const record of entry.records) {
    for (const note of record.footnotes) {
      const events = note.events.length
        ? note.events.map((e) => `${capitalise(e.event.startsWith('TAP') ? e.event : `TAP ${e.event}`)} — ${e.meeting}`)
        : [`Note ${note.number}: ${note.text}`];
      for (const text of events) {
        if (seen.has(text)) continue;
        seen.add(text);
        lines.push({ text, meeting: null, status: null });
      }
    }
    lines.push({
      text: `${statusText(record.item, record.meeting)} (${meetingLabel(record.meeting)})`,
      meeting: record.meeting.id,
      status: record.item.status,
    });
  }
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function workItemLine(record: WorkItemRecord): ListItem {
  const { workItem } = record;
  const route = { tap: 'for approval by TAP', agreement: 'for approval by agreement', aap: 'for approval by AAP' }[workItem.route];
  const detail = [workItem.question, route, workItem.document, workItem.incomplete ? 'row garbled in the summary' : null].filter(Boolean);
  return {
    text: `${workItem.acronym ?? '(acronym not readable)'} — ${workItem.title ?? '(title not readable)'}`,
    detail: detail.join(' · '),
  };
}

export function workItemData(record: WorkItemRecord): Record<string, unknown> {
  const { workItem, meeting } = record;
  return {
    id: workItem.acronym ?? `${meeting.id}/work-item-${workItem.seq ?? '?'}`,
    acronym: workItem.acronym,
    title: workItem.title,
    question: workItem.question,
    route: workItem.route,
    document: workItem.document,
    meeting: meeting.id,
    incomplete: workItem.incomplete,
    problems: workItem.problems,
  };
}

/** "Q3/17 — 26–27 Nov 2024 (TBC)", detail: venue · times · topics. */
export function rgmLine(record: RgmRecord): ListItem {
  // Built once per RGM (the dataset is immutable once loaded: a search lists the same RGMs again
  // and again); each answer gets its own ListItem.
  let line = rgmLines.get(record.rgm);
  if (line === undefined) {
    line = buildRgmLine(record);
    rgmLines.set(record.rgm, line);
  }
  return { text: line.text, detail: line.detail };
}

const rgmLines = new WeakMap<RgmRecord['rgm'], { readonly text: string; readonly detail: string }>();

function buildRgmLine({ rgm }: RgmRecord): { text: string; detail: string } {
  const when = describeWhen(rgm.when, rgm.datesText);
  const detail = [
    venueText(rgm.venue),
    rgm.host ? `host: ${rgm.host}` : null,
    scheduleOf(rgm),
    rgm.topics.length ? `topics: ${rgm.topics.join('; ')}` : null,
    ...rgm.remarks,
    rgm.incomplete ? 'row garbled in the summary' : null,
  ].filter(Boolean);
  return { text: `${rgm.question ?? 'Question not readable'} — ${when}${rgm.tbc ? ' (TBC)' : ''}`, detail: detail.join(' · ') };
}

function venueText(venue: string | null): string {
  if (!venue) return 'venue not given';
  return venueStated(venue) ? venue : 'venue to be decided';
}

/** Whether the summary names where an RGM meets (not empty, not "TBD"). */
export function venueStated(venue: string | null): venue is string {
  return !!venue && venue.trim().toLowerCase() !== 'tbd';
}

/** The schedule as written; the summary names no time zone, so say so when there are clock times. */
function scheduleOf(rgm: RgmRecord['rgm']): string | null {
  const zone = rgm.times ? ' (time zone not given)' : '';
  if (rgm.scheduleText) return `${rgm.scheduleText}${zone}`;
  return rgm.times ? `${rgm.times.start}–${rgm.times.end}${zone}` : null;
}

/** First and last possible day per RGM, computed once (see rgmLine). */
const rgmDays = new WeakMap<RgmRecord['rgm'], readonly [string | null, string | null]>();

export function rgmData(record: RgmRecord): Record<string, unknown> {
  const { rgm, meeting } = record;
  let days = rgmDays.get(rgm);
  if (days === undefined) {
    days = [rgmFirstDay(rgm.when), rgmLastDay(rgm.when)];
    rgmDays.set(rgm, days);
  }
  return {
    id: rgm.id,
    question: rgm.question,
    datesText: rgm.datesText,
    tbc: rgm.tbc,
    when: rgm.when,
    firstDay: days[0],
    lastDay: days[1],
    undated: rgm.when.kind === 'window' || rgm.when.kind === 'unknown',
    venue: rgm.venue,
    format: rgm.format,
    times: rgm.times,
    scheduleText: rgm.scheduleText,
    topics: rgm.topics,
    remarks: rgm.remarks,
    meeting: meeting.id,
  };
}

/** A not-found answer with suggestions to try. */
export function notFound(catalog: Catalog, title: string, summary: string, suggestions: readonly string[] = []): Answer {
  return {
    kind: 'not-found',
    ok: false,
    error: 'not-found',
    title,
    summary,
    sections: suggestions.length ? [{ heading: 'Did you mean', items: suggestions.map((s) => ({ text: s })) }] : [],
    source: sourceLabel(catalog.latest),
    data: { kind: 'not-found', items: [], suggestions: [...suggestions] },
  };
}
