/**
 * Finding a document by what people type: "X.1716", "x1716", "X 1716", "1716", the former
 * acronym, or a base number ("X.509" → X.509 Amd.1). O(1) map lookups; typos get "did you
 * mean" from an edit distance over all numbers and acronyms.
 */
import type { Catalog, DocEntry, WorkItemRecord } from '../dataset/catalog.js';
import { normaliseKey } from '../dataset/catalog.js';
import { editDistance } from '../text/index.js';

export type Lookup =
  | { readonly found: 'docs'; readonly entries: readonly DocEntry[]; readonly how: 'exact' | 'base' | 'digits' }
  | { readonly found: 'work-items'; readonly workItems: readonly WorkItemRecord[] }
  | { readonly found: 'none'; readonly suggestions: readonly string[] };

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
  return { found: 'none', suggestions: closeNames(catalog, key) };
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
