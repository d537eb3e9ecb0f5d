import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  ATTEMPT_TIMEOUT_MS,
  call
} from "./chunk-YOQLGPVA.js";
import {
  MAX_ENTRIES,
  SourceError,
  finding,
  newestFirst
} from "./chunk-EDEOZ2BF.js";
import {
  require_promises as require_promises2
} from "./chunk-H4C6EQAC.js";
import {
  UNDECIDED_PREFIX,
  parseRetryAfter
} from "./chunk-VSBUBHW6.js";
import {
  errorMessage
} from "./chunk-YSQWLAFH.js";
import {
  require_node_os
} from "./chunk-GCOUB2B6.js";
import {
  require_promises
} from "./chunk-RUYBUS3B.js";
import {
  require_node_path
} from "./chunk-EJSVMXJL.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  require_node_stream
} from "./chunk-BDZWO5TC.js";
import {
  formatDuration
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/backups/src/sources/calls.ts
var TRANSIENT_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "UND_ERR_SOCKET", "TimeoutError", "RequestTimeout"]);
function transportTransient(error) {
  let e = error;
  return TRANSIENT_CODES.has(e.code ?? "") || TRANSIENT_CODES.has(e.name ?? "") || TRANSIENT_CODES.has(e.cause?.code ?? "");
}
var retryAfterHeader = (headers) => {
  let value = headers?.["retry-after"] ?? headers?.["Retry-After"];
  return typeof value == "string" ? parseRetryAfter(value) : void 0;
};
function callFinding(spec, error, shape, timeoutMs) {
  let status = shape.status(error), code = shape.code(error), detail = `${code && code !== "Error" ? `${code}: ` : ""}${errorMessage(error)}`;
  return error.name === "TimeoutError" && status === void 0 ? finding("TIMED_OUT", `${UNDECIDED_PREFIX}${spec.name} on ${spec.on} got no answer within ${formatDuration(timeoutMs)}`) : status === 401 || status === 403 || code === "AccessDenied" || code === "AccessDeniedException" || code === "AccessDeniedFault" ? finding("NO_PERMISSION", `${UNDECIDED_PREFIX}${spec.name} on ${spec.on} was refused: the credentials need ${spec.permission} (${detail})`) : status === 404 ? finding("NO_BACKUPS", `${spec.on} does not exist (${spec.name}: ${detail})`) : finding("CHECK_ERROR", `${UNDECIDED_PREFIX}${spec.name} on ${spec.on} failed: ${detail}`);
}
var MAX_CALL_MS = 5 * 6e4, callLimitMs = (budget) => Math.min(budget.timeoutMs, MAX_CALL_MS), idleLimitMs = (budget) => Math.min(budget.timeoutMs, ATTEMPT_TIMEOUT_MS), MAX_PAGES = 100;
async function cloudCall(spec, shape, budget) {
  let limitMs = callLimitMs(budget), policy = { clock: budget.clock, deadline: budget.clock.now() + limitMs, backoff: { baseMs: 250, maxMs: 5e3 }, ...budget.notify ? { notify: budget.notify } : {} };
  try {
    let { value } = await call(
      {
        name: spec.name,
        attempt: spec.attempt,
        transient: (e) => shape.transient(e) || transportTransient(e),
        retryAfterMs: (e) => shape.retryAfterMs(e),
        describe: (e) => `${spec.name}: ${errorMessage(e)}`
      },
      policy
    );
    return value;
  } catch (error) {
    throw error instanceof SourceError ? error : new SourceError(callFinding(spec, error, shape, limitMs));
  }
}

// packages/backups/src/sources/bucket-listing.ts
async function listBucket(listing) {
  let { where, prefix, pattern } = listing, entries = [], token, seen = 0;
  for (let page = 1; ; page++) {
    let { objects, next } = await listing.page(token);
    for (let object of objects) {
      if (++seen > MAX_ENTRIES) throw new SourceError(finding("CHECK_ERROR", `${UNDECIDED_PREFIX}more than ${MAX_ENTRIES} objects under ${where}: narrow the prefix`));
      let name = object.key.slice(prefix.length), dated = name ? pattern.match(name) : void 0;
      dated === void 0 || object.time === void 0 || entries.push({ name, path: listing.pathOf(object.key), directory: !1, size: object.size, time: dated ?? object.time, ...object.digest ? { digest: object.digest } : {} });
    }
    if (token = next, !token) break;
    if (page >= MAX_PAGES) throw new SourceError(finding("CHECK_ERROR", `${UNDECIDED_PREFIX}${listing.call} on ${where} still had more pages after ${MAX_PAGES}: stopped at the bound`));
  }
  return newestFirst(entries);
}

// packages/backups/src/sources/download.ts
var import_node_fs = __toESM(require_node_fs(), 1), import_promises = __toESM(require_promises(), 1), import_node_os = __toESM(require_node_os(), 1), import_node_path = __toESM(require_node_path(), 1), import_node_stream = __toESM(require_node_stream(), 1), import_promises2 = __toESM(require_promises2(), 1);
async function downloadToScratch(body, key, idleMs) {
  let dir = await (0, import_promises.mkdtemp)((0, import_node_path.join)(process.env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "backup-verify-")), path = (0, import_node_path.join)(dir, (0, import_node_path.basename)(key) || "object"), release = () => (0, import_promises.rm)(dir, { recursive: !0, force: !0 }), timer, watchdog = new import_node_stream.Transform({
    transform(chunk, _encoding, done) {
      arm(), done(null, chunk);
    }
  }), arm = () => {
    clearTimeout(timer), timer = setTimeout(() => watchdog.destroy(Object.assign(new Error(`no data for ${formatDuration(idleMs)}`), { name: "IdleTimeout" })), idleMs);
  };
  arm();
  try {
    return await (0, import_promises2.pipeline)(body, watchdog, (0, import_node_fs.createWriteStream)(path)), { path, release };
  } catch (error) {
    throw await release(), error;
  } finally {
    clearTimeout(timer);
  }
}
function bodyError(label, error) {
  let e = error;
  return e.name === "IdleTimeout" ? new SourceError(finding("TIMED_OUT", `${UNDECIDED_PREFIX}reading ${label} stopped: ${e.message}`)) : new SourceError(finding("CHECK_ERROR", `${UNDECIDED_PREFIX}reading ${label} failed: ${e.message}`));
}

export {
  transportTransient,
  retryAfterHeader,
  callFinding,
  callLimitMs,
  idleLimitMs,
  MAX_PAGES,
  cloudCall,
  listBucket,
  downloadToScratch,
  bodyError
};
