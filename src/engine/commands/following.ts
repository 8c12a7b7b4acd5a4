/** `following`: what the asker follows by direct message — shown to them alone, never to the channel. */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { describeFollowTiming, followItem, followSource, followTitle, personCheck } from './follow-words.js';

export const following = defineCommand({
  name: 'following',
  usage: 'following',
  summary: 'What I follow by direct message (only I see the answer)',
  options: [],
  params: z.object({}),
  canBePublic: false,
  personal: true,
  handle: async (_params, ctx) => {
    const refused = personCheck(ctx);
    if (refused) return refused;
    const f = await ctx.follows!.get(ctx.person!);
    const source = followSource(ctx);
    if (!f) {
      return {
        kind: 'following',
        ok: true,
        title: 'You follow no Question',
        summary: '"/sg17 follow Q15" sends you reminders before each Q15 RGM by direct message.',
        sections: [],
        source,
        data: { kind: 'follow', items: [] },
      };
    }
    return {
      kind: 'following',
      ok: true,
      title: followTitle(f),
      summary: f.goneReason
        ? `Direct messages stopped: the bot could not reach you (${f.goneReason}). "/sg17 follow" starts them again.`
        : `Reminders by direct message ${describeFollowTiming(f)}, and a notice when their RGMs change.`,
      sections: [],
      source,
      data: { kind: 'follow', items: [followItem(f)] },
    };
  },
});
