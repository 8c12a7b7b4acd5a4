/**
 * The calendar feed as one document: every event of the data, plus those published before whose
 * RGM is no longer listed (as cancelled), optionally for one Question. GET /calendar.ics and
 * `sg17 calendar` both serve this, so the terminal shows what subscribers' calendars get.
 */
import type { Meeting } from '../dataset/schema.js';
import type { CalendarVersions } from '../store/port.js';
import { calendarEvents, withdrawnEvents } from './model.js';
import { renderIcs } from './ics.js';

export interface FeedOptions {
  readonly now: Date;
  /** "Q15/17": only that Question's events (and those of no Question). */
  readonly question?: string;
  /** SEQUENCE numbers and what was published before; without them nothing is shown as withdrawn. */
  readonly versions?: CalendarVersions;
}

export async function calendarFeed(meetings: readonly Meeting[], options: FeedOptions): Promise<string> {
  const { question, versions } = options;
  const listed = calendarEvents(meetings);
  const all = versions ? [...listed, ...withdrawnEvents(await versions.published(), listed)] : listed;
  const events = question ? all.filter((e) => e.question === null || e.question === question) : all;
  return renderIcs(events, { now: options.now, name: question ? `SG17 ${question} interim RGMs` : 'SG17 interim RGMs', versions });
}
