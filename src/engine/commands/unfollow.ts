/** `unfollow Q15 | all`: stop the asker's direct-message reminders; "all" forgets them (their row is deleted). */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { describeQuestions } from '../../planner/describe.js';
import { QuestionList } from './subscribe.js';
import { followItem, followSource, followTitle, personCheck, personalUsage } from './follow-words.js';

export const unfollow = defineCommand({
  name: 'unfollow',
  usage: 'unfollow Q15 | all',
  summary: 'Stop my direct-message reminders for these Questions; "all" forgets me',
  options: [{ name: 'questions', description: 'Questions to stop, e.g. "Q15", or all', type: 'string', required: true, autocomplete: 'question', rest: true }],
  params: z.object({ questions: QuestionList.optional() }),
  canBePublic: false,
  personal: true,
  handle: async ({ questions }, ctx) => {
    const refused = personCheck(ctx);
    if (refused) return refused;
    if (!questions) return personalUsage(ctx, 'Which Questions?', 'Say which, e.g. "/sg17 unfollow Q15", or "/sg17 unfollow all" to stop everything.');
    const before = await ctx.follows!.get(ctx.person!);
    if (!before) {
      return {
        kind: 'unfollowed',
        ok: true,
        title: 'You follow nothing',
        summary: 'There was nothing to stop; the bot keeps nothing about you.',
        sections: [],
        source: followSource(ctx),
        data: { kind: 'follow', items: [] },
      };
    }
    if (before.questions === 'all' && questions !== 'all') {
      return personalUsage(
        ctx,
        'You follow all Questions',
        'Single Questions cannot be taken out of "all": "/sg17 unfollow all", then "/sg17 follow Q1 Q15" follows just those.',
      );
    }
    const left = await ctx.follows!.unfollow(ctx.person!, questions);
    return {
      kind: 'unfollowed',
      ok: true,
      title: left ? followTitle(left) : 'You follow nothing now',
      summary: left ? `Stopped: ${describeQuestions(questions)}.` : 'No more direct messages; the bot no longer keeps anything about you.',
      sections: [],
      source: followSource(ctx),
      data: { kind: 'follow', items: left ? [followItem(left)] : [] },
    };
  },
});
