/**
 * Recognisers of the documents a text is known by: a TD ("TD2475": the texts and work items the
 * summary names it for, itself when none), a document of another series the columns give ("R63", a
 * base text) and an ISO/IEC number ("ISO/IEC 9594-8": the texts the
 * summary gives that equivalent, every part when none is named; "9594-12" alone when the data gives that
 * number and part). All look names up in the gazetteer.
 */
import { ID_CUES, ISO_BARE_NUMBER, ISO_NUMBER, OTHER_DOCUMENT, TD_NUMBER, spell } from '../lexicon/id-words.js';
import type { Scan } from './scan.js';

export function recogniseDocuments(s: Scan): void {
  if (!s.digit) return;
  if (s.low.includes(ID_CUES.td)) {
    const byTd = s.gazetteer.documents;
    s.rest = s.rest.replace(TD_NUMBER, (all, digits: string, at: number) => {
      const td = spell.td(digits);
      for (const id of byTd.get(td) ?? [td]) s.found.push({ at, id });
      return ' '.repeat(all.length);
    });
  }
  // "based on R63": a document of another series the columns give (most data holds none, so most questions skip this).
  const others = s.gazetteer.otherDocuments;
  if (others.size > 0) {
    s.rest = s.rest.replace(OTHER_DOCUMENT, (all, series: string, digits: string, at: number) => {
      const ids = others.get(spell.otherDocument(series, digits));
      if (!ids) return all;
      for (const id of ids) s.found.push({ at, id });
      return ' '.repeat(all.length);
    });
  }
  if (s.low.includes(ID_CUES.iso)) {
    s.rest = s.rest.replace(ISO_NUMBER, (all, number: string, part: string | undefined, at: number) => {
      for (const id of s.gazetteer.equivalentsOf(number, part)) s.found.push({ at, id });
      return ' '.repeat(all.length);
    });
  }
  // "common text with 9594-12": a number and part the Equivalent column gives, without its "ISO/IEC" (a date such
  // as 2025-03 is no equivalent of the data, so it stays).
  if (s.low.includes('-'))
    s.rest = s.rest.replace(ISO_BARE_NUMBER, (all, number: string, part: string, at: number) => {
      const ids = s.gazetteer.equivalentsOf(number, part);
      for (const id of ids) s.found.push({ at, id });
      return ids.length ? ' '.repeat(all.length) : all;
    });
}
