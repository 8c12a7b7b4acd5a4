/** `unsubscribe [Qn…]`: stop reminders for those Questions, or all of them. Channel managers only. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { meetingLabel } from '../../dataset/catalog.js';
import { QuestionList } from './subscribe.js';
import { STORE_SOURCE, channelCheck, describeQuestions, subscriptionItem } from '../../planner/describe.js';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  usage: 'unsubscribe [Q1 Q15 … | all]',
  summary: 'Stop reminders in this channel for these Questions, or all (channel managers only)',
  options: [{ name: 'questions', description: 'Questions to stop, e.g. "Q1 Q15"; empty = all', type: 'string', autocomplete: 'question', rest: true }],
  params: z.object({ questions: QuestionList.optional() }),
  canBePublic: false,
  managesChannel: true,
  handle: async ({ questions }, ctx) => {
    const refused = channelCheck(ctx, true);
    if (refused) return refused;
    const store = ctx.subscriptions!;
    const before = (await store.listForChannel(ctx.channel!))[0];
    const source = `${STORE_SOURCE}; RGMs from ${meetingLabel(ctx.catalog.latest)}`;
    if (!before) {
      return {
        kind: 'unsubscribed',
        ok: true,
        title: 'This channel follows nothing',
        summary: 'There was nothing to stop.',
        sections: [],
        source,
        data: { kind: 'subscription', items: [] },
      };
    }
    if (before.questions === 'all' && questions && questions !== 'all') {
      return {
        kind: 'usage',
        ok: false,
        error: 'usage',
        title: 'This channel follows all Questions',
        summary: `It follows all Questions, so single ones cannot be taken out. "/sg17 unsubscribe" stops everything; then "/sg17 subscribe Q1 Q15" follows just those.`,
        sections: [],
        source,
        data: { kind: 'subscription', items: [subscriptionItem(before)] },
      };
    }
    const left = await store.unsubscribe(ctx.channel!, questions ?? 'all');
    return {
      kind: 'unsubscribed',
      ok: true,
      title: left ? `This channel now follows ${describeQuestions(left.questions)}` : 'Reminders stopped in this channel',
      summary: left ? `Stopped: ${describeQuestions(questions ?? 'all')}.` : 'No more RGM reminders or digests here.',
      sections: [],
      source,
      data: { kind: 'subscription', items: left ? [subscriptionItem(left)] : [] },
    };
  },
});
