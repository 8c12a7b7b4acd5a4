/**
 * `sg17 serve` with SG17_DB=postgres://… unreachable at start (a loopback port that refuses, later
 * forwarding to the test PostgreSQL — the database "appears"): the service listens and answers
 * questions, subscribe says "try again shortly", /readyz is 503 naming the store without its
 * password; once the database answers, the scheduler starts and /readyz turns 200.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { slackSignature, slashCommandBody, startFakeSlackApi } from './fakes/slack-api.js';
import { TEST_PG, freshDatabase, noteMissingPostgres } from './pg-harness.js';
import { killAll, refusingPort, startService, until } from './service-process.js';

const SECRET = 'db-down-slack-signing-secret';
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  killAll();
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

if (!TEST_PG) noteMissingPostgres();

/** Forward `port` on loopback to the test PostgreSQL: the database appears there. */
async function forward(port: number, to: URL): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(to.port), to.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanup.push(
    () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return server;
}

describe.runIf(TEST_PG)('the service with PostgreSQL unreachable at start', () => {
  it('answers questions, says "try again shortly" to subscribe, 503 naming the store; starts the scheduler when the database appears', async () => {
    const db = await freshDatabase();
    cleanup.push(db.drop);
    const slack = await startFakeSlackApi();
    cleanup.push(() => slack.close());
    const port = await refusingPort();
    const url = new URL(db.url);
    url.host = `127.0.0.1:${port}`;
    url.password = 'pw-never-shown';
    const service = startService({
      SG17_DB: url.toString(),
      SG17_DB_CONNECT_TIMEOUT_MS: '500',
      SG17_TICK: '* * * * * *',
      SG17_ADMINS: 'U0ADMIN9',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-3-3-dbdown',
      SLACK_API_URL: slack.url,
    });
    const base = await service.url;
    const slash = async (text: string, user = 'U0USER01') => {
      const body = slashCommandBody(text, { user_id: user });
      const res = await fetch(`${base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SECRET, body, Math.floor(Date.now() / 1000)) },
        body,
      });
      return res.text();
    };
    const readyz = async () => {
      const res = await fetch(`${base}/readyz`);
      return { status: res.status, body: (await res.json()) as { store: { up: boolean; name: string; error: string | null } } };
    };

    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body.store).toMatchObject({ up: false, name: expect.stringContaining(`127.0.0.1:${port}`) });
    expect(JSON.stringify(down.body)).not.toContain('pw-never-shown');
    expect(await slash('rec X.1716')).toContain('X.1716');
    expect(await slash('subscribe Q15', 'U0ADMIN9')).toContain('Try again shortly');
    await service.waitForLog((l) => String(l.msg).includes('reminder scheduler waiting for the database'));

    await forward(port, new URL(TEST_PG!));
    await service.waitForLog((l) => String(l.msg).includes('the database is reachable: reminder scheduler running'), 15_000);
    const up = await until(readyz, (r) => r.status === 200, 10_000);
    expect(up.body.store).toMatchObject({ up: true, error: null });
    expect(await slash('subscribe Q15', 'U0ADMIN9')).toContain('follows Q15/17');
    expect(service.child.exitCode).toBeNull();
  }, 60_000);
});
