/** Channels are addressed platform-neutrally as "slack:C123", "discord:456" or "console:local". */
import { z } from 'zod';

export const ChannelAddress = z.string().regex(/^(slack|discord|console):[A-Za-z0-9_.-]+$/, 'expected a channel such as "slack:C123" or "discord:456"');
export type ChannelAddress = z.infer<typeof ChannelAddress>;

export type Platform = 'slack' | 'discord' | 'console';

export function channelAddress(platform: Platform, id: string): ChannelAddress {
  return ChannelAddress.parse(`${platform}:${id}`);
}

export function splitChannel(address: ChannelAddress): { platform: Platform; id: string } {
  const i = address.indexOf(':');
  return { platform: address.slice(0, i) as Platform, id: address.slice(i + 1) };
}
