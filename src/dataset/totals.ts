/**
 * One reading of a meeting's totals: for each total the summary states about itself, the stated
 * figure, what the tables hold, which rows the stated total leaves out (and why, from the data), and
 * one sentence saying it. `stats`, the ingest report and `meeting` all print these sentences, so the
 * same fact is never read two ways ("39 in the tables" in one place, "37/37" in another).
 */
import type { DeclaredTotals, Meeting } from './schema.js';

type Key = keyof DeclaredTotals;
type Status = Meeting['items'][number]['status'];

/** Rows in the tables that a stated total does not count, with the reason the data gives. */
export interface Excluded {
  count: number;
  /** "not approved": how the sentence names them ("37 plus the 2 not approved"). */
  reason: string;
}

export interface TotalReading {
  key: Key;
  /** "Output standards", "TAP approved": the label the summary's own bullet uses. */
  label: string;
  /** What the summary states; null when it states no such total. */
  stated: number | null;
  /** How many rows (or, for Questions, distinct Questions) the tables hold. */
  inTables: number;
  /** Rows the stated total leaves out; empty when it counts them all. */
  excluded: Excluded[];
  /** The tables' figure for what the stated total counts: inTables minus the excluded rows. */
  counted: number;
  /** true: the figures agree; false: they do not; null: no total stated to compare with. */
  reconciles: boolean | null;
  /** "37 output standards stated; the tables list 39 rows, 37 plus the 2 not approved." */
  sentence: string;
}

interface Spec {
  key: Key;
  label: string;
  /** The noun after the stated figure: "37 output standards stated". */
  noun: string;
  /** What the tables' figure counts: "rows", "Questions". */
  unit: string;
  count: (m: Meeting) => number;
}

const withStatus = (status: Status) => (m: Meeting) => m.items.filter((i) => i.status === status).length;
const consented = (kind: string) => (m: Meeting) => m.items.filter((i) => i.status === 'aap-consented' && i.kind === kind).length;

const SPECS: readonly Spec[] = [
  { key: 'outputStandards', label: 'Output standards', noun: 'output standards', unit: 'rows', count: (m) => m.items.length },
  { key: 'tapApproved', label: 'TAP approved', noun: 'texts approved under TAP', unit: 'rows', count: withStatus('tap-approved') },
  { key: 'tapNotApproved', label: 'TAP not approved', noun: 'texts not approved under TAP', unit: 'rows', count: withStatus('tap-not-approved') },
  { key: 'tapDetermined', label: 'TAP determined', noun: 'texts determined under TAP', unit: 'rows', count: withStatus('tap-determined') },
  { key: 'aapConsented', label: 'AAP consented', noun: 'texts consented under AAP', unit: 'rows', count: withStatus('aap-consented') },
  { key: 'aapConsentedNew', label: 'AAP consented, new', noun: 'new texts consented under AAP', unit: 'rows', count: consented('new') },
  { key: 'aapConsentedAmendments', label: 'AAP consented, amendments', noun: 'amendments consented under AAP', unit: 'rows', count: consented('amendment') },
  { key: 'agreed', label: 'Agreed', noun: 'texts agreed', unit: 'rows', count: withStatus('agreed') },
  { key: 'newWorkItems', label: 'New work items', noun: 'new work items', unit: 'rows', count: (m) => m.workItems.length },
  { key: 'rgms', label: 'Interim RGMs', noun: 'interim RGMs', unit: 'rows', count: (m) => m.rgms.length },
  {
    key: 'rgmQuestions',
    label: 'Questions holding RGMs',
    noun: 'Questions holding RGMs',
    unit: 'Questions',
    count: (m) => new Set(m.rgms.map((r) => r.question).filter((q) => q !== null)).size,
  },
];

/**
 * The rows a stated output-standards total leaves out. A summary may count its output standards
 * without the TAP texts that were not approved (the seed: 37 = 9 + 5 + 15 + 8, with 2 not approved
 * listed beside them). Which reading holds is decided by the figures, never assumed: the not-approved
 * rows are set aside only when doing so is what makes the tables meet the stated total (or when no
 * total is stated, to say what the tables hold).
 */
function outputExclusions(m: Meeting, stated: number | null, inTables: number): Excluded[] {
  const notApproved = withStatus('tap-not-approved')(m);
  if (notApproved === 0) return [];
  if (stated === null || stated === inTables - notApproved) return [{ count: notApproved, reason: 'not approved' }];
  return [];
}

function sentenceOf(m: Meeting, spec: Spec, stated: number | null, inTables: number, excluded: Excluded[], counted: number): string {
  const rest = excluded.length ? `, ${counted} plus ${excluded.map((e) => `the ${e.count} ${e.reason}`).join(' and ')}` : '';
  const tables = `the tables list ${inTables} ${spec.unit}${rest}`;
  if (stated === null) return `No total of ${spec.noun} stated; ${tables}.`;
  const head = `${stated} ${spec.noun} stated; ${tables}`;
  if (counted === stated) return `${head}.`;
  const diff = Math.abs(counted - stated);
  const off = `${diff} ${counted < stated ? 'fewer' : 'more'} than stated`;
  const notApproved = spec.key === 'outputStandards' ? withStatus('tap-not-approved')(m) : 0;
  // Neither reading meets the figure: say so of both, rather than pick one.
  if (notApproved)
    return `${head}, ${notApproved} of them not approved — they do not reconcile, with those (${inTables}) or without (${inTables - notApproved}).`;
  return `${head} — they do not reconcile: ${off}.`;
}

function readOne(m: Meeting, spec: Spec): TotalReading {
  const stated = m.declared[spec.key];
  const inTables = spec.count(m);
  const excluded = spec.key === 'outputStandards' ? outputExclusions(m, stated, inTables) : [];
  const counted = inTables - excluded.reduce((sum, e) => sum + e.count, 0);
  return {
    key: spec.key,
    label: spec.label,
    stated,
    inTables,
    excluded,
    counted,
    reconciles: stated === null ? null : counted === stated,
    sentence: sentenceOf(m, spec, stated, inTables, excluded, counted),
  };
}

/** Every total, stated or not, in the summary's own order (output standards first). */
export function readTotals(m: Meeting): TotalReading[] {
  return SPECS.map((spec) => readOne(m, spec));
}

/** The totals a reader asks about first: output standards, new work items, interim RGMs. */
export function headlineTotals(m: Meeting): TotalReading[] {
  const headline: readonly Key[] = ['outputStandards', 'newWorkItems', 'rgms'];
  return readTotals(m).filter((r) => headline.includes(r.key));
}
