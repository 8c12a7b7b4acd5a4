/** Reminder leads: "7d" / "1w" are day leads (posted at the subscription's local time), "2h" / "30m" are counted from the start. */
import type { Lead } from '../store/port.js';

export type ParsedLead = { kind: 'days'; days: number } | { kind: 'minutes'; minutes: number };

export function parseLead(lead: Lead): ParsedLead {
  const n = Number(lead.slice(0, -1));
  switch (lead.slice(-1)) {
    case 'w':
      return { kind: 'days', days: n * 7 };
    case 'd':
      return { kind: 'days', days: n };
    case 'h':
      return { kind: 'minutes', minutes: n * 60 };
    default:
      return { kind: 'minutes', minutes: n };
  }
}

/** "7 days", "1 day", "2 hours", "30 minutes" */
export function describeLead(lead: Lead): string {
  const n = Number(lead.slice(0, -1));
  const unit = { w: 'week', d: 'day', h: 'hour', m: 'minute' }[lead.slice(-1) as 'w' | 'd' | 'h' | 'm'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
