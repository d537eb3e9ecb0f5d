import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { formatDuration, parseRetryAfter } from '@runbook/core';

export type HttpMethod = 'GET' | 'HEAD' | 'POST';

export interface HttpRequest {
  url: URL;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
  /** Whole-request budget, redirects included. */
  timeoutMs: number;
  /** 0 means redirects are returned as responses. */
  maxRedirects: number;
  /** Extra trusted CA certificates (PEM), added to the system roots. */
  ca?: string;
}

/** A URL as it may be shown, in an id or a message: without the credentials written into it. */
export function shownUrl(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  return shown.href;
}

/** Header names whose values are credentials: masked in logs and never sent to another origin. */
export const SENSITIVE_HEADER = /auth|token|key|secret|cookie|session|passw/i;

/** Like curl and fetch, credentials stay with the origin they were given for when a redirect leaves it. */
function headersFor(request: HttpRequest, url: URL): Record<string, string> {
  if (url.origin === request.url.origin) return request.headers;
  return Object.fromEntries(Object.entries(request.headers).filter(([name]) => !SENSITIVE_HEADER.test(name)));
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The URL that finally answered. */
  url: string;
  redirects: number;
  latencyMs: number;
}

/** A request that got no usable answer; `reason` is plain words for the on-call engineer. */
export class RequestError extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfterMs?: number,
  ) {
    super(reason);
    this.name = 'RequestError';
  }
}

const MAX_BODY_BYTES = 1024 * 1024;

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  CERT_NOT_YET_VALID: 'TLS certificate is not yet valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain ends in an untrusted self-signed root',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted (unable to verify the issuer; missing intermediate?)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS certificate not trusted (issuer unknown)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host name',
  HPE_INVALID_CONSTANT: 'the server did not answer with valid HTTP',
};

export function describeNetworkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known = code ? networkReasons[code] : undefined;
  if (known) return known;
  return code ? `${code}: ${(error as Error).message}` : (error as Error).message;
}

function once(request: HttpRequest, url: URL, remainingMs: number, started: number): Promise<Omit<HttpResponse, 'redirects' | 'url'>> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: request.method,
        headers: request.body === undefined ? headersFor(request, url) : { 'content-length': Buffer.byteLength(request.body), ...headersFor(request, url) },
        agent: false,
        ...(url.protocol === 'https:' && request.ca ? { ca: [...rootCertificates, request.ca] } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8'),
            latencyMs: performance.now() - started,
          });
        });
        res.on('error', (error) => {
          clearTimeout(timer);
          reject(new RequestError(describeNetworkError(error)));
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new RequestError(`timed out after ${formatDuration(request.timeoutMs)}`));
    }, remainingMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(new RequestError(describeNetworkError(error)));
    });
    req.end(request.body);
  });
}

/** Sends one request, following redirects within the same time budget. */
export async function send(request: HttpRequest): Promise<HttpResponse> {
  const started = performance.now();
  const visited = [shownUrl(request.url)];
  let url = request.url;
  for (let redirects = 0; ; redirects++) {
    const remaining = request.timeoutMs - (performance.now() - started);
    if (remaining <= 0) throw new RequestError(`timed out after ${formatDuration(request.timeoutMs)}`);
    const response = await once(request, url, remaining, started);
    const location = response.headers.location;
    const isRedirect = response.status >= 300 && response.status < 400 && location !== undefined;
    if (!isRedirect || request.maxRedirects === 0) return { ...response, url: url.href, redirects };
    const next = new URL(location, url);
    if (visited.includes(shownUrl(next))) throw new RequestError(`redirect loop (${[...visited, shownUrl(next)].slice(-3).join(' → ')})`);
    if (redirects + 1 > request.maxRedirects) throw new RequestError(`too many redirects (more than ${request.maxRedirects})`);
    visited.push(shownUrl(next));
    url = next;
  }
}

/** Retry-After from a 429 or 503 answer, in milliseconds. */
export function retryAfterOf(response: HttpResponse): number | undefined {
  if (response.status !== 429 && response.status !== 503) return undefined;
  const header = response.headers['retry-after'];
  return parseRetryAfter(Array.isArray(header) ? header[0] : header);
}
