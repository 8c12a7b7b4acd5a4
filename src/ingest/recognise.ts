/**
 * What a text is, read from its heading lines alone: which SG17 meeting (study-group meeting,
 * working-party meeting or content week; place; dates; virtual or hybrid when the line says so),
 * the totals it states about itself in their different phrasings, and which parts of a summary
 * are present or missing. It never throws: the ingest reports it even when the rest of the text
 * cannot be read (a truncated paste, a page without its annexes), so the maintainer sees what was
 * recognised before what was missing.
 */
import type { DateRange, DeclaredTotals } from '../dataset/schema.js';
import { MONTH, parseRange } from './dates.js';
import { type Line, squash } from './lines.js';

export type MeetingKind = 'study-group' | 'working-party' | 'content-week';

export interface MeetingLine {
  /** The line as written, whitespace collapsed. */
  readonly title: string;
  readonly kind: MeetingKind;
  readonly place: string | null;
  readonly range: DateRange;
  /** Only when the line says so ("virtual", "e-meeting", "hybrid"); null: not stated. */
  readonly format: 'virtual' | 'hybrid' | null;
}

/** One total the text states, as read: "TAP determined (10): 8 new and 2 revised Recommendations". */
export interface StatedTotal {
  readonly key: keyof DeclaredTotals;
  readonly label: string;
  readonly count: number;
  /** What the text says the total is made of, when it says. */
  readonly detail: string | null;
  /** A breakdown of another total ("5 new" of "AAP consented (9): 5 new and 4 Amendments"), already said in that total's detail. */
  readonly partOf?: keyof DeclaredTotals;
}

export interface SectionPresence {
  readonly name: string;
  /** 1-based line of its heading, or null when missing. */
  readonly line: number | null;
}

export interface Recognition {
  readonly meeting: (MeetingLine & { readonly line: number }) | null;
  readonly totals: readonly StatedTotal[];
  readonly sections: readonly SectionPresence[];
}

const DASH = '\\s*[-–—]\\s*';
/** A meeting's dates anywhere in a line: "2 – 6 September 2024", "29 August - 7 September 2018", "8-17 April 2025". */
const MEETING_DATES = new RegExp(`(?:\\d{1,2}(?:\\s+${MONTH})?${DASH})?\\d{1,2}\\s+${MONTH},?\\s+\\d{4}`, 'gi');
const NAMES_SG17 = /\bSG\s?17\b|Study Group 17|\bWP\s?\d\s*\/\s*17\b/i;
const VIRTUAL = /\b(?:fully\s+)?virtual\b|\be-meeting\b|\bonline\b/i;
const HYBRID = /\bhybrid\b/i;
/** Parts of the line before the dates that name the group or the kind of meeting, not the place. */
const NOT_A_PLACE = /SG\s?17|Study Group|Working Party|\bWP\s?\d|ITU-T|content[- ]week|meeting|^['‘’"].*['‘’"]$|^virtual$|^e-meeting$|^online$|^hybrid$/i;

/** "Meeting of ITU-T SG17 'Security', Geneva, 2 – 6 September 2024" → kind, place, dates; null when no dates are readable. */
export function readMeetingLine(text: string): MeetingLine | null {
  const title = squash(text);
  let found: { index: number; range: DateRange } | null = null;
  for (const m of title.matchAll(MEETING_DATES)) {
    const range = parseRange(m[0].replace(/,/g, ''));
    if (range) found = { index: m.index, range };
  }
  if (!found) return null;
  let before = title.slice(0, found.index).replace(/[\s,:–—-]+$/, '');
  // "(Geneva, 29 August – 7 September 2018)": the place is what the open parenthesis holds.
  const open = before.lastIndexOf('(');
  if (open >= 0 && !before.slice(open).includes(')')) before = before.slice(open + 1);
  else before = before.split(/,\s*/).slice(1).join(', ');
  const place =
    before
      .split(/,\s*/)
      .map((p) => p.replace(/^\(|\)$/g, '').trim())
      .filter((p) => p !== '' && !NOT_A_PLACE.test(p))
      .join(', ') || null;
  const kind: MeetingKind = /content[- ]week/i.test(title)
    ? 'content-week'
    : /\bWP\s?\d\s*\/\s*17\b|Working Party/i.test(title)
      ? 'working-party'
      : 'study-group';
  const format = HYBRID.test(title) ? 'hybrid' : VIRTUAL.test(title) ? 'virtual' : null;
  return { title, kind, place, range: found.range, format };
}

const KIND_WORDS: Readonly<Record<MeetingKind, string>> = {
  'study-group': 'SG17 study-group meeting',
  'working-party': 'SG17 working-party meeting',
  'content-week': 'SG17 content week',
};

/** "SG17 study-group meeting, Geneva, 2024-09-02 to 2024-09-06 (virtual or not: not stated)" */
export function describeMeeting(m: MeetingLine): string {
  const format = m.format ? `, ${m.format} (as the heading says)` : ' (virtual or not: not stated)';
  return `${KIND_WORDS[m.kind]}${m.place ? `, ${m.place}` : ''}, ${m.range.start} to ${m.range.end}${format}`;
}

/** A heading that opens a summary page; the meeting is named on it or on the next line. */
export function isSummaryHeading(text: string): boolean {
  return /^Executive Summary$/i.test(text) || /^Results of (?:the )?(?:(?:ITU-T )?(?:SG\s?17|Study Group 17)|meeting)\b/i.test(text);
}

/**
 * The line that names the meeting: the line after "Executive Summary", the "Results of the
 * meeting …" heading itself when it carries the dates (else the line after it), or failing a
 * heading the first line near the top that names SG17 with readable dates.
 */
export function findMeetingLine(lines: readonly Line[]): { heading: Line | null; meetingLine: Line | null } {
  const headingIdx = lines.findIndex((l) => isSummaryHeading(l.clean));
  if (headingIdx >= 0) {
    const heading = lines[headingIdx]!;
    if (!/^Executive Summary$/i.test(heading.clean) && readMeetingLine(heading.clean)) return { heading, meetingLine: heading };
    return { heading, meetingLine: lines.find((l, i) => i > headingIdx && l.clean !== '') ?? null };
  }
  const top = lines.filter((l) => l.clean !== '').slice(0, 40);
  return { heading: null, meetingLine: top.find((l) => NAMES_SG17.test(l.clean) && readMeetingLine(l.clean) !== null) ?? null };
}

const VERB_ROWS = '(?:new\\s+(?:and\\s+\\d+\\s+)?(?:revised\\s+)?|revised\\s+)?(?:ITU-T\\s+)?(?:Recommendations?|texts?)\\s+(?:were\\s+|was\\s+)?';

/** Phrasings of each total, the summaries' own first: "(N)" after the label, "label: N", "N Recommendations <verb>". */
const TOTALS: readonly { key: keyof DeclaredTotals; label: string; patterns: readonly RegExp[] }[] = [
  {
    key: 'outputStandards',
    label: 'Output standards',
    patterns: [/Output standards\s*\((\d+)/i, /Output standards\s*:\s*(\d+)/i, /(\d+)\s+output standards/i],
  },
  {
    key: 'tapApproved',
    label: 'TAP approved',
    patterns: [
      /TAP (?:approval|approved)\s*\((\d+)\)/i,
      /TAP approv\w*\s*:\s*(\d+)/i,
      new RegExp(`(\\d+)\\s+${VERB_ROWS}approved\\s*(?:under\\s+|\\()TAP`, 'i'),
    ],
  },
  { key: 'tapNotApproved', label: 'TAP not approved', patterns: [/TAP not approved\s*\((\d+)\)/i, /TAP not approved\s*:\s*(\d+)/i] },
  {
    key: 'tapDetermined',
    label: 'TAP determined',
    patterns: [/TAP determined\s*\((\d+)\)/i, /TAP determin\w*\s*:\s*(\d+)/i, new RegExp(`(\\d+)\\s+${VERB_ROWS}determined`, 'i'), /\bDetermined\s*\((\d+)\)/i],
  },
  {
    key: 'aapConsented',
    label: 'AAP consented',
    patterns: [/AAP consented\s*\((\d+)\)/i, /AAP consent\w*\s*:\s*(\d+)/i, new RegExp(`(\\d+)\\s+${VERB_ROWS}consented`, 'i'), /\bConsented\s*\((\d+)\)/i],
  },
  { key: 'agreed', label: 'Agreed', patterns: [/\bAgreed\s*\((\d+)\)/i, /\bAgreed\s*:\s*(\d+)/i] },
  { key: 'newWorkItems', label: 'New work items', patterns: [/New work items\s*\((\d+)/i, /New work items\s*:\s*(\d+)/i, /(\d+)\s+new work items/i] },
];

/** ": 8 new and 2 revised Recommendations. Details …" → "8 new and 2 revised Recommendations". */
function detailAfter(text: string, end: number): string | null {
  const m = /^\)?\s*:\s*([^.;]*?)\s*(?:[.;]|Details\b|$)/i.exec(text.slice(end, end + 160));
  const detail = m?.[1]?.trim();
  return detail && /\d/.test(detail) ? detail : null;
}

/** The totals a text states about itself; `primary` (the output section) is read first, then `fallback`. */
export function readTotals(primary: string, fallback: string, rgmIntro: string): StatedTotal[] {
  const out: StatedTotal[] = [];
  for (const { key, label, patterns } of TOTALS) {
    let hit: StatedTotal | null = null;
    for (const text of [squash(primary), squash(fallback)]) {
      for (const re of patterns) {
        const m = re.exec(text);
        if (m) {
          hit = { key, label, count: Number(m[1]), detail: detailAfter(text, m.index + m[0].length) };
          break;
        }
      }
      if (hit) break;
    }
    if (hit) out.push(hit);
  }
  const t = squash(primary || fallback);
  const aap = /AAP consented\s*\(\d+\)\s*:?\s*(\d+)\s+new\s+and\s+(\d+)\s+Amendments?/i.exec(t);
  if (aap) {
    out.push({ key: 'aapConsentedNew', label: 'AAP consented, new', count: Number(aap[1]), detail: null, partOf: 'aapConsented' });
    out.push({ key: 'aapConsentedAmendments', label: 'AAP consented, amendments', count: Number(aap[2]), detail: null, partOf: 'aapConsented' });
  }
  const rgm = /(\d+)\s+Questions?\b.*?\b(\d+)\s+(?:interim\s+)?RGMs?\b/i.exec(squash(rgmIntro));
  if (rgm) {
    out.push({ key: 'rgms', label: 'Interim RGMs', count: Number(rgm[2]), detail: null });
    out.push({ key: 'rgmQuestions', label: 'Questions holding RGMs', count: Number(rgm[1]), detail: null });
  }
  return out;
}

export function declaredFrom(totals: readonly StatedTotal[]): DeclaredTotals {
  const get = (key: keyof DeclaredTotals) => totals.find((t) => t.key === key)?.count ?? null;
  return {
    outputStandards: get('outputStandards'),
    tapApproved: get('tapApproved'),
    tapNotApproved: get('tapNotApproved'),
    tapDetermined: get('tapDetermined'),
    aapConsented: get('aapConsented'),
    aapConsentedNew: get('aapConsentedNew'),
    aapConsentedAmendments: get('aapConsentedAmendments'),
    agreed: get('agreed'),
    newWorkItems: get('newWorkItems'),
    rgms: get('rgms'),
    rgmQuestions: get('rgmQuestions'),
  };
}

/**
 * "TAP determined 10 (8 new and 2 revised Recommendations)": each total once — a breakdown is not
 * repeated on its own when the total it belongs to already shows it in its detail.
 */
export function describeTotals(totals: readonly StatedTotal[]): string {
  if (totals.length === 0) return 'no totals stated';
  const saidInDetail = (t: StatedTotal) => t.partOf !== undefined && totals.some((p) => p.key === t.partOf && p.detail !== null);
  return totals
    .filter((t) => !saidInDetail(t))
    .map((t) => `${t.label} ${t.count}${t.detail ? ` (${t.detail})` : ''}`)
    .join(', ');
}

/** The parts of a summary, each with the line of its heading or null when missing. */
export function sectionPresence(lines: readonly Line[], meetingLine: Line | null): SectionPresence[] {
  const at = (re: RegExp) => lines.find((l) => re.test(l.clean))?.no ?? null;
  const annex = (re: RegExp) => {
    for (let i = 0; i < lines.length; i++) {
      const m = /^Annex\s+[A-Z]\b\s*[-–:.]?\s*(.*)$/.exec(lines[i]!.clean);
      if (!m) continue;
      const title = m[1] || (lines.slice(i + 1).find((l) => l.clean !== '')?.clean ?? '');
      if (re.test(title)) return lines[i]!.no;
    }
    return null;
  };
  return [
    { name: 'heading ("Executive Summary" or "Results of the meeting …")', line: at(/^Executive Summary$|^Results of\b/i) },
    { name: 'meeting line (group, place, dates)', line: meetingLine?.no ?? null },
    { name: 'Hot topics', line: at(/^Hot topics/i) },
    { name: 'section 1, meeting output', line: at(/^1\s{2,}\S/) },
    { name: 'section 2, future SG17 meetings', line: at(/^2\s{2,}.*Future/i) },
    { name: 'Interim RGMs list', line: at(/Interim RGMs?/i) },
    { name: 'Annex A, actions on Recommendations', line: annex(/actions? taken|Recommendations.*(approved|consented|agreed)/i) },
    { name: 'Annex B, new work items', line: annex(/new work items?/i) },
    { name: 'annex of discontinued work items', line: annex(/discontinued|deleted/i) },
    { name: 'statistics annex', line: annex(/statistic/i) },
  ];
}

export function describeSections(sections: readonly SectionPresence[]): string {
  const found = sections.filter((s) => s.line !== null).map((s) => `${s.name} (line ${s.line})`);
  const missing = sections.filter((s) => s.line === null).map((s) => s.name);
  return `Sections found: ${found.length ? found.join('; ') : 'none'}.\nSections missing: ${missing.length ? missing.join('; ') : 'none'}.`;
}

/** Everything recognisable without reading the tables. Never throws. */
export function recognise(lines: readonly Line[]): Recognition {
  const { meetingLine } = findMeetingLine(lines);
  const heading = meetingLine ? readMeetingLine(meetingLine.clean) : null;
  const firstAnnex = lines.findIndex((l) => /^Annex\s+[A-Z]\b/.test(l.clean));
  const body = lines.slice(0, firstAnnex < 0 ? lines.length : firstAnnex);
  const outputStart = body.findIndex((l) => /^1\s{2,}\S/.test(l.clean));
  const outputEnd = body.findIndex((l, i) => i > outputStart && /^2\s{2,}\S/.test(l.clean));
  const output = outputStart < 0 ? [] : body.slice(outputStart + 1, outputEnd < 0 ? body.length : outputEnd);
  const rgmIntro = body.find((l) => /plan(?:s|ned)? to hold|following \d+ .*RGMs/i.test(l.clean))?.clean ?? '';
  return {
    meeting: heading && meetingLine ? { ...heading, line: meetingLine.no } : null,
    totals: readTotals(output.map((l) => l.clean).join('\n'), body.map((l) => l.clean).join('\n'), rgmIntro),
    sections: sectionPresence(lines, meetingLine),
  };
}

/** The first lines of every ingest message: the meeting recognised and the totals read. */
export function describeRecognition(r: Recognition): string {
  const meeting = r.meeting
    ? `Recognised ${describeMeeting(r.meeting)} (line ${r.meeting.line})`
    : 'No SG17 meeting recognised (no heading line names one with readable dates)';
  return `${meeting}; totals read: ${describeTotals(r.totals)}.`;
}
