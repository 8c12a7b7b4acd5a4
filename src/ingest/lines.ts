/**
 * Source lines with their 1-based numbers. The copied web page uses no-break spaces and bullet
 * glyphs; `text` is the line as written, `clean` the same with those spaces made plain and trimmed.
 */
import type { SourceRef } from '../dataset/schema.js';

export interface Line {
  readonly no: number;
  readonly text: string;
  readonly clean: string;
  /** Leading whitespace width (for nested bullets and lists). */
  readonly indent: number;
  /** Every line of the document, so a record's source text is always its whole line range. */
  readonly doc: readonly string[];
}

export function toLines(text: string): Line[] {
  const doc = text.split(/\r\n|\r|\n/);
  return doc.map((raw, i) => {
    const plain = raw.replace(/[\u00a0\u2007\u202f\t]/g, ' ');
    return { no: i + 1, text: raw, clean: plain.trim(), indent: plain.length - plain.trimStart().length, doc };
  });
}

/** The source lines from the first to the last of `lines`, including any blank lines between them. */
export function sourceOf(lines: readonly Line[]): SourceRef {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new Error('sourceOf needs at least one line');
  return { lines: [first.no, last.no], text: first.doc.slice(first.no - 1, last.no).join('\n') };
}

/** Drop blank lines at both ends. */
export function trimBlank(lines: readonly Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.clean === '') start++;
  while (end > start && lines[end - 1]!.clean === '') end--;
  return lines.slice(start, end);
}

const BULLET = /^[•●▪◦·\-*–]\s+/;

/** "• AI security" → "AI security"; null when the line is not a bullet. */
export function bulletText(line: Line): string | null {
  const m = BULLET.exec(line.clean);
  return m ? line.clean.slice(m[0].length).trim() : null;
}

/** Whitespace runs (including line breaks) collapsed to one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Numbered table row start: "12.        Q11/17X.500 …" → { seq: 12, rest }. */
export function rowStart(line: Line): { seq: number; rest: string } | null {
  const m = /^(\d{1,3})\.\s+(\S.*)$/.exec(line.clean);
  if (!m) return null;
  const seq = Number(m[1]);
  return seq > 0 ? { seq, rest: m[2]!.trim() } : null;
}
