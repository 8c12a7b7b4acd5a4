/** Shared selection for the list commands (aap, tap, agreed, new, rgm, q): by latest status and Question. */
import type { Catalog, DocEntry, WorkItemRecord } from '../dataset/catalog.js';
import type { ItemStatus } from '../dataset/schema.js';
import type { Answer } from './answer.js';
import { sourceLabel } from './format.js';

/** Documents whose latest status is `status`, optionally of one Question, in table order. */
export function entriesWithStatus(catalog: Catalog, status: ItemStatus, question?: string): DocEntry[] {
  const pool = question ? (catalog.questions.get(question)?.entries ?? []) : catalog.entries;
  return pool.filter((e) => e.latest.item.status === status);
}

/** The work items added at the latest meeting, optionally of one Question. */
export function latestWorkItems(catalog: Catalog, question?: string): WorkItemRecord[] {
  return catalog.workItems.filter((w) => w.meeting === catalog.latest && (!question || w.workItem.question === question));
}

/** "Q1/17, Q2/17, …": the Questions the data mentions. */
export function knownQuestions(catalog: Catalog): string[] {
  return [...catalog.questions.keys()];
}

/** Nothing matched a list command: say so, and what the data does hold for that Question. */
export function noneFound(catalog: Catalog, kind: string, title: string, what: string, question?: string): Answer {
  let summary: string;
  if (question && !catalog.questions.has(question)) {
    summary = `${question} does not appear in the data. Questions in the data: ${knownQuestions(catalog).join(', ')}.`;
  } else {
    const held = question ? catalog.questions.get(question) : undefined;
    const hint = held
      ? ` For ${question} the data holds ${held.entries.length} document(s), ${held.workItems.length} new work item(s) and ${held.rgms.length} RGM(s); try "q ${question!.slice(1).replace('/17', '')}".`
      : '';
    summary = `No ${what}${question ? ` for ${question}` : ''} in the data.${hint}`;
  }
  return {
    kind,
    ok: false,
    error: 'not-found',
    title,
    summary,
    sections: [],
    source: sourceLabel(catalog.latest),
    data: { kind, items: [] },
  };
}

/** " · Q11/17" for titles. */
export function questionSuffix(question?: string): string {
  return question ? ` — ${question}` : '';
}
