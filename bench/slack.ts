/**
 * Slack slash commands on loopback: signed `/sg17 rec X.1716` POSTs to our whole service (shared
 * HTTP server → body guard → Bolt → engine → Block Kit) beside a bare Bolt app, started in the same
 * run, whose /sg17 handler only acks "ok". Both use Bolt's HTTPReceiver with the same signing
 * secret and authorize against the same fake Web API; both verify every signature (the bare app in
 * Bolt's receiver, ours once in its route, ahead of Bolt, adapters/slack/signature.ts).
 *
 * The load generator runs in a child process (one for the whole run, used for both apps alike):
 * sharing a process with the server would add the client's own per-request CPU to both sides and
 * squeeze the ratio towards 1. Rounds alternate bare/ours (bare first in even rounds, ours first
 * in odd ones, always back to back) so a busy machine slows both alike; every round is printed.
 * The throughput ratio is the median of the per-round ratios (ours ÷ bare, measured a second
 * apart): on a shared machine whose speed drifts by ±20 % over a run, pairing cancels the drift
 * that a ratio of two separate medians keeps. The ratio of the medians is printed beside it.
 *   throughput: closed loop, CONCURRENCY requests in flight, DURATION_MS per round.
 *   latency:    open loop at RATE req/s for LATENCY_MS per round; p99 of every request sent.
 * Targets: our throughput ≥ 90 % of the bare app's; our p99 < 20 ms at 200 req/s.
 * Runs from bench/run.ts, or alone: `node dist/bench/slack.js`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
const DURATION_MS = 800;
const THROUGHPUT_ROUNDS = 25;
const RATE = 200;
const LATENCY_MS = 2500;
const LATENCY_ROUNDS = 3;
const WARMUP_REQUESTS = 500;
const TARGET_THROUGHPUT_RATIO = 0.9;
const TARGET_P99_MS = 20;
/** Set in the forked load generator's environment. */
const CHILD_FLAG = 'SG17_SLACK_BENCH_LOAD';

/** One signed request, reused: the body and timestamp stay valid for the whole run (< 5 min). */
interface SignedRequest {
  readonly body: string;
  readonly headers: Record<string, string | number>;
}

type LoadJob =
  | { readonly kind: 'warmup'; readonly port: number; readonly req: SignedRequest }
  | { readonly kind: 'throughput'; readonly port: number; readonly req: SignedRequest }
  | { readonly kind: 'latency'; readonly port: number; readonly req: SignedRequest };

function signedRequest(): SignedRequest {
  const body = slashCommandBody(TEXT);
  const ts = Math.floor(systemClock.now().getTime() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
      ...slackSignature(SECRET, body, ts),
    },
  };
}

// ---- load generator (runs in the child process) ----

function send(agent: Agent, port: number, req: SignedRequest): Promise<number> {
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

async function warmup(port: number, req: SignedRequest): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = 0; i < WARMUP_REQUESTS / CONCURRENCY; i++) await send(agent, port, req);
    }),
  );
  agent.destroy();
  return 0;
}

async function throughput(port: number, req: SignedRequest): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const end = performance.now() + DURATION_MS;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      await send(agent, port, req);
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const rps = done / ((performance.now() - started) / 1000);
  agent.destroy();
  return rps;
}

async function latencyP99(port: number, req: SignedRequest): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const count = Math.round((RATE * LATENCY_MS) / 1000);
  const interval = 1000 / RATE;
  const start = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < count; i++) {
    // Open loop: request i leaves at start + i·interval whatever happened to earlier ones.
    const wait = start + i * interval - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(agent, port, req));
  }
  const times = (await Promise.all(pending)).sort((a, b) => a - b);
  agent.destroy();
  return times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!;
}

function serveLoadJobs(): void {
  process.on('message', (job: LoadJob) => {
    const run = job.kind === 'warmup' ? warmup : job.kind === 'throughput' ? throughput : latencyP99;
    run(job.port, job.req).then(
      (value) => process.send!({ ok: true, value }),
      (error: unknown) => process.send!({ ok: false, error: String(error) }),
    );
  });
  process.send!({ ready: true });
}

// ---- the measuring side (bench process: both servers live here) ----

interface LoadClient {
  run(job: LoadJob): Promise<number>;
  close(): void;
}

async function startLoadClient(): Promise<LoadClient> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, [CHILD_FLAG]: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
  });
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        child.once('message', (m: { ok: boolean; value?: number; error?: string }) => (m.ok ? resolve(m.value!) : reject(new Error(m.error))));
        child.send(job);
      }),
    close: () => {
      child.disconnect();
      child.kill();
    },
  };
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type TargetName = 'bare Bolt' | 'sg17' | 'bare Bolt, no convo store';

interface Target {
  readonly name: TargetName;
  readonly port: number;
}

/**
 * Interleaved rounds, the order reversed every other round: the compared pair (bare Bolt, sg17)
 * always runs back to back, each first in half the rounds, so a per-round ratio compares two
 * measurements taken moments apart.
 */
async function rounds(targets: readonly Target[], count: number, measure: (t: Target) => Promise<number>): Promise<Record<TargetName, number[]>> {
  const out: Record<TargetName, number[]> = { 'bare Bolt': [], sg17: [], 'bare Bolt, no convo store': [] };
  for (let round = 0; round < count; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const t of order) out[t.name].push(await measure(t));
  }
  return out;
}

const list = (values: readonly number[], digits: number): string => values.map((v) => v.toFixed(digits)).join(', ');

export const bench: BenchModule = {
  name: 'slack',
  title: `Slack /sg17 ${TEXT} on loopback: our service vs a bare Bolt app acking "ok" (same run, load from a child process)`,
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

    // A bare Bolt app that only acks "ok": Bolt's defaults otherwise (HTTPReceiver, signature
    // verification, built-in middleware). The second one, context only (no target), turns off
    // Bolt's conversation store as our app does: by default it costs a rejected promise and a new
    // Error per request, so that row shows how much of our margin the switch accounts for.
    const startBare = async (convoStore?: false) => {
      const app = new BoltApp({
        signingSecret: SECRET,
        token: TOKEN,
        clientOptions: { slackApiUrl: api.url },
        logger: boltLogger(silentLogger),
        logLevel: LogLevel.ERROR,
        ...(convoStore === false ? { convoStore } : {}),
      });
      app.command('/sg17', async ({ ack }) => {
        await ack('ok');
      });
      const server = (await app.start({ port: 0, host: '127.0.0.1' })) as unknown as { address(): { port: number } };
      return { app, port: server.address().port };
    };
    const bare = await startBare();
    const lean = await startBare(false);
    const targets: Target[] = [
      { name: 'bare Bolt', port: bare.port },
      { name: 'sg17', port: oursPort },
      { name: 'bare Bolt, no convo store', port: lean.port },
    ];
    const pair = targets.slice(0, 2);

    const load = await startLoadClient();
    try {
      const req = signedRequest();
      // Warm-up: JIT, sockets, the engine's first answer.
      for (const t of targets) await load.run({ kind: 'warmup', port: t.port, req });
      const rps = await rounds(targets, THROUGHPUT_ROUNDS, (t) => load.run({ kind: 'throughput', port: t.port, req }));
      const p99s = await rounds(pair, LATENCY_ROUNDS, (t) => load.run({ kind: 'latency', port: t.port, req }));
      console.log(
        [
          'slack rounds (interleaved, in run order per app):',
          ...targets.map((t) => `  throughput req/s  ${t.name.padEnd(26)} [${list(rps[t.name], 0)}]`),
          ...pair.map((t) => `  p99 ms at ${RATE}/s   ${t.name.padEnd(26)} [${list(p99s[t.name], 2)}]`),
        ].join('\n'),
      );
      const leanRps = median(rps['bare Bolt, no convo store']);

      const bareRps = median(rps['bare Bolt']);
      const oursRps = median(rps.sg17);
      const roundRatios = rps.sg17.map((ours, i) => ours / rps['bare Bolt'][i]!);
      const ratio = median(roundRatios);
      console.log(`  throughput ratio per round (sg17 ÷ bare Bolt)  [${list(roundRatios, 2)}]; ratio of medians ${(oursRps / bareRps).toFixed(2)}`);
      const bareP99 = median(p99s['bare Bolt']);
      const oursP99 = median(p99s.sg17);
      return [
        {
          name: `throughput, ${CONCURRENCY} in flight (medians of ${THROUGHPUT_ROUNDS} rounds; ratio: median per-round ratio)`,
          value: oursRps,
          unit: 'req/s',
          baseline: { name: 'bare Bolt', value: bareRps },
          ratio,
          target: `≥ ${TARGET_THROUGHPUT_RATIO}×`,
          pass: ratio >= TARGET_THROUGHPUT_RATIO,
        },
        {
          name: `p99 latency at ${RATE} req/s (median of ${LATENCY_ROUNDS} rounds)`,
          value: oursP99,
          unit: 'ms',
          baseline: { name: 'bare Bolt', value: bareP99 },
          ratio: oursP99 / bareP99,
          target: `< ${TARGET_P99_MS} ms`,
          pass: oursP99 < TARGET_P99_MS,
        },
        {
          name: `throughput vs bare Bolt with convoStore: false (context, median)`,
          value: oursRps,
          unit: 'req/s',
          baseline: { name: 'bare Bolt, no convo store', value: leanRps },
          ratio: oursRps / leanRps,
          pass: true,
        },
      ];
    } finally {
      load.close();
      await bare.app.stop();
      await lean.app.stop();
      await ours.stop();
      await api.close();
    }
  },
};

if (process.env[CHILD_FLAG] === '1' && process.send) {
  serveLoadJobs();
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Runnable alone: node dist/bench/slack.js
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
