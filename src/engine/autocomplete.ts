/**
 * Suggestions while typing (Discord autocomplete): document numbers and former acronyms for
 * `rec`, Questions for the list commands, the SG17 meetings and the RGMs' venues of the data. Best first: exact, then prefix, then bare-number
 * prefix ("171" → X.1716), then anywhere in the name, then anywhere in the title.
 */
import type { Catalog } from '../dataset/catalog.js';
import { meetingLabel, normaliseKey, numberDigits } from '../dataset/catalog.js';
import { venueStated } from './format.js';
import { normaliseQuestion } from './params.js';
import { shorten } from '../text/shorten.js';

export interface Choice {
  /** What the user sees (Discord: 1–100 characters). */
  readonly name: string;
  /** What is sent back as the option value. */
  readonly value: string;
}

const MAX_NAME = 100;

const clip = (text: string): string => shorten(text, MAX_NAME);

export function suggestRecIds(catalog: Catalog, prefix: string, limit = 25): Choice[] {
  const key = normaliseKey(prefix.slice(0, 100));
  const scored: { choice: Choice; rank: number; order: number }[] = [];
  let order = 0;
  const consider = (value: string, label: string, title: string | null, isNumber: boolean) => {
    const k = normaliseKey(value);
    const digits = isNumber ? numberDigits(value) : null;
    let rank: number;
    if (!key) rank = 4;
    else if (k === key) rank = 0;
    else if (k.startsWith(key)) rank = 1;
    else if (digits?.startsWith(key)) rank = 2;
    else if (k.includes(key)) rank = 3;
    else if (title && normaliseKey(title).includes(key)) rank = 5;
    else return;
    // Numbers before acronyms at equal rank; newest meetings first within that.
    scored.push({ choice: { name: clip(title ? `${label} — ${title}` : label), value }, rank: rank * 2 + (isNumber ? 0 : 1), order: order++ });
  };
  // Documents of the newest meetings first (table order within a meeting), so they lead on ties.
  const newestFirst = [...catalog.entries].sort((a, b) => catalog.meetings.indexOf(b.latest.meeting) - catalog.meetings.indexOf(a.latest.meeting));
  for (const entry of newestFirst) {
    const title = entry.latest.item.title;
    for (const name of entry.names) {
      const isNumber = entry.records.some((r) => r.item.number === name);
      consider(name, isNumber || name === entry.id ? name : `${name} (now ${entry.id})`, title, isNumber);
    }
  }
  for (const { workItem } of catalog.workItems) {
    if (workItem.acronym) consider(workItem.acronym, `${workItem.acronym} (new work item)`, workItem.title, false);
  }
  scored.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const { choice } of scored) {
    if (seen.has(choice.value)) continue;
    seen.add(choice.value);
    out.push(choice);
    if (out.length >= limit) break;
  }
  return out;
}

/** Questions in the data matching what is typed ("1" → Q1/17, Q10/17, …). */
export function suggestQuestions(catalog: Catalog, prefix: string, limit = 25): Choice[] {
  const typed = prefix.trim().toLowerCase().replace(/^q/, '').replace(/\/.*$/, '');
  const exact = normaliseQuestion(prefix);
  const all = [...catalog.questions.values()].map((q) => {
    const counts = `${q.entries.length} texts, ${q.workItems.length} work items, ${q.rgms.length} RGMs`;
    return { name: clip(`${q.question} — ${counts}`), value: q.question.replace('/17', ''), q: q.question };
  });
  const matching = all.filter((c) => !typed || c.q.slice(1).startsWith(typed));
  matching.sort((a, b) => Number(b.q === exact) - Number(a.q === exact));
  return matching.slice(0, limit).map(({ name, value }) => ({ name, value }));
}

/** The SG17 meetings of the data, newest first, matching what is typed in their id or label ("sep", "2024", "geneva"). */
export function suggestMeetings(catalog: Catalog, prefix: string, limit = 25): Choice[] {
  const typed = prefix.trim().toLowerCase();
  return [...catalog.meetings]
    .reverse()
    .map((m) => ({ name: clip(`${meetingLabel(m)} (${m.id})`), value: m.id }))
    .filter((c) => !typed || c.name.toLowerCase().includes(typed))
    .slice(0, limit);
}

/** The places RGMs meet as the data writes them (venue, else host), matching what is typed. */
export function suggestPlaces(catalog: Catalog, prefix: string, limit = 25): Choice[] {
  const typed = prefix.trim().toLowerCase();
  const counts = new Map<string, number>();
  for (const { rgm } of catalog.rgms) {
    const place = venueStated(rgm.venue) ? rgm.venue : rgm.host;
    if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return [...counts]
    .filter(([place]) => !typed || place.toLowerCase().includes(typed))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([place, n]) => ({ name: clip(`${place} — ${n} RGM${n === 1 ? '' : 's'}`), value: shorten(place, 60, '') }));
}
