/** The one line a hit carries to say why it is there ("quantum in title; 5g (5G / IMT-2020, same) in name"). */
import { SEARCH_FIELDS } from './search-documents.js';
import { type Asked, DISCOUNT, LEVEL } from './search-query.js';
import { indexOf } from './search-rank.js';

/** Per field mask (one bit per SEARCH_FIELDS entry): the fields' names. */
const WHERE = Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, mask) => SEARCH_FIELDS.filter((_, f) => mask & (1 << f)).join(', '));

/** For each asked word, the reach that counted for document `d` (the closest, then the highest score, as the ranking keeps it) and the fields it is in. */
export function explain(d: number, asked: readonly Asked[]): string {
  let line = '';
  for (const { label, reaches } of asked) {
    let best = -1;
    let note = '';
    let fields = 0;
    for (const r of reaches) {
      const k = indexOf(r.posting.docs, d);
      if (k < 0) continue;
      const v = LEVEL[r.how] * 1e4 + r.posting.weights[k]! * DISCOUNT[r.how];
      if (v > best) [best, note, fields] = [v, r.note, r.posting.fields[k]!];
    }
    if (best >= 0) line += `${line ? '; ' : ''}${label}${note} in ${WHERE[fields]}`;
  }
  return line;
}
