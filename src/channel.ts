/**
 * Channels are addressed platform-neutrally as "<platform>:<id>". Which platforms exist is the
 * adapters' business (adapters/platforms.ts); the core only carries the name.
 */
import { z } from 'zod';

/**
 * What a recipient address looks like, for adapters that check one per request without a zod
 * result: a channel "<platform>:<id>", or a person "<platform>:user:<id>" (reminders by direct
 * message). Both go through the same planner, ledger and posters; the platform's poster opens
 * the direct-message channel for a person.
 */
export const CHANNEL_PATTERN = /^[a-z][a-z0-9-]*:(user:)?[A-Za-z0-9_.-]+$/;
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

/** A person as a recipient of direct messages: "<platform>:user:<id>". */
export const PERSON_PATTERN = /^[a-z][a-z0-9-]*:user:[A-Za-z0-9_.-]+$/;
export const PersonAddress = z.string().regex(PERSON_PATTERN, 'expected a person address "<platform>:user:<id>"');
export type PersonAddress = z.infer<typeof PersonAddress>;

export function personAddress(platform: Platform, userId: string): PersonAddress {
  return PersonAddress.parse(`${platform}:user:${userId}`);
}

/** Whether a recipient is a person (direct messages) rather than a channel. */
export function isPerson(address: string): boolean {
  return PERSON_PATTERN.test(address);
}

/** The user id of a person address ("slack:user:U1" → "U1"), or null for a channel. */
export function personUserId(address: string): string | null {
  return isPerson(address) ? address.slice(address.indexOf(':user:') + 6) : null;
}
