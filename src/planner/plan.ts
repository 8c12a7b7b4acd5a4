/**
 * The reminder plan, a pure function: dataset RGMs + subscriptions + a time window → the
 * reminders and weekly digests due in that window, each with its due instant (UTC), channel,
 * RGM and lead. The scheduler decides nothing else: it posts what this says is due and the
 * ledger says is not sent.
 *
 * Rules: day leads (7d, 1d, 1w) fall on the start date minus N days at the subscription's local
 * time (default 09:00 in Europe/Zurich); hour/minute leads count back from the RGM's start time
 * (Geneva) or, where the summary gives no time, from that local time on the first day.
 * TBC dates are reminded (the message says "date to be confirmed"); alternatives from the
 * earliest; month windows and unreadable dates get no timed reminder (the digest lists them).
 * A subscription is owed only reminders due after it was created. A person's follow (a
 * subscription addressed "<platform>:user:<id>") gets the reminders but no weekly digest.
 */
import type { Rgm } from '../dataset/schema.js';
import { isPerson, type ChannelAddress } from '../channel.js';
import type { Subscription } from '../store/port.js';
import { parseLead, type ParsedLead } from './leads.js';
import { addDays, isoWeekday, localToInstant, rgmBeginsMs, rgmStartDate } from './time.js';

/** Half-open window (from, to] of instants. */
export interface PlanWindow {
  readonly from: Date;
  readonly to: Date;
}

export interface Reminder {
  readonly kind: 'reminder';
  /** Idempotency key: channel + RGM + its start date + lead. A moved RGM is reminded again. */
  readonly key: string;
  readonly channel: ChannelAddress;
  readonly rgmId: string;
  readonly question: string;
  readonly lead: string;
  readonly dueAt: string;
  readonly dueMs: number;
  /** When the meeting begins (Geneva); a missed reminder is dropped once this has passed. */
  readonly beginsMs: number;
  readonly timeZone: string;
}

export interface Digest {
  readonly kind: 'digest';
  readonly key: string;
  readonly channel: ChannelAddress;
  /** The Monday (local date) the digest is for; it covers that day and the next 27. */
  readonly week: string;
  readonly dueAt: string;
  readonly dueMs: number;
  readonly timeZone: string;
  readonly questions: 'all' | readonly string[];
}

export type DueItem = Reminder | Digest;

/** How many days a weekly digest looks ahead. */
export const DIGEST_DAYS = 28;

interface TimedRgm {
  readonly rgm: Rgm;
  readonly question: string;
  readonly startDate: string;
  /** The start date at 00:00 UTC: the sort key for finding candidates of a window. */
  readonly startDayMs: number;
  /** When it begins (Geneva); computed on first use, since most RGMs are never due in a window. */
  beginsMs: number | null;
}

interface Group {
  readonly timeZone: string;
  readonly at: string;
  /** `at` in minutes after midnight. */
  readonly atMinutes: number;
  readonly leads: readonly { lead: string; parsed: ParsedLead }[];
  readonly all: Subscription[];
  readonly byQuestion: Map<string, Subscription[]>;
  readonly members: Subscription[];
}

const DAY_MS = 86_400_000;
/** Every zone is within UTC−12…UTC+14 (plus a DST gap): the due instant lies within this of the naive UTC reading. */
const ZONE_SLACK_MS = 16 * 3600_000;

/** A plan prepared once per (dataset, subscriptions) and asked for many windows (one per tick). */
export interface PreparedPlan {
  due(window: PlanWindow): DueItem[];
}

type Instant = (date: string, time: string, zone: string) => number;

export function preparePlan(rgms: readonly Rgm[], subscriptions: readonly Subscription[]): PreparedPlan {
  const timed: TimedRgm[] = [];
  for (const rgm of rgms) {
    const startDate = rgmStartDate(rgm);
    if (!rgm.question || !startDate) continue;
    timed.push({ rgm, question: rgm.question, startDate, startDayMs: Date.parse(`${startDate}T00:00:00Z`), beginsMs: null });
  }
  timed.sort((a, b) => a.startDayMs - b.startDayMs);
  const groups = groupSubscriptions(subscriptions);
  const createdMs = new Map(subscriptions.map((s) => [s, Date.parse(s.createdAt)]));
  const instants = new Map<string, number>();
  const instant: Instant = (date, time, zone) => {
    const k = `${zone}|${date}|${time}`;
    let v = instants.get(k);
    if (v === undefined) {
      v = localToInstant(date, time, zone);
      instants.set(k, v);
    }
    return v;
  };
  /** Index of the first RGM whose start day is ≥ ms. */
  const lowerBound = (ms: number): number => {
    let lo = 0;
    let hi = timed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (timed[mid]!.startDayMs < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // A digest with nothing in its four weeks is not planned (previews never list it, the scheduler never posts it).
  const contentCache = new Map<string, boolean>();
  const digestHasContent = (week: string, questions: Subscription['questions']): boolean => {
    const k = `${week}|${questions === 'all' ? '*' : questions.join(',')}`;
    let v = contentCache.get(k);
    if (v === undefined) {
      v = rgms.some((rgm) => digestCovers(rgm, week, questions));
      contentCache.set(k, v);
    }
    return v;
  };

  return {
    due(window) {
      const fromMs = window.from.getTime();
      const toMs = window.to.getTime();
      const out: DueItem[] = [];
      if (toMs <= fromMs) return out;
      const mondays = mondaysNear(fromMs, toMs);
      for (const group of groups) {
        for (const { lead, parsed } of group.leads) {
          // Naive due = start day + this offset (± a zone's offset, ± a day for given start times):
          // only RGMs whose start day falls in the shifted window can be due.
          const offsetMs = parsed.kind === 'days' ? group.atMinutes * 60_000 - parsed.days * DAY_MS : group.atMinutes * 60_000 - parsed.minutes * 60_000;
          const margin = ZONE_SLACK_MS + (parsed.kind === 'minutes' ? DAY_MS : 0);
          for (let i = lowerBound(fromMs - offsetMs - margin); i < timed.length; i++) {
            const t = timed[i]!;
            if (t.startDayMs > toMs - offsetMs + margin) break;
            const followers = [group.all, group.byQuestion.get(t.question)];
            if (group.all.length === 0 && !followers[1]) continue;
            const dueMs = dueInstant(t, parsed, group, instant);
            if (dueMs <= fromMs || dueMs > toMs) continue;
            const dueAt = new Date(dueMs).toISOString();
            for (const list of followers) {
              for (const s of list ?? []) {
                if (dueMs <= createdMs.get(s)!) continue;
                out.push({
                  kind: 'reminder',
                  key: `${s.channel}|${t.rgm.id}|${t.startDate}|${lead}`,
                  channel: s.channel,
                  rgmId: t.rgm.id,
                  question: t.question,
                  lead,
                  dueAt,
                  dueMs,
                  beginsMs: begins(t),
                  timeZone: s.timeZone,
                });
              }
            }
          }
        }
        if (mondays.length) out.push(...digestsDue(group, mondays, fromMs, toMs, instant, createdMs, digestHasContent));
      }
      // Same instant: reminders before the digest; otherwise emission order (the sort is stable,
      // and emission follows the subscriptions' and RGMs' order, so the plan is deterministic).
      return out.sort((a, b) => a.dueMs - b.dueMs || (a.kind === b.kind ? 0 : a.kind === 'reminder' ? -1 : 1));
    },
  };
}

/** The plan for one window: `preparePlan(rgms, subscriptions).due(window)`. */
export function planReminders(rgms: readonly Rgm[], subscriptions: readonly Subscription[], window: PlanWindow): DueItem[] {
  return preparePlan(rgms, subscriptions).due(window);
}

function begins(t: TimedRgm): number {
  if (t.beginsMs === null) t.beginsMs = rgmBeginsMs(t.rgm)!;
  return t.beginsMs;
}

function dueInstant(t: TimedRgm, lead: ParsedLead, group: Group, instant: Instant): number {
  if (lead.kind === 'minutes') {
    if (t.rgm.times) return begins(t) - lead.minutes * 60_000;
    return instant(t.startDate, group.at, group.timeZone) - lead.minutes * 60_000;
  }
  return instant(addDays(t.startDate, -lead.days), group.at, group.timeZone);
}

/** Mondays (civil dates) a window can touch in any zone: its UTC dates padded by a day either side. */
function mondaysNear(fromMs: number, toMs: number): string[] {
  const out: string[] = [];
  const last = new Date(toMs + DAY_MS).toISOString().slice(0, 10);
  for (let date = new Date(fromMs - DAY_MS).toISOString().slice(0, 10); date <= last; date = addDays(date, 1)) {
    if (isoWeekday(date) === 1) out.push(date);
  }
  return out;
}

/**
 * Whether a digest for the four weeks from `week` lists this RGM: a followed Question, dated in
 * those weeks, or a month window overlapping them (the same rule as digestEntries in message.ts).
 */
export function digestCovers(rgm: Rgm, week: string, questions: Subscription['questions']): boolean {
  if (rgm.question === null || (questions !== 'all' && !questions.includes(rgm.question))) return false;
  const end = addDays(week, DIGEST_DAYS - 1);
  const start = rgmStartDate(rgm);
  if (start) return start >= week && start <= end;
  return rgm.when.kind === 'window' && rgm.when.from <= end.slice(0, 7) && rgm.when.to >= week.slice(0, 7);
}

function digestsDue(
  group: Group,
  mondays: readonly string[],
  fromMs: number,
  toMs: number,
  instant: Instant,
  createdMs: Map<Subscription, number>,
  hasContent: (week: string, questions: Subscription['questions']) => boolean,
): Digest[] {
  const out: Digest[] = [];
  for (const date of mondays) {
    const dueMs = instant(date, group.at, group.timeZone);
    if (dueMs <= fromMs || dueMs > toMs) continue;
    for (const s of group.members) {
      if (dueMs <= createdMs.get(s)! || isPerson(s.channel)) continue;
      if (!hasContent(date, s.questions)) continue;
      out.push({
        kind: 'digest',
        key: `${s.channel}|digest|${date}`,
        channel: s.channel,
        week: date,
        dueAt: new Date(dueMs).toISOString(),
        dueMs,
        timeZone: s.timeZone,
        questions: s.questions,
      });
    }
  }
  return out;
}

function groupSubscriptions(subscriptions: readonly Subscription[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of subscriptions) {
    if (!s.enabled) continue;
    const k = `${s.timeZone}|${s.at}|${s.leads.join(',')}`;
    let g = groups.get(k);
    if (!g) {
      g = {
        timeZone: s.timeZone,
        at: s.at,
        atMinutes: Number(s.at.slice(0, 2)) * 60 + Number(s.at.slice(3, 5)),
        leads: [...new Set(s.leads)].map((lead) => ({ lead, parsed: parseLead(lead) })),
        all: [],
        byQuestion: new Map(),
        members: [],
      };
      groups.set(k, g);
    }
    g.members.push(s);
    if (s.questions === 'all') g.all.push(s);
    else
      for (const q of s.questions) {
        const list = g.byQuestion.get(q);
        if (list) list.push(s);
        else g.byQuestion.set(q, [s]);
      }
  }
  return [...groups.values()];
}
