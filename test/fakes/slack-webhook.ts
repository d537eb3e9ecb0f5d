import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Slack incoming webhook double on 127.0.0.1: POST /services/T…/B…/secret with a JSON body
 * `{ text }` answers 200 `ok`, as Slack does; a bad body answers 400 `invalid_payload`. `fail`
 * queues answers (429 with Retry-After, 500) for the next posts.
 */
export interface FakeSlack {
  url: string;
  posts: Array<{ path: string; text: string }>;
  fail(answer: { status: number; retryAfter?: string }, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const posts: FakeSlack['posts'] = [];
  const faults: Array<{ status: number; retryAfter?: string }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fault = faults.shift();
      if (fault) {
        res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }) }).end(fault.status === 429 ? 'rate_limited' : 'internal_error');
        return;
      }
      let text: unknown;
      try {
        text = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text?: unknown }).text;
      } catch {
        text = undefined;
      }
      if (req.method !== 'POST' || typeof text !== 'string' || text === '') {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload');
        return;
      }
      posts.push({ path: req.url ?? '', text });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/s3cr3tW3bh00kT0ken`,
    posts,
    fail: (answer, times = 1) => {
      for (let i = 0; i < times; i++) faults.push(answer);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
