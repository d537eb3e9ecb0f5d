// What a Cloud Run service's URLs answer in the double: each service URI and each tag URI is its own
// 127.0.0.1 listener; a request goes to a revision by the current split (smooth weighted
// round-robin, so a 90/10 split gives exactly 9 and 1 of every 10 requests) and is answered by the
// behaviour of that revision's image.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a revision running this image answers any request. */
export interface ImageBehaviour {
  status?: number;
  /** An object is sent as JSON; default `{ status: 'healthy', revision, image }`. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Answer after this long (a slow revision). */
  delayMs?: number;
}

export interface ServedRequest {
  service: string;
  /** The tag whose URI was called; absent for the service URI. */
  tag?: string;
  /** The revision that answered (short name), or none (a tag no longer routed). */
  revision?: string;
  method: string;
  path: string;
  status: number;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  delayMs: number;
}

export type Router = (method: string, path: string) => Answer;

export class Listener {
  url = '';
  private readonly server: http.Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(router: Router) {
    this.server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const answer = router(req.method ?? 'GET', req.url ?? '/');
        const send = (): void => void res.writeHead(answer.status, answer.headers).end(answer.body);
        if (answer.delayMs <= 0) return send();
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          send();
        }, answer.delayMs);
        this.timers.add(timer);
      });
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

/** Smooth weighted round-robin (as nginx does it): deterministic, and exact over every 100 requests. */
export class WeightedRoundRobin {
  private key = '';
  private current = new Map<string, number>();

  pick(split: { revision: string; percent: number }[]): string | undefined {
    const live = split.filter((s) => s.percent > 0);
    const key = JSON.stringify(live);
    if (key !== this.key) {
      this.key = key;
      this.current = new Map(live.map((s) => [s.revision, 0]));
    }
    const total = live.reduce((sum, s) => sum + s.percent, 0);
    let best: string | undefined;
    for (const s of live) {
      const weight = (this.current.get(s.revision) ?? 0) + s.percent;
      this.current.set(s.revision, weight);
      if (best === undefined || weight > (this.current.get(best) ?? 0)) best = s.revision;
    }
    if (best !== undefined) this.current.set(best, (this.current.get(best) ?? 0) - total);
    return best;
  }
}

export function answerFrom(revision: string, image: string, ready: boolean, behaviour: ImageBehaviour | undefined): Answer {
  // A revision that is not Ready has no healthy instance: Google's front end answers 503.
  if (!ready) return { status: 503, headers: { 'content-type': 'text/html' }, body: 'Service Unavailable', delayMs: 0 };
  const body = behaviour?.body ?? { status: 'healthy', revision, image };
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain' : 'application/json';
  return { status: behaviour?.status ?? 200, headers: { 'content-type': type, ...behaviour?.headers }, body: text, delayMs: behaviour?.delayMs ?? 0 };
}

export const NOT_ROUTED: Answer = { status: 404, headers: { 'content-type': 'text/html' }, body: 'Page not found', delayMs: 0 };
