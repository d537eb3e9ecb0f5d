import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

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
var ok = (value) => ({ ok: !0, value }), expected = (text) => ({ ok: !1, expected: text }), BYTE_UNITS = { "": 1, b: 1, k: 1024, kb: 1e3, kib: 1024, m: 1024 ** 2, mb: 1e6, mib: 1024 ** 2, g: 1024 ** 3, gb: 1e9, gib: 1024 ** 3 };
function bytesOf(text) {
  let m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim()), unit = BYTE_UNITS[(m?.[2] ?? "x").toLowerCase()];
  return m && unit !== void 0 ? Math.round(Number(m[1]) * unit) : void 0;
}
var MAX_TIMER_MS = 2 ** 31 - 1, DURATION_MAX = {
  /** One request or one TLS handshake, and a latency limit. */
  request: 5 * 6e4,
  /** The wait before a retry. */
  retryDelay: 5 * 6e4,
  /** Waiting for a rollout or a rollback to finish. */
  waitTimeout: 6 * 36e5,
  /** Any other duration. */
  any: 24 * 864e5
};
function durationValue(text, { allowZero = !1, max = DURATION_MAX.any } = {}) {
  let ms = parseDuration(text);
  return ms === void 0 || !allowZero && ms === 0 ? expected(`expected a ${allowZero ? "non-negative" : "positive"} duration like 500ms, 10s, 5m or 26h, got ${quote(text)}`) : ms > Math.min(max, MAX_TIMER_MS) ? expected(`expected a duration of at most ${formatDuration(max)}, got ${quote(text)}`) : ok(ms);
}
function integerValue(text, min, max = Number.MAX_SAFE_INTEGER) {
  let n = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    let range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    return expected(`expected a whole number ${range}, got ${quote(text)}`);
  }
  return ok(n);
}
function rateValue(text) {
  let t = text.trim(), n = /^\d+(\.\d+)?%$/.test(t) ? Number(t.slice(0, -1)) / 100 : /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  return !Number.isFinite(n) || n > 1 ? expected(`expected a rate like 1% or 0.01, got ${quote(text)}`) : ok(n);
}
function statusSpecValue(text) {
  let ranges = [];
  for (let part of text.split(",").map((p) => p.trim())) {
    let single = /^([1-5]\d\d)$/.exec(part), span = /^([1-5]\d\d)-([1-5]\d\d)$/.exec(part), klass = /^([1-5])xx$/i.exec(part);
    if (single) ranges.push({ min: Number(single[1]), max: Number(single[1]) });
    else if (span && Number(span[1]) <= Number(span[2])) ranges.push({ min: Number(span[1]), max: Number(span[2]) });
    else if (klass) ranges.push({ min: Number(klass[1]) * 100, max: Number(klass[1]) * 100 + 99 });
    else return expected(`expected HTTP status codes like 200, 200,204, 200-299 or 2xx, got ${quote(text)}`);
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
  return expected(`expected a JSON object like {"status":"healthy"}, got ${quote(text)}`);
}
function httpUrlValue(text) {
  try {
    let url = new URL(text.trim());
    if (url.protocol === "http:" || url.protocol === "https:") return ok(url);
  } catch {
  }
  return expected(`expected an http:// or https:// URL, got ${quote(withoutCredentials(text.trim()))}`);
}
function withoutCredentials(text) {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@]*@/i, "$1***@");
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function quote(text, max = 100) {
  return JSON.stringify(truncate(text, max));
}
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, HEADER_VALUE_BAD = /[^\t\x20-\x7e\x80-\xff]/;
function headerNameValue(text) {
  return HEADER_NAME.test(text) ? ok(text) : expected(`expected a header name of letters, digits and !#$%&'*+.^_\`|~-, got ${quote(text)}`);
}
function headerValueValue(text) {
  let bad = HEADER_VALUE_BAD.exec(text);
  if (!bad) return ok(text);
  let code = bad[0].codePointAt(0) ?? 0, what = code === 10 ? "a line feed" : code === 13 ? "a carriage return" : code < 32 || code === 127 ? "a control character" : "a character outside Latin-1";
  return expected(`expected a header value of tabs and printable Latin-1 characters, got ${what} (U+${code.toString(16).toUpperCase().padStart(4, "0")}) at character ${bad.index + 1} of ${text.length}`);
}

export {
  parseDuration,
  formatDuration,
  bytesOf,
  DURATION_MAX,
  durationValue,
  integerValue,
  rateValue,
  statusSpecValue,
  formatStatusSpec,
  jsonObjectValue,
  httpUrlValue,
  withoutCredentials,
  truncate,
  quote,
  headerNameValue,
  headerValueValue
};
