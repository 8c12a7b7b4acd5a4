/**
 * `sg17 ingest`: executive summary text → validated Meeting JSON under data/.
 * parseSummary is pure; ingestFile adds the file reading and an atomic write (temp file + rename
 * in the same folder) that happens only after a successful parse, so a good file is never lost.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Meeting } from '../dataset/schema.js';
import { parseRange } from './dates.js';
import { IngestError } from './errors.js';
import { type ActionSection, parseActionSection, type SectionLetter, statusOfHeading } from './items.js';
import { toLines, type Line } from './lines.js';
import { bulletItems, parseDeclared, parseFutureMeetings, parseHeading, parseOutputs, parseStatistics } from './misc.js';
import { incompleteRows, type IngestReport } from './report.js';
import { readTotals } from '../dataset/totals.js';
import { recognise, type Recognition } from './recognise.js';
import { parseRgms } from './rgms.js';
import { findSections, splitActionSections } from './sections.js';
import { parseWorkItems } from './work-items.js';

export { IngestError } from './errors.js';
export { formatIngestReport, type IngestReport } from './report.js';

export interface IngestResult {
  meeting: Meeting;
  report: IngestReport;
  /** The dataset file written. */
  outFile: string;
}

/** Reject what is not text before trying to read it as a summary. */
function checkText(text: string): void {
  if (text.trim() === '') throw new IngestError('the file is empty: expected the text of an SG17 executive summary');
  if (text.includes('\u0000')) throw new IngestError('the file holds binary data (NUL bytes): expected the plain text of an SG17 executive summary');
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (controls > Math.max(8, text.length / 100)) throw new IngestError('the file looks binary (control characters or invalid UTF-8): expected plain text');
}

const LETTERS: readonly string[] = ['a', 'b', 'c', 'd', 'e'];

/**
 * Parse the text of an executive summary. Pure; throws only IngestError (a property test feeds it
 * arbitrary and mutated text to hold it to that).
 */
export function parseSummary(text: string, sourceFileName: string): { meeting: Meeting; report: IngestReport } {
  checkText(text);
  const lines = toLines(text);
  // Read the heading lines first, so every outcome can say which meeting and totals it recognised.
  const recognition = recognise(lines);
  try {
    return parseRecognised(lines, recognition, sourceFileName);
  } catch (error) {
    if (error instanceof IngestError && !error.recognition) throw new IngestError(error.problem, recognition);
    throw error;
  }
}

function parseRecognised(lines: Line[], recognition: Recognition, sourceFileName: string): { meeting: Meeting; report: IngestReport } {
  const s = findSections(lines);
  const warnings: string[] = [];

  const heading = parseHeading(s.meetingLine.clean);
  if (!heading) throw new IngestError(`line ${s.meetingLine.no}: the meeting line names no readable dates ("${s.meetingLine.clean.slice(0, 120)}")`);
  const id = `sg17-${heading.range.start.slice(0, 7)}`;

  const actions = s.annexes.find((a) => a.kind === 'actions');
  if (!actions)
    throw new IngestError('Annex A (actions taken on Recommendations at the closing plenary) not found: the text may be truncated or not a summary');
  const workAnnex = s.annexes.find((a) => a.kind === 'work-items');
  if (!workAnnex) throw new IngestError('the annex "New work items" (Annex B) was not found: the text may be truncated');

  const sections: ActionSection[] = [];
  for (const sec of splitActionSections(actions.body)) {
    const status = statusOfHeading(sec.heading.clean);
    if (!LETTERS.includes(sec.letter) || !status) {
      warnings.push(`line ${sec.heading.no}: Annex A section "${sec.heading.clean.slice(0, 80)}" not understood; its rows were skipped`);
      continue;
    }
    sections.push(parseActionSection(sec.letter as SectionLetter, status, sec.heading, sec.body));
  }
  if (sections.length === 0) throw new IngestError(`line ${actions.heading.no}: Annex A has no "a) …" to "e) …" sections`);
  for (const sec of sections) for (const l of sec.unread) warnings.push(`line ${l.no}: not read (Annex A ${sec.letter})): "${l.clean.slice(0, 80)}"`);

  const closing = /closing plenary (?:on|of)\s+(\d{1,2}\s+[A-Za-z]+\s+\d{4})/i.exec(actions.title);
  const work = parseWorkItems(workAnnex.body);
  if (!work.routeNoteFound) warnings.push('the new-work-items note on marks (*, **) was not found; used * = TAP, ** = agreement, none = AAP');

  const outputs = parseOutputs(s.output);
  const stats = s.annexes.find((a) => a.kind === 'statistics');
  const rgms = parseRgms(s.rgmBody, id);
  const draft = {
    schemaVersion: 1,
    id,
    title: heading.title,
    place: heading.place,
    range: heading.range,
    closingPlenary: closing ? (parseRange(closing[1]!)?.start ?? null) : null,
    sourceFile: sourceFileName,
    hotTopics: bulletItems(s.hotTopics).map((b) => b.text),
    outputs: outputs.outputs,
    declared: parseDeclared(
      s.output.map((l) => l.clean).join('\n'),
      s.rgmIntro?.clean ?? '',
      lines
        .slice(0, s.annexes[0]?.heading.no ?? lines.length)
        .map((l) => l.clean)
        .join('\n'),
    ),
    items: sections.flatMap((x) => x.items),
    footnotes: sections.flatMap((x) => x.footnotes),
    workItems: work.items,
    rgms,
    correspondenceGroups: outputs.correspondenceGroups,
    futureMeetings: parseFutureMeetings(s.future),
    registrationAuthorities: outputs.registrationAuthorities,
    statistics: stats ? parseStatistics(stats.body) : { contributions: null, ddpPercent: null, byRegion: [], liaisons: null, remarks: [], source: null },
  };
  if (!stats) warnings.push('no statistics annex found');
  for (const a of s.annexes.filter((x) => x.kind === 'discontinued')) {
    const listed = a.body.filter((l) => l.clean !== '' && !/^#/.test(l.clean));
    if (listed.length) warnings.push(`Annex ${a.letter} (${a.title}) lists ${listed.length} line(s) the dataset has no field for; not stored`);
  }
  if (!s.rgmIntro && rgms.length === 0) warnings.push('no "Interim RGMs" list found');

  const parsed = Meeting.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(`the parsed meeting is invalid at "${issue.path.join('.')}": ${issue.message}`);
  }
  const meeting = parsed.data;
  const totals = readTotals(meeting);
  checkTruncation(lines, s.annexes[s.annexes.length - 1]!.kind, meeting, work.lastRowLine);
  for (const t of totals) if (t.reconciles === false) warnings.push(`${t.label}: ${t.sentence}`);
  return { meeting, report: { meetingId: id, sourceFile: sourceFileName, recognition, totals, incomplete: incompleteRows(meeting), warnings } };
}

/** A text that ends inside a table with fewer rows than the summary declares was cut off. */
function checkTruncation(lines: Line[], lastAnnex: string, m: Meeting, lastWorkRow: number | null): void {
  const lastLine = [...lines].reverse().find((l) => l.clean !== '');
  if (!lastLine) return;
  if (lastAnnex === 'work-items' && m.declared.newWorkItems !== null && m.workItems.length < m.declared.newWorkItems && lastWorkRow === lastLine.no)
    throw new IngestError(
      `the text ends inside the new-work-items table at line ${lastLine.no} (${m.workItems.length} of ${m.declared.newWorkItems} declared rows): the file looks truncated`,
    );
  const outputs = m.items.filter((i) => i.status !== 'tap-not-approved').length;
  if (lastAnnex === 'actions' && m.declared.outputStandards !== null && outputs < m.declared.outputStandards)
    throw new IngestError(
      `the text ends inside Annex A at line ${lastLine.no} (${outputs} of ${m.declared.outputStandards} declared output standards): the file looks truncated`,
    );
}

/** Stable JSON: 2-space indent, schema key order, trailing newline. */
export function serializeMeeting(meeting: Meeting): string {
  return `${JSON.stringify(meeting, null, 2)}\n`;
}

/** The source path as the dataset records it: relative to the repository when inside it. */
function recordedSourcePath(sourcePath: string, repoRoot: string | undefined): string {
  const abs = resolve(sourcePath);
  if (repoRoot) {
    const rel = relative(resolve(repoRoot), abs);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return `data/source/${basename(abs)}`;
}

/** Executive summaries are tens of kilobytes; anything this big is the wrong file. */
const MAX_SOURCE_BYTES = 2_000_000;

/** Parse `sourcePath` and write `<outDir>/<meeting.id>.json` atomically; nothing is written if parsing fails. */
export function ingestFile(sourcePath: string, options: { outDir: string; repoRoot?: string }): IngestResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(sourcePath);
  } catch (error) {
    throw new IngestError(`cannot read ${sourcePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (bytes.length > MAX_SOURCE_BYTES)
    throw new IngestError(`${sourcePath}: ${bytes.length} bytes is far too large for an executive summary (limit ${MAX_SOURCE_BYTES})`);
  if (bytes.includes(0)) throw new IngestError(`${sourcePath}: the file holds binary data (NUL bytes): expected the plain text of an SG17 executive summary`);
  let parsed: { meeting: Meeting; report: IngestReport };
  const recorded = recordedSourcePath(sourcePath, options.repoRoot);
  try {
    parsed = parseSummary(bytes.toString('utf8'), recorded);
  } catch (error) {
    if (error instanceof IngestError) throw error.about(sourcePath);
    throw error;
  }
  const outFile = join(options.outDir, `${parsed.meeting.id}.json`);
  mkdirSync(options.outDir, { recursive: true });
  const temp = join(options.outDir, `.${parsed.meeting.id}.json.${randomUUID()}.tmp`);
  try {
    writeFileSync(temp, serializeMeeting(parsed.meeting));
    renameSync(temp, outFile);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new IngestError(`cannot write ${outFile}: ${(error as Error).message}`);
  }
  // The report names the file read; the dataset records where its source is to be committed.
  const read = resolve(sourcePath) === resolve(options.repoRoot ?? '.', recorded) ? recorded : `${sourcePath} (recorded as ${recorded})`;
  return { ...parsed, report: { ...parsed.report, sourceFile: read }, outFile };
}
