/** Calendar dates as answers print them ("6 Sep 2024", "26–27 Nov 2024"). Pure; no clock. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d ?? 1];
}

/** "2024-09-06" → "6 Sep 2024" */
export function formatDay(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2025-01" → "Jan 2025" */
export function formatMonth(isoMonth: string): string {
  const [y, m] = parts(isoMonth);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "2024-11-26".."2024-11-27" → "26–27 Nov 2024"; one day → "6 Dec 2024"; across months → "30 Nov – 2 Dec 2024". */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatDay(start);
  const [sy, sm, sd] = parts(start);
  const [ey, em, ed] = parts(end);
  if (sy === ey && sm === em) return `${sd}–${ed} ${MONTHS[em - 1]} ${ey}`;
  if (sy === ey) return `${sd} ${MONTHS[sm - 1]} – ${ed} ${MONTHS[em - 1]} ${ey}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** "2025-01".."2025-02" → "Jan–Feb 2025" */
export function formatMonthRange(from: string, to: string): string {
  if (from === to) return formatMonth(from);
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return fy === ty ? `${MONTHS[fm - 1]}–${MONTHS[tm - 1]} ${ty}` : `${formatMonth(from)} – ${formatMonth(to)}`;
}

/** The UTC calendar date of an instant, "2024-11-20". */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A window of days as words: "6 Dec 2024", "1–31 Jan 2025", "from 1 Jan 2025", "until 19 Nov 2024". */
export function windowText(from?: string, to?: string): string {
  if (from && to) return from === to ? formatDay(from) : formatRange(from, to);
  if (from) return `from ${formatDay(from)}`;
  return `until ${formatDay(to!)}`;
}
