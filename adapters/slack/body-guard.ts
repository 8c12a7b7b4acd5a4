/**
 * A guard in front of Bolt's HTTPReceiver. Bolt 5.1 dereferences the parsed body without a null
 * check, so a signed body of `null` (JSON, or a form `payload=null`) throws inside its request
 * handler as an unhandled rejection — which would end the process. We buffer the body first
 * (Bolt reuses a buffered `rawBody`), refuse that one shape (401 unsigned, 400 signed), and
 * hand everything else to Bolt untouched. Before that, authenticity: nothing unsigned gets past
 * the first check, whatever state the service is in. This is the only signature check: Bolt's
 * receiver is built with `signatureVerification: false` and trusts it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../src/ports.js';
import { slackSignatureProblem } from './signature.js';

/** Slack's payloads are a few kilobytes; this is generous. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is drained unread so the 413 reaches the sender; far past it, cut.
      if (size > 4 * limit) req.destroy();
      else if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks)));
    req.on('close', () => resolve(undefined));
    req.on('error', reject);
  });
}

/** What Bolt's parser would make of the body; undefined when it cannot parse (Bolt answers 400 itself). */
function boltParsed(contentType: string | undefined, text: string): { value: unknown } | undefined {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const query = parseQuery(text);
      return { value: typeof query.payload === 'string' ? JSON.parse(query.payload) : query };
    }
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** Slack's rule (and Bolt's): a form body of ssl_check=1 is Slack checking TLS, sent unsigned; Bolt strips anything else from it. */
function isSslCheck(contentType: string | undefined, body: Buffer): boolean {
  return contentType === 'application/x-www-form-urlencoded' && body.includes('ssl_check') && parseQuery(body.toString()).ssl_check === '1';
}

/**
 * Authenticity, decided first and in every state of the service: the body is buffered (413 past
 * the limit) and the signature and its timestamp checked (401 when bad, or signed more than five
 * minutes from now: ./signature.ts) before anything looks at readiness or at what the body says.
 */
export async function authenticSlackRequest(req: IncomingMessage, res: ServerResponse, signingSecret: string, logger: Logger): Promise<boolean> {
  const body = await readBody(req, BODY_LIMIT_BYTES);
  if (body === undefined) {
    res.writeHead(413).end();
    return false;
  }
  const buffered = req as IncomingMessage & { rawBody?: Buffer };
  buffered.rawBody = body;
  if (isSslCheck(req.headers['content-type'], body)) {
    // Unsigned by Slack's rule, so nothing else in the body may reach Bolt (which no longer
    // checks signatures itself, and would otherwise parse a `payload` smuggled beside it).
    buffered.rawBody = Buffer.from('ssl_check=1');
    return true;
  }
  const problem = slackSignatureProblem(signingSecret, body, req.headers['x-slack-signature'], req.headers['x-slack-request-timestamp'], Date.now());
  if (problem === null) return true;
  // What an operator checks first when every command fails: the secret or the clock (docs/slack.md).
  logger.warn({ reason: problem }, `Slack request refused (401): ${problem}`);
  res.writeHead(401).end();
  return false;
}

/**
 * After authenticSlackRequest: true → pass to Bolt; false → already answered (a signed body of
 * null, which Bolt cannot take, is the sender's error: 400).
 */
export function guardSlackBody(req: IncomingMessage, res: ServerResponse): boolean {
  const body = (req as IncomingMessage & { rawBody?: Buffer }).rawBody;
  if (!body) return true;
  // Only a body that can decode to the literal null needs a look: JSON has no escapes for it, and a
  // form value can only hide it behind percent-encoded letters (%6E, %75, %6C). Scanned as bytes,
  // so the common case costs no string decode here (Bolt decodes the buffer itself).
  if (!body.includes('null') && !body.includes('%6') && !body.includes('%7')) return true;
  const parsed = boltParsed(req.headers['content-type'], body.toString());
  if (parsed === undefined || parsed.value !== null) return true;
  res.writeHead(400).end();
  return false;
}
