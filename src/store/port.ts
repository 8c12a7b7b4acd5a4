/**
 * The subscription store as the engine sees it. The SQLite implementation lives beside it;
 * a server database can replace it by implementing this interface.
 * (Owned by the reminders work; extend as needed.)
 */
import type { ChannelAddress } from '../channel.js';

export interface SubscriptionStore {
  listForChannel(channel: ChannelAddress): unknown[];
}
