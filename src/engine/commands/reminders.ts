/**
 * `reminders`: the next posts the reminder plan holds — for this channel in a channel, for every
 * subscribed channel from the CLI. Same planner as the scheduler, so the preview is the truth.
 */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import type { ListItem } from '../answer.js';
import { meetingLabel } from '../../dataset/catalog.js';
import { planReminders, type DueItem } from '../../planner/plan.js';
import { allRgms } from '../../planner/message.js';
import { describeLead } from '../../planner/leads.js';
import { formatInstant } from '../../planner/time.js';
import { STORE_SOURCE, describeQuestions } from '../../planner/describe.js';

/** How far ahead the preview looks. */
const HORIZON_DAYS = 400;

export const reminders = defineCommand({
  name: 'reminders',
  aliases: ['reminder', 'schedule'],
  usage: 'reminders [count]',
  summary: "The next RGM reminders this channel will get (from the CLI: every channel's)",
  options: [{ name: 'count', description: 'How many to show (default 10)', type: 'integer' }],
  params: z.object({ count: z.coerce.number().int().min(1).max(200).default(10) }),
  canBePublic: true,
  handle: async ({ count }, ctx) => {
    // In a channel: its own subscription; from the CLI: every channel's (the CLI supplies a default when none is stored).
    const subs = ctx.channel
      ? ((await ctx.subscriptions?.listForChannel(ctx.channel)) ?? []).filter((s) => s.enabled)
      : ((await ctx.subscriptions?.listActive()) ?? []);
    const refs = allRgms(ctx.catalog.meetings);
    const due = planReminders(
      refs.map((r) => r.rgm),
      subs,
      { from: ctx.now, to: new Date(ctx.now.getTime() + HORIZON_DAYS * 86_400_000) },
    ).slice(0, count);
    const byId = new Map(refs.map((r) => [r.rgm.id, r.rgm]));
    const line = (d: DueItem): ListItem => {
      const when = { type: 'time' as const, iso: d.dueAt, fallback: formatInstant(d.dueMs, d.timeZone), style: 'datetime' as const };
      if (d.kind === 'digest') return { text: [when, ` — weekly digest (${describeQuestions(d.questions)})`], detail: d.channel };
      const rgm = byId.get(d.rgmId)!;
      return {
        text: [when, ` — ${d.question} RGM "${rgm.datesText}", ${describeLead(d.lead)} before${rgm.tbc ? ' (date to be confirmed)' : ''}`],
        detail: d.channel,
      };
    };
    const where = ctx.channel ? 'this channel' : subs.length === 1 ? subs[0]!.channel : `${subs.length} channels`;
    return {
      kind: 'reminders',
      ok: true,
      title: `Next reminders for ${where}`,
      summary: subs.length
        ? due.length
          ? `${due.length} next post${due.length === 1 ? '' : 's'} in the plan (reminders and Monday digests).`
          : `Nothing planned in the next ${HORIZON_DAYS} days: the RGMs in the data are past or have no date yet.`
        : ctx.channel
          ? 'This channel follows no Question: "/sg17 subscribe Q15" (channel managers).'
          : 'No channel follows a Question in this database.',
      sections: due.length ? [{ items: due.map(line) }] : [],
      source: `${ctx.channel ? STORE_SOURCE : 'subscriptions in the bot database'}; RGMs from ${meetingLabel(ctx.catalog.latest)}`,
      data: {
        kind: 'reminders',
        items: due.map((d) =>
          d.kind === 'digest'
            ? { kind: 'digest', rgm: null, question: null, dueAt: d.dueAt, channel: d.channel, week: d.week }
            : { kind: 'reminder', rgm: d.rgmId, question: d.question, dueAt: d.dueAt, channel: d.channel, lead: d.lead, key: d.key },
        ),
      },
    };
  },
});
