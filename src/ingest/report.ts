/** What the ingest found, checked against the totals the summary states about itself. */
import type { Meeting } from '../dataset/schema.js';
import { describeMeeting, describeSections, describeTotals, type Recognition } from './recognise.js';

export interface CountCheck {
  label: string;
  found: number;
  /** What the summary says; null when it states no total. */
  declared: number | null;
}

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
  checks: CountCheck[];
  incomplete: IncompleteRow[];
  warnings: string[];
}

export function countChecks(m: Meeting): CountCheck[] {
  const d = m.declared;
  const items = (status: string) => m.items.filter((i) => i.status === status);
  const aap = items('aap-consented');
  return [
    // The summary counts its output standards without the TAP texts that were not approved (37 = 9 + 5 + 15 + 8).
    {
      label: 'Output standards (all but TAP not approved)',
      found: m.items.filter((i) => i.status !== 'tap-not-approved').length,
      declared: d.outputStandards,
    },
    { label: 'TAP approved', found: items('tap-approved').length, declared: d.tapApproved },
    { label: 'TAP not approved', found: items('tap-not-approved').length, declared: d.tapNotApproved },
    { label: 'TAP determined', found: items('tap-determined').length, declared: d.tapDetermined },
    { label: 'AAP consented', found: aap.length, declared: d.aapConsented },
    { label: 'AAP consented, new', found: aap.filter((i) => i.kind === 'new').length, declared: d.aapConsentedNew },
    { label: 'AAP consented, amendments', found: aap.filter((i) => i.kind === 'amendment').length, declared: d.aapConsentedAmendments },
    { label: 'Agreed', found: items('agreed').length, declared: d.agreed },
    { label: 'New work items', found: m.workItems.length, declared: d.newWorkItems },
    { label: 'Interim RGMs', found: m.rgms.length, declared: d.rgms },
    {
      label: 'Questions holding RGMs',
      found: new Set(m.rgms.map((r) => r.question).filter((q) => q !== null)).size,
      declared: d.rgmQuestions,
    },
  ];
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

/** Human-readable report for the CLI: counts vs declared totals, then every incomplete row. */
export function formatIngestReport(report: IngestReport): string {
  const r = report.recognition;
  const out: string[] = [
    `Ingested ${report.sourceFile} → ${report.meetingId}`,
    '',
    `Meeting: ${r.meeting ? describeMeeting(r.meeting) : 'not recognised'}`,
    `Totals stated: ${describeTotals(r.totals)}`,
    ...describeSections(r.sections).split('\n'),
    '',
    'Counts (found/declared):',
  ];
  for (const c of report.checks) {
    if (c.declared === null) out.push(`  ${c.label} ${c.found} (no total stated)`);
    else out.push(`  ${c.label} ${c.found}/${c.declared} ${c.found === c.declared ? '✓' : '✗ MISMATCH'}`);
  }
  out.push('', report.incomplete.length ? `Incomplete rows (${report.incomplete.length}, kept as written):` : 'Incomplete rows: none');
  for (const r of report.incomplete) out.push(`  line ${r.line} ${r.where} ${r.label}: ${r.problems.join('; ')}`);
  if (report.warnings.length) {
    out.push('', 'Warnings:');
    for (const w of report.warnings) out.push(`  ${w}`);
  }
  return `${out.join('\n')}\n`;
}
