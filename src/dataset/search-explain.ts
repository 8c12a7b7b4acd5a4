/** The one line a hit carries to say why it is there ("quantum in title; 5g (5G / IMT-2020, same) in name"). */
import { SEARCH_FIELDS } from './search-documents.js';
import type { Posting } from './search-postings.js';
import { DISCOUNT, LEVEL, type Asked, type Reach } from './search-query.js';
import { indexOf } from './search-rank.js';
import type { ThesaurusEntry } from './thesaurus.js';

/** For each asked word, the reach that counted for document `d` (the closest, then the highest score) and the fields it is in. */
export function explain(d: number, asked: readonly Asked[], postings: ReadonlyMap<string, Posting>, thesaurus: readonly ThesaurusEntry[]): string {
  const parts: string[] = [];
  for (const { label, reaches } of asked) {
    let chosen: { r: Reach; v: number; fields: number } | undefined;
    for (const r of reaches) {
      const p = postings.get(r.term)!;
      const k = indexOf(p.docs, d);
      if (k < 0) continue;
      const v = LEVEL[r.how] * 1e4 + p.weights[k]! * DISCOUNT[r.how];
      if (!chosen || v > chosen.v) chosen = { r, v, fields: p.fields[k]! };
    }
    if (!chosen) continue;
    const where = SEARCH_FIELDS.filter((_, f) => chosen.fields & (1 << f)).join(', ');
    const { r } = chosen;
    const how = r.how === 'word' ? '' : r.entry !== undefined ? ` (${thesaurus[r.entry]!.name}, ${r.how})` : ` (${r.how}: ${r.term})`;
    parts.push(`${label}${how} in ${where}`);
  }
  return parts.join('; ');
}
