import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DemoTarget {
  name: string;
  url: string;
}

export const DEMO_BASIC_AUTH = 'ops:demo-password';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const json = (res: http.ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/** Three services like the runbooks' own: healthy, degraded, and one behind basic auth. */
const handlers: Record<string, Handler> = {
  backend: (_req, res) => json(res, 200, { status: 'ok' }),
  ai: (_req, res) => json(res, 200, { status: 'healthy', ollama_reachable: false }),
  estimator: (req, res) => {
    const expected = `Basic ${Buffer.from(DEMO_BASIC_AUTH).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="estimator"' }).end();
      return;
    }
    json(res, 200, { status: 'healthy' });
  },
};

export async function startDemoTargets(): Promise<{ targets: Record<string, string>; close: () => Promise<void> }> {
  const servers: http.Server[] = [];
  const targets: Record<string, string> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    targets[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  return {
    targets,
    close: () => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined),
  };
}
