/**
 * The service's one Slack signature check (adapters/slack/signature.ts) against Bolt's own
 * (verifySlackRequest), which it replaced on the request path: they agree on every body, secret,
 * signature and past timestamp; ours also refuses a timestamp more than five minutes ahead.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidSlackRequest } from '@slack/bolt';
import { SIGNATURE_MAX_AGE_SECONDS, validSlackSignature } from '../adapters/slack/signature.js';
import { slackSignature } from './fakes/slack-api.js';

const NOW_MS = Date.parse('2024-11-20T09:00:00Z');
const NOW_SEC = NOW_MS / 1000;

function bolt(secret: string, body: string, signature: string, timestamp: string): boolean {
  return isValidSlackRequest({
    signingSecret: secret,
    body,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
    nowMilliseconds: NOW_MS,
  });
}

describe('the Slack signature check', () => {
  it('accepts what Slack signs, within five minutes either way, and nothing altered', () => {
    const body = 'token=t&command=%2Fsg17&text=rec+X.1716';
    const ok = (ts: number, b = body, secret = 's3cret') => {
      const h = slackSignature('s3cret', body, ts);
      return validSlackSignature(secret, Buffer.from(b), h['x-slack-signature'], h['x-slack-request-timestamp'], NOW_MS);
    };
    expect(ok(NOW_SEC)).toBe(true);
    expect(ok(NOW_SEC - SIGNATURE_MAX_AGE_SECONDS)).toBe(true);
    expect(ok(NOW_SEC + SIGNATURE_MAX_AGE_SECONDS)).toBe(true);
    expect(ok(NOW_SEC - SIGNATURE_MAX_AGE_SECONDS - 1)).toBe(false);
    expect(ok(NOW_SEC + SIGNATURE_MAX_AGE_SECONDS + 1)).toBe(false);
    expect(ok(NOW_SEC, body.replace('X.1716', 'X.1717'))).toBe(false);
    expect(ok(NOW_SEC, body, 'other')).toBe(false);
    expect(ok(NOW_SEC, body, '')).toBe(false);
    expect(validSlackSignature('s3cret', Buffer.from(body), undefined, String(NOW_SEC), NOW_MS)).toBe(false);
    expect(validSlackSignature('s3cret', Buffer.from(body), slackSignature('s3cret', body, NOW_SEC)['x-slack-signature'], undefined, NOW_MS)).toBe(false);
    expect(validSlackSignature('s3cret', Buffer.from(body), ['v0=a', 'v0=b'], String(NOW_SEC), NOW_MS)).toBe(false);
  });

  it("agrees with Bolt's verifySlackRequest on any body, signature and past timestamp", () => {
    const timestamps = fc.oneof(
      fc.integer({ min: NOW_SEC - 2 * SIGNATURE_MAX_AGE_SECONDS, max: NOW_SEC }).map(String),
      fc.constantFrom('', 'abc', '-1', '1e9', ' 1', String(NOW_SEC - 3600)),
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('s3cret', 'other'),
        timestamps,
        fc.boolean(),
        fc.string(),
        (body, secret, ts, signed, junk) => {
          const signature = signed ? (slackSignature('s3cret', body, Number(ts))['x-slack-signature'] ?? '') : junk;
          // Bolt signs the body as text; Slack's bytes are that text's UTF-8, as here.
          const utf8 = Buffer.from(body);
          if (utf8.toString() !== body) return;
          expect(validSlackSignature(secret, utf8, signature, ts, NOW_MS)).toBe(bolt(secret, body, signature, ts));
        },
      ),
      { numRuns: 400 },
    );
  });
});
