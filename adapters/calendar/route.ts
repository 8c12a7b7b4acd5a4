/**
 * GET /calendar.ics[?question=15]: the RGM calendar feed, rendered per request from the catalog in
 * force. An event published before whose RGM is no longer listed stays in the feed as CANCELLED.
 */
import type { HttpRoute } from '../platform.js';
import type { Clock } from '../../src/clock.js';
import type { Catalog } from '../../src/dataset/catalog.js';
import { StoreUnavailable, type CalendarVersions } from '../../src/store/port.js';
import { calendarFeed } from '../../src/calendar/feed.js';
import { normaliseQuestion } from '../../src/engine/params.js';

export interface CalendarRouteDeps {
  /** The catalog now in force. */
  readonly catalog: () => Catalog;
  readonly clock: Clock;
  readonly versions?: CalendarVersions;
}

export function calendarRoute(deps: CalendarRouteDeps): HttpRoute {
  return {
    method: 'GET',
    path: '/calendar.ics',
    handle: async (req, res) => {
      const param = new URL(req.url ?? '/', 'http://localhost').searchParams.get('question');
      let question: string | undefined;
      if (param !== null && param.trim() !== '') {
        const q = normaliseQuestion(param.slice(0, 20));
        if (!q || q === 'Q0/17') {
          res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('question must be a Question number such as 15 or Q15\n');
          return;
        }
        question = q;
      }
      let ics: string;
      try {
        ics = await calendarFeed(deps.catalog().meetings, { now: deps.clock.now(), question, versions: deps.versions });
      } catch (error) {
        if (!(error instanceof StoreUnavailable)) throw error;
        // Without the database the SEQUENCE numbers are unknown: a feed with the wrong ones would make calendars misread updates.
        res
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' })
          .end('the calendar is unavailable for a moment (database unreachable); try again shortly\n');
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': `inline; filename="sg17${question ? `-q${question.slice(1).split('/')[0]}` : ''}.ics"`,
          'cache-control': 'public, max-age=300',
        })
        .end(ics);
    },
  };
}
