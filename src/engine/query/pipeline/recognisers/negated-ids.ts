/**
 * The negator recogniser over id spans: an id after a word that excludes it, or joined to one
 * excluded ("everything consented except X.1716", "amendments bar X.509 or X.510"), is excluded;
 * the excluding words are used.
 */
import { joined, negatorBefore } from '../../negation.js';
import type { Scan } from './scan.js';

export function splitExcludedIds(s: Scan): { ids: string[]; notIds: string[] } {
  s.found.sort((a, b) => a.at - b.at);
  const notIds: string[] = [];
  const ids: string[] = [];
  let excludedEnd = -1;
  for (const f of s.found) {
    const negator = s.negating ? negatorBefore(s.text, f.at) : null;
    const excluded = negator !== null || (excludedEnd >= 0 && joined(s.text.slice(excludedEnd, f.at)));
    if (negator) s.blank(negator.index, f.at);
    (excluded ? notIds : ids).push(f.id);
    excludedEnd = excluded ? f.at + f.id.length : -1;
  }
  return { ids: [...new Set(ids)], notIds: [...new Set(notIds)] };
}
