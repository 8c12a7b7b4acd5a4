/**
 * The reminder and digest messages as neutral Answers. Dates and times are TimeSpan parts, so
 * Slack (<!date^…>) and Discord (<t:…>) show them in each reader's local time; the fallback
 * text names the zone. Only fields the summary contains are shown.
 */
import type { Answer, Field, ListItem, Rich, Section, TimeSpan } from '../engine/answer.js';
import type { Meeting, Rgm } from '../dataset/schema.js';
import { meetingLabel } from '../dataset/catalog.js';
import type { Digest, Reminder } from './plan.js';
import { DIGEST_DAYS } from './plan.js';
import { describeLead } from './leads.js';
import { RGM_TIME_ZONE, addDays, formatDate, formatInstant, localToInstant, rgmStartDate } from './time.js';

export interface RgmRef {
  readonly rgm: Rgm;
  readonly meeting: Meeting;
}

/** Every RGM of every meeting, with the meeting it was planned at. */
export function allRgms(meetings: readonly Meeting[]): RgmRef[] {
  return meetings.flatMap((meeting) => meeting.rgms.map((rgm) => ({ rgm, meeting })));
}

/** A calendar day as a local-time span: noon UTC keeps the same date for readers from UTC−11 to UTC+11. */
function daySpan(date: string): TimeSpan {
  return { type: 'time', iso: `${date}T12:00:00.000Z`, fallback: formatDate(date), style: 'date' };
}

function range(start: string, end: string): Rich {
  return start === end ? [daySpan(start)] : [daySpan(start), ' – ', daySpan(end)];
}

/** The dates of an RGM as rich text, honest about TBC, alternatives and month windows. */
export function rgmDates(rgm: Rgm): Rich {
  const when = rgm.when;
  let parts: (string | TimeSpan)[];
  switch (when.kind) {
    case 'days':
      parts = [...(range(when.range.start, when.range.end) as (string | TimeSpan)[])];
      break;
    case 'alternatives':
      parts = when.options.flatMap((o, i) => [...(i ? [' or '] : []), ...(range(o.start, o.end) as (string | TimeSpan)[])]);
      parts.push(' (alternatives)');
      break;
    case 'window':
      parts = [`${rgm.datesText} — date not set yet`];
      break;
    default:
      parts = [`${rgm.datesText || 'not given'} — date not set yet`];
  }
  if (rgm.tbc && when.kind !== 'window' && when.kind !== 'unknown') parts.push(' — date to be confirmed');
  return parts;
}

/** "12:00–15:30 (Geneva time assumed …)" with the start as a local-time span. */
function rgmTimes(rgm: Rgm): Rich | null {
  const start = rgmStartDate(rgm);
  if (rgm.times && start) {
    const ms = localToInstant(start, rgm.times.start, RGM_TIME_ZONE);
    const span: TimeSpan = { type: 'time', iso: new Date(ms).toISOString(), fallback: formatInstant(ms, RGM_TIME_ZONE), style: 'datetime' };
    return [`${rgm.times.start}–${rgm.times.end} as given ("${rgm.scheduleText ?? ''}"); the summary names no time zone, Geneva time assumed: starts `, span];
  }
  return rgm.scheduleText;
}

function questionNumber(question: string): string {
  return /^Q(\d+)/.exec(question)?.[1] ?? '';
}

export function calendarUrl(publicUrl: string | undefined, question?: string): string | undefined {
  if (!publicUrl) return undefined;
  const base = `${publicUrl.replace(/\/+$/, '')}/calendar.ics`;
  return question ? `${base}?question=${questionNumber(question)}` : base;
}

function sourceOf(ref: RgmRef): string {
  const [from] = ref.rgm.source.lines;
  return `${meetingLabel(ref.meeting)} — executive summary, Interim RGMs (line ${from})`;
}

/** The fields describing one RGM, only those the summary gives (without the dates when the text around says them already). */
export function rgmFields(rgm: Rgm, options: { readonly dates?: boolean } = {}): Field[] {
  const fields: Field[] = options.dates === false ? [] : [{ label: 'Dates', value: rgmDates(rgm) }];
  const times = rgmTimes(rgm);
  if (times) fields.push({ label: 'Times', value: times });
  if (rgm.venue) fields.push({ label: 'Venue', value: rgm.venue, inline: true });
  if (rgm.format) fields.push({ label: 'Format', value: rgm.format, inline: true });
  if (rgm.host) fields.push({ label: 'Host', value: rgm.host, inline: true });
  return fields;
}

export interface MessageOptions {
  readonly publicUrl?: string;
  /** Posted after its due time because the service was down. */
  readonly late?: boolean;
}

export function reminderAnswer(reminder: Reminder, ref: RgmRef, options: MessageOptions = {}): Answer {
  const { rgm } = ref;
  const question = reminder.question;
  const url = calendarUrl(options.publicUrl, question);
  const lateNote = options.late
    ? [
        ` (late: this reminder was due `,
        { type: 'time', iso: reminder.dueAt, fallback: formatInstant(reminder.dueMs, reminder.timeZone), style: 'datetime' } as TimeSpan,
        ' while the bot was down)',
      ]
    : [];
  // The summary line says the dates: the fields do not say them again.
  const sections: Section[] = [{ fields: rgmFields(rgm, { dates: false }) }];
  if (rgm.topics.length) sections.push({ heading: 'Topics', items: rgm.topics.map((t) => ({ text: t })) });
  if (rgm.remarks.length) sections.push({ heading: 'Remarks', items: rgm.remarks.map((t) => ({ text: t })) });
  if (!url) sections.push({ text: 'Calendar: "sg17 calendar" or GET /calendar.ics on the bot service.' });
  return {
    kind: 'reminder',
    ok: true,
    title: `${options.late ? 'Late reminder' : 'Reminder'}: ${question} interim RGM in ${describeLead(reminder.lead)}`,
    summary: [`${question} Rapporteur Group meeting: `, ...(rgmDates(rgm) as (string | TimeSpan)[]), ...lateNote],
    sections,
    ...(url ? { links: [{ label: `Add ${question} RGMs to your calendar`, url }] } : {}),
    source: sourceOf(ref),
    data: {
      kind: 'reminder',
      items: [
        {
          rgm: rgm.id,
          question,
          channel: reminder.channel,
          lead: reminder.lead,
          dueAt: reminder.dueAt,
          late: Boolean(options.late),
          tbc: rgm.tbc,
          datesText: rgm.datesText,
        },
      ],
    },
  };
}

/** RGMs of the followed Questions in the digest's four weeks, and those whose date is not set yet. */
export function digestEntries(digest: Pick<Digest, 'week' | 'questions'>, refs: readonly RgmRef[]): { dated: RgmRef[]; unset: RgmRef[] } {
  const end = addDays(digest.week, DIGEST_DAYS - 1);
  const follows = (q: string | null) => q !== null && (digest.questions === 'all' || digest.questions.includes(q));
  const dated: RgmRef[] = [];
  const unset: RgmRef[] = [];
  for (const ref of refs) {
    const { rgm } = ref;
    if (!follows(rgm.question)) continue;
    const start = rgmStartDate(rgm);
    if (start) {
      if (start >= digest.week && start <= end) dated.push(ref);
    } else if (rgm.when.kind === 'window') {
      // A month window overlapping the four weeks: listed as "date not set yet".
      if (rgm.when.from <= end.slice(0, 7) && rgm.when.to >= digest.week.slice(0, 7)) unset.push(ref);
    }
  }
  dated.sort((a, b) => rgmStartDate(a.rgm)!.localeCompare(rgmStartDate(b.rgm)!));
  return { dated, unset };
}

export function digestAnswer(digest: Digest, refs: readonly RgmRef[], options: MessageOptions = {}): Answer | null {
  const { dated, unset } = digestEntries(digest, refs);
  if (dated.length === 0 && unset.length === 0) return null;
  const item = (ref: RgmRef): ListItem => ({
    text: [`${ref.rgm.question} — `, ...(rgmDates(ref.rgm) as (string | TimeSpan)[])],
    // What the RGM is about: its topics, else what its row says in the topics column as remarks ("Task force for AI mapping…").
    detail: [ref.rgm.venue, (ref.rgm.topics.length ? ref.rgm.topics : ref.rgm.remarks).join('; ')].filter(Boolean).join(' — ') || ref.rgm.datesText,
  });
  const end = addDays(digest.week, DIGEST_DAYS - 1);
  const url = calendarUrl(options.publicUrl);
  return {
    kind: 'digest',
    ok: true,
    title: `SG17 interim RGMs, ${formatDate(digest.week)} – ${formatDate(end)}`,
    sections: [
      ...(dated.length ? [{ heading: 'Next four weeks', items: dated.map(item) }] : []),
      ...(unset.length ? [{ heading: 'Date not set yet', items: unset.map(item) }] : []),
    ],
    ...(url ? { links: [{ label: 'SG17 RGM calendar', url }] } : {}),
    source: [...new Set([...dated, ...unset].map((r) => `${meetingLabel(r.meeting)} — executive summary, Interim RGMs`))].join('; '),
    data: {
      kind: 'digest',
      items: [...dated, ...unset].map((r) => ({
        rgm: r.rgm.id,
        question: r.rgm.question,
        datesText: r.rgm.datesText,
        dateSet: rgmStartDate(r.rgm) !== null,
        channel: digest.channel,
        dueAt: digest.dueAt,
      })),
    },
  };
}
