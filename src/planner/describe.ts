/**
 * Words and answers shared by the subscription commands (subscribe, unsubscribe,
 * subscriptions, reminders): how a subscription reads, and the refusals.
 */
import type { Answer } from '../engine/answer.js';
import type { CommandContext } from '../engine/command.js';
import { meetingLabel } from '../dataset/catalog.js';
import type { Subscription } from '../store/port.js';
import { describeLead } from './leads.js';
import { parseLead } from './leads.js';

export const STORE_SOURCE = "this channel's subscription (bot database)";

/** "Q1/17, Q15/17" or "all Questions" */
export function describeQuestions(questions: 'all' | readonly string[]): string {
  return questions === 'all' ? 'all Questions' : questions.join(', ');
}

/** "7 days and 1 day before each interim RGM, at 09:00 Europe/Zurich" */
export function describeTiming(s: Pick<Subscription, 'leads' | 'at' | 'timeZone'>): string {
  const leads = s.leads.map(describeLead);
  const list = leads.length > 1 ? `${leads.slice(0, -1).join(', ')} and ${leads.at(-1)}` : leads[0];
  const dayLeads = s.leads.some((l) => parseLead(l).kind === 'days');
  return `${list} before each interim RGM${dayLeads ? `, day reminders at ${s.at}` : ''} (${s.timeZone})`;
}

export function subscriptionItem(s: Subscription): Record<string, unknown> {
  return {
    channel: s.channel,
    questions: s.questions,
    leads: s.leads,
    at: s.at,
    timeZone: s.timeZone,
    enabled: s.enabled,
    disabledReason: s.disabledReason,
    createdAt: s.createdAt,
  };
}

/** An answer that refuses: nothing done, the reason said (channel and person checks alike). */
export function refusal(ctx: CommandContext, kind: string, title: string, summary: string): Answer {
  return {
    kind,
    ok: false,
    title,
    summary,
    sections: [],
    source: meetingLabel(ctx.catalog.latest),
    data: { kind, items: [] },
  };
}

/** The checks every subscription command makes; an Answer when one fails. */
export function channelCheck(ctx: CommandContext, mustManage: boolean): Answer | null {
  if (!ctx.channel) {
    return refusal(
      ctx,
      'no-channel',
      'This works in a channel',
      'Subscriptions belong to a chat channel the bot is in (or the console channel of "sg17 serve"): run it there, e.g. "/sg17 subscribe Q15".',
    );
  }
  if (!ctx.subscriptions) {
    return refusal(
      ctx,
      'no-store',
      'Subscriptions are not available here',
      'The running service ("sg17 serve") keeps subscriptions; this instance has no database.',
    );
  }
  if (mustManage && !ctx.actor?.canManageChannel) {
    return refusal(
      ctx,
      'not-allowed',
      'Not allowed',
      'Only people who can manage this channel can change its reminders (channel or server managers, workspace admins and owners, or users listed in SG17_ADMINS). Nothing was changed.',
    );
  }
  return null;
}
