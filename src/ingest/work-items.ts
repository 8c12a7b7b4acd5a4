/**
 * Annex B: new work items. A row is "N.  Q/17<acronym><mark><title><document>", e.g.
 * "4.  6/17X.stm-dpm*Security for things across metaverses …TD2466". The mark's meaning is read
 * from the annex's own note ("* marked items are for approval by TAP; …").
 */
import type { WorkItem } from '../dataset/schema.js';
import { readIdentifier } from './acronyms.js';
import { type Line, rowStart, sourceOf, squash, trimBlank } from './lines.js';

type Mark = WorkItem['mark'];
type Route = WorkItem['route'];
export type RouteByMark = Record<Mark, Route>;

/** What the usual note says; used when a summary omits the note (the report says so). */
export const DEFAULT_ROUTES: RouteByMark = { '*': 'tap', '**': 'agreement', '': 'aap' };

const DOCUMENT_END = /(TD\d+(?:R\d+)?|C\d+)$/;

function routeWord(word: string): Route | null {
  const w = word.toLowerCase();
  if (w === 'tap') return 'tap';
  if (w === 'aap') return 'aap';
  if (w.startsWith('agree')) return 'agreement';
  return null;
}

/** Read the mark → route mapping from the annex note; null when the note is absent. */
export function readRouteNote(text: string): RouteByMark | null {
  const routes: Partial<RouteByMark> = {};
  for (const m of text.matchAll(/(\*{1,2})\s*marked items are for approval by\s+(TAP|AAP|agreement)/gi)) {
    const route = routeWord(m[2]!);
    if (route) routes[m[1] as Mark] = route;
  }
  const none = /without (?:any )?mark are for approval by\s+(TAP|AAP|agreement)/i.exec(text);
  if (none) {
    const route = routeWord(none[1]!);
    if (route) routes[''] = route;
  }
  return Object.keys(routes).length ? { ...DEFAULT_ROUTES, ...routes } : null;
}

export function parseWorkItemRow(lines: Line[], routes: RouteByMark): WorkItem {
  const problems: string[] = [];
  const start = rowStart(lines[0]!);
  const seq = start ? start.seq : null;
  if (seq === null) problems.push('row number lost');
  let text = squash([start ? start.rest : lines[0]!.clean, ...lines.slice(1).map((l) => l.clean)].join(' '));

  const doc = DOCUMENT_END.exec(text);
  const document = doc ? doc[1]! : null;
  if (doc) text = text.slice(0, doc.index).trimEnd();
  else problems.push('document number lost');

  let question: string | null = null;
  const q = /^Q?(\d{1,2})\/17(?!\d)/.exec(text);
  const cut = /^Q?(\d{1,2})\/(?!17)/.exec(text);
  if (q) {
    question = `Q${Number(q[1])}/17`;
    text = text.slice(q[0].length);
  } else if (cut) {
    // "2/**Technical Report…": the Q column keeps "2/" and lost "17" together with the acronym.
    // Every Question in this column is "N/17", so "2/" can only be Question 2.
    question = `Q${Number(cut[1])}/17`;
    problems.push(`Question printed as "${cut[0]}" ("17" lost); read as ${question}`);
    text = text.slice(cut[0].length);
  } else {
    problems.push('Question lost');
  }

  let acronym: string | null;
  let mark: Mark;
  const marked = /^([^\s*]*)(\*\*|\*)/.exec(text);
  if (marked) {
    acronym = marked[1] || null;
    mark = marked[2] as Mark;
    text = text.slice(marked[0].length);
  } else {
    const split = readIdentifier(text);
    acronym = split.id;
    mark = '';
    text = split.rest;
  }
  if (acronym === null) problems.push('acronym lost');
  const title = squash(text) || null;
  if (title === null) problems.push('title lost');

  return {
    seq,
    incomplete: problems.length > 0,
    problems,
    source: sourceOf(lines),
    question,
    acronym,
    title,
    mark,
    route: routes[mark],
    document,
  };
}

export interface WorkItemTable {
  items: WorkItem[];
  routes: RouteByMark;
  routeNoteFound: boolean;
  /** Line of the last row (to tell a truncated table). */
  lastRowLine: number | null;
}

/** The body of the new-work-items annex (lines after its title). */
export function parseWorkItems(body: Line[]): WorkItemTable {
  const noteText = body
    .filter((l) => /marked items|without (?:any )?mark/i.test(l.clean))
    .map((l) => l.clean)
    .join(' ');
  const fromNote = readRouteNote(noteText);
  const routes = fromNote ?? DEFAULT_ROUTES;
  const rows: Line[][] = [];
  let current: Line[] | null = null;
  let seenHeader = false;
  for (const line of body) {
    const clean = line.clean;
    if (clean === '') continue;
    if (/^#/.test(clean)) {
      seenHeader = true;
      current = null;
      continue;
    }
    if (/^Note\b/i.test(clean) || /marked items/i.test(clean)) {
      current = null;
      continue;
    }
    if (!seenHeader && !rowStart(line)) continue; // the annex's introductory sentence
    const open = current && !DOCUMENT_END.test(current[current.length - 1]!.clean);
    if (!rowStart(line) && open) {
      current!.push(line);
      continue;
    }
    current = [line];
    rows.push(current);
  }
  const items = rows.map((r) => parseWorkItemRow(trimBlank(r), routes));
  const last = rows[rows.length - 1];
  return { items, routes, routeNoteFound: fromNote !== null, lastRowLine: last ? last[last.length - 1]!.no : null };
}
