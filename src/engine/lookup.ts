/**
 * Finding a document by what people type: "X.1716", "x1716", "X 1716", "1716", the former
 * acronym, or a base number ("X.509" → X.509 Amd.1). O(1) map lookups; typos get "did you
 * mean" from an edit distance over all numbers and acronyms.
 */
import type { Catalog, DocEntry, WorkItemRecord } from '../dataset/catalog.js';
import { normaliseKey } from '../dataset/catalog.js';
import type { CorrespondenceGroup } from '../dataset/schema.js';
import { editDistance } from '../text/index.js';

export type Lookup =
  | { readonly found: 'docs'; readonly entries: readonly DocEntry[]; readonly how: 'exact' | 'base' | 'digits' | 'document' }
  | { readonly found: 'work-items'; readonly workItems: readonly WorkItemRecord[] }
  | { readonly found: 'groups'; readonly groups: readonly CorrespondenceGroup[]; readonly document: string }
  | { readonly found: 'none'; readonly suggestions: readonly string[] };

/** What names a document ("TD2418", "R63") in the data: texts (base text, A.5 reference), work items, correspondence groups (ToR). */
interface DocumentIndex {
  readonly texts: ReadonlyMap<string, readonly DocEntry[]>;
  readonly workItems: ReadonlyMap<string, readonly WorkItemRecord[]>;
  readonly groups: ReadonlyMap<string, readonly CorrespondenceGroup[]>;
}
const documentIndexes = new WeakMap<Catalog, DocumentIndex>();

/** A document's keys: itself, and without its revision ("TD2287R4" is TD2287 too). */
function documentKeys(document: string | null | undefined): string[] {
  const key = normaliseKey(document ?? '');
  if (!key) return [];
  const unrevised = /^(td\d+)r\d+$/.exec(key)?.[1];
  return unrevised ? [key, unrevised] : [key];
}

function documentIndex(catalog: Catalog): DocumentIndex {
  let index = documentIndexes.get(catalog);
  if (!index) {
    const texts = new Map<string, DocEntry[]>();
    const workItems = new Map<string, WorkItemRecord[]>();
    const groups = new Map<string, CorrespondenceGroup[]>();
    const add = <T>(map: Map<string, T[]>, document: string | null | undefined, value: T): void => {
      for (const key of documentKeys(document)) {
        const list = map.get(key) ?? [];
        if (!list.includes(value)) list.push(value);
        map.set(key, list);
      }
    };
    for (const entry of catalog.entries) for (const r of entry.records) for (const d of [r.item.baseText, r.item.a5Reference]) add(texts, d, entry);
    for (const record of catalog.workItems) add(workItems, record.workItem.document, record);
    for (const g of catalog.latest.correspondenceGroups) for (const d of g.torDocuments) add(groups, d, g);
    index = { texts, workItems, groups };
    documentIndexes.set(catalog, index);
  }
  return index;
}

/** What the data holds under a document number ("TD2418": a work item's; "TD2443": a group's ToR; "R63": a base text), or null. */
function lookupByDocument(catalog: Catalog, key: string): Lookup | null {
  const index = documentIndex(catalog);
  const entries = index.texts.get(key);
  if (entries?.length) return { found: 'docs', entries, how: 'document' };
  const workItems = index.workItems.get(key);
  if (workItems?.length) return { found: 'work-items', workItems };
  const groups = index.groups.get(key);
  if (groups?.length) return { found: 'groups', groups, document: key.toUpperCase() };
  return null;
}

export function lookupDocument(catalog: Catalog, query: string): Lookup {
  const key = normaliseKey(query);
  if (!key) return { found: 'none', suggestions: [] };
  const exact = catalog.byKey.get(key);
  if (exact) return { found: 'docs', entries: [exact], how: 'exact' };
  const base = catalog.byBase.get(key);
  if (base?.length) return { found: 'docs', entries: base, how: 'base' };
  if (/^\d+$/.test(key)) {
    const byDigits = catalog.byDigits.get(String(Number(key)));
    if (byDigits?.length) return { found: 'docs', entries: byDigits, how: 'digits' };
  }
  const workItems = catalog.workItemsByKey.get(key);
  if (workItems?.length) return { found: 'work-items', workItems };
  return lookupByDocument(catalog, key) ?? { found: 'none', suggestions: closeNames(catalog, key) };
}

/** Every name a document or work item goes by, as written (for suggestions and autocomplete). */
export function allNames(catalog: Catalog): string[] {
  const names = new Set<string>();
  for (const entry of catalog.entries) for (const name of entry.names) names.add(name);
  for (const { workItem } of catalog.workItems) if (workItem.acronym) names.add(workItem.acronym);
  return [...names];
}

/** Names within a small edit distance of the (normalised) key, closest first. */
export function closeNames(catalog: Catalog, key: string, limit = 5): string[] {
  const budget = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  const scored: { name: string; d: number }[] = [];
  for (const name of allNames(catalog)) {
    const other = normaliseKey(name);
    if (Math.abs(other.length - key.length) > budget) continue;
    const d = editDistance(key, other);
    if (d <= budget) scored.push({ name, d });
  }
  scored.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.name);
}
