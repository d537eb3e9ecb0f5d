import { errorMessage, formatDuration, parseRetryAfter, UNDECIDED_PREFIX } from '@runbook/core';
import { ATTEMPT_TIMEOUT_MS, call, type CallPolicy } from '@runbook/platforms/calls';
import { finding, type Finding } from '../findings.ts';
import { SourceError, type CallBudget } from './source.ts';

/** How a provider's errors read: its HTTP status, its error code, and a Retry-After it sent. */
export interface ErrorShape {
  status(error: unknown): number | undefined;
  code(error: unknown): string | undefined;
  retryAfterMs(error: unknown): number | undefined;
  /** Throttling, 5xx, resets: another attempt can help. Reads cannot do harm twice. */
  transient(error: unknown): boolean;
}

export interface CallOf<T> {
  /** `S3 ListObjectsV2`, for messages. */
  name: string;
  /** The IAM permission the call needs, named when it is refused. */
  permission: string;
  /** What it reads: `bucket backups`. */
  on: string;
  attempt: (signal: AbortSignal) => Promise<T>;
}

const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'TimeoutError', 'RequestTimeout']);

/** Transport failures every client shares: a reset, a refused connection, a socket timeout. */
export function transportTransient(error: unknown): boolean {
  const e = error as { code?: string; name?: string; cause?: { code?: string } };
  return TRANSIENT_CODES.has(e.code ?? '') || TRANSIENT_CODES.has(e.name ?? '') || TRANSIENT_CODES.has(e.cause?.code ?? '');
}

export const retryAfterHeader = (headers: Record<string, unknown> | undefined): number | undefined => {
  const value = headers?.['retry-after'] ?? headers?.['Retry-After'];
  return typeof value === 'string' ? parseRetryAfter(value) : undefined;
};

/** A refused, missing or timed-out call as the set's finding: undecided unless the thing is not there. */
export function callFinding(spec: Pick<CallOf<unknown>, 'name' | 'permission' | 'on'>, error: unknown, shape: ErrorShape, timeoutMs: number): Finding {
  const status = shape.status(error);
  const code = shape.code(error);
  const detail = `${code && code !== 'Error' ? `${code}: ` : ''}${errorMessage(error)}`;
  if ((error as { name?: string }).name === 'TimeoutError' && status === undefined) {
    return finding('TIMED_OUT', `${UNDECIDED_PREFIX}${spec.name} on ${spec.on} got no answer within ${formatDuration(timeoutMs)}`);
  }
  if (status === 401 || status === 403 || code === 'AccessDenied' || code === 'AccessDeniedException' || code === 'AccessDeniedFault') {
    return finding('NO_PERMISSION', `${UNDECIDED_PREFIX}${spec.name} on ${spec.on} was refused: the credentials need ${spec.permission} (${detail})`);
  }
  if (status === 404) return finding('NO_BACKUPS', `${spec.on} does not exist (${spec.name}: ${detail})`);
  return finding('CHECK_ERROR', `${UNDECIDED_PREFIX}${spec.name} on ${spec.on} failed: ${detail}`);
}

/** One call, its retries included, takes at most the set's `timeout`, and never more than this. */
export const MAX_CALL_MS = 5 * 60_000;
export const callLimitMs = (budget: CallBudget): number => Math.min(budget.timeoutMs, MAX_CALL_MS);
/** A body that sends nothing for this long is abandoned. */
export const idleLimitMs = (budget: CallBudget): number => Math.min(budget.timeoutMs, ATTEMPT_TIMEOUT_MS);
/** Pages of one listing read at most; the entries are bounded by MAX_ENTRIES too. */
export const MAX_PAGES = 100;

/**
 * Calls a provider within the set's budget: each attempt has a timeout, transient errors are
 * retried with backoff and jitter (honouring Retry-After) until the budget's deadline; any other
 * outcome is a SourceError carrying the set's finding.
 */
export async function cloudCall<T>(spec: CallOf<T>, shape: ErrorShape, budget: CallBudget): Promise<T> {
  const limitMs = callLimitMs(budget);
  const policy: CallPolicy = { clock: budget.clock, deadline: budget.clock.now() + limitMs, backoff: { baseMs: 250, maxMs: 5_000 }, ...(budget.notify ? { notify: budget.notify } : {}) };
  try {
    const { value } = await call(
      {
        name: spec.name,
        attempt: spec.attempt,
        transient: (e) => shape.transient(e) || transportTransient(e),
        retryAfterMs: (e) => shape.retryAfterMs(e),
        describe: (e) => `${spec.name}: ${errorMessage(e)}`,
      },
      policy,
    );
    return value;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(callFinding(spec, error, shape, limitMs));
  }
}
