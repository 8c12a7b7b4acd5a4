/**
 * The one HTTP server of the service. Adapters contribute routes; anything else is 404.
 * A handler that throws answers 500 and is logged: no request can take the process down.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from '../platform.js';
import type { Logger } from '../../src/ports.js';

export function createHttpServer(routes: readonly HttpRoute[], logger: Logger): Server {
  const table = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]));
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = table.get(`${req.method} ${path}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const fail = (error: unknown): void => {
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    };
    // Called directly (no extra promise hop per request); a sync throw and a rejection end alike.
    try {
      const done = route.handle(req, res);
      if (done instanceof Promise) done.catch(fail);
    } catch (error) {
      fail(error);
    }
  });
}

export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost}:${address.port}`;
}
