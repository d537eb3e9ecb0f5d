import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/core/src/result.ts
var STATUSES = ["pass", "warn", "fail"], SEVERITIES = ["P1", "P2", "P3", "P4"], CHECK_KINDS = ["smoke-test", "cert-check", "backup-verify", "deploy", "rollback"], FAIL_ON = ["fail", "warn", "never"], statusRank = { pass: 0, warn: 1, fail: 2 }, severityRank = { P1: 1, P2: 2, P3: 3, P4: 4 };
function worstStatus(results) {
  return results.reduce((worst, r) => statusRank[r.status] > statusRank[worst] ? r.status : worst, "pass");
}
function atLeastAsSevere(a, b) {
  return severityRank[a] <= severityRank[b];
}
function shouldFail(results, failOn) {
  let worst = worstStatus(results);
  return failOn === "never" ? !1 : failOn === "warn" ? worst !== "pass" : worst === "fail";
}
function headline(results, noun = "checks") {
  let failed = results.filter((r) => r.status === "fail").length, warned = results.filter((r) => r.status === "warn").length;
  return failed + warned === 0 ? `all ${results.length} ${noun} passed` : [failed ? `${failed} of ${results.length} ${noun} failing` : "", warned ? `${warned} with warnings` : ""].filter(Boolean).join(", ");
}

// packages/core/src/errors.ts
var UsageError = class extends Error {
  constructor(path, expected2) {
    super(`${path}: ${expected2}`);
    this.path = path;
    this.expected = expected2;
    this.name = "UsageError";
  }
  path;
  expected;
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// packages/core/src/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 }, PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
function parseDuration(text) {
  let source = text.trim();
  if (source === "") return;
  PART.lastIndex = 0;
  let total = 0, consumed = 0;
  for (let match = PART.exec(source); match; match = PART.exec(source))
    total += Number(match[1]) * UNIT_MS[match[2]], consumed = PART.lastIndex;
  return consumed === source.length ? total : void 0;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) {
    let s = ms / 1e3;
    return Number.isInteger(s) || s >= 10 ? `${Math.round(s)}s` : `${s.toFixed(1)}s`;
  }
  let units = [
    ["d", UNIT_MS.d],
    ["h", UNIT_MS.h],
    ["m", UNIT_MS.m],
    ["s", UNIT_MS.s]
  ], parts = [], rest = Math.round(ms / 1e3) * 1e3;
  for (let [unit, size] of units) {
    let n = Math.floor(rest / size);
    if ((n > 0 || parts.length > 0) && (n > 0 && parts.push(`${n}${unit}`), rest -= n * size), parts.length === 2) break;
  }
  return parts.join(" ");
}

// packages/core/src/values.ts
var ok = (value) => ({ ok: !0, value }), expected = (text) => ({ ok: !1, expected: text });
function durationValue(text, { allowZero = !1 } = {}) {
  let ms = parseDuration(text);
  return ms === void 0 || !allowZero && ms === 0 ? expected(`expected a ${allowZero ? "non-negative" : "positive"} duration like 500ms, 10s, 5m or 26h, got "${text}"`) : ok(ms);
}
function integerValue(text, min, max = Number.MAX_SAFE_INTEGER) {
  let n = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    let range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    return expected(`expected a whole number ${range}, got "${text}"`);
  }
  return ok(n);
}
function rateValue(text) {
  let t = text.trim(), n = /^\d+(\.\d+)?%$/.test(t) ? Number(t.slice(0, -1)) / 100 : /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  return !Number.isFinite(n) || n > 1 ? expected(`expected a rate like 1% or 0.01, got "${text}"`) : ok(n);
}
function statusSpecValue(text) {
  let ranges = [];
  for (let part of text.split(",").map((p) => p.trim())) {
    let single = /^([1-5]\d\d)$/.exec(part), span = /^([1-5]\d\d)-([1-5]\d\d)$/.exec(part), klass = /^([1-5])xx$/i.exec(part);
    if (single) ranges.push({ min: Number(single[1]), max: Number(single[1]) });
    else if (span && Number(span[1]) <= Number(span[2])) ranges.push({ min: Number(span[1]), max: Number(span[2]) });
    else if (klass) ranges.push({ min: Number(klass[1]) * 100, max: Number(klass[1]) * 100 + 99 });
    else return expected(`expected HTTP status codes like 200, 200,204, 200-299 or 2xx, got "${text}"`);
  }
  return ok(ranges);
}
function formatStatusSpec(ranges) {
  return ranges.map((r) => r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`).join(",");
}
function jsonObjectValue(text) {
  try {
    let value = JSON.parse(text);
    if (value && typeof value == "object" && !Array.isArray(value)) return ok(value);
  } catch {
  }
  return expected(`expected a JSON object like {"status":"healthy"}, got ${JSON.stringify(truncate(text, 60))}`);
}
function regexValue(text) {
  try {
    return ok(new RegExp(text));
  } catch (error) {
    return expected(`expected a regular expression (${error.message})`);
  }
}
function httpUrlValue(text) {
  try {
    let url = new URL(text.trim());
    if (url.protocol === "http:" || url.protocol === "https:") return ok(url);
  } catch {
  }
  return expected(`expected an http:// or https:// URL, got "${truncate(text, 80)}"`);
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export {
  STATUSES,
  SEVERITIES,
  CHECK_KINDS,
  FAIL_ON,
  worstStatus,
  atLeastAsSevere,
  shouldFail,
  headline,
  UsageError,
  errorMessage,
  formatDuration,
  durationValue,
  integerValue,
  rateValue,
  statusSpecValue,
  formatStatusSpec,
  jsonObjectValue,
  regexValue,
  httpUrlValue,
  truncate
};
