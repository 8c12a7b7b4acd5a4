/**
 * Slack slash commands on loopback: signed `/sg17 rec X.1716` POSTs to our whole service (shared
 * HTTP server → body guard → Bolt → engine → Block Kit) beside a bare Bolt app, started in the same
 * run, whose /sg17 handler only acks "ok". Both verify signatures and authorize against the same
 * fake Web API. Rounds alternate bare/ours so a busy machine slows both alike.
 *   throughput: closed loop, CONCURRENCY requests in flight, DURATION_MS per round; best round each.
 *   latency:    open loop at RATE req/s for LATENCY_MS per round; p99 of every request sent in a
 *               round, best round each (a burst from another process on the machine spoils one round,
 *               not the figure).
 * Targets: our throughput ≥ 90 % of the bare app's; our p99 < 20 ms at 200 req/s.
 * Runs from bench/run.ts, or alone: `node dist/bench/slack.js`.
 */
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { App as BoltApp, LogLevel } from '@slack/bolt';
import { createApp } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { boltLogger } from '../adapters/slack/bolt-logger.js';
import { packageRoot } from '../adapters/cli/paths.js';
import { systemClock } from '../src/clock.js';
import { slackSignature, slashCommandBody, startFakeSlackApi } from '../test/fakes/slack-api.js';
import type { BenchModule, BenchRow } from './types.js';

const SECRET = 'bench-signing-secret-0123456789abcdef';
const TOKEN = 'xoxb-bench-0000-token';
const TEXT = 'rec X.1716';
const CONCURRENCY = 16;
const DURATION_MS = 2500;
const ROUNDS = 3;
const RATE = 200;
const LATENCY_MS = 3000;
const TARGET_THROUGHPUT_RATIO = 0.9;
const TARGET_P99_MS = 20;

interface Target {
  readonly name: string;
  readonly port: number;
}

/** One signed request, reused: the body and timestamp stay valid for the whole run (< 5 min). */
function signedRequest(): { body: Buffer; headers: Record<string, string | number> } {
  const text = slashCommandBody(TEXT);
  const body = Buffer.from(text);
  const ts = Math.floor(systemClock.now().getTime() / 1000);
  return {
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length, ...slackSignature(SECRET, text, ts) },
  };
}

function send(agent: Agent, port: number, req: ReturnType<typeof signedRequest>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const r = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers: req.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
        else resolve(performance.now() - started);
      });
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

async function throughput(target: Target, req: ReturnType<typeof signedRequest>): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const end = performance.now() + DURATION_MS;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      await send(agent, target.port, req);
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const rps = done / ((performance.now() - started) / 1000);
  agent.destroy();
  return rps;
}

async function latencyP99(target: Target, req: ReturnType<typeof signedRequest>): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const count = Math.round((RATE * LATENCY_MS) / 1000);
  const interval = 1000 / RATE;
  const start = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < count; i++) {
    // Open loop: request i leaves at start + i·interval whatever happened to earlier ones.
    const wait = start + i * interval - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(agent, target.port, req));
  }
  const times = (await Promise.all(pending)).sort((a, b) => a - b);
  agent.destroy();
  return times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!;
}

export const bench: BenchModule = {
  name: 'slack',
  title: `Slack /sg17 ${TEXT} on loopback: our service vs a bare Bolt app acking "ok" (same run)`,
  async run(): Promise<BenchRow[]> {
    const api = await startFakeSlackApi();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SG17_DATA_DIR: join(packageRoot(), 'data'),
      SG17_DB: ':memory:',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: api.url,
    });
    const ours = await createApp(config, { clock: systemClock, logger: silentLogger, reminders: { cron: false } });
    const oursPort = Number(new URL(await ours.start()).port);

    const bare = new BoltApp({
      signingSecret: SECRET,
      token: TOKEN,
      clientOptions: { slackApiUrl: api.url },
      logger: boltLogger(silentLogger),
      logLevel: LogLevel.ERROR,
    });
    bare.command('/sg17', async ({ ack }) => {
      await ack('ok');
    });
    const bareServer = (await bare.start({ port: 0, host: '127.0.0.1' })) as unknown as { address(): { port: number } };
    const targets: Target[] = [
      { name: 'bare Bolt', port: bareServer.address().port },
      { name: 'sg17', port: oursPort },
    ];

    try {
      const req = signedRequest();
      // Warm-up: JIT, sockets, the engine's first answer.
      for (const t of targets) for (let i = 0; i < 300; i++) await send(new Agent({ keepAlive: false }), t.port, req);
      const rps: Record<string, number[]> = { 'bare Bolt': [], sg17: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const t of round % 2 === 0 ? targets : [...targets].reverse()) rps[t.name]!.push(await throughput(t, req));
      }
      const p99s: Record<string, number[]> = { 'bare Bolt': [], sg17: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const t of round % 2 === 0 ? targets : [...targets].reverse()) p99s[t.name]!.push(await latencyP99(t, req));
      }
      const p99: Record<string, number> = { 'bare Bolt': Math.min(...p99s['bare Bolt']!), sg17: Math.min(...p99s.sg17!) };

      const bareRps = Math.max(...rps['bare Bolt']!);
      const oursRps = Math.max(...rps.sg17!);
      const ratio = oursRps / bareRps;
      return [
        {
          name: `throughput, ${CONCURRENCY} in flight (best of ${ROUNDS} rounds)`,
          value: oursRps,
          unit: 'req/s',
          baseline: { name: 'bare Bolt', value: bareRps },
          ratio,
          target: `≥ ${TARGET_THROUGHPUT_RATIO}×`,
          pass: ratio >= TARGET_THROUGHPUT_RATIO,
        },
        {
          name: `p99 latency at ${RATE} req/s (best of ${ROUNDS} rounds)`,
          value: p99.sg17!,
          unit: 'ms',
          baseline: { name: 'bare Bolt', value: p99['bare Bolt']! },
          ratio: p99.sg17! / p99['bare Bolt']!,
          target: `< ${TARGET_P99_MS} ms`,
          pass: p99.sg17! < TARGET_P99_MS,
        },
      ];
    } finally {
      await bare.stop();
      await ours.stop();
      await api.close();
    }
  },
};

// Runnable alone: node dist/bench/slack.js
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  bench.run().then(
    (rows) => {
      for (const r of rows) {
        const base = r.baseline ? `  (${r.baseline.name}: ${r.baseline.value.toFixed(1)} ${r.unit}, ratio ${r.ratio?.toFixed(2)}×)` : '';
        console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${base}  target ${r.target}: ${r.pass ? 'PASS' : 'FAIL'}`);
      }
      process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
