/** `calendar [Qn]`: the iCalendar subscription URL of the RGM feed (all RGMs or one Question's). */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import { optionalQuestion } from '../params.js';
import { meetingLabel } from '../../dataset/catalog.js';
import { calendarUrl } from '../../planner/message.js';
import { calendarEvents } from '../../calendar/model.js';

export const calendar = defineCommand({
  name: 'calendar',
  aliases: ['ical', 'ics'],
  usage: 'calendar [Qn]',
  summary: 'The calendar feed (iCalendar) of the interim RGMs and SG17 meetings, to subscribe to',
  options: [{ name: 'question', description: 'Only this Question, e.g. Q15', type: 'string', autocomplete: 'question' }],
  params: z.object({ question: optionalQuestion }),
  canBePublic: true,
  handle: ({ question }, ctx) => {
    const url = calendarUrl(ctx.publicUrl, question);
    const events = calendarEvents(ctx.catalog.meetings, question);
    const what = question ? `${question} interim RGMs and the SG17 meetings` : 'all interim RGMs and the SG17 meetings';
    return {
      kind: 'calendar',
      ok: true,
      title: question ? `Calendar feed for ${question}` : 'SG17 RGM calendar feed',
      summary: url
        ? `Subscribe to ${url} in Outlook, Google Calendar or Apple Calendar (${events.length} events: ${what}).`
        : `This bot has no public URL configured (SG17_PUBLIC_URL), so there is no link to give. The feed is served at /calendar.ics${question ? `?question=${question.slice(1).split('/')[0]}` : ''} on the bot's HTTP service, and "sg17 calendar${question ? ` --question ${question.slice(1).split('/')[0]}` : ''} > sg17.ics" writes it to a file.`,
      sections: [
        {
          text: 'Dates as the SG17 executive summary gives them: TBC dates are marked tentative, alternatives and month-only dates are described as such; times are Geneva time where the summary gives times (it names no zone).',
        },
      ],
      ...(url ? { links: [{ label: 'Calendar feed (.ics)', url }] } : {}),
      source: meetingLabel(ctx.catalog.latest),
      data: { kind: 'calendar', items: [{ url: url ?? null, question: question ?? null, events: events.length }] },
    };
  },
});
