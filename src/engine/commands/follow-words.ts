/**
 * Words and refusals shared by `follow`, `unfollow` and `following`: a personal follow, as the
 * person alone sees it. Nothing here names anyone but the asker.
 */
import type { Answer } from '../answer.js';
import type { CommandContext } from '../command.js';
import { meetingLabel } from '../../dataset/catalog.js';
import type { Follow } from '../../store/port.js';
import { describeQuestions, describeTiming, refusal } from '../../planner/describe.js';

export const FOLLOW_SOURCE = 'your personal follows (bot database)';

export function followSource(ctx: CommandContext): string {
  return `${FOLLOW_SOURCE}; RGMs from ${meetingLabel(ctx.catalog.latest)}`;
}

const ZONE_SOURCES: Record<Follow['timeZoneSource'], string> = {
  option: 'as you set it',
  profile: 'from your profile',
  default: "the bot's default; set yours with tz, e.g. tz Asia/Seoul",
};

/** "7 days and 1 day before each interim RGM, day reminders at 09:00 (Asia/Seoul — from your profile)" */
export function describeFollowTiming(f: Follow): string {
  return describeTiming(f).replace(/\(([^)]*)\)$/, `($1 — ${ZONE_SOURCES[f.timeZoneSource]})`);
}

export function followItem(f: Follow): Record<string, unknown> {
  return { questions: f.questions, leads: f.leads, at: f.at, timeZone: f.timeZone, timeZoneSource: f.timeZoneSource, goneReason: f.goneReason };
}

export function followTitle(f: Follow): string {
  return `You follow ${describeQuestions(f.questions)}`;
}

/** The checks every follow command makes: a person the bot can message, and a database. */
export function personCheck(ctx: CommandContext): Answer | null {
  const refuse = (kind: string, title: string, summary: string): Answer => refusal(ctx, kind, title, summary);
  if (!ctx.person) {
    return refuse(
      'no-person',
      'This works in a chat',
      'Follows are sent by direct message: run it in a chat the bot is in, or in the console of "sg17 serve".',
    );
  }
  if (!ctx.follows) {
    return refuse('no-store', 'Follows are not available here', 'The running service ("sg17 serve") keeps follows; this instance has no database.');
  }
  return null;
}

export function personalUsage(ctx: CommandContext, title: string, summary: string): Answer {
  return { kind: 'usage', ok: false, error: 'usage', title, summary, sections: [], source: followSource(ctx), data: { kind: 'usage', items: [] } };
}
