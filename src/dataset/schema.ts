/**
 * The SG17 meeting dataset: one JSON file per meeting under data/, produced by `sg17 ingest`
 * from an executive summary. Every record keeps the source lines it came from, and a row the
 * parser could not read fully is kept as written with `incomplete: true` and the reasons.
 * Types are inferred from these schemas; there are no parallel hand-written interfaces.
 */
import { z } from 'zod';

/** ISO calendar date, e.g. "2024-09-06". */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
/** ISO year-month, e.g. "2025-01". */
export const IsoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'expected an ISO month YYYY-MM');

/** Where a record came from: 1-based inclusive line range of the source file and the raw text. */
export const SourceRef = z.object({
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  text: z.string(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** Fields every parsed row carries. */
const RowBase = {
  /** Row number as printed in the table ("1." → 1); null when the source lost it. */
  seq: z.number().int().positive().nullable(),
  /** True when the row could not be read fully; `problems` says what is missing. */
  incomplete: z.boolean(),
  problems: z.array(z.string()),
  source: SourceRef,
};

/** A Question of SG17 as "Q15/17". */
export const QuestionId = z.string().regex(/^Q\d{1,2}\/17$/, 'expected a Question such as "Q15/17"');

export const ItemStatus = z.enum(['tap-approved', 'tap-not-approved', 'tap-determined', 'aap-consented', 'agreed']);
export type ItemStatus = z.infer<typeof ItemStatus>;

/** A history event carried by a footnote ("TAP determined at SG17 Aug/Sep 2022 meeting"). */
export const HistoryEvent = z.object({
  /** e.g. "determined", "re-determined", "approval deferred", "re-determined again" */
  event: z.string(),
  /** The meeting as written, e.g. "SG17 Aug/Sep 2022". */
  meeting: z.string(),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

export const Footnote = z.object({
  /** Annex A section the note belongs to (a–e). */
  section: z.enum(['a', 'b', 'c', 'd', 'e']),
  number: z.number().int().positive(),
  text: z.string(),
  events: z.array(HistoryEvent),
  source: SourceRef,
});
export type Footnote = z.infer<typeof Footnote>;

/** A row of Annex A a)–e): a Recommendation or other text acted on at the closing plenary. */
export const Item = z.object({
  ...RowBase,
  section: z.enum(['a', 'b', 'c', 'd', 'e']),
  status: ItemStatus,
  question: QuestionId.nullable(),
  /** The number/identifier as the summary gives it: "X.1716", "X.509 Amd.1", "X.Suppl.41", "TR.5Gsec-bsf", "Security Manual". */
  number: z.string().nullable(),
  /** Working acronym before numbering ("X.sec_QKDN_AA" from "(ex X.sec_QKDN_AA)" or "(X.sec_QKDN_AA)"). */
  formerAcronym: z.string().nullable(),
  title: z.string().nullable(),
  /** The New / Revised column exactly as written ("New", "Rev.", "-"); null when absent. */
  change: z.string().nullable(),
  /** new | revised | amendment; amendment comes from "Amd." in the number. */
  kind: z.enum(['new', 'revised', 'amendment']).nullable(),
  /** Base text document ("TD2475", "R63"). */
  baseText: z.string().nullable(),
  /** A.5 reference document ("TD2355" from "(A.5 TD2355)"). */
  a5Reference: z.string().nullable(),
  /** Equivalent text, e.g. "ISO/IEC 9594-8". */
  equivalent: z.string().nullable(),
  /** Timing column, e.g. "2024-09". */
  timing: IsoMonth.nullable(),
  /** Footnote numbers referenced by the row ("Note 3" → [3]). */
  notes: z.array(z.number().int().positive()),
});
export type Item = z.infer<typeof Item>;

/** Annex B: new work items; the mark gives the approval route. */
export const WorkItem = z.object({
  ...RowBase,
  question: QuestionId.nullable(),
  acronym: z.string().nullable(),
  title: z.string().nullable(),
  /** "*" → TAP, "**" → agreement, no mark → AAP (per the annex's own note). */
  mark: z.enum(['', '*', '**']),
  route: z.enum(['tap', 'agreement', 'aap']),
  document: z.string().nullable(),
});
export type WorkItem = z.infer<typeof WorkItem>;

export const DateRange = z.object({ start: IsoDate, end: IsoDate });
export type DateRange = z.infer<typeof DateRange>;

/** When an RGM is planned, as far as the source says. */
export const RgmWhen = z.discriminatedUnion('kind', [
  /** One day or a run of days. */
  z.object({ kind: z.literal('days'), range: DateRange }),
  /** Alternatives, e.g. "7-8/8-9 Jan 2025": earliest first. */
  z.object({ kind: z.literal('alternatives'), options: z.array(DateRange).min(2) }),
  /** Only a month or months, e.g. "Feb 2025", "Jan-Feb 2025". */
  z.object({ kind: z.literal('window'), from: IsoMonth, to: IsoMonth }),
  /** Nothing readable. */
  z.object({ kind: z.literal('unknown') }),
]);
export type RgmWhen = z.infer<typeof RgmWhen>;

/** Clock times as written, e.g. "12-3:30pm" → 12:00–15:30. The summary names no time zone. */
export const ClockTimes = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
});
export type ClockTimes = z.infer<typeof ClockTimes>;

/** An interim Rapporteur Group meeting planned in the summary's "Interim RGMs" list. */
export const Rgm = z.object({
  ...RowBase,
  /** Stable id: meeting id + Question + first date text, e.g. "sg17-2024-09/rgm-07". */
  id: z.string(),
  question: QuestionId.nullable(),
  /** The date text as written, e.g. "TBC 3-5 Dec 2024". */
  datesText: z.string(),
  tbc: z.boolean(),
  when: RgmWhen,
  /** Schedule text as written ("12-3:30pm with 30+ lunch break", "4 hours x 2days"). */
  scheduleText: z.string().nullable(),
  times: ClockTimes.nullable(),
  /** Venue as written ("MyWorkspace", "Paris, France", "Hybrid (Virtual + Seoul)", "tbd"). */
  venue: z.string().nullable(),
  /**
   * Only as the row states it: "MyWorkspace"/"Virtual" → virtual, "Hybrid (…)" → hybrid, "Physical"/"Face-to-face" →
   * physical. A city alone ("Stockholm, Sweden") leaves it null: the summary does not say how people meet there.
   */
  format: z.enum(['virtual', 'hybrid', 'physical']).nullable(),
  host: z.string().nullable(),
  topics: z.array(z.string()),
  /** Other remarks kept verbatim. */
  remarks: z.array(z.string()),
});
export type Rgm = z.infer<typeof Rgm>;

export const CorrespondenceGroup = z.object({
  acronym: z.string(),
  name: z.string(),
  status: z.string(),
  torDocuments: z.array(z.string()),
  text: z.string(),
  source: SourceRef,
});
export type CorrespondenceGroup = z.infer<typeof CorrespondenceGroup>;

export const FutureMeeting = z.object({
  title: z.string(),
  datesText: z.string(),
  range: DateRange.nullable(),
  remarks: z.array(z.string()),
  /** Side events ("ITU mini workshop … (TD2270)"). */
  events: z.array(z.object({ title: z.string(), document: z.string().nullable() })),
  source: SourceRef,
});
export type FutureMeeting = z.infer<typeof FutureMeeting>;

export const RegistrationAuthority = z.object({
  text: z.string(),
  country: z.string().nullable(),
  oid: z.string().nullable(),
  source: SourceRef,
});

export const Statistics = z.object({
  contributions: z.number().int().nullable(),
  ddpPercent: z.number().nullable(),
  byRegion: z.array(
    z.object({
      region: z.string(),
      count: z.number().int(),
      percent: z.number().nullable(),
      breakdown: z.array(z.object({ country: z.string(), count: z.number().int() })),
    }),
  ),
  liaisons: z
    .object({
      incoming: z.number().int().nullable(),
      outgoing: z.number().int().nullable(),
      matrixDocument: z.string().nullable(),
      pastMeetings: z.string().nullable(),
    })
    .nullable(),
  /** Lines of the statistics annex kept verbatim (its tables lost their values in the copy). */
  remarks: z.array(z.string()),
  source: SourceRef.nullable(),
});

/** Totals the summary states about itself in section 1 and the RGM list, to check the parse against. */
export const DeclaredTotals = z.object({
  outputStandards: z.number().int().nullable(),
  tapApproved: z.number().int().nullable(),
  tapNotApproved: z.number().int().nullable(),
  tapDetermined: z.number().int().nullable(),
  aapConsented: z.number().int().nullable(),
  aapConsentedNew: z.number().int().nullable(),
  aapConsentedAmendments: z.number().int().nullable(),
  agreed: z.number().int().nullable(),
  newWorkItems: z.number().int().nullable(),
  rgms: z.number().int().nullable(),
  rgmQuestions: z.number().int().nullable(),
});
export type DeclaredTotals = z.infer<typeof DeclaredTotals>;

export const Meeting = z.object({
  schemaVersion: z.literal(1),
  /** e.g. "sg17-2024-09" */
  id: z.string().regex(/^sg17-\d{4}-\d{2}$/),
  /** The heading as written. */
  title: z.string(),
  place: z.string().nullable(),
  range: DateRange,
  /** Date of the closing plenary where Annex A actions were taken. */
  closingPlenary: IsoDate.nullable(),
  /** Path of the source text relative to the repository root. */
  sourceFile: z.string(),
  hotTopics: z.array(z.string()),
  outputs: z.array(z.string()),
  declared: DeclaredTotals,
  items: z.array(Item),
  footnotes: z.array(Footnote),
  workItems: z.array(WorkItem),
  rgms: z.array(Rgm),
  correspondenceGroups: z.array(CorrespondenceGroup),
  futureMeetings: z.array(FutureMeeting),
  registrationAuthorities: z.array(RegistrationAuthority),
  statistics: Statistics,
});
export type Meeting = z.infer<typeof Meeting>;
