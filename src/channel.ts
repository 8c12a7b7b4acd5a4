/**
 * Channels are addressed platform-neutrally as "<platform>:<id>". Which platforms exist is the
 * adapters' business (adapters/platforms.ts); the core only carries the name.
 */
import { z } from 'zod';

/** What a channel address looks like, for adapters that check one per request without a zod result. */
export const CHANNEL_PATTERN = /^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]+$/;
export const ChannelAddress = z.string().regex(CHANNEL_PATTERN, 'expected a channel address "<platform>:<id>"');
export type ChannelAddress = z.infer<typeof ChannelAddress>;

/** A platform's name: the prefix of its channel addresses. */
export type Platform = string;

export function channelAddress(platform: Platform, id: string): ChannelAddress {
  return ChannelAddress.parse(`${platform}:${id}`);
}

export function splitChannel(address: ChannelAddress): { platform: Platform; id: string } {
  const i = address.indexOf(':');
  return { platform: address.slice(0, i), id: address.slice(i + 1) };
}
