/**
 * `follow Q15 [lead 3d] [at 08:30] [tz Asia/Seoul]`: reminders before each interim RGM of those
 * Questions, and notices when their RGMs change, by direct message to the asker. Anyone may: it
 * concerns only them. The time zone is the one given, else their profile's (Slack), else the
 * bot's default — and the answer says which.
 */
import { defineCommand, type CommandContext } from '../command.js';
import { isValidTimeZone } from '../../planner/time.js';
import { DEFAULT_TIME_ZONE, type Follow, type FollowChange } from '../../store/port.js';
import { refuseUnknownQuestions } from '../question-check.js';
import { parseSubscriptionWords, subscribeParams } from './subscribe.js';
import { describeFollowTiming, followItem, followSource, followTitle, personCheck, personalUsage } from './follow-words.js';

/** Where the time zone comes from: the option, else (unless one was set before) the profile, else the default. */
async function timeZoneFor(tz: string | undefined, current: Follow | null, ctx: CommandContext): Promise<Pick<FollowChange, 'timeZone' | 'timeZoneSource'>> {
  if (tz) return { timeZone: tz, timeZoneSource: 'option' };
  if (current?.timeZoneSource === 'option') return {};
  const profile = await ctx.profileTimeZone?.().catch(() => undefined);
  if (profile && isValidTimeZone(profile)) return { timeZone: profile, timeZoneSource: 'profile' };
  return { timeZone: DEFAULT_TIME_ZONE, timeZoneSource: 'default' };
}

export const follow = defineCommand({
  name: 'follow',
  usage: 'follow Q15 [lead 3d] [at 08:30] [tz Asia/Seoul]',
  summary: 'Remind me (by direct message) before each interim RGM of these Questions — anyone may',
  options: [
    { name: 'questions', description: 'Questions to follow, e.g. "Q3 Q15", or all (none: change the settings)', type: 'string', autocomplete: 'question' },
    { name: 'lead', description: 'How long before: e.g. 7d,1d,2h (default 7d,1d)', type: 'string' },
    { name: 'at', description: 'Your local time of day reminders, HH:MM (default 09:00)', type: 'string' },
    { name: 'tz', description: "Your time zone, e.g. Asia/Seoul (default: your profile's)", type: 'string' },
  ],
  parseWords: parseSubscriptionWords,
  params: subscribeParams,
  canBePublic: false,
  personal: true,
  handle: async (params, ctx) => {
    const refused = personCheck(ctx) ?? refuseUnknownQuestions(ctx, params.questions);
    if (refused) return refused;
    const current = await ctx.follows!.get(ctx.person!);
    // Only settings given while following: change them, keep the Questions.
    const questions = params.questions ?? (current && current.goneReason === null ? [] : null);
    if (!questions) return personalUsage(ctx, 'Which Questions?', 'Say which, e.g. "/sg17 follow Q15" or "/sg17 follow Q3 Q15 lead 3d at 08:30".');
    const zone = await timeZoneFor(params.tz, current, ctx);
    const f = await ctx.follows!.follow(ctx.person!, { questions, leads: params.lead, at: params.at, ...zone }, ctx.now);
    return {
      kind: 'followed',
      ok: true,
      title: `${followTitle(f)} — reminders by direct message`,
      summary: `Reminders ${describeFollowTiming(f)}, and a notice when their RGMs change, sent to you alone (a channel's subscription is separate: you get these either way). "/sg17 following" shows what you follow; "/sg17 unfollow all" stops it and forgets you.`,
      sections: [],
      source: followSource(ctx),
      data: { kind: 'follow', items: [followItem(f)] },
    };
  },
});
