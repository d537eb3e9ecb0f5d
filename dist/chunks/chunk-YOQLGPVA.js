import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  retry,
  systemClock
} from "./chunk-VSBUBHW6.js";
import {
  formatDuration
} from "./chunk-ZC7J5IS5.js";

// packages/platforms/src/calls.ts
var ATTEMPT_TIMEOUT_MS = 2e4, RETRIES_WITHOUT_DEADLINE = 5;
function backoffFor(pollIntervalMs) {
  return { baseMs: Math.min(250, pollIntervalMs), maxMs: Math.min(5e3, Math.max(1e3, 5 * pollIntervalMs)) };
}
var LAST_CHECK_MS = 2e3;
function checkDeadline(deadline, clock, intervalMs) {
  return Math.max(deadline, clock.now() + Math.min(intervalMs, LAST_CHECK_MS));
}
var CallTimeoutError = class extends Error {
  constructor(name, ms) {
    super(`${name}: no answer within ${formatDuration(ms)}`), this.name = "TimeoutError";
  }
};
async function call(spec, policy = { clock: systemClock }) {
  let { clock, deadline } = policy, attempts = 0;
  return { value: await retry(
    async (attempt) => {
      attempts = attempt;
      let timeoutMs = Math.max(1, Math.min(ATTEMPT_TIMEOUT_MS, deadline === void 0 ? ATTEMPT_TIMEOUT_MS : deadline - clock.now())), controller = new AbortController(), timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        return await spec.attempt(controller.signal);
      } catch (error) {
        throw controller.signal.aborted ? new CallTimeoutError(spec.name, timeoutMs) : error;
      } finally {
        clearTimeout(timer);
      }
    },
    {
      ...policy.backoff ?? backoffFor(2e3),
      clock,
      retries: deadline === void 0 ? RETRIES_WITHOUT_DEADLINE : Number.POSITIVE_INFINITY,
      ...deadline === void 0 ? {} : { deadline },
      retryable: spec.transient,
      ...spec.retryAfterMs ? { retryAfterMs: spec.retryAfterMs } : {},
      onRetry: ({ attempt, delayMs, error }) => policy.notify?.(`${spec.describe(error)}; retrying in ${formatDuration(delayMs)} (attempt ${attempt + 1})`)
    }
  ).catch((error) => {
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { attempts });
  }), attempts };
}
var CallLog = class {
  calls = /* @__PURE__ */ new Map();
  retries = 0;
  count(operation, attempts) {
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1), this.retries += Math.max(0, (attempts ?? 1) - 1);
  }
  get total() {
    return [...this.calls.values()].reduce((a, b) => a + b, 0);
  }
  /** `DescribeServices 12, UpdateService 2 (3 retried after throttling or errors)` */
  describe() {
    return `${[...this.calls].map(([op, n]) => `${op} ${n}`).join(", ") || "none"}${this.retries ? ` (${this.retries} attempts retried)` : ""}`;
  }
};

export {
  ATTEMPT_TIMEOUT_MS,
  backoffFor,
  checkDeadline,
  CallTimeoutError,
  call,
  CallLog
};
