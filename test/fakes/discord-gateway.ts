/**
 * A loopback fake of the Discord gateway (https://discord.com/developers/docs/events/gateway),
 * speaking JSON over a real WebSocket as Discord does: HELLO (op 10) on connect; IDENTIFY (op 2)
 * → READY dispatch with one unavailable guild, then GUILD_CREATE for it; HEARTBEAT (op 1) →
 * HEARTBEAT_ACK (op 11); and `dispatch()` to push events such as INTERACTION_CREATE.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { FAKE_APP_ID, FAKE_BOT_USER, FAKE_CHANNEL_ID, FAKE_GUILD_ID, fakeGuild } from './discord-payloads.js';

export interface IdentifyPayload {
  readonly token: string;
  readonly intents: number;
  readonly properties: Record<string, unknown>;
  readonly shard?: [number, number];
}

export interface FakeDiscordGateway {
  /** ws://127.0.0.1:PORT, as GET /gateway/bot hands it out. */
  readonly url: string;
  readonly identifies: IdentifyPayload[];
  /** Query strings clients connected with (v=10&encoding=json). */
  readonly connectQueries: string[];
  heartbeats: number;
  /** Resolves once a client has identified and been sent READY + GUILD_CREATE. */
  readonly identified: Promise<IdentifyPayload>;
  /** Resolves after the first heartbeat has been acknowledged. */
  readonly firstHeartbeat: Promise<void>;
  /** Send a dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void;
  close(): Promise<void>;
}

/** Short so a client's first heartbeat (sent after interval × random jitter) comes within the test. */
const HEARTBEAT_INTERVAL_MS = 250;

export interface FakeGatewayOptions {
  /** Answer IDENTIFY by closing with this code (4004 authentication failed, 4014 disallowed intents). */
  readonly closeOnIdentify?: number;
}

export async function startFakeDiscordGateway(options: FakeGatewayOptions = {}): Promise<FakeDiscordGateway> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;
  const sockets = new Set<WebSocket>();
  let seq = 0;

  let resolveIdentified!: (p: IdentifyPayload) => void;
  let resolveHeartbeat!: () => void;
  const fake: FakeDiscordGateway = {
    url,
    identifies: [],
    connectQueries: [],
    heartbeats: 0,
    identified: new Promise((r) => (resolveIdentified = r)),
    firstHeartbeat: new Promise((r) => (resolveHeartbeat = r)),
    dispatch(t, d) {
      const frame = JSON.stringify({ op: 0, t, s: ++seq, d });
      for (const socket of sockets) socket.send(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        server.close(() => resolve());
      }),
  };

  server.on('connection', (socket, request) => {
    sockets.add(socket);
    fake.connectQueries.push((request.url ?? '').split('?')[1] ?? '');
    socket.on('close', () => sockets.delete(socket));
    const send = (payload: object) => socket.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS }, s: null, t: null });

    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: unknown };
      if (payload.op === 1) {
        fake.heartbeats++;
        send({ op: 11, d: null, s: null, t: null });
        resolveHeartbeat();
      } else if (payload.op === 2) {
        const identify = payload.d as IdentifyPayload;
        fake.identifies.push(identify);
        if (options.closeOnIdentify) {
          socket.close(options.closeOnIdentify, 'refused');
          resolveIdentified(identify);
          return;
        }
        send({
          op: 0,
          t: 'READY',
          s: ++seq,
          d: {
            v: 10,
            user: FAKE_BOT_USER,
            guilds: [{ id: FAKE_GUILD_ID, unavailable: true }],
            session_id: 'fake-session-0001',
            resume_gateway_url: url,
            shard: identify.shard ?? [0, 1],
            application: { id: FAKE_APP_ID, flags: 0 },
            user_settings: {},
            relationships: [],
            private_channels: [],
            presences: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
          },
        });
        send({ op: 0, t: 'GUILD_CREATE', s: ++seq, d: fakeGuild(FAKE_GUILD_ID, FAKE_CHANNEL_ID) });
        resolveIdentified(identify);
      }
    });
  });
  return fake;
}
