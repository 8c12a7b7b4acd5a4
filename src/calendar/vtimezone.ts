/**
 * VTIMEZONE blocks generated from the IANA database through Luxon, so Outlook and others show
 * timed events at the right hour. Each offset change in the covered years becomes one
 * STANDARD/DAYLIGHT component with its exact onset (no hand-written rules or offsets).
 */
import { DateTime, IANAZone } from 'luxon';

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Transition instants (ms) of `zone` in [fromMs, toMs), found day by day and refined to the minute. */
function transitions(zone: IANAZone, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  const DAY = 86_400_000;
  for (let t = fromMs; t < toMs; t += DAY) {
    if (zone.offset(t) === zone.offset(t + DAY)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (zone.offset(mid) === zone.offset(lo)) lo = mid;
      else hi = mid;
    }
    out.push(hi - (hi % 60_000));
  }
  return out;
}

const cache = new Map<string, string>();

/** A VTIMEZONE for `name` covering the years fromYear…toYear (inclusive). */
export function vtimezone(name: string, fromYear: number, toYear: number): string {
  const key = `${name}|${fromYear}|${toYear}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new Error(`unknown time zone ${name}`);
  const fromMs = Date.UTC(fromYear, 0, 1);
  const toMs = Date.UTC(toYear + 1, 0, 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${name}`];
  const component = (at: number, before: number, after: number) => {
    const isDst = after > Math.min(zone.offset(Date.UTC(fromYear, 0, 1)), zone.offset(Date.UTC(fromYear, 6, 1)));
    const kind = isDst ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the onset in the local time in force before the change.
    const onset = DateTime.fromMillis(at, { zone: 'UTC' }).plus({ minutes: before }).toFormat("yyyyMMdd'T'HHmmss");
    const abbreviation = DateTime.fromMillis(at, { zone: name }).toFormat('ZZZZ', { locale: 'en-GB' });
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${onset}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(after)}`,
      `TZNAME:${abbreviation}`,
      `END:${kind}`,
    );
  };
  // The offset in force at the start of the range, then every change in it.
  const initial = zone.offset(fromMs);
  component(fromMs, initial, initial);
  for (const at of transitions(zone, fromMs, toMs)) component(at, zone.offset(at - 1), zone.offset(at));
  lines.push('END:VTIMEZONE');
  const text = lines.join('\r\n');
  cache.set(key, text);
  return text;
}
