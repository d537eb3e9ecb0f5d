import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  UsageError,
  worstStatus
} from "./chunk-YSQWLAFH.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import {
  quote
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/core/src/undecided.ts
var UNDECIDED_PREFIX = "could not decide: ", withoutUndecidedPrefix = (text) => text.startsWith(UNDECIDED_PREFIX) ? text.slice(UNDECIDED_PREFIX.length) : text, undecidedMark = (undecided) => ({ undecided }), isUndecided = (result) => result.evidence.undecided === !0;
function statusOutput(results) {
  let failed = results.filter((r) => r.status === "fail");
  return failed.length > 0 && failed.every(isUndecided) ? "undecided" : worstStatus(results);
}
var resultCell = (result) => `${isUndecided(result) ? "undecided" : result.status}${result.severity ? ` ${result.severity}` : ""}`;

// packages/core/src/clock.ts
var systemClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

// packages/core/src/retry.ts
function backoffDelay(retry2, { baseMs, maxMs = 6e4, random = Math.random }) {
  let step = Math.min(maxMs, baseMs * 2 ** retry2);
  return Math.round(step / 2 + random() * (step / 2));
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function retry(fn, options) {
  let clock = options.clock ?? systemClock, wait = options.sleep ?? ((ms) => clock.sleep(ms));
  for (let attempt = 1; ; attempt++)
    try {
      return await fn(attempt);
    } catch (error) {
      if (!(attempt <= options.retries && (options.retryable?.(error) ?? !0))) throw error;
      let delayMs = options.retryAfterMs?.(error) ?? backoffDelay(attempt - 1, options);
      if (options.deadline !== void 0 && clock.now() + delayMs >= options.deadline) throw error;
      options.onRetry?.({ attempt, delayMs, error }), await wait(delayMs);
    }
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return;
  let seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1e3;
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
async function retryWhile(fn, again, options) {
  class Again extends Error {
    constructor(result2) {
      super("another attempt can help");
      this.result = result2;
    }
    result;
  }
  let attempts = 0, { retryAfterMs, ...rest } = options;
  return { result: await retry(
    async (attempt) => {
      attempts = attempt;
      let outcome = await fn(attempt);
      if (again(outcome)) throw new Again(outcome);
      return outcome;
    },
    { ...rest, retryable: (error) => error instanceof Again, ...retryAfterMs ? { retryAfterMs: (error) => error instanceof Again ? retryAfterMs(error.result) : void 0 } : {} }
  ).catch((error) => {
    if (error instanceof Again) return error.result;
    throw error;
  }), attempts };
}

// packages/core/src/table.ts
var escapeCell = (cell) => cell.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
function renderMarkdownTable({ columns, rows }) {
  return [columns, columns.map(() => "---"), ...rows].map((cells) => `| ${cells.map(escapeCell).join(" | ")} |`).join(`
`);
}
function renderCodeBlock(lines) {
  return ["```text", ...lines.map((line) => line.replace(/```/g, "'''")), "```"].join(`
`);
}
function renderCodeSpan(text, max = 500) {
  let line = text.replace(/\s+/g, " ").trim(), cut = line.length > max ? `${line.slice(0, max - 1)}…` : line, fence = "`".repeat(Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length)) + 1), pad = cut.startsWith("`") || cut.endsWith("`") ? " " : "";
  return `${fence}${pad}${cut}${pad}${fence}`;
}
function renderTextTable({ columns, rows }, maxCell = 70) {
  let cut = (s) => (s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s).replace(/\s*\n\s*/g, " "), all = [columns, ...rows].map((r) => r.map(cut)), widths = columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length))), line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(all[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join(`
`);
}

// packages/core/src/summary.ts
var SUMMARY_LIMIT = 1024 * 1024, SUMMARY_RESERVE = 64 * 1024, icon = { pass: "✅", warn: "⚠️", fail: "❌" };
function renderSummary(report) {
  return renderSummaryWithin(report, SUMMARY_LIMIT - SUMMARY_RESERVE);
}
function renderSummaryWithin(report, limit) {
  let status = worstStatus(report.results), head = `## ${icon[status]} ${report.action}: ${report.headline}

`, parts = [renderMarkdownTable(report.table)];
  for (let section of report.sections ?? []) parts.push(`### ${section.heading}

${section.body}`);
  return head + fitSummary(`${parts.join(`

`)}
`, limit - Buffer.byteLength(head), "Every result is in the `results` output and the `results-file`.");
}
function fitSummary(markdown, limit, whereTheRestIs) {
  let bytes = Buffer.from(markdown);
  if (bytes.length <= limit) return markdown;
  let note = (shown) => `

> ✂️ Cut: ${kb(bytes.length - shown)} of ${kb(bytes.length)} not shown; GitHub limits a job summary to 1 MiB. ${whereTheRestIs}
`, room = Math.max(0, limit - Buffer.byteLength(note(0)) - 16), kept = cutUtf8(bytes, room);
  return `${kept}${note(Buffer.byteLength(kept))}`;
}
var kb = (bytes) => `${Math.ceil(bytes / 1024)} KB`;
function cutUtf8(bytes, max) {
  if (max <= 0) return "";
  let lineEnd = bytes.lastIndexOf(10, max - 1);
  if (lineEnd >= 0) return bytes.subarray(0, lineEnd).toString("utf8");
  let end = max;
  for (; end > 0 && ((bytes[end] ?? 0) & 192) === 128; ) end--;
  return bytes.subarray(0, end).toString("utf8");
}

// packages/core/src/poll.ts
async function poll(check, options) {
  let clock = options.clock ?? systemClock, started = clock.now(), deadline = started + options.timeoutMs, maxChecks = Math.ceil(options.timeoutMs / Math.max(1, options.intervalMs)) + 1;
  for (let attempt = 1; ; attempt++) {
    let remainingMs = () => Math.max(0, deadline - clock.now()), step = await check({ attempt, elapsedMs: clock.now() - started, remainingMs: remainingMs(), deadline });
    if (step.done) return { done: !0, value: step.value, elapsedMs: clock.now() - started };
    if (remainingMs() <= 0 || attempt >= maxChecks) return { done: !1, elapsedMs: clock.now() - started };
    await clock.sleep(Math.min(options.intervalMs, remainingMs()));
  }
}

// packages/core/src/redact.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  /** Registers a secret; returns the values (not their encodings) now masked, for the runner's own masking. */
  add(secret) {
    if (!secret || secret.trim().length < 3) return [];
    let parts = [.../* @__PURE__ */ new Set([secret, ...secretParts(secret).filter((p) => p.length >= 4)])];
    for (let part of parts) for (let form of encodedForms(part)) this.secrets.add(form);
    return parts;
  }
  get values() {
    return [...this.secrets];
  }
  redact(text) {
    for (let [credentials] of text.matchAll(URL_CREDENTIALS)) /\/\/[^@]*:/.test(credentials) && this.add(credentials);
    let out = stripUrlCredentials(text);
    for (let secret of [...this.secrets].sort((a, b) => b.length - a.length))
      out = out.split(secret).join("***");
    return out;
  }
  /** A copy of a JSON value with each string in it redacted before it is escaped (into JSON, a table cell), where its masks no longer match. */
  redactStrings(value) {
    return JSON.parse(JSON.stringify(value, (_key, v) => typeof v == "string" ? this.redact(v) : v));
  }
};
function encodedForms(value) {
  let uri = encodeURIComponent(value);
  return [value, uri, uri.replace(/%20/g, "+"), Buffer.from(value).toString("base64"), JSON.stringify(value).slice(1, -1)];
}
var SCHEME_TOKEN = /^([A-Za-z][\w-]*)\s+(\S+)$/, HEADER = /^[A-Za-z][\w-]*:\s*(.+)$/;
function secretParts(secret) {
  let parts = [], visit = (value, depth = 0) => {
    let text = value.trim();
    if (!text || depth > 3) return;
    parts.push(text);
    let lines = text.split(/\r?\n/);
    if (lines.length > 1) return lines.forEach((line) => visit(line, depth + 1));
    let url = credentialsOf(text);
    if (url) return url.forEach((part) => visit(part, depth + 1));
    let header = HEADER.exec(text);
    header && !text.includes("://") && visit(header[1] ?? "", depth + 1);
    let scheme = SCHEME_TOKEN.exec(text);
    if (scheme) {
      let token = scheme[2] ?? "";
      visit(token, depth + 1), /^basic$/i.test(scheme[1] ?? "") && visit(decodeBase64(token), depth + 1);
      return;
    }
    let colon = text.indexOf(":");
    colon > 0 && !/\s/.test(text) && visit(text.slice(colon + 1), depth + 1);
  };
  return visit(secret), parts;
}
function credentialsOf(text) {
  let match = /^[a-z][a-z0-9+.-]*:\/\/([^\s/:@]+)(?::([^\s@]*))?@/i.exec(text);
  if (!match) return;
  let [, user = "", password = ""] = match, decode = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return [user, decode(user), password, decode(password), `${decode(user)}:${decode(password)}`];
}
function decodeBase64(token) {
  let text = Buffer.from(token, "base64").toString("utf8");
  return text.includes(":") && !text.includes("�") ? text : "";
}
function stripUrlCredentials(text) {
  return text.replace(URL_CREDENTIALS, "$1***@");
}
var URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/:@]+(?::[^\s@]*)?@/gi, ZWSP = "​", COMMAND_START = /^([\s\u0085]*):(?=:)/gm;
function neutraliseCommands(text) {
  return text.replace(COMMAND_START, `$1:${ZWSP}`).replaceAll("##[", `##${ZWSP}[`);
}

// packages/core/src/pool.ts
async function mapLimit(items, limit, fn) {
  let results = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  return await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)), results;
}

// packages/core/src/stats.ts
function percentile(values, p) {
  if (values.length === 0) return;
  let sorted = [...values].sort((a, b) => a - b), rank = Math.ceil(p / 100 * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

// packages/core/src/inputs.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var InputReader = class {
  constructor(source, label = (name) => `input "${name}"`, declared) {
    this.source = source;
    this.label = label;
    this.declared = declared;
  }
  source;
  label;
  declared;
  /** Whether the action declares this input (always true for a reader built without a declaration). */
  declares(name) {
    return this.declared?.has(name) ?? !0;
  }
  read(name) {
    if (!this.declares(name)) throw new Error(`reads input "${name}", which the action does not declare`);
    return this.source(name);
  }
  text(name) {
    return this.read(name).trim();
  }
  fail(name, expected) {
    throw new UsageError(this.label(name), expected);
  }
  parse(name, parse, fallback) {
    let text = this.text(name);
    if (text === "") return fallback;
    let result = parse(text);
    return result.ok || this.fail(name, result.expected), result.value;
  }
  /** Non-empty lines, trimmed; `#` starts a comment line. */
  list(name) {
    return this.read(name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  }
  boolean(name, fallback) {
    let text = this.text(name).toLowerCase();
    return text === "" ? fallback : text === "true" ? !0 : text === "false" ? !1 : this.fail(name, `expected true or false, got ${quote(this.text(name))}`);
  }
  /** The PEM certificates in the file the input names (e.g. an internal CA), or undefined when empty. */
  pemCertificates(name) {
    let path = this.text(name);
    if (path === "") return;
    let pem;
    try {
      pem = (0, import_node_fs.readFileSync)(path, "utf8");
    } catch (error) {
      return this.fail(name, `cannot read ${path} (${error.code ?? "error"})`);
    }
    return pem.includes("-----BEGIN CERTIFICATE-----") || this.fail(name, `expected PEM certificates in ${path}`), pem;
  }
  choice(name, values, fallback) {
    let text = this.text(name);
    return text === "" ? fallback : values.includes(text) ? text : this.fail(name, `expected one of ${values.join(", ")}, got ${quote(text)}`);
  }
};

// packages/core/src/post.ts
var PostError = class extends Error {
  constructor(message, retryable, retryAfterMs) {
    super(message);
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
  retryable;
  retryAfterMs;
}, LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function postUrl(text) {
  let url = URL.canParse(text) ? new URL(text) : void 0;
  return url && (url.protocol === "https:" || url.protocol === "http:" && LOOPBACK.has(url.hostname)) ? url : void 0;
}
var MAX_WAIT_MS = 6e4;
async function postWithRetry(what, url, body, options = {}) {
  let timeoutMs = options.timeoutMs ?? 1e4;
  await retry(
    async () => {
      let response;
      try {
        response = await fetch(url, { method: "POST", headers: { "content-type": body.contentType }, body: body.text, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
      } catch (error) {
        let timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        throw new PostError(timedOut ? `${what} did not answer within ${timeoutMs / 1e3}s` : `${what} could not be reached`, !0);
      }
      let text = (await response.text()).slice(0, 100).replace(/\s+/g, " ").trim();
      if (response.ok) return;
      let retryAfterMs = parseRetryAfter(response.headers.get("retry-after")), transient = response.status === 429 || response.status >= 500;
      throw new PostError(`${what} answered ${response.status}${text ? ` (${text})` : ""}`, transient && (retryAfterMs ?? 0) <= MAX_WAIT_MS, retryAfterMs);
    },
    {
      retries: options.retries ?? 3,
      baseMs: options.baseDelayMs ?? 1e3,
      sleep: options.sleep ?? sleep,
      ...options.random ? { random: options.random } : {},
      retryable: (error) => error instanceof PostError && error.retryable,
      retryAfterMs: (error) => error instanceof PostError ? error.retryAfterMs : void 0,
      onRetry: ({ error, delayMs }) => options.onRetry?.(`${error.message}; retrying in ${Math.round(delayMs / 100) / 10}s`)
    }
  );
}

// packages/core/src/shard.ts
var import_node_crypto = __toESM(require_node_crypto(), 1), MAX_SHARDS = 256;
function shardValue(text) {
  let match = /^(\d+)\/(\d+)$/.exec(text.trim()), index = Number(match?.[1]), total = Number(match?.[2]);
  return !match || total < 1 || total > MAX_SHARDS || index < 1 || index > total ? { ok: !1, expected: `expected i/n with 1 <= i <= n <= ${MAX_SHARDS}, like 2/8, got "${text}"` } : { ok: !0, value: { index, total } };
}
var shardOf = (id, total) => (0, import_node_crypto.createHash)("sha256").update(id).digest().readUInt32BE(0) % total + 1;
function inShard(items, shard, key = (item) => item.id) {
  return shard ? items.filter((item) => shardOf(key(item), shard.total) === shard.index) : [...items];
}

export {
  UNDECIDED_PREFIX,
  withoutUndecidedPrefix,
  undecidedMark,
  isUndecided,
  statusOutput,
  resultCell,
  systemClock,
  backoffDelay,
  sleep,
  retry,
  parseRetryAfter,
  retryWhile,
  poll,
  Redactor,
  neutraliseCommands,
  mapLimit,
  percentile,
  renderMarkdownTable,
  renderCodeBlock,
  renderCodeSpan,
  renderTextTable,
  InputReader,
  SUMMARY_LIMIT,
  SUMMARY_RESERVE,
  renderSummary,
  renderSummaryWithin,
  fitSummary,
  postUrl,
  postWithRetry,
  shardValue,
  inShard
};
