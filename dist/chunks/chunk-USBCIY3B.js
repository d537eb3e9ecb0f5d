import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  UNDECIDED_PREFIX,
  undecidedMark
} from "./chunk-VSBUBHW6.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  formatDuration
} from "./chunk-ZC7J5IS5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KBV2H3VL.js";

// builtin:node:readline
var require_node_readline = __commonJS({
  "builtin:node:readline"(exports, module) {
    module.exports = __require("node:readline");
  }
});

// packages/status/src/verdict.ts
var undecided = (reason, evidence = {}) => ({ outcome: "undecided", severity: "P3", summary: `${UNDECIDED_PREFIX}${reason}`, evidence }), STATUS = { pass: "pass", warn: "warn", fail: "fail", undecided: "fail" };
function toResult(spec, verdict, startedAt, durationMs) {
  let status = STATUS[verdict.outcome], severity = status === "fail" && spec.severity ? spec.severity : status === "pass" ? void 0 : verdict.severity;
  return {
    id: spec.id,
    kind: "status-check",
    subject: spec.subject,
    target: spec.target,
    status,
    ...severity ? { severity } : {},
    summary: verdict.summary,
    evidence: { ...verdict.evidence, ...undecidedMark(verdict.outcome === "undecided") },
    ...status === "pass" ? {} : { runbook: spec.runbook },
    startedAt: startedAt.toISOString(),
    durationMs
  };
}
function usageVerdict(what, usedPercent, warn, critical, evidence) {
  let used = `${what} ${usedPercent.toFixed(1)}% used`;
  return usedPercent >= critical ? { outcome: "fail", severity: "P2", summary: `${used}, at or above the critical ${critical}%`, evidence } : usedPercent >= warn ? { outcome: "warn", severity: "P4", summary: `${used}, at or above the warning ${warn}%`, evidence } : { outcome: "pass", summary: `${used} (warn at ${warn}%, critical at ${critical}%)`, evidence };
}

// packages/status/src/host/lines.ts
var import_node_fs = __toESM(require_node_fs(), 1), import_node_readline = __toESM(require_node_readline(), 1);
async function eachLine(file, onLine) {
  let input = (0, import_node_fs.createReadStream)(file, { encoding: "utf8", highWaterMark: 1048576 }), lines = (0, import_node_readline.createInterface)({ input, crlfDelay: 1 / 0 });
  try {
    for await (let line of lines) onLine(line);
  } finally {
    lines.close(), input.destroy();
  }
}
var fileError = (file, error) => `cannot read ${file} (${error.code ?? "error"})`;

// packages/status/src/host/log-time.ts
var MONTHS = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 }, ISO = /^\[?(\d{4})[-/](\d\d)[-/](\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?\s?(Z|[+-]\d\d:?\d\d)?/, APACHE = /^\[\w{3} (\w{3}) +(\d\d?) (\d\d):(\d\d):(\d\d)(?:\.\d+)? (\d{4})\]/, SYSLOG = /^(\w{3}) +(\d\d?) (\d\d):(\d\d):(\d\d) /, CLF = /^(\d\d)\/(\w{3})\/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$/;
function zoned(y, mo, d, h, mi, s, ms, zone) {
  if (!zone) return new Date(y, mo, d, h, mi, s, ms).getTime();
  let utc = Date.UTC(y, mo, d, h, mi, s, ms);
  if (zone === "Z") return utc;
  let sign = zone.startsWith("-") ? -1 : 1, digits = zone.replace(/[^\d]/g, "");
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 6e4;
}
function lineTime(line, now) {
  let iso = ISO.exec(line);
  if (iso) {
    let [, y, mo, d, h, mi, s, frac, zone] = iso;
    return zoned(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? +`0.${frac}` * 1e3 : 0, zone);
  }
  let apache = APACHE.exec(line);
  if (apache) {
    let [, mon, d, h, mi, s, y] = apache, month = MONTHS[mon];
    return month === void 0 ? void 0 : new Date(Number(y), month, Number(d), Number(h), Number(mi), Number(s)).getTime();
  }
  let syslog = SYSLOG.exec(line);
  if (syslog) {
    let [, mon, d, h, mi, s] = syslog, month = MONTHS[mon];
    if (month === void 0) return;
    let year = new Date(now).getFullYear(), t = new Date(year, month, Number(d), Number(h), Number(mi), Number(s)).getTime();
    return t > now + 864e5 ? new Date(year - 1, month, Number(d), Number(h), Number(mi), Number(s)).getTime() : t;
  }
}
function clfTime(text) {
  let m = CLF.exec(text);
  if (!m) return;
  let [, d, mon, y, h, mi, s, sign, zh, zm] = m, month = MONTHS[mon];
  if (month === void 0) return;
  let offset = (sign === "-" ? -1 : 1) * (Number(zh) * 60 + Number(zm)) * 6e4;
  return Date.UTC(Number(y), month, Number(d), Number(h), Number(mi), Number(s)) - offset;
}

// packages/status/src/host/error-lines.ts
var ERROR_LINE = /\b(error|crit(ical)?|fatal|emerg(ency)?|panic)\b/i, GREP = "grep -n -i -E '\\b(error|crit(ical)?|fatal|emerg(ency)?|panic)\\b'", MAX_GROUPS = 1e3, TOP = 5;
function messageKey(line) {
  return line.replace(/^\[?[^\]]*?\d\d:\d\d:\d\d(?:[.,]\d+)?(?:\s?(?:Z|[+-]\d\d:?\d\d))?\]?\s*/, "").replace(/\b[0-9a-f]{8,}\b/gi, "…").replace(/\d+/g, "#").trim().slice(0, 160);
}
async function countErrors(file, since, now) {
  let groups = /* @__PURE__ */ new Map(), [count, undated] = [0, 0], current;
  await eachLine(file, (line) => {
    let t = lineTime(line, now);
    if (t !== void 0 && (current = t), !ERROR_LINE.test(line)) return;
    if (current === void 0) return void undated++;
    if (current < since) return;
    count++;
    let key = messageKey(line);
    (groups.has(key) || groups.size < MAX_GROUPS) && groups.set(key, (groups.get(key) ?? 0) + 1);
  });
  let top = [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([message, n]) => ({ message, count: n }));
  return { count, undated, top };
}
async function checkErrorLines(file, windowMs, maxErrors, now = Date.now()) {
  let found;
  try {
    found = await countErrors(file, now - windowMs, now);
  } catch (error) {
    return undecided(fileError(file, error), { file });
  }
  let window = formatDuration(windowMs);
  if (found.count === 0 && found.undated > 0) return undecided(`${file} has ${found.undated} error line(s) but no timestamps to tell whether they are from the last ${window}`, { file });
  let evidence = {
    file,
    window,
    "error lines": found.count,
    "max errors": maxErrors,
    "top messages": found.top.map((t) => `${t.count}× ${t.message}`).join(`
`) || null,
    "see all": `${GREP} ${file} | tail -100`
  }, counted = `${found.count} error line(s) in ${file} in the last ${window}`;
  return found.count > maxErrors ? { outcome: "fail", severity: "P3", summary: `${counted}, over ${maxErrors}; most common: ${found.top[0]?.message ?? ""}`, evidence } : { outcome: "pass", summary: `${counted} (at most ${maxErrors})`, evidence };
}

export {
  undecided,
  toResult,
  usageVerdict,
  eachLine,
  fileError,
  clfTime,
  messageKey,
  checkErrorLines
};
