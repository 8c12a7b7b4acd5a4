/**
 * Annex A a)–e): Recommendations and other texts acted on at the closing plenary. A row is
 * "N.  Q2/17X.1818 (ex X.5Gsec-ctrl) Note 3 <title><New|Rev.|-><base text> [(A.5 TDn)][ISO/IEC …][YYYY-MM]",
 * possibly over several lines. The end of a row is the most regular part, so it is read first.
 */
import type { Footnote, HistoryEvent, Item, ItemStatus } from '../dataset/schema.js';
import { isAmendment, readIdentifier, readName } from './acronyms.js';
import { type Line, rowStart, sourceOf, squash, trimBlank } from './lines.js';

export type SectionLetter = 'a' | 'b' | 'c' | 'd' | 'e';

export interface ActionSection {
  letter: SectionLetter;
  status: ItemStatus;
  heading: Line;
  items: Item[];
  footnotes: Footnote[];
  /** Lines that were neither a row, a continuation, a header nor a note. */
  unread: Line[];
}

/** Status from the section heading's words, not its letter. */
export function statusOfHeading(heading: string): ItemStatus | null {
  if (/not\s+approved/i.test(heading)) return 'tap-not-approved';
  if (/determined/i.test(heading)) return 'tap-determined';
  if (/consented/i.test(heading)) return 'aap-consented';
  if (/\bagreed\b|non-normative/i.test(heading)) return 'agreed';
  if (/approved/i.test(heading)) return 'tap-approved';
  return null;
}

const TIMING_END = /((?:19|20)\d{2})-(0[1-9]|1[0-2])$/;
const EQUIVALENT_END = /((?:ISO\/IEC|ISO|IEC)\s*(?:TR\s*|TS\s*)?\d+(?:-\d+)*|(?:IETF\s+)?RFC\s*\d+)$/;
const A5_END = /\(A\.5\s+((?:TD|C)\d+(?:R\d+)?)\)$/;
const BASE_END = /(TD\d+(?:R\d+)?|R\d+)$/;
const CHANGE_END = /(New|Rev\.|Revised|Rev|-|–)$/;
const NOTE_REF = /\bNotes?\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*)\b(?!\s*:)/g;
const TIMING_AT_END = /(?:19|20)\d{2}-(?:0[1-9]|1[0-2])\s*$/;

/** Whether a line starts a table row when its number was lost: it ends the way rows end. */
const endsRow = (text: string) => TIMING_AT_END.test(text);

export function parseItemRow(lines: Line[], section: SectionLetter, status: ItemStatus): Item {
  const problems: string[] = [];
  const first = lines[0]!;
  const start = rowStart(first);
  const seq = start ? start.seq : null;
  if (seq === null) problems.push('row number lost');
  let text = [start ? start.rest : first.clean, ...lines.slice(1).map((l) => l.clean)].join('\n').trim();

  const take = (re: RegExp): string | null => {
    const m = re.exec(text);
    if (!m) return null;
    text = text.slice(0, m.index).trimEnd();
    return m[1] ?? m[0];
  };
  const timingM = TIMING_END.exec(text);
  const timing = timingM ? `${timingM[1]}-${timingM[2]}` : null;
  if (timingM) text = text.slice(0, timingM.index).trimEnd();
  const equivalent = take(EQUIVALENT_END);
  const a5Reference = take(A5_END);
  const baseText = take(BASE_END);
  const change = take(CHANGE_END);
  if (change === null) problems.push('New/Revised column not found');

  // Head: Question, number, former acronym, note references, title.
  let question: string | null = null;
  const q = /^Q?(\d{1,2})\/17(?!\d)/.exec(text);
  if (q) {
    question = `Q${Number(q[1])}/17`;
    text = text.slice(q[0].length);
  } else {
    problems.push('Question lost');
  }
  let { id: number, rest } = readIdentifier(text.trimStart());
  if (number === null) ({ id: number, rest } = readName(text.trimStart()));
  if (number === null) problems.push('number/acronym lost');

  let formerAcronym: string | null = null;
  const former = /^\s*\((?:ex\s*[-:]?\s*|formerly\s+)?([A-Za-z][^\s()]*)\)/.exec(rest);
  if (former) {
    formerAcronym = former[1]!;
    rest = rest.slice(former[0].length);
  } else if (/^\s*\(/.test(rest)) {
    problems.push('former acronym lost: "(" is not followed by an acronym and ")"');
    rest = rest.replace(/^\s*\(/, '');
  }
  const notes: number[] = [];
  rest = rest.replace(NOTE_REF, (_all, list: string) => {
    for (const n of list.split(/\s*(?:,|and|&)\s*/)) notes.push(Number(n));
    return ' ';
  });
  const title = squash(rest) || null;
  if (title === null) problems.push('title lost');
  else if (/^[a-z]/.test(title)) problems.push(`title starts mid-sentence ("${title.split(' ').slice(0, 3).join(' ')} …"): its start was lost`);

  const kind = isAmendment(number) ? 'amendment' : change === 'New' ? 'new' : change !== null && /^Rev/.test(change) ? 'revised' : null;

  return {
    seq,
    incomplete: problems.length > 0,
    problems,
    source: sourceOf(lines),
    section,
    status,
    question,
    number,
    formerAcronym,
    title,
    change,
    kind,
    baseText,
    a5Reference,
    equivalent,
    timing,
    notes: [...new Set(notes)].sort((a, b) => a - b),
  };
}

/** "TAP determined at SG17 Aug/Sep 2022 meeting, TAP approval deferred by …" → events in order. */
export function parseHistory(text: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const re = /\b(?:TAP|AAP)\s+(.+?)\s+(?:at|by|in)\s+(?:the\s+)?(SG\s?17\s+.+?)\s+meeting\b/gi;
  for (const m of squash(text).matchAll(re)) events.push({ event: m[1]!, meeting: m[2]! });
  return events;
}

/** The rows and notes of one Annex A section (the lines after its heading). */
export function parseActionSection(letter: SectionLetter, status: ItemStatus, heading: Line, body: Line[]): ActionSection {
  const rows: Line[][] = [];
  const notes: Line[][] = [];
  const unread: Line[] = [];
  let current: Line[] | null = null;
  let inNote = false;
  for (const line of body) {
    if (line.clean === '') {
      if (inNote) current = null;
      continue;
    }
    if (/^#/.test(line.clean)) {
      current = null;
      continue;
    }
    if (/^Note\s+\d+\s*:/i.test(line.clean)) {
      current = [line];
      notes.push(current);
      inNote = true;
      continue;
    }
    if (rowStart(line)) {
      current = [line];
      rows.push(current);
      inNote = false;
      continue;
    }
    const previous = current?.[current.length - 1];
    if (current && (inNote || !previous || !endsRow(previous.clean))) {
      current.push(line);
      continue;
    }
    if (!inNote && (current || rows.length === 0)) {
      // A row whose number the copy lost: it starts after a finished row.
      current = [line];
      rows.push(current);
      continue;
    }
    unread.push(line);
  }
  const items = rows.map((r) => parseItemRow(trimBlank(r), letter, status));
  const footnotes = notes.map((n): Footnote => {
    const m = /^Note\s+(\d+)\s*:\s*/i.exec(n[0]!.clean)!;
    const text = squash([n[0]!.clean.slice(m[0].length), ...n.slice(1).map((l) => l.clean)].join(' '));
    return { section: letter, number: Number(m[1]), text, events: parseHistory(text), source: sourceOf(n) };
  });
  return { letter, status, heading, items, footnotes, unread };
}
