/**
 * The prose parts of a summary: heading, hot topics, section 1 outputs with the totals the summary
 * declares, correspondence groups, registration authorities, future meetings and the statistics annex.
 */
import type { CorrespondenceGroup, DeclaredTotals, FutureMeeting, Meeting } from '../dataset/schema.js';
import { parseRange } from './dates.js';
import { bulletText, type Line, sourceOf } from './lines.js';
import { declaredFrom, readMeetingLine, readTotals } from './recognise.js';

type Statistics = Meeting['statistics'];
type RegistrationAuthority = Meeting['registrationAuthorities'][number];

export interface Heading {
  title: string;
  place: string | null;
  range: { start: string; end: string };
}

/** "Meeting of ITU-T SG17 'Security', Geneva, 2 – 6 September 2024" → place and dates (see recognise.ts). */
export function parseHeading(line: string): Heading | null {
  const m = readMeetingLine(line);
  return m ? { title: m.title, place: m.place, range: m.range } : null;
}

/** Bullet items of a block; a non-bullet line continues the bullet before it. */
export function bulletItems(lines: Line[]): { text: string; indent: number; lines: Line[] }[] {
  const out: { text: string; indent: number; lines: Line[] }[] = [];
  for (const line of lines) {
    if (line.clean === '') continue;
    const b = bulletText(line);
    if (b !== null) out.push({ text: b, indent: line.indent, lines: [line] });
    else if (out.length) {
      const last = out[out.length - 1]!;
      last.text = `${last.text} ${line.clean}`;
      last.lines.push(line);
    }
  }
  return out;
}

/** The counts section 1 (else the text before the annexes) and the RGM list intro state about the summary itself. */
export function parseDeclared(outputText: string, rgmIntro: string, bodyText = ''): DeclaredTotals {
  return declaredFrom(readTotals(outputText, bodyText, rgmIntro));
}

const DOCS = /\b(TD\d+(?:R\d+)?|C\d+)\b/g;

/** "CG-RES (Correspondence Group on SG17 Restructuring): New, ToR in Annex of TD2253." */
export function parseCorrespondenceGroup(text: string, lines: Line[]): CorrespondenceGroup | null {
  const m = /^(CG-[\w-]+)\s*\(([^)]*)\)\s*:?\s*(.*)$/.exec(text);
  if (!m) return null;
  const after = m[3]!;
  const status = (/^([^,.;]+)/.exec(after)?.[1] ?? '').trim();
  return {
    acronym: m[1]!,
    name: m[2]!.trim(),
    status,
    torDocuments: [...after.matchAll(DOCS)].map((d) => d[1]!),
    text,
    source: sourceOf(lines),
  };
}

/** "New registration authority for the United Republic of Tanzania: {joint-iso-itu-t(2) country(16) tz(834)}". */
export function parseRegistrationAuthority(text: string, lines: Line[]): RegistrationAuthority | null {
  if (!/registration authorit/i.test(text)) return null;
  const country = /registration authorit(?:y|ies) for (?:the )?(.+?)\s*:/i.exec(text)?.[1] ?? null;
  const value = /\{([^}]*)\}/.exec(text)?.[1];
  // The OID arcs are the numbers in the value notation: {joint-iso-itu-t(2) country(16) tz(834)} → 2.16.834.
  const arcs = value ? [...value.matchAll(/\((\d+)\)|(?:^|\s)(\d+)(?=\s|$)/g)].map((a) => a[1] ?? a[2]) : [];
  return { text, country, oid: arcs.length ? arcs.join('.') : null, source: sourceOf(lines) };
}

export interface Outputs {
  outputs: string[];
  correspondenceGroups: CorrespondenceGroup[];
  registrationAuthorities: RegistrationAuthority[];
}

export function parseOutputs(lines: Line[]): Outputs {
  const bullets = bulletItems(lines);
  const correspondenceGroups: CorrespondenceGroup[] = [];
  const registrationAuthorities: RegistrationAuthority[] = [];
  for (const b of bullets) {
    const cg = parseCorrespondenceGroup(b.text, b.lines);
    if (cg) correspondenceGroups.push(cg);
    const ra = parseRegistrationAuthority(b.text, b.lines);
    if (ra) registrationAuthorities.push(ra);
  }
  return { outputs: bullets.map((b) => b.text), correspondenceGroups, registrationAuthorities };
}

/**
 * Section 2's numbered list: a meeting ("1st SG17 meeting … planned for 7-17 April 2025 (9 working days)")
 * with its deeper-indented side events ("ITU mini workshop … (TD2270)"). "Interim RGMs" is not a meeting.
 */
export function parseFutureMeetings(lines: Line[]): FutureMeeting[] {
  const out: (FutureMeeting & { indent: number; lines: Line[] })[] = [];
  for (const line of lines) {
    const m = /^(\d{1,2}|[a-z])[.)]\s+(.*)$/.exec(line.clean);
    if (!m) continue;
    const text = m[2]!.trim();
    if (/interim\s+RGMs?/i.test(text)) continue;
    const last = out[out.length - 1];
    if (last && line.indent > last.indent) {
      const doc = /\s*\(((?:TD|C)\d+(?:R\d+)?)\)\s*$/.exec(text);
      last.events.push({ title: doc ? text.slice(0, doc.index).trim() : text, document: doc ? doc[1]! : null });
      last.lines.push(line);
      continue;
    }
    const d = /^(.*?)\s+(?:planned\s+)?(?:for|on|from)\s+((?:\d{1,2}\s*(?:[A-Za-z]+\s*)?[-–—]\s*)?\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})\s*(.*)$/.exec(text);
    const remarks: string[] = [];
    const tail = d ? d[3]!.trim() : '';
    for (const r of tail.matchAll(/\(([^)]*)\)/g)) remarks.push(r[1]!.trim());
    out.push({
      title: d ? d[1]!.replace(/\s+planned$/i, '').trim() : text,
      datesText: d ? d[2]! : '',
      range: d ? parseRange(d[2]!) : null,
      remarks,
      events: [],
      source: sourceOf([line]),
      indent: line.indent,
      lines: [line],
    });
  }
  return out.map(({ indent: _indent, lines: ls, ...meeting }) => ({ ...meeting, source: sourceOf(ls) }));
}

/** The statistics annex: contributions, DDP, regions, liaison statements; other lines kept verbatim. */
export function parseStatistics(lines: Line[]): Statistics {
  const used = new Set<number>();
  const use = (l: Line) => used.add(l.no);
  let contributions: number | null = null;
  let ddpPercent: number | null = null;
  const byRegion: Statistics['byRegion'] = [];
  let liaisons: NonNullable<Statistics['liaisons']> | null = null;
  let inContributions = false;
  let inLiaisons = false;
  for (const line of lines) {
    const text = bulletText(line) ?? line.clean;
    if (text === '') continue;
    const contrib = /^Contributions?\s*:?\s*(\d+)/i.exec(text);
    if (contrib) {
      contributions = Number(contrib[1]);
      const ddp = /DDP\s*:?\s*(\d+(?:\.\d+)?)\s*%/i.exec(text);
      if (ddp) ddpPercent = Number(ddp[1]);
      inContributions = true;
      inLiaisons = false;
      use(line);
      continue;
    }
    const ls = /^LSs?\s*i\/o\b|^Liaison/i.exec(text);
    if (ls) {
      liaisons = {
        incoming: null,
        outgoing: null,
        matrixDocument: /matrix in ((?:TD|C)\d+(?:R\d+)?)/i.exec(text)?.[1] ?? null,
        pastMeetings: /past meetings\s*:\s*([^)]*)\)/i.exec(text)?.[1]?.trim() ?? null,
      };
      inLiaisons = true;
      inContributions = false;
      use(line);
      continue;
    }
    if (inLiaisons && liaisons) {
      const io = /^(Incoming|Outgoing)\s*:?\s*(\d+)/i.exec(text);
      if (io) {
        if (/^in/i.test(io[1]!)) liaisons.incoming = Number(io[2]);
        else liaisons.outgoing = Number(io[2]);
        use(line);
        continue;
      }
    }
    if (inContributions) {
      const r = /^([A-Za-z][\w ]*?)\s+(\d+)\s*(?:\((\d+(?:\.\d+)?)\s*%\))?\s*(?:\(\s*=?\s*([^)]*)\))?\s*$/.exec(text);
      if (r) {
        const breakdown = (r[4] ?? '')
          .split('+')
          .map((part) => /^\s*(.+?)\s+(\d+)\s*$/.exec(part))
          .filter((p): p is RegExpExecArray => p !== null)
          .map((p) => ({ country: p[1]!.trim(), count: Number(p[2]) }));
        byRegion.push({ region: r[1]!.trim(), count: Number(r[2]), percent: r[3] ? Number(r[3]) : null, breakdown });
        use(line);
      }
    }
  }
  const remarks = lines.filter((l) => l.clean !== '' && !used.has(l.no)).map((l) => bulletText(l) ?? l.clean);
  const nonBlank = lines.filter((l) => l.clean !== '');
  return {
    contributions,
    ddpPercent,
    byRegion,
    liaisons,
    remarks,
    source: nonBlank.length ? sourceOf(nonBlank) : null,
  };
}
