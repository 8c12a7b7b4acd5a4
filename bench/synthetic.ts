/**
 * A synthetic dataset `scale`× the real one, for the engine benchmark. Clone k = 0 is the real
 * data, unchanged (so `rec X.1716` still finds the real X.1716); every other clone is a new
 * meeting whose rows keep the real ones' shape (status, Question, footnotes, RGM dates) but get:
 * - renumbered ids: X.1716 → X.11716, X.21716, … (k·10000 + number), other names suffixed;
 * - new titles, acronyms, RGM topics and remarks, each word drawn from the real vocabulary with
 *   its real frequency (seeded, so every run builds the same data).
 * So term frequencies look like those of a larger corpus of the same kind ("security" in about
 * half the titles, "quantum" in a few), rather than 1000 copies of each title, which would make
 * every search hit thousands of identical documents.
 */
import type { Meeting } from '../src/dataset/schema.js';

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words as written in the real titles, topics and remarks, one entry per occurrence (so drawing is frequency-weighted). */
function vocabulary(meetings: readonly Meeting[]): string[] {
  const texts: string[] = [];
  for (const m of meetings) {
    for (const it of m.items) if (it.title) texts.push(it.title);
    for (const w of m.workItems) if (w.title) texts.push(w.title);
    for (const r of m.rgms) texts.push(...r.topics, ...r.remarks);
  }
  return texts.flatMap((t) => t.split(/\s+/)).filter(Boolean);
}

/** Acronym-like pieces ("QKDN", "sec", "5G") drawn from the real acronyms, frequency-weighted. */
function acronymPieces(meetings: readonly Meeting[]): string[] {
  const names: string[] = [];
  for (const m of meetings) {
    for (const it of m.items) if (it.formerAcronym) names.push(it.formerAcronym);
    for (const w of m.workItems) if (w.acronym) names.push(w.acronym);
  }
  return names.flatMap((n) => n.replace(/^[A-Za-z]{1,3}\./, '').split(/[-_.]/)).filter((p) => p.length > 1);
}

export function syntheticMeetings(meetings: readonly Meeting[], scale: number, seed = 17): Meeting[] {
  const words = vocabulary(meetings);
  const pieces = acronymPieces(meetings);
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  /** As many words as the original text, each drawn from the vocabulary. */
  const redraw = (text: string): string =>
    text
      .split(/\s+/)
      .filter(Boolean)
      .map(() => pick(words))
      .join(' ');
  const redrawOrNull = (text: string | null): string | null => (text === null ? null : redraw(text));

  const out: Meeting[] = [...meetings];
  for (let k = 1; k < scale; k++) {
    for (const m of meetings) {
      const shift = (iso: string): string => `${Number(iso.slice(0, 4)) + k}${iso.slice(4)}`;
      /** X.1716 → X.{k·10000+1716} (keeps "Amd.1" etc.); names without a plain number get "-k". */
      const renumber = (number: string | null): string | null => {
        if (number === null) return null;
        const match = /^([A-Za-z]{1,3})\.(\d{1,4})(?![\d.])(.*)$/.exec(number);
        return match ? `${match[1]}.${k * 10000 + Number(match[2])}${match[3]}` : `${number}-${k}`;
      };
      /** "X.sec_QKDN_AA" → "X." + 2–3 drawn pieces + this clone's number, so it stays unique. */
      const acronym = (name: string | null): string | null => {
        if (name === null) return null;
        const series = /^([A-Za-z]{1,3}\.)/.exec(name)?.[1] ?? '';
        const parts = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(pieces));
        return `${series}${parts.join(pick(['-', '_']))}${k.toString(36)}`;
      };
      out.push({
        ...m,
        id: `sg17-${Number(m.id.slice(5, 9)) + k}${m.id.slice(9)}`,
        range: { start: shift(m.range.start), end: shift(m.range.end) },
        closingPlenary: m.closingPlenary ? shift(m.closingPlenary) : null,
        items: m.items.map((it) => ({ ...it, number: renumber(it.number), formerAcronym: acronym(it.formerAcronym), title: redrawOrNull(it.title) })),
        workItems: m.workItems.map((w) => ({ ...w, acronym: acronym(w.acronym), title: redrawOrNull(w.title) })),
        rgms: m.rgms.map((r) => ({ ...r, id: `${r.id}-${k}`, topics: r.topics.map(redraw), remarks: r.remarks.map(redraw) })),
      });
    }
  }
  return out;
}
