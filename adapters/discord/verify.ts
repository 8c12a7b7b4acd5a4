/**
 * Ed25519 verification of HTTP interactions, as Discord requires: the signature in
 * X-Signature-Ed25519 covers X-Signature-Timestamp followed by the raw body, checked against the
 * application's public key (DISCORD_PUBLIC_KEY, 64 hex characters). node:crypto only.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The 32-byte raw key as a KeyObject (JWK is the one raw-key import node:crypto accepts for Ed25519). */
export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/** True only for a well-formed signature by `key` over timestamp + body. Never throws. */
export function verifyDiscordSignature(key: KeyObject, signatureHex: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

/** How far a signature's timestamp may be from the service's clock: Slack's five minutes, against replays. */
export const SIGNATURE_MAX_AGE_SECONDS = 5 * 60;

/** The timestamp is whole seconds within SIGNATURE_MAX_AGE_SECONDS of `now` (either side: clocks drift). */
export function isFreshTimestamp(timestamp: string | undefined, now: Date): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= SIGNATURE_MAX_AGE_SECONDS;
}
