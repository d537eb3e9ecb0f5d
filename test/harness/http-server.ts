import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  port: number;
  /** Requests received per path. */
  hits: Map<string, number>;
  total(): number;
  close(): Promise<void>;
}

export const sendJson = (res: http.ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

export interface Loopback {
  url: string;
  port: number;
  /** Keeps a response open (a hang, a stalled body) until close() destroys it. */
  track(res: http.ServerResponse): void;
  close(): Promise<void>;
}

/** A real HTTP(S) server on 127.0.0.1 on a free port, every request to `handler`. */
export async function startLoopback(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>, tls?: { key: string; cert: string }): Promise<Loopback> {
  const open = new Set<http.ServerResponse>();
  const listener: http.RequestListener = (req, res) => void handler(req, res);
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    track: (res) => open.add(res),
    close: () => {
      for (const res of open) res.destroy();
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** A real HTTP(S) server on 127.0.0.1 routing by path; unknown paths answer 404. */
export async function startServer(routes: Record<string, Route>, tls?: { key: string; cert: string }): Promise<TestServer> {
  const hits = new Map<string, number>();
  const { url, port, close } = await startLoopback((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const route = routes[path];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    void route(req, res, hit);
  }, tls);
  return { url, port, hits, total: () => [...hits.values()].reduce((a, b) => a + b, 0), close };
}

/** A port on 127.0.0.1 that nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
