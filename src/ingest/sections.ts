/**
 * Find the parts of an executive summary by their headings: "Executive Summary", the meeting line,
 * "Hot topics", numbered sections ("1   Meeting Output", "2   Future SG17 meetings"), the "Interim RGMs"
 * list, and "Annex X" blocks recognised by their titles (not by letter), with Annex A cut at "a)" … "e)".
 */
import { IngestError } from './errors.js';
import type { Line } from './lines.js';
import { findMeetingLine } from './recognise.js';

export type AnnexKind = 'actions' | 'work-items' | 'discontinued' | 'statistics' | 'other';

export interface Annex {
  letter: string;
  title: string;
  kind: AnnexKind;
  heading: Line;
  body: Line[];
}

export interface Sections {
  heading: Line;
  meetingLine: Line;
  hotTopics: Line[];
  output: Line[];
  future: Line[];
  rgmIntro: Line | null;
  rgmBody: Line[];
  annexes: Annex[];
}

const ANNEX = /^Annex\s+([A-Z])\b\s*[-–:.]?\s*(.*)$/;
const NUMBERED = /^(\d)\s{2,}(\S.*)$/;

export function annexKind(title: string): AnnexKind {
  if (/discontinued|deleted/i.test(title)) return 'discontinued';
  if (/statistic/i.test(title)) return 'statistics';
  if (/new work items?/i.test(title)) return 'work-items';
  if (/actions? taken|Recommendations.*(approved|consented|agreed)/i.test(title)) return 'actions';
  return 'other';
}

/**
 * The page opens with "Executive Summary" and the meeting line, or with a "Results of the meeting …"
 * heading (the same content under another name), or at least a line near the top naming an SG17
 * meeting with its dates.
 */
export function findSections(lines: Line[]): Sections {
  const found = findMeetingLine(lines);
  if (!found.heading && !found.meetingLine)
    throw new IngestError(
      'not an SG17 executive summary: the "Executive Summary" heading is missing, there is no "Results of the meeting …" heading, and no line near the top names an SG17 meeting with its dates',
    );
  const meetingLine = found.meetingLine;
  if (!meetingLine || !/SG\s?17|Study Group 17|WP\s?\d\s*\/\s*17/i.test(meetingLine.clean))
    throw new IngestError(
      `the line after "${found.heading?.clean.slice(0, 40)}" must name the meeting, e.g. "Meeting of ITU-T SG17 'Security', Geneva, 2 – 6 September 2024"`,
    );
  const meetingIdx = lines.indexOf(meetingLine);
  const headingLine = found.heading ?? meetingLine;

  // Annex blocks: "Annex A" then its title on the same or the next non-blank line.
  const annexStarts: { idx: number; letter: string; title: string; titleIdx: number }[] = [];
  for (let i = meetingIdx + 1; i < lines.length; i++) {
    const m = ANNEX.exec(lines[i]!.clean);
    if (!m) continue;
    let title = m[2]!.trim();
    let titleIdx = i;
    if (!title) {
      const next = lines.findIndex((l, j) => j > i && l.clean !== '');
      if (next > 0 && !ANNEX.test(lines[next]!.clean)) {
        title = lines[next]!.clean;
        titleIdx = next;
      }
    }
    annexStarts.push({ idx: i, letter: m[1]!, title, titleIdx });
  }
  const annexes: Annex[] = annexStarts.map((a, k) => ({
    letter: a.letter,
    title: a.title,
    kind: annexKind(a.title),
    heading: lines[a.idx]!,
    body: lines.slice(a.titleIdx + 1, k + 1 < annexStarts.length ? annexStarts[k + 1]!.idx : lines.length),
  }));
  const bodyEnd = annexStarts.length ? annexStarts[0]!.idx : lines.length;
  const body = lines.slice(meetingIdx + 1, bodyEnd);

  const numbered = body.map((l, i) => ({ i, m: NUMBERED.exec(l.clean) })).filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null);
  const sectionOf = (re: RegExp): Line[] => {
    const at = numbered.findIndex((x) => re.test(x.m[2]!));
    if (at < 0) return [];
    const end = numbered[at + 1]?.i ?? body.length;
    return body.slice(numbered[at]!.i + 1, end);
  };
  const hotIdx = body.findIndex((l) => /^Hot topics/i.test(l.clean));
  const hotTopics = hotIdx < 0 ? [] : body.slice(hotIdx + 1, numbered.find((x) => x.i > hotIdx)?.i ?? body.length);
  const output = sectionOf(/Meeting Output|Outputs?\b|Results/i);
  const futureAll = sectionOf(/Future/i);

  // The RGM list starts at "Interim RGMs" (or the sentence announcing the RGMs) inside section 2.
  const rgmHead = futureAll.findIndex((l) => /Interim RGMs?/i.test(l.clean));
  const introIdx = futureAll.findIndex((l, i) => i >= Math.max(rgmHead, 0) && /plan(?:s|ned)? to hold|following \d+ .*RGMs/i.test(l.clean));
  const rgmStart = rgmHead >= 0 ? rgmHead : introIdx;
  const future = rgmStart >= 0 ? futureAll.slice(0, rgmStart) : futureAll;
  const rgmBody = rgmStart >= 0 ? futureAll.slice((introIdx >= 0 ? introIdx : rgmStart) + 1) : [];
  return {
    heading: headingLine,
    meetingLine,
    hotTopics,
    output,
    future,
    rgmIntro: introIdx >= 0 ? futureAll[introIdx]! : null,
    rgmBody,
    annexes,
  };
}

export interface AnnexSection {
  letter: string;
  heading: Line;
  body: Line[];
}

/** Annex A split at its "a) …" … "e) …" headings. */
export function splitActionSections(body: Line[]): AnnexSection[] {
  const starts = body.map((l, i) => ({ i, m: /^([a-z])\)\s+(\S.*)$/.exec(l.clean) })).filter((x) => x.m !== null);
  return starts.map((s, k) => ({
    letter: s.m![1]!,
    heading: body[s.i]!,
    body: body.slice(s.i + 1, starts[k + 1]?.i ?? body.length),
  }));
}
