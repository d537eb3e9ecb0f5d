import { errorMessage, parseRetryAfter, systemClock } from '@runbook/core';
import { call } from '@runbook/platforms/calls';
import { GoogleAuth, PassThroughClient } from 'google-auth-library';
import type { ClientOptions } from 'google-gax';
import { undecided, type Verdict } from '../verdict.ts';

// gRPC status codes, as google-gax reports HTTP errors of the REST transport (403 → 7, 429 → 8).
const PERMISSION_DENIED = 7;
const UNAUTHENTICATED = 16;
/** RESOURCE_EXHAUSTED (429), UNAVAILABLE (503), DEADLINE_EXCEEDED (504), INTERNAL (500), ABORTED. */
const TRANSIENT = new Set([8, 14, 4, 13, 10]);

/** The Retry-After of the client's latest 429 or 503: google-gax drops response headers from its errors. */
export class RetryAfterNote {
  private last: number | undefined;
  note(value: string | null): void {
    this.last = parseRetryAfter(value);
  }
  take(): number | undefined {
    const ms = this.last;
    this.last = undefined;
    return ms;
  }
}

type Fetching = { fetch: (...args: never[]) => Promise<{ status: number; headers: { get(name: string): string | null } }> };

/** Every answer through `auth` passes by `note` first. */
function watched<T extends object>(auth: T, note: RetryAfterNote): T {
  const fetching = auth as unknown as Fetching;
  const fetch = fetching.fetch.bind(auth);
  fetching.fetch = async (...args) => {
    const response = await fetch(...args);
    if (response.status === 429 || response.status === 503) note.note(response.headers.get('retry-after'));
    return response;
  };
  return auth;
}

/**
 * Where a client is pointed: Google's API (credentials from ADC / workload identity), or an
 * endpoint such as a local double; an http:// one gets no credentials (and no metadata-server probe).
 */
export function clientOptions(endpoint: string | undefined, note: RetryAfterNote): ClientOptions {
  if (!endpoint) return { fallback: true, auth: watched(new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] }), note) };
  const url = new URL(endpoint);
  const http = url.protocol === 'http:';
  const auth = http ? { authClient: watched(new PassThroughClient(), note) } : { auth: watched(new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] }), note) };
  return { fallback: true, apiEndpoint: url.hostname, port: Number(url.port || (http ? 80 : 443)), protocol: url.protocol.replace(':', ''), ...auth };
}

const codeOf = (error: unknown): number | undefined => (error as { code?: unknown }).code as number | undefined;

/** RetryInfo's delay, when the server sent one with its 429 or 503. */
function retryDelayMs(error: unknown): number | undefined {
  const details = (error as { statusDetails?: unknown[] }).statusDetails ?? [];
  for (const d of details) {
    const delay = (d as { retryDelay?: { seconds?: number | string; nanos?: number } }).retryDelay;
    if (delay) return Number(delay.seconds ?? 0) * 1000 + Math.round((delay.nanos ?? 0) / 1e6);
  }
  return undefined;
}

export interface GcpCall<T> {
  /** `Cloud Logging entries.list`, for messages. */
  name: string;
  attempt: (options: { timeout: number; signal: AbortSignal; retry: null }) => Promise<T>;
  /** On systemClock's scale. */
  deadline: number;
  notify?: ((m: string) => void) | undefined;
  retryAfter: RetryAfterNote;
}

/** One Google API call: gax's own retries off, ours on (backoff, jitter, RetryInfo), each attempt timed out, all within the deadline. */
export async function gcpCall<T>(spec: GcpCall<T>): Promise<T> {
  const { value } = await call(
    {
      name: spec.name,
      attempt: (signal) => spec.attempt({ timeout: 20_000, signal, retry: null }),
      transient: (e) => TRANSIENT.has(codeOf(e) ?? -1) || (e as Error).name === 'TimeoutError',
      describe: (e) => `${spec.name}: ${errorMessage(e)}`,
      retryAfterMs: (e) => retryDelayMs(e) ?? spec.retryAfter.take(),
    },
    { clock: systemClock, deadline: spec.deadline, ...(spec.notify ? { notify: spec.notify } : {}) },
  );
  return value;
}

/** Why a Google API call could not be had, as a verdict; a refused permission is named. */
export function gcpFailure(name: string, permission: string, error: unknown): Verdict {
  const code = codeOf(error);
  if (code === PERMISSION_DENIED) return undecided(`the job's service account lacks the permission ${permission} (${errorMessage(error)})`, { permission });
  if (code === UNAUTHENTICATED) return undecided(`${name}: no valid Google credentials (${errorMessage(error)}): set up workload identity federation (google-github-actions/auth)`);
  return undecided(`${name}: ${errorMessage(error)}`);
}
