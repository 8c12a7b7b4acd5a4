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
 * A subscription is owed only reminders due after it was created.
 */
import type { Rgm } from '../dataset/schema.js';
import type { ChannelAddress } from '../channel.js';
import type { Subscription } from '../store/port.js';
import { parseLead, type ParsedLead } from './leads.js';
import { addDays, isoWeekday, localDate, localToInstant, rgmBeginsMs, rgmStartDate } from './time.js';

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
  readonly beginsMs: number;
}

interface Group {
  readonly timeZone: string;
  readonly at: string;
  readonly leads: readonly { lead: string; parsed: ParsedLead }[];
  readonly all: Subscription[];
  readonly byQuestion: Map<string, Subscription[]>;
  readonly members: Subscription[];
}

/** Every zone is within UTC−12…UTC+14 (plus a DST gap): the due instant lies within this of the naive UTC reading. */
const ZONE_SLACK_MS = 16 * 3600_000;

/** A plan prepared once per (dataset, subscriptions) and asked for many windows (one per tick). */
export interface PreparedPlan {
  due(window: PlanWindow): DueItem[];
}

export function preparePlan(rgms: readonly Rgm[], subscriptions: readonly Subscription[]): PreparedPlan {
  const timed: TimedRgm[] = [];
  for (const rgm of rgms) {
    const startDate = rgmStartDate(rgm);
    if (!rgm.question || !startDate) continue;
    timed.push({ rgm, question: rgm.question, startDate, beginsMs: rgmBeginsMs(rgm)! });
  }
  const groups = groupSubscriptions(subscriptions);
  const createdMs = new Map(subscriptions.map((s) => [s, Date.parse(s.createdAt)]));
  const instants = new Map<string, number>();
  const instant = (date: string, time: string, zone: string): number => {
    const k = `${zone}|${date}|${time}`;
    let v = instants.get(k);
    if (v === undefined) instants.set(k, (v = localToInstant(date, time, zone)));
    return v;
  };

  return {
    due(window) {
      const fromMs = window.from.getTime();
      const toMs = window.to.getTime();
      const out: DueItem[] = [];
      if (toMs <= fromMs) return out;
      for (const group of groups) {
        for (const { lead, parsed } of group.leads) {
          for (const t of timed) {
            const dueMs = dueInstant(t, parsed, group, fromMs, toMs, instant);
            if (dueMs === null || dueMs <= fromMs || dueMs > toMs) continue;
            const dueAt = new Date(dueMs).toISOString();
            for (const list of [group.all, group.byQuestion.get(t.question)]) {
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
                  beginsMs: t.beginsMs,
                  timeZone: s.timeZone,
                });
              }
            }
          }
        }
        out.push(...digestsDue(group, fromMs, toMs, instant, createdMs));
      }
      // Same instant: reminders before the digest, then by key, so the order is stable.
      return out.sort((a, b) => a.dueMs - b.dueMs || (a.kind === b.kind ? 0 : a.kind === 'reminder' ? -1 : 1) || a.key.localeCompare(b.key));
    },
  };
}

/** The plan for one window: `preparePlan(rgms, subscriptions).due(window)`. */
export function planReminders(rgms: readonly Rgm[], subscriptions: readonly Subscription[], window: PlanWindow): DueItem[] {
  return preparePlan(rgms, subscriptions).due(window);
}

function dueInstant(
  t: TimedRgm,
  lead: ParsedLead,
  group: Group,
  fromMs: number,
  toMs: number,
  instant: (date: string, time: string, zone: string) => number,
): number | null {
  if (lead.kind === 'minutes' && t.rgm.times) return t.beginsMs - lead.minutes * 60_000;
  const date = lead.kind === 'days' ? addDays(t.startDate, -lead.days) : t.startDate;
  const minutes = lead.kind === 'days' ? 0 : lead.minutes;
  // Cheap pre-check on the naive UTC reading before asking the time-zone library.
  const naive = Date.parse(`${date}T${group.at}:00Z`) - minutes * 60_000;
  if (naive + ZONE_SLACK_MS <= fromMs || naive - ZONE_SLACK_MS > toMs) return null;
  return instant(date, group.at, group.timeZone) - minutes * 60_000;
}

function digestsDue(
  group: Group,
  fromMs: number,
  toMs: number,
  instant: (date: string, time: string, zone: string) => number,
  createdMs: Map<Subscription, number>,
): Digest[] {
  const out: Digest[] = [];
  // Local dates the window touches, padded a day either side; keep the Mondays.
  const first = addDays(localDate(fromMs, group.timeZone), -1);
  const last = addDays(localDate(toMs, group.timeZone), 1);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (isoWeekday(date) !== 1) continue;
    const dueMs = instant(date, group.at, group.timeZone);
    if (dueMs <= fromMs || dueMs > toMs) continue;
    for (const s of group.members) {
      if (dueMs <= createdMs.get(s)!) continue;
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
