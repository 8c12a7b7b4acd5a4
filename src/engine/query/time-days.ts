/** UTC days as milliseconds, for the time phrases (./time.ts, ./time-words.ts). */

export const DAY_MS = 86_400_000;
export const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const startOfDay = (d: Date): number => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
export const monthStart = (y: number, m: number): number => Date.UTC(y, m, 1);

/** Monday of the week holding `ms`. */
export function weekStart(ms: number): number {
  const day = new Date(ms).getUTCDay();
  return ms - ((day + 6) % 7) * DAY_MS;
}

export function month(y: number, m: number): { from: number; to: number } {
  return { from: monthStart(y, m), to: monthStart(y, m + 1) - DAY_MS };
}
