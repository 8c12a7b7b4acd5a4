/**
 * Discord against its 3-second deadline: signed HTTP interactions over loopback, end to end
 * (Ed25519 verify, zod, engine, embeds, JSON). Baseline, same server and run: a signed PING, which
 * does everything except the engine and the renderer. Targets: `rec X.1716` p99 ≤ 3× the PING's and
 * ≤ 300 ms (10× under the deadline, even on a loaded machine); the renderer on a huge answer
 * (500 items, 100 fields) p99 ≤ 10× JSON.stringify of the same answer.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { FakeClock } from '../src/clock.js';
import type { Answer } from '../src/engine/answer.js';
import { loadConfig } from '../adapters/config.js';
import { createHttpServer, listen } from '../adapters/http/server.js';
import { createDiscordAdapter } from '../adapters/discord/adapter.js';
import { renderDiscordMessage } from '../adapters/discord/render-embeds.js';
import { dataDir } from '../adapters/cli/paths.js';
import type { BenchModule, BenchRow } from './types.js';
import { createDispatcher } from '../src/dispatch/dispatch.js';

const REQUESTS = 400;
const RENDERS = 400;

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const silent = { info() {}, warn() {}, error() {}, debug() {} };

export const bench: BenchModule = {
  name: 'discord',
  title: `Discord HTTP interactions over loopback (${REQUESTS} signed requests each, interleaved) and the embed renderer`,
  async run() {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    const data = dataDir(process.env);
    const catalog = buildCatalog(loadDataset(data));
    const config = loadConfig({ DISCORD_PUBLIC_KEY: publicKeyHex, SG17_DATA_DIR: data });
    const clock = new FakeClock('2024-11-20T00:00:00Z');
    const dispatch = createDispatcher({ catalog: () => catalog, clock, logger: silent });
    const adapter = createDiscordAdapter({ config, clock, logger: silent, catalog: () => catalog, dispatch });
    const server = createHttpServer(adapter.routes, silent);
    const base = await listen(server, 0, '127.0.0.1');
    const url = `${base}/discord/interactions`;

    let n = 0;
    const interaction = (type: number, data?: unknown) => ({
      id: String(1_200_000_000_000_000_000n + BigInt(++n)),
      application_id: '1100000000000000001',
      type,
      token: `bench-token-${n}`,
      channel_id: '1100000000000000003',
      guild_id: '1100000000000000002',
      member: { user: { id: '1100000000000000004' }, permissions: '3072' },
      ...(data ? { data } : {}),
    });
    const send = async (payload: object): Promise<number> => {
      const body = JSON.stringify(payload);
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      return performance.now() - started;
    };
    const rec = { name: 'sg17', type: 1, options: [{ name: 'rec', type: 1, options: [{ name: 'id', type: 3, value: 'X.1716' }] }] };

    const ping: number[] = [];
    const answer: number[] = [];
    for (let i = 0; i < 20; i++) await send(interaction(2, rec)); // warm-up
    for (let i = 0; i < REQUESTS; i++) {
      ping.push(await send(interaction(1)));
      answer.push(await send(interaction(2, rec)));
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await adapter.stop();

    const huge: Answer = {
      kind: 'bench',
      ok: true,
      title: 'Huge',
      sections: [
        { heading: 'Items', items: Array.from({ length: 500 }, (_, i) => ({ text: `X.${1000 + i} — a title of some length`, detail: 'AAP consented' })) },
        { fields: Array.from({ length: 100 }, (_, i) => ({ label: `Field ${i}`, value: 'v'.repeat(300) })) },
      ],
      source: 'bench',
      data: { kind: 'bench', items: [] },
    };
    const render: number[] = [];
    const stringify: number[] = [];
    for (let i = 0; i < RENDERS; i++) {
      let t = performance.now();
      renderDiscordMessage(huge);
      render.push(performance.now() - t);
      t = performance.now();
      JSON.stringify(huge);
      stringify.push(performance.now() - t);
    }

    const rows: BenchRow[] = [];
    const pingP50 = p(ping, 0.5);
    const pingP99 = p(ping, 0.99);
    rows.push({ name: 'signed PING p50', value: pingP50, unit: 'ms', pass: true });
    rows.push({ name: 'signed PING p99', value: pingP99, unit: 'ms', pass: true });
    const recP50 = p(answer, 0.5);
    const recP99 = p(answer, 0.99);
    rows.push({
      name: 'signed rec X.1716 p50',
      value: recP50,
      unit: 'ms',
      baseline: { name: 'PING p50', value: pingP50 },
      ratio: recP50 / pingP50,
      pass: true,
    });
    rows.push({
      name: 'signed rec X.1716 p99',
      value: recP99,
      unit: 'ms',
      baseline: { name: 'PING p99', value: pingP99 },
      ratio: recP99 / pingP99,
      target: '≤ 3× and ≤ 300 ms',
      pass: recP99 <= 3 * pingP99 && recP99 <= 300,
    });
    rows.push({
      name: 'render huge answer p50',
      value: p(render, 0.5),
      unit: 'ms',
      baseline: { name: 'JSON.stringify p50', value: p(stringify, 0.5) },
      ratio: p(render, 0.5) / p(stringify, 0.5),
      pass: true,
    });
    const renderP99 = p(render, 0.99);
    const stringifyP99 = p(stringify, 0.99);
    rows.push({
      name: 'render huge answer p99',
      value: renderP99,
      unit: 'ms',
      baseline: { name: 'JSON.stringify of it', value: stringifyP99 },
      ratio: renderP99 / stringifyP99,
      target: '≤ 10×',
      pass: renderP99 <= 10 * stringifyP99,
    });
    return rows;
  },
};
