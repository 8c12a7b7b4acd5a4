/**
 * What changed between two versions of the dataset, pure: RGMs added, dated, confirmed (TBC
 * dropped), moved, changed in their details, or no longer listed; texts whose status moved;
 * new and dropped work items; correspondence groups. `sg17 diff` prints it, and the same diff
 * drives the change notices the service posts after a reload (src/planner/changes.ts).
 *
 * Matching: an RGM by its dataset id (meeting + row number) and Question — a row whose Question
 * changed is one RGM no longer listed and one added; a text by any of its numbers or former
 * acronyms; a work item by Question + acronym (or title); a correspondence group by acronym.
 */
import { createHash } from 'node:crypto';
import { normaliseKey } from './catalog.js';
import type { ItemStatus, Meeting, Rgm } from './schema.js';

export type RgmChangeKind = 'added' | 'dated' | 'confirmed' | 'moved' | 'changed' | 'removed';

export interface RgmChange {
  readonly kind: RgmChangeKind;
  readonly id: string;
  readonly question: string | null;
  /** The meeting whose summary lists (or listed) the RGM. */
  readonly meetingId: string;
  readonly before: Rgm | null;
  readonly after: Rgm | null;
  /** What else changed, in words: "TBC dropped", "venue: tbd → Paris, France". */
  readonly details: readonly string[];
}

export interface StatusChange {
  /** The number as the newer data gives it (else the former acronym, else the title). */
  readonly document: string;
  readonly question: string | null;
  /** Null: the text was not listed before (added) … */
  readonly before: ItemStatus | null;
  /** … or is no longer listed (dropped). */
  readonly after: ItemStatus | null;
  readonly meetingId: string;
}

export interface WorkItemChange {
  readonly kind: 'added' | 'dropped';
  readonly question: string | null;
  readonly acronym: string | null;
  readonly title: string | null;
  readonly meetingId: string;
}

export interface GroupChange {
  readonly kind: 'added' | 'dropped' | 'changed';
  readonly acronym: string;
  readonly name: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface DatasetDiff {
  /** datasetVersion of each side. */
  readonly from: string;
  readonly to: string;
  readonly meetings: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly rgms: readonly RgmChange[];
  readonly statuses: readonly StatusChange[];
  readonly workItems: readonly WorkItemChange[];
  readonly correspondenceGroups: readonly GroupChange[];
}

/** A short content hash of the meetings (order-independent): equal data, equal version. */
export function datasetVersion(meetings: readonly Meeting[]): string {
  const hash = createHash('sha256');
  for (const m of [...meetings].sort((a, b) => a.id.localeCompare(b.id))) hash.update(JSON.stringify(m));
  return hash.digest('hex').slice(0, 12);
}

export function isEmptyDiff(diff: DatasetDiff): boolean {
  return (
    diff.meetings.added.length +
      diff.meetings.removed.length +
      diff.rgms.length +
      diff.statuses.length +
      diff.workItems.length +
      diff.correspondenceGroups.length ===
    0
  );
}

export function diffDatasets(before: readonly Meeting[], after: readonly Meeting[]): DatasetDiff {
  const beforeIds = new Set(before.map((m) => m.id));
  const afterIds = new Set(after.map((m) => m.id));
  return {
    from: datasetVersion(before),
    to: datasetVersion(after),
    meetings: {
      added: [...afterIds].filter((id) => !beforeIds.has(id)).sort(),
      removed: [...beforeIds].filter((id) => !afterIds.has(id)).sort(),
    },
    rgms: diffRgms(before, after),
    statuses: diffStatuses(before, after),
    workItems: diffWorkItems(before, after),
    correspondenceGroups: diffGroups(before, after),
  };
}

function rgmIndex(meetings: readonly Meeting[]): Map<string, { rgm: Rgm; meeting: Meeting }> {
  const out = new Map<string, { rgm: Rgm; meeting: Meeting }>();
  for (const meeting of oldestFirst(meetings)) for (const rgm of meeting.rgms) out.set(`${rgm.id}|${rgm.question ?? ''}`, { rgm, meeting });
  return out;
}

function diffRgms(before: readonly Meeting[], after: readonly Meeting[]): RgmChange[] {
  const old = rgmIndex(before);
  const now = rgmIndex(after);
  const out: RgmChange[] = [];
  for (const [key, { rgm, meeting }] of now) {
    const was = old.get(key)?.rgm;
    if (!was) {
      out.push({ kind: 'added', id: rgm.id, question: rgm.question, meetingId: meeting.id, before: null, after: rgm, details: [] });
      continue;
    }
    const change = compareRgm(was, rgm);
    if (change) out.push({ ...change, id: rgm.id, question: rgm.question, meetingId: meeting.id, before: was, after: rgm });
  }
  for (const [key, { rgm, meeting }] of old) {
    if (!now.has(key)) out.push({ kind: 'removed', id: rgm.id, question: rgm.question, meetingId: meeting.id, before: rgm, after: null, details: [] });
  }
  return out.sort((a, b) => questionOrder(a.question) - questionOrder(b.question) || a.id.localeCompare(b.id));
}

/** Null when nothing a reader would notice changed. */
function compareRgm(was: Rgm, now: Rgm): { kind: RgmChangeKind; details: string[] } | null {
  const details: string[] = [];
  if (was.tbc && !now.tbc) details.push('TBC dropped');
  if (!was.tbc && now.tbc) details.push('now to be confirmed (TBC)');
  for (const [label, a, b] of [
    ['venue', was.venue, now.venue],
    ['schedule', was.scheduleText, now.scheduleText],
    ['host', was.host, now.host],
  ] as const) {
    if (a !== b) details.push(`${label}: ${a ?? 'not given'} → ${b ?? 'not given'}`);
  }
  if (JSON.stringify(was.topics) !== JSON.stringify(now.topics)) details.push('topics changed');
  const whenChanged = JSON.stringify(was.when) !== JSON.stringify(now.when);
  if (whenChanged) {
    // A date given where there was none (or a choice of dates) is "dated"; another date is "moved".
    const dated = was.when.kind !== 'days' && now.when.kind === 'days';
    return { kind: dated ? 'dated' : 'moved', details };
  }
  if (was.tbc && !now.tbc) return { kind: 'confirmed', details: details.filter((d) => d !== 'TBC dropped') };
  return details.length ? { kind: 'changed', details } : null;
}

interface DocState {
  document: string;
  question: string | null;
  status: ItemStatus;
  meetingId: string;
  keys: string[];
}

/** Each text's latest status, oldest meeting first so later rows win. */
function docStates(meetings: readonly Meeting[]): { docs: DocState[]; byKey: Map<string, DocState> } {
  const docs: DocState[] = [];
  const byKey = new Map<string, DocState>();
  for (const meeting of oldestFirst(meetings)) {
    for (const item of meeting.items) {
      const keys = [item.number, item.formerAcronym]
        .filter((k): k is string => !!k)
        .map(normaliseKey)
        .filter(Boolean);
      if (keys.length === 0) continue; // a row that lost its number cannot be followed across versions
      const existing = keys.map((k) => byKey.get(k)).find((d) => d !== undefined);
      const state = existing ?? { document: '', question: null, status: item.status, meetingId: meeting.id, keys: [] };
      state.document = item.number ?? (state.document || item.formerAcronym || item.title || '');
      state.question = item.question ?? state.question;
      state.status = item.status;
      state.meetingId = meeting.id;
      for (const k of keys) {
        if (!state.keys.includes(k)) state.keys.push(k);
        byKey.set(k, state);
      }
      if (!existing) docs.push(state);
    }
  }
  return { docs, byKey };
}

function diffStatuses(before: readonly Meeting[], after: readonly Meeting[]): StatusChange[] {
  const old = docStates(before);
  const now = docStates(after);
  const out: StatusChange[] = [];
  const matched = new Set<DocState>();
  for (const doc of now.docs) {
    const was = doc.keys.map((k) => old.byKey.get(k)).find((d) => d !== undefined);
    if (was) matched.add(was);
    if (was?.status === doc.status) continue;
    out.push({ document: doc.document, question: doc.question, before: was?.status ?? null, after: doc.status, meetingId: doc.meetingId });
  }
  for (const doc of old.docs) {
    if (!matched.has(doc)) out.push({ document: doc.document, question: doc.question, before: doc.status, after: null, meetingId: doc.meetingId });
  }
  return out.sort((a, b) => questionOrder(a.question) - questionOrder(b.question) || a.document.localeCompare(b.document));
}

function workItemKeys(meetings: readonly Meeting[]): Map<string, WorkItemChange> {
  const out = new Map<string, WorkItemChange>();
  for (const meeting of oldestFirst(meetings)) {
    for (const w of meeting.workItems) {
      const name = w.acronym ?? w.title;
      if (!name) continue;
      out.set(`${w.question ?? ''}|${normaliseKey(name)}`, { kind: 'added', question: w.question, acronym: w.acronym, title: w.title, meetingId: meeting.id });
    }
  }
  return out;
}

function diffWorkItems(before: readonly Meeting[], after: readonly Meeting[]): WorkItemChange[] {
  const old = workItemKeys(before);
  const now = workItemKeys(after);
  const out: WorkItemChange[] = [];
  for (const [k, w] of now) if (!old.has(k)) out.push(w);
  for (const [k, w] of old) if (!now.has(k)) out.push({ ...w, kind: 'dropped' });
  return out.sort((a, b) => questionOrder(a.question) - questionOrder(b.question));
}

/** The groups of the latest meeting: those active in the interregnum it announces. */
function diffGroups(before: readonly Meeting[], after: readonly Meeting[]): GroupChange[] {
  const groups = (ms: readonly Meeting[]) => new Map((oldestFirst(ms).at(-1)?.correspondenceGroups ?? []).map((g) => [g.acronym, g]));
  const old = groups(before);
  const now = groups(after);
  const out: GroupChange[] = [];
  for (const [acronym, g] of now) {
    const was = old.get(acronym);
    if (!was) out.push({ kind: 'added', acronym, name: g.name, before: null, after: g.status });
    else if (was.status !== g.status || was.text !== g.text) out.push({ kind: 'changed', acronym, name: g.name, before: was.status, after: g.status });
  }
  for (const [acronym, g] of old) if (!now.has(acronym)) out.push({ kind: 'dropped', acronym, name: g.name, before: g.status, after: null });
  return out;
}

function oldestFirst(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => a.range.start.localeCompare(b.range.start));
}

function questionOrder(question: string | null): number {
  return question ? Number(/\d+/.exec(question)?.[0] ?? 0) : 1000;
}
