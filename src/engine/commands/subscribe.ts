/**
 * `subscribe [Q1 Q15 … | all] [lead 7d,1d,2h] [at 09:00] [tz Europe/Zurich]`: this channel gets
 * reminders before each interim RGM of those Questions. Only channel managers may change it.
 */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { normaliseQuestion } from '../params.js';
import { meetingLabel } from '../../dataset/catalog.js';
import { Lead, LocalTime } from '../../store/port.js';
import { isValidTimeZone } from '../../planner/time.js';
import { refuseUnknownQuestions } from '../question-check.js';
import { STORE_SOURCE, channelCheck, describeQuestions, describeTiming, subscriptionItem } from '../../planner/describe.js';
import { shorten } from '../../text/shorten.js';

const KEYWORDS = new Set(['lead', 'leads', 'tz', 'at']);

/** Words → {questions, lead, at, tz}: questions until the first keyword, then keyword value pairs. */
export function parseSubscriptionWords(words: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const questions: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const key = word.toLowerCase();
    if (KEYWORDS.has(key)) {
      const value = words[i + 1];
      out[key === 'leads' ? 'lead' : key] = value ?? '';
      i++;
    } else questions.push(word);
  }
  if (questions.length) out.questions = questions.join(' ');
  return out;
}

/** "Q1 Q15", "1,15", "all" → "all" | ["Q1/17", "Q15/17"]. */
export const QuestionList = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const parts = text.split(/[\s,]+/).filter(Boolean);
    if (parts.some((p) => p.toLowerCase() === 'all')) return 'all' as const;
    const out: string[] = [];
    for (const part of parts) {
      const q = normaliseQuestion(part);
      if (!q || q === 'Q0/17') {
        ctx.issues.push({ code: 'custom', message: `"${shorten(part, 40)}" is not a Question; expected e.g. Q15, 15 or all`, input: text });
        return z.NEVER;
      }
      out.push(q);
    }
    return [...new Set(out)];
  });

const Leads = z
  .string()
  .trim()
  .transform((text) => [
    ...new Set(
      text
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(Lead, { error: 'expected leads such as 7d,1d,2h' }).min(1, 'give at least one lead, e.g. 7d,1d').max(5, 'at most 5 leads'));

const TimeZone = z.string().trim().refine(isValidTimeZone, { message: 'not a time zone; use an IANA name such as Europe/Zurich or America/New_York' });

export const subscribeParams = z.object({
  questions: QuestionList.optional(),
  lead: Leads.optional(),
  at: LocalTime.optional(),
  tz: TimeZone.optional(),
});

export const subscribe = defineCommand({
  name: 'subscribe',
  usage: 'subscribe [Q1 Q15 … | all] [lead 7d,1d,2h] [at 09:00] [tz Europe/Zurich]',
  summary: 'Remind this channel before each interim RGM of these Questions (channel managers only)',
  options: [
    { name: 'questions', description: 'Questions to follow, e.g. "Q1 Q15", or all', type: 'string', autocomplete: 'question' },
    { name: 'lead', description: 'How long before: e.g. 7d,1d,2h (default 7d,1d)', type: 'string' },
    { name: 'at', description: 'Local time of day reminders, HH:MM (default 09:00)', type: 'string' },
    { name: 'tz', description: 'Time zone, e.g. Europe/Zurich (default)', type: 'string' },
  ],
  parseWords: parseSubscriptionWords,
  params: subscribeParams,
  canBePublic: false,
  managesChannel: true,
  handle: async (params, ctx) => {
    const refused = channelCheck(ctx, true) ?? refuseUnknownQuestions(ctx, params.questions);
    if (refused) return refused;
    const current = (await ctx.subscriptions!.listForChannel(ctx.channel!))[0];
    // Only settings given and already subscribed: change the settings, keep the Questions.
    const questions = params.questions ?? (current?.enabled ? [] : 'all');
    const s = await ctx.subscriptions!.subscribe(ctx.channel!, { questions, leads: params.lead, at: params.at, timeZone: params.tz }, ctx.actor!.id, ctx.now);
    // Questions are added to what the channel follows: asked for some while it follows all, say why
    // the answer is still "all", and how to follow only those.
    const asked = params.questions && params.questions !== 'all' ? params.questions : [];
    const stillAll =
      asked.length > 0 && current?.enabled && current.questions === 'all'
        ? `It already followed all Questions, ${asked.join(', ')} among them; to follow only ${asked.length === 1 ? 'that one' : 'those'}: "/sg17 unsubscribe", then "/sg17 subscribe ${asked.map((q) => q.replace('/17', '')).join(' ')}". `
        : '';
    return {
      kind: 'subscribed',
      ok: true,
      title: `This channel follows ${describeQuestions(s.questions)}`,
      summary: `${stillAll}Reminders ${describeTiming(s)}, plus a weekly digest on Mondays. "/sg17 reminders" shows the next ones; "/sg17 unsubscribe" stops them.`,
      sections: [],
      source: `${STORE_SOURCE}; RGMs from ${meetingLabel(ctx.catalog.latest)}`,
      data: { kind: 'subscription', items: [subscriptionItem(s)] },
    };
  },
});
