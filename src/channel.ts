/**
 * Channels are addressed platform-neutrally as "<platform>:<id>". Which platforms exist is the
 * adapters' business (adapters/platforms.ts); the core only carries the name.
 */
import { z } from 'zod';

export const ChannelAddress = z.string().regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]+$/, 'expected a channel address "<platform>:<id>"');
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
