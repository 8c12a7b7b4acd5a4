/**
 * The "Interim RGMs" list. A row is "N.  Q/17<dates>[<venue>]" followed by free lines: a schedule
 * ("12-3:30pm with 30+ lunch break"), a host ("/Soonchunhyang University"), a venue glued to a
 * topic ("MyWorkspaceTask force …", "Hybrid (Virtual + Seoul)To progress …"), bullets and remarks.
 *
 * Topic vs remark, one rule: bullets and lines that say what the meeting will work on ("To …",
 * "… to cover/progress/finalize/discuss/consider …", "All the work of …") are topics; every other
 * free line (objectives, labels such as "Task force for AI mapping and Roadmap") is a remark.
 */
import type { Rgm } from '../dataset/schema.js';
import { DATE_EXPR, parseTimes, parseWhen } from './dates.js';
import { bulletText, type Line, rowStart, sourceOf, trimBlank } from './lines.js';

const VIRTUAL = /^(MyWorkspace|Virtual(?: meeting)?|Online|e-meeting|Zoom|Fully virtual)/i;
const HYBRID = /^(Hybrid(?:\s*\([^)]*\))?)/i;
/** Only a row that says so is physical: a city alone states where, not how (it may still be hybrid). */
const PHYSICAL = /^((?:Physical|Face[- ]to[- ]face|In[- ]person)(?: meeting)?(?:\s*\([^)]*\))?)/i;
const UNDECIDED = /^(tbd|tbc)\b/i;
const PLACE = /^([A-Z][\p{L}.'\- ]{1,40}, [A-Z][\p{L}.'\- ]{1,40})$/u;
const SCHEDULE = /(\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}|\bhours?\b|\bhalf[- ]day)/i;
const TOPIC = /^(to\s|all (?:the )?work\b)|\bto (?:cover|progress|finalize|finalise|discuss|consider|review|continue|start)\b/i;

type Format = Rgm['format'];

interface Venue {
  venue: string;
  format: Format;
  rest: string;
}

/** A venue at the start of a text, and what follows it. */
export function readVenue(text: string): Venue | null {
  const t = text.trim();
  let m = HYBRID.exec(t);
  if (m) return { venue: m[1]!, format: 'hybrid', rest: t.slice(m[1]!.length).trim() };
  m = VIRTUAL.exec(t);
  if (m) return { venue: m[1]!, format: 'virtual', rest: t.slice(m[1]!.length).trim() };
  m = PHYSICAL.exec(t);
  if (m) return { venue: m[1]!, format: 'physical', rest: t.slice(m[1]!.length).trim() };
  m = UNDECIDED.exec(t);
  if (m && t.length === m[1]!.length) return { venue: m[1]!, format: null, rest: '' };
  m = PLACE.exec(t);
  if (m) return { venue: m[1]!, format: null, rest: '' };
  return null;
}

export function parseRgmRow(lines: Line[], meetingId: string, index: number): Rgm {
  const problems: string[] = [];
  const start = rowStart(lines[0]!);
  const seq = start ? start.seq : null;
  if (seq === null) problems.push('row number lost');
  let head = start ? start.rest : lines[0]!.clean;

  let question: string | null = null;
  const q = /^Q?(\d{1,2})\/17/.exec(head);
  if (q) {
    question = `Q${Number(q[1])}/17`;
    head = head.slice(q[0].length).trim();
  } else problems.push('Question lost');

  // The dates may be on the row's first line or on the next non-blank one ("15/17" … "TBC, Jan-Feb 2025,").
  const free = trimBlank(lines.slice(1)).filter((l) => l.clean !== '');
  let datesText = '';
  let dateExpr = '';
  let after = head;
  const readDates = (text: string): boolean => {
    const m = DATE_EXPR.exec(text);
    if (!m) return false;
    datesText = m[0].trim();
    dateExpr = m[2]!;
    after = text
      .slice(m[0].length)
      .replace(/^[,;\s]+/, '')
      .trim();
    return true;
  };
  if (!readDates(head)) {
    if (head === '' && free[0] && readDates(free[0].clean)) free.shift();
    else if (/^TBC\b/i.test(head)) {
      datesText = head.replace(/[,;\s]+$/, '');
      after = '';
    } else problems.push('dates lost');
  }
  const tbc = /\bTBC\b/i.test(datesText);
  const when = dateExpr ? parseWhen(dateExpr) : { kind: 'unknown' as const };
  if (dateExpr && when.kind === 'unknown') problems.push(`dates "${datesText}" could not be read`);

  let venue: string | null = null;
  let format: Format = null;
  let host: string | null = null;
  let scheduleText: string | null = null;
  const topics: string[] = [];
  const remarks: string[] = [];
  const freeText = (text: string) => {
    if (!text) return;
    if (TOPIC.test(text)) topics.push(text);
    else remarks.push(text);
  };
  const setVenue = (v: Venue) => {
    venue = v.venue;
    format = v.format;
    freeText(v.rest);
  };
  if (after) {
    const v = readVenue(after);
    if (v) setVenue(v);
    else freeText(after);
  }
  for (const line of free) {
    const bullet = bulletText(line);
    if (bullet !== null) {
      topics.push(bullet);
      continue;
    }
    const text = line.clean;
    const hostM = /^\/\s*(.+)$/.exec(text) ?? /^hosted by\s+(.+)$/i.exec(text);
    if (hostM && host === null) {
      host = hostM[1]!.trim();
      continue;
    }
    if (scheduleText === null && SCHEDULE.test(text) && !DATE_EXPR.test(text)) {
      scheduleText = text;
      continue;
    }
    const v = venue === null ? readVenue(text) : null;
    if (v) setVenue(v);
    else freeText(text);
  }
  const times = scheduleText ? parseTimes(scheduleText) : null;
  const n = seq ?? index + 1;
  return {
    seq,
    incomplete: problems.length > 0,
    problems,
    source: sourceOf(trimBlank(lines)),
    id: `${meetingId}/rgm-${String(n).padStart(2, '0')}`,
    question,
    datesText,
    tbc,
    when,
    scheduleText,
    times,
    venue,
    format,
    host,
    topics,
    remarks,
  };
}

/** RGM rows: each starts with "N.  Q/17"; the lines up to the next such row belong to it. */
export function parseRgms(body: Line[], meetingId: string): Rgm[] {
  const rows: Line[][] = [];
  for (const line of body) {
    const start = rowStart(line);
    if (start && /^Q?\d{1,2}\/17/.test(start.rest)) rows.push([line]);
    else if (rows.length) rows[rows.length - 1]!.push(line);
  }
  const rgms = rows.map((r, i) => parseRgmRow(r, meetingId, i));
  // Ids must stay unique even when the copy lost or repeated a row number.
  const seen = new Set<string>();
  for (const rgm of rgms) {
    let id = rgm.id;
    for (let k = 2; seen.has(id); k++) id = `${rgm.id}-${k}`;
    rgm.id = id;
    seen.add(id);
  }
  return rgms;
}
