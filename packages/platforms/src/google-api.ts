import { errorMessage, parseRetryAfter } from '@runbook/core';
import { GoogleAuth, PassThroughClient } from 'google-auth-library';
import { ATTEMPT_TIMEOUT_MS, call, type CallPolicy } from './calls.ts';

// The plumbing every Google API client here shares (google-gax over REST): where it is pointed,
// which errors another attempt may help, and one call with our timeout, retries and deadline.

/** gRPC status codes, as gax reports the HTTP errors of its REST transport (404 → 5, 409 → 10, 429 → 8, 500 → 13, 503 → 14). */
export const GRPC_CODE = {
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

export const codeOf = (error: unknown): number | undefined => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
};

/** The status of the HTTP answer the error came with; none when there was no answer (or it is an operation's error). */
const httpStatusOf = (error: unknown): number | undefined => {
  const status = (error as { httpStatusCode?: unknown }).httpStatusCode;
  return typeof status === 'number' ? status : undefined;
};

/**
 * Refused for the rate or while the API is unavailable (an HTTP 429 or 503 answer): nothing was
 * carried out, so even a write may be repeated. A connection lost before the answer maps to
 * UNAVAILABLE too, but has no HTTP status: a write may have been done.
 */
export const isRefusedForNow = (error: unknown): boolean => {
  const status = httpStatusOf(error);
  const code = codeOf(error);
  return (status === 429 || status === 503) && (code === GRPC_CODE.RESOURCE_EXHAUSTED || code === GRPC_CODE.UNAVAILABLE);
};

/** No answer (a timeout, a lost connection, UNAVAILABLE or DEADLINE_EXCEEDED), or refused for now: another attempt may help, though a write may have been done. */
export const isTransient = (error: unknown): boolean => {
  const code = codeOf(error);
  return (
    isRefusedForNow(error) ||
    (error as { name?: unknown }).name === 'TimeoutError' ||
    code === GRPC_CODE.UNAVAILABLE ||
    code === GRPC_CODE.DEADLINE_EXCEEDED ||
    /ECONNRESET|socket hang up|other side closed/i.test(errorMessage(error))
  );
};

/** Failed answers a read may be repeated after (an operation's own error of these codes, which has no HTTP status, is final). */
const RETRIED_ANSWERS = new Set<number>([GRPC_CODE.RESOURCE_EXHAUSTED, GRPC_CODE.ABORTED, GRPC_CODE.INTERNAL]);

/** For a read, which is safe to repeat: transient, or a failed answer (HTTP 500, 409). */
export const isTransientRead = (error: unknown): boolean => isTransient(error) || (httpStatusOf(error) !== undefined && RETRIED_ANSWERS.has(codeOf(error) ?? -1));

/** RetryInfo's delay, when the server sent one with its error. */
function retryDelayMs(error: unknown): number | undefined {
  const details = (error as { statusDetails?: unknown }).statusDetails;
  for (const d of Array.isArray(details) ? details : []) {
    const delay = (d as { retryDelay?: { seconds?: number | string | null; nanos?: number | null } | null }).retryDelay;
    if (delay) return Number(delay.seconds ?? 0) * 1000 + Math.round((delay.nanos ?? 0) / 1e6);
  }
  return undefined;
}

/**
 * The Retry-After of a client's last 429 or 503 answer. gax's errors do not carry response
 * headers, so the auth client's fetch, which every request goes through, notes it on the way.
 */
export class RetryAfter {
  private last: string | null = null;

  note(response: { status: number; headers: { get(name: string): string | null } }): void {
    if (response.status === 429 || response.status === 503) this.last = response.headers.get('retry-after');
  }

  /** For an error of a 429 or 503: its RetryInfo delay, else its Retry-After, once. */
  take(error: unknown): number | undefined {
    const delay = retryDelayMs(error);
    const status = httpStatusOf(error);
    if (status !== 429 && status !== 503) return delay;
    const value = this.last;
    this.last = null;
    return delay ?? parseRetryAfter(value);
  }
}

interface AuthLike {
  getRequestHeaders(url?: string | URL): Promise<unknown>;
  fetch(...args: unknown[]): Promise<{ status: number; headers: { get(name: string): string | null } }>;
  universeDomain?: string;
}

/** The auth client gax calls for every request, noting Retry-After on the way. */
function noting(inner: AuthLike, retryAfter: RetryAfter): AuthLike {
  return {
    getRequestHeaders: (url) => inner.getRequestHeaders(url),
    fetch: async (...args) => {
      const response = await inner.fetch(...args);
      retryAfter.note(response);
      return response;
    },
    ...(inner.universeDomain ? { universeDomain: inner.universeDomain } : {}),
  };
}

/**
 * A client's options for an endpoint: REST; an http:// one (an emulator, a test double) gets no
 * credentials (and no metadata-server probe), Google's (no endpoint, or an https:// one) gets
 * Application Default Credentials (the WIF file of google-github-actions/auth).
 */
export function googleClientOptions(endpoint: string | undefined, retryAfter: RetryAfter) {
  const url = endpoint ? new URL(endpoint) : undefined;
  const insecure = url?.protocol === 'http:';
  const inner = (insecure ? new PassThroughClient() : new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] })) as unknown as AuthLike;
  const auth = noting(inner, retryAfter) as unknown as GoogleAuth;
  if (!url) return { fallback: true as const, auth };
  const port = url.port ? Number(url.port) : insecure ? 80 : 443;
  return { apiEndpoint: url.hostname, port, protocol: url.protocol.replace(':', ''), fallback: true as const, auth };
}

/** Whether the error is ADC finding no credentials (no google-github-actions/auth step before). */
export const isMissingCredentials = (error: unknown): boolean =>
  /Could not load the default credentials|credential file|Unable to detect a Project Id/.test(errorMessage(error));

/** What to do about missing credentials, in one line; `endpointInput` is the input that points the calls at an emulator instead. */
export const missingCredentials = (endpointInput: string): string =>
  `no Google credentials were found; add a google-github-actions/auth step (Workload Identity Federation) before this one (the job needs permissions: id-token: write), or give ${endpointInput} an http:// emulator`;

/** The per-call options gax is given: its own retries off, its own timeout a backstop to ours. */
export interface GoogleCallOptions {
  timeout: number;
  retry: { retryCodes: number[] };
}

export interface GoogleCall<T> {
  /** `Cloud Logging entries.list`, for messages. */
  name: string;
  /** A gax call; its promise's `cancel` (when it has one) is called when the attempt is given up. */
  attempt: (options: GoogleCallOptions) => Promise<T> & { cancel?: () => void };
  /** Whether another attempt can help and is safe: `isTransientRead`, `isTransient` or, for a write, `isRefusedForNow`. */
  transient: (error: unknown) => boolean;
  /** The note of the clients' Retry-After (see googleClientOptions). */
  retryAfter: RetryAfter;
  /** The error as one line for the log; `name: message` by default. */
  describe?: (error: unknown) => string;
}

/**
 * One Google API call through `call`: each attempt timed out (the request cancelled; a promise
 * that cannot be, raced), retried with backoff and jitter honouring RetryInfo and Retry-After,
 * all within the policy's deadline. Returns the result and how many attempts it took.
 */
export function googleCall<T>(spec: GoogleCall<T>, policy: CallPolicy): Promise<{ value: T; attempts: number }> {
  return call(
    {
      name: spec.name,
      attempt: (signal) =>
        new Promise<T>((resolve, reject) => {
          const left = policy.deadline === undefined ? ATTEMPT_TIMEOUT_MS : policy.deadline - policy.clock.now();
          const pending = spec.attempt({ timeout: Math.max(1, Math.min(ATTEMPT_TIMEOUT_MS, left)), retry: { retryCodes: [] } });
          signal.addEventListener(
            'abort',
            () => {
              pending.cancel?.();
              reject(new Error('aborted'));
            },
            { once: true },
          );
          pending.then(resolve, reject);
        }),
      transient: spec.transient,
      retryAfterMs: (e) => spec.retryAfter.take(e),
      describe: spec.describe ?? ((e) => `${spec.name}: ${errorMessage(e)}`),
    },
    policy,
  );
}
