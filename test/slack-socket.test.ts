/**
 * Socket Mode (SLACK_APP_TOKEN): the real Bolt app opens a WebSocket to the URL the (fake) Web API
 * hands out from apps.connections.open, receives Slack's envelopes and acks them on the socket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createApp, type App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { renderSlackBlocks } from '../adapters/slack/render-blocks.js';
import { ask } from '../src/engine/engine.js';
import { FakeClock } from '../src/clock.js';
import { appMentionBody, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';

const DATA_DIR = process.env.SG17_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const APP_TOKEN = 'xapp-1-A0SG17APP-1-socket';
const clock = new FakeClock('2024-11-20T09:00:00Z');

let api: FakeSlackApi;
let wss: WebSocketServer;
let app: App;
let socket: WebSocket;
const received: Record<string, unknown>[] = [];
const waiting: { id: string; resolve: (m: Record<string, unknown>) => void }[] = [];

function ackFor(envelopeId: string): Promise<Record<string, unknown>> {
  const seen = received.find((m) => m.envelope_id === envelopeId);
  return seen ? Promise.resolve(seen) : new Promise((resolve) => waiting.push({ id: envelopeId, resolve }));
}

beforeAll(async () => {
  api = await startFakeSlackApi();
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  api.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link/?ticket=t1`;
  const connected = new Promise<void>((resolve) =>
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as Record<string, unknown>;
        received.push(message);
        for (const w of waiting.filter((x) => x.id === message.envelope_id)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(message);
        }
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0SG17APP' }, debug_info: { host: 'fake' } }));
      resolve();
    }),
  );
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SG17_DATA_DIR: DATA_DIR,
    SG17_DB: ':memory:',
    SLACK_BOT_TOKEN: 'xoxb-socket-1',
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: api.url,
  });
  app = await createApp(config, { clock, logger: silentLogger, reminders: { cron: false } });
  await app.start();
  await connected;
});

afterAll(async () => {
  await app?.stop();
  await new Promise<void>((resolve) => wss?.close(() => resolve()));
  await api?.close();
});

describe('Slack Socket Mode', () => {
  it('opens the socket with the app-level token and mounts no HTTP route', async () => {
    const [open] = api.callsTo('apps.connections.open');
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(app.adapters[0]?.routes).toEqual([]);
  });

  it('answers /sg17 in the envelope ack', async () => {
    const payload = Object.fromEntries(new URLSearchParams(slashCommandBody('rec X.1716')));
    socket.send(JSON.stringify({ envelope_id: 'env-cmd-1', type: 'slash_commands', accepts_response_payload: true, payload }));
    const ack = await ackFor('env-cmd-1');
    const want = renderSlackBlocks(await ask('rec X.1716', { catalog: app.deps.catalog(), now: clock.now() }));
    expect(ack.payload).toEqual({ response_type: 'ephemeral', ...want });
  });

  it('answers app mentions in a thread', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const payload = JSON.parse(appMentionBody('<@UBOT0001> help', 'Ev0SOCKET1')) as Record<string, unknown>;
    socket.send(JSON.stringify({ envelope_id: 'env-ev-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, payload }));
    await ackFor('env-ev-1');
    const post = (await api.waitFor('chat.postMessage', before + 1))[before]!;
    expect(post.params.thread_ts).toBe('1725000000.000200');
    expect(post.params.blocks).toEqual(renderSlackBlocks(await ask('help', { catalog: app.deps.catalog(), now: clock.now() })).blocks);
  });
});
