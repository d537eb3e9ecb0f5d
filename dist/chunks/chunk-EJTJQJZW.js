import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  postUrl
} from "./chunk-VSBUBHW6.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  quote
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/report/src/zoned.ts
var formatters = /* @__PURE__ */ new Map();
function formatter(timeZone) {
  let f = formatters.get(timeZone);
  return f || (f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }), formatters.set(timeZone, f)), f;
}
function isTimeZone(timeZone) {
  try {
    return formatter(timeZone), !0;
  } catch {
    return !1;
  }
}
function localTime(date, timeZone) {
  let parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}
var localDate = (date, timeZone) => {
  let { year, month, day } = localTime(date, timeZone);
  return { year, month, day };
};
function offsetMs(at, timeZone) {
  let t = localTime(new Date(at), timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - Math.floor(at / 1e3) * 1e3;
}
function startOfDay(date, timeZone) {
  let wall = Date.UTC(date.year, date.month - 1, date.day), first = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(first, timeZone));
}
function addDays(date, days) {
  let d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
var weekday = (date) => new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay(), pad = (n) => String(n).padStart(2, "0"), isoDate = (date) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;
function localStamp(date, timeZone) {
  let t = localTime(date, timeZone);
  return `${isoDate(t)} ${pad(t.hour)}:${pad(t.minute)}`;
}

// packages/report/src/period.ts
var PERIODS = ["run", "daily", "weekly", "monthly"], DAY_MS = 864e5;
function periodWindow(kind, now, timeZone) {
  let today = localDate(now, timeZone);
  if (kind === "run") {
    let from = new Date(now.getTime() - DAY_MS);
    return { kind, from, to: now, key: `run:${now.toISOString()}`, firstDay: localDate(from, timeZone), lastDay: today };
  }
  let first, next;
  return kind === "daily" ? (first = addDays(today, -1), next = today) : kind === "weekly" ? (next = addDays(today, -((weekday(today) + 6) % 7)), first = addDays(next, -7)) : (next = { ...today, day: 1 }, first = today.month === 1 ? { year: today.year - 1, month: 12, day: 1 } : { year: today.year, month: today.month - 1, day: 1 }), windowOf(kind, first, next, timeZone);
}
function windowOf(kind, first, next, timeZone) {
  let key = kind === "monthly" ? `monthly:${isoDate(first).slice(0, 7)}` : `${kind}:${isoDate(first)}`;
  return { kind, from: startOfDay(first, timeZone), to: startOfDay(next, timeZone), key, firstDay: first, lastDay: addDays(next, -1) };
}
function previousWindow(window, timeZone) {
  if (window.kind !== "run") return periodWindow(window.kind, window.from, timeZone);
  let from = new Date(window.from.getTime() - DAY_MS);
  return { ...window, from, to: window.from, key: `run:${window.from.toISOString()}`, firstDay: localDate(from, timeZone), lastDay: localDate(window.from, timeZone) };
}

// packages/report/src/plan.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var PUBLISH_TARGETS = ["summary", "issue", "slack"], LOCALES = ["en", "ja"];
function readPublish(inputs) {
  let values = inputs.list("publish").flatMap((line) => line.split(",")).map((v) => v.trim()).filter(Boolean);
  for (let value of values) PUBLISH_TARGETS.includes(value) || inputs.fail("publish", `expected any of ${PUBLISH_TARGETS.join(", ")}, got ${quote(value)}`);
  return values.length ? [...new Set(values)] : ["summary"];
}
function readWebhook(inputs, wanted) {
  let text = inputs.text("slack-webhook");
  if (!text) return wanted ? inputs.fail("slack-webhook", "expected the Slack incoming webhook URL, since `publish` includes slack") : void 0;
  let url = postUrl(text);
  return url || inputs.fail("slack-webhook", "expected an https:// URL (the value is not shown: it is a secret)"), url;
}
function readSlo(inputs) {
  let text = inputs.text("slo") || "99.0", value = Number(text.replace(/%$/, ""));
  return (!/^\d+(\.\d+)?%?$/.test(text) || !(value > 0 && value < 100)) && inputs.fail("slo", `expected an availability in percent above 0 and below 100, like 99.9, got ${quote(text)}`), value;
}
async function configLocale(path) {
  let { DEFAULT_CONFIG_PATH, loadConfig } = await import("./config-QMXRFQLW.js");
  if (!(!path && !(0, import_node_fs.existsSync)(DEFAULT_CONFIG_PATH)))
    return loadConfig(path || DEFAULT_CONFIG_PATH).locale;
}
var workflowFiles = (text) => {
  let files = text.split(/[\n,]/).map((f) => f.trim()).filter(Boolean), bad = files.find((f) => !/^[\w.-]+\.ya?ml$/.test(f));
  return bad === void 0 ? { ok: !0, value: files } : { ok: !1, expected: `expected workflow file names like nightly.yml, one per line, got ${quote(bad)}` };
};
async function planReport(inputs) {
  let period = inputs.choice("period", PERIODS, "run"), results = inputs.list("results");
  results.length === 0 && inputs.fail("results", "expected glob patterns of result files, one per line (e.g. results/**/*.json)");
  let publish = readPublish(inputs), slackWebhook = readWebhook(inputs, publish.includes("slack")), timeZone = inputs.text("timezone") || "Asia/Tokyo";
  isTimeZone(timeZone) || inputs.fail("timezone", `expected an IANA time zone like Asia/Tokyo or UTC, got ${quote(timeZone)}`);
  let slo = readSlo(inputs), locale = (inputs.text("locale") ? inputs.choice("locale", LOCALES, "en") : void 0) ?? await configLocale(inputs.text("config")) ?? "en", workflows = inputs.parse("workflows", workflowFiles, ["deploy.yml", "rollback.yml"]), checkWorkflows = inputs.parse("check-workflows", workflowFiles, ["nightly.yml"]);
  return { workflows, checkWorkflows, period, results, publish, ...slackWebhook ? { slackWebhook } : {}, locale, timeZone, slo, title: inputs.text("title"), environment: inputs.text("environment") };
}

export {
  isTimeZone,
  localDate,
  startOfDay,
  addDays,
  weekday,
  isoDate,
  localStamp,
  PERIODS,
  periodWindow,
  previousWindow,
  PUBLISH_TARGETS,
  planReport
};
