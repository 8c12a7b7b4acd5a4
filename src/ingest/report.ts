/** What the ingest found, checked against the totals the summary states about itself. */
import type { Meeting } from '../dataset/schema.js';
import type { TotalReading } from '../dataset/totals.js';
import { describeMeeting, describeSections, describeTotals, type Recognition } from './recognise.js';

export interface IncompleteRow {
  /** "Annex A d)", "Annex B", "Interim RGMs". */
  where: string;
  line: number;
  label: string;
  problems: string[];
}

export interface IngestReport {
  meetingId: string;
  sourceFile: string;
  /** The meeting, totals and sections read from the headings. */
  recognition: Recognition;
  /** Each total the summary states, read against the tables (src/dataset/totals.ts). */
  totals: TotalReading[];
  incomplete: IncompleteRow[];
  warnings: string[];
}

export function incompleteRows(m: Meeting): IncompleteRow[] {
  const rows: IncompleteRow[] = [];
  for (const i of m.items)
    if (i.incomplete)
      rows.push({ where: `Annex A ${i.section})`, line: i.source.lines[0], label: `${i.seq ?? '?'}. ${i.number ?? '(no number)'}`, problems: i.problems });
  for (const w of m.workItems)
    if (w.incomplete)
      rows.push({ where: 'New work items', line: w.source.lines[0], label: `${w.seq ?? '?'}. ${w.acronym ?? '(no acronym)'}`, problems: w.problems });
  for (const r of m.rgms)
    if (r.incomplete)
      rows.push({ where: 'Interim RGMs', line: r.source.lines[0], label: `${r.seq ?? '?'}. ${r.question ?? '(no Question)'}`, problems: r.problems });
  return rows;
}

/** Human-readable report for the CLI: the totals read against the tables, then every incomplete row. */
export function formatIngestReport(report: IngestReport): string {
  const r = report.recognition;
  const out: string[] = [
    `Ingested ${report.sourceFile} → ${report.meetingId}`,
    '',
    `Meeting: ${r.meeting ? describeMeeting(r.meeting) : 'not recognised'}`,
    `Totals stated: ${describeTotals(r.totals)}`,
    ...describeSections(r.sections).split('\n'),
    '',
    'Totals (stated, and what the tables hold):',
  ];
  // The same sentences `stats` and `meeting` print; a mark in front says whether they reconcile.
  for (const t of report.totals) out.push(`  ${t.reconciles === null ? '·' : t.reconciles ? '✓' : '✗'} ${t.sentence}`);
  out.push('', report.incomplete.length ? `Incomplete rows (${report.incomplete.length}, kept as written):` : 'Incomplete rows: none');
  for (const r of report.incomplete) out.push(`  line ${r.line} ${r.where} ${r.label}: ${r.problems.join('; ')}`);
  if (report.warnings.length) {
    out.push('', 'Warnings:');
    for (const w of report.warnings) out.push(`  ${w}`);
  }
  return `${out.join('\n')}\n`;
}
