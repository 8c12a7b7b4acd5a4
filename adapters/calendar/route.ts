/**
 * GET /calendar.ics[?question=15]: the RGM calendar feed, rendered per request from the catalog in
 * force. An event published before whose RGM is no longer listed stays in the feed as CANCELLED.
 */
import type { HttpRoute } from '../platform.js';
import type { Clock } from '../../src/clock.js';
import type { Catalog } from '../../src/dataset/catalog.js';
import type { CalendarVersions } from '../../src/store/port.js';
import { calendarEvents, withdrawnEvents } from '../../src/calendar/model.js';
import { renderIcs } from '../../src/calendar/ics.js';
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
    handle: (req, res) => {
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
      // Every event of the data, plus those published before and no longer listed (as cancelled).
      const listed = calendarEvents(deps.catalog().meetings);
      const all = deps.versions ? [...listed, ...withdrawnEvents(deps.versions.published(), listed)] : listed;
      const events = question ? all.filter((e) => e.question === null || e.question === question) : all;
      const ics = renderIcs(events, {
        now: deps.clock.now(),
        name: question ? `SG17 ${question} interim RGMs` : 'SG17 interim RGMs',
        versions: deps.versions,
      });
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
