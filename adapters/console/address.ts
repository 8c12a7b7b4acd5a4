/**
 * The console channel's address and its default subscription, defined once: the service's
 * console channel follows all Questions unless its owner changes that, and `sg17 reminders`
 * previews that default when the database holds no subscription.
 */
import type { ChannelAddress, PersonAddress } from '../../src/channel.js';
import { DEFAULT_AT, DEFAULT_LEADS, DEFAULT_TIME_ZONE, type Subscription, type SubscriptionChange } from '../../src/store/port.js';

export const CONSOLE_CHANNEL: ChannelAddress = 'console:local';
/** The person at the terminal, as a recipient of `follow` reminders (they print in the console). */
export const CONSOLE_PERSON: PersonAddress = 'console:user:local';

export const CONSOLE_DEFAULT: SubscriptionChange = { questions: 'all', leads: DEFAULT_LEADS, at: DEFAULT_AT, timeZone: DEFAULT_TIME_ZONE };

/** The console channel's default subscription as stored, created at `createdAt`. */
export function consoleDefaultSubscription(createdAt: string): Subscription {
  return {
    channel: CONSOLE_CHANNEL,
    questions: 'all',
    leads: [...DEFAULT_LEADS],
    at: DEFAULT_AT,
    timeZone: DEFAULT_TIME_ZONE,
    enabled: true,
    disabledReason: null,
    createdAt,
    createdBy: 'default',
  };
}
