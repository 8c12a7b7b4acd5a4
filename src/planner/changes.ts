/**
 * What changed in the data, as Answers, pure: `sg17 diff` shows the whole diff; after a reload
 * each channel that follows a Question gets one notice with the changes for its Questions
 * (RGMs dated, moved, confirmed, added, no longer listed; status changes; new or dropped work
 * items). Correspondence groups belong to no Question, so they are in the diff, not in notices.
 *
 * A notice's key is channel + the two dataset versions (+ since when the older one was announced): the scheduler claims it in the reminder
 * ledger like a reminder, so it is posted once however often the same data is (re)loaded.
 */
import type { Answer, ListItem, Section, TimeSpan } from '../engine/answer.js';
import type { DatasetDiff, RgmChange, StatusChange, WorkItemChange } from '../dataset/diff.js';
import type { ItemStatus } from '../dataset/schema.js';
import { isPerson, type ChannelAddress } from '../channel.js';
import type { Subscription } from '../store/port.js';
import { calendarUrl, rgmDates } from './message.js';

export const STATUS_WORDS: Readonly<Record<ItemStatus, string>> = {
  'tap-approved': 'TAP approved',
  'tap-not-approved': 'TAP not approved',
  'tap-determined': 'TAP determined',
  'aap-consented': 'AAP consented',
  agreed: 'agreed',
};

const RGM_VERBS: Readonly<Record<RgmChange['kind'], string>> = {
  added: 'added',
  dated: 'dated',
  confirmed: 'confirmed (TBC dropped)',
  moved: 'moved',
  changed: 'details changed',
  removed: 'no longer listed',
};

/** Only the changes of these Questions (and none without a Question). */
export function diffForQuestions(diff: DatasetDiff, questions: 'all' | readonly string[]): DatasetDiff {
  const follows = (q: string | null) => q !== null && (questions === 'all' || questions.includes(q));
  return {
    from: diff.from,
    to: diff.to,
    meetings: { added: [], removed: [] },
    rgms: diff.rgms.filter((c) => follows(c.question)),
    statuses: diff.statuses.filter((c) => follows(c.question)),
    workItems: diff.workItems.filter((c) => follows(c.question)),
    correspondenceGroups: [],
  };
}

function rgmItem(c: RgmChange): ListItem {
  const q = c.question ?? 'Question not given';
  const head = `${q} interim RGM ${RGM_VERBS[c.kind]}: `;
  const detail = [...c.details, c.id].join('; ');
  if (c.kind === 'removed') return { text: `${head}was "${c.before!.datesText}"`, detail };
  const now = rgmDates(c.after!) as (string | TimeSpan)[];
  const was = c.before && c.before.datesText !== c.after!.datesText ? [` (was "${c.before.datesText}")`] : [];
  return { text: [head, ...(typeof now === 'string' ? [now] : now), ...was], detail };
}

function statusItem(c: StatusChange): ListItem {
  const who = `${c.document}${c.question ? ` (${c.question})` : ''}`;
  if (c.before === null) return { text: `${who}: newly listed, ${STATUS_WORDS[c.after!]}`, detail: c.meetingId };
  if (c.after === null) return { text: `${who}: no longer listed (was ${STATUS_WORDS[c.before]})`, detail: c.meetingId };
  return { text: `${who}: ${STATUS_WORDS[c.before]} → ${STATUS_WORDS[c.after]}`, detail: c.meetingId };
}

function workItem(c: WorkItemChange): ListItem {
  const name = [c.acronym, c.title].filter(Boolean).join(' — ') || '(no acronym or title)';
  return { text: `${c.question ?? 'Question not given'} ${c.kind === 'added' ? 'new work item' : 'work item no longer listed'}: ${name}`, detail: c.meetingId };
}

function sections(diff: DatasetDiff): Section[] {
  const out: Section[] = [];
  const { added, removed } = diff.meetings;
  if (added.length || removed.length)
    out.push({
      heading: 'Meetings',
      items: [...added.map((id) => ({ text: `${id}: added` })), ...removed.map((id) => ({ text: `${id}: no longer in the data` }))],
    });
  if (diff.rgms.length) out.push({ heading: 'Interim RGMs', items: diff.rgms.map(rgmItem) });
  if (diff.statuses.length) out.push({ heading: 'Texts', items: diff.statuses.map(statusItem) });
  if (diff.workItems.length) out.push({ heading: 'Work items', items: diff.workItems.map(workItem) });
  if (diff.correspondenceGroups.length)
    out.push({
      heading: 'Correspondence groups',
      items: diff.correspondenceGroups.map((g) => ({
        text: `${g.acronym} (${g.name}): ${g.kind === 'added' ? `new, ${g.after}` : g.kind === 'dropped' ? 'no longer listed' : `${g.before} → ${g.after}`}`,
      })),
    });
  return out;
}

/** The diff as data (`--json`, Answer.data): one row per change. */
export function diffItems(diff: DatasetDiff): Record<string, unknown>[] {
  return [
    ...diff.meetings.added.map((id) => ({ type: 'meeting', kind: 'added', id })),
    ...diff.meetings.removed.map((id) => ({ type: 'meeting', kind: 'removed', id })),
    ...diff.rgms.map((c) => ({
      type: 'rgm',
      kind: c.kind,
      id: c.id,
      question: c.question,
      before: c.before ? { datesText: c.before.datesText, when: c.before.when, tbc: c.before.tbc, venue: c.before.venue } : null,
      after: c.after ? { datesText: c.after.datesText, when: c.after.when, tbc: c.after.tbc, venue: c.after.venue } : null,
      details: c.details,
    })),
    ...diff.statuses.map((c) => ({ type: 'status', document: c.document, question: c.question, before: c.before, after: c.after, meeting: c.meetingId })),
    ...diff.workItems.map((c) => ({ type: 'work-item', kind: c.kind, question: c.question, acronym: c.acronym, title: c.title, meeting: c.meetingId })),
    ...diff.correspondenceGroups.map((g) => ({ type: 'correspondence-group', kind: g.kind, acronym: g.acronym, before: g.before, after: g.after })),
  ];
}

/** `sg17 diff`: every change, or "no changes". */
export function diffAnswer(diff: DatasetDiff, source: string): Answer {
  const items = diffItems(diff);
  return {
    kind: 'diff',
    ok: true,
    title: items.length ? `What changed in the SG17 data (${items.length} change${items.length === 1 ? '' : 's'})` : 'No changes in the SG17 data',
    summary: `Dataset version ${diff.from} → ${diff.to}.`,
    sections: sections(diff),
    source,
    data: { kind: 'diff', items },
  };
}

export interface ChangeNotice {
  /** Idempotency key in the reminder ledger: channel + the two dataset versions. */
  readonly key: string;
  readonly channel: ChannelAddress;
  readonly answer: Answer;
}

export interface NoticeOptions {
  /** Where the new data came from, e.g. the meetings' labels. */
  readonly source: string;
  /**
   * When the dataset compared against became the announced one (ISO instant): part of the key, so
   * data that goes A → B → A → B is announced three times, while the same A → B is announced once.
   */
  readonly since: string;
  readonly publicUrl?: string;
}

export function noticeKey(channel: ChannelAddress, diff: Pick<DatasetDiff, 'from' | 'to'>, since: string): string {
  return `${channel}|changes|${diff.from}>${diff.to}|${since}`;
}

/** One notice per enabled subscription whose Questions changed; none for the others. */
export function planChangeNotices(diff: DatasetDiff, subscriptions: readonly Subscription[], options: NoticeOptions): ChangeNotice[] {
  const out: ChangeNotice[] = [];
  for (const s of subscriptions) {
    if (!s.enabled) continue;
    const mine = diffForQuestions(diff, s.questions);
    const items = diffItems(mine);
    if (items.length === 0) continue;
    const questions = [...new Set([...mine.rgms, ...mine.statuses, ...mine.workItems].map((c) => c.question!))];
    const url = calendarUrl(options.publicUrl, questions.length === 1 ? questions[0] : undefined);
    const rgmNote = mine.rgms.length
      ? [{ text: 'Reminders follow the new dates; those already posted are not repeated, and those of an RGM no longer listed are cancelled.' }]
      : [];
    out.push({
      key: noticeKey(s.channel, diff, options.since),
      channel: s.channel,
      answer: {
        kind: 'changes',
        ok: true,
        title: `SG17 data updated: ${questions.join(', ')}`,
        summary: `What changed for the Questions ${isPerson(s.channel) ? 'you follow' : 'this channel follows'} (${items.length} change${items.length === 1 ? '' : 's'}).`,
        sections: [...sections(mine), ...rgmNote],
        ...(url ? { links: [{ label: 'SG17 RGM calendar', url }] } : {}),
        source: options.source,
        data: { kind: 'changes', items: items.map((i) => ({ ...i, channel: s.channel })) },
      },
    });
  }
  return out;
}
