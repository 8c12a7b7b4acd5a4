/**
 * The loaded dataset: every meeting, oldest first, and the indexes the engine needs.
 * Built once at start-up; queries then only read it.
 */
import type { Meeting } from './schema.js';

export interface Catalog {
  /** Oldest first. */
  readonly meetings: readonly Meeting[];
  readonly latest: Meeting;
}

export function buildCatalog(meetings: readonly Meeting[]): Catalog {
  if (meetings.length === 0) throw new Error('the dataset holds no meeting (data/*.json)');
  const sorted = [...meetings].sort((a, b) => a.range.start.localeCompare(b.range.start));
  return { meetings: sorted, latest: sorted[sorted.length - 1]! };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "SG17, Geneva, 2–6 Sep 2024": how answers name where they came from. */
export function meetingLabel(meeting: Meeting): string {
  const [sy, sm, sd] = meeting.range.start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = meeting.range.end.split('-').map(Number) as [number, number, number];
  const dates =
    sy === ey && sm === em
      ? `${sd}–${ed} ${MONTHS[em - 1]} ${ey}`
      : `${sd} ${MONTHS[sm - 1]}${sy === ey ? '' : ` ${sy}`} – ${ed} ${MONTHS[em - 1]} ${ey}`;
  return `SG17, ${meeting.place ? `${meeting.place}, ` : ''}${dates}`;
}
