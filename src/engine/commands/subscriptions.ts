/** `subscriptions`: what this channel follows and how it is reminded. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { meetingLabel } from '../../dataset/catalog.js';
import { STORE_SOURCE, channelCheck, describeQuestions, describeTiming, subscriptionItem } from '../../planner/describe.js';

export const subscriptions = defineCommand({
  name: 'subscriptions',
  aliases: ['subs'],
  usage: 'subscriptions',
  summary: 'Which Questions this channel gets RGM reminders for',
  options: [],
  params: z.object({}),
  canBePublic: true,
  handle: async (_params, ctx) => {
    const refused = channelCheck(ctx, false);
    if (refused) return refused;
    const s = (await ctx.subscriptions!.listForChannel(ctx.channel!))[0];
    const source = `${STORE_SOURCE}; RGMs from ${meetingLabel(ctx.catalog.latest)}`;
    if (!s) {
      return {
        kind: 'subscriptions',
        ok: true,
        title: 'This channel follows no Question',
        summary: 'Channel managers can start reminders with "/sg17 subscribe Q15" (or "all").',
        sections: [],
        source,
        data: { kind: 'subscription', items: [] },
      };
    }
    return {
      kind: 'subscriptions',
      ok: true,
      title: `This channel follows ${describeQuestions(s.questions)}`,
      summary: s.enabled
        ? `Reminders ${describeTiming(s)}, plus a weekly digest on Mondays.`
        : `Reminders are off: ${s.disabledReason ?? 'disabled'}. "/sg17 subscribe" turns them back on.`,
      sections: [],
      source,
      data: { kind: 'subscription', items: [subscriptionItem(s)] },
    };
  },
});
