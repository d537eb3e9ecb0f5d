import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  DEFAULT_CLOUD_LOGGING_FILTER
} from "./chunk-DIG2RLDU.js";
import {
  checkErrorLines,
  clfTime,
  eachLine,
  fileError,
  messageKey,
  toResult,
  undecided,
  usageVerdict
} from "./chunk-USBCIY3B.js";
import {
  runTool
} from "./chunk-OLUXQLH6.js";
import {
  isUndecided,
  resultCell,
  statusOutput
} from "./chunk-VSBUBHW6.js";
import {
  errorMessage,
  headline,
  logSizeValue,
  thresholdPairProblem,
  usagePercentValue
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
  DURATION_MAX,
  durationValue,
  formatDuration,
  httpUrlValue,
  integerValue,
  rateValue,
  withoutCredentials
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/status/src/options.ts
var import_node_os = __toESM(require_node_os(), 1);

// packages/status/src/host/tool.ts
var MAX_OUTPUT = 4 * 1024 * 1024;
async function runTool2(command, args, timeoutMs) {
  let result = await runTool(command, args, { timeoutMs, maxOutput: MAX_OUTPUT });
  return result.ran ? result.timedOut || result.code === null ? { ran: !1, reason: `${command} did not finish within ${Math.round(timeoutMs / 1e3)}s` } : { ran: !0, code: result.code, stdout: result.stdout, stderr: result.stderr } : result;
}
function firstLine(run) {
  let line = `${run.stderr}
${run.stdout}`.split(`
`).map((l) => l.trim()).find((l) => l !== "");
  return line ? line.slice(0, 200) : `exit code ${run.code}`;
}

// packages/status/src/host/systemd.ts
var SYSTEMCTL_ARGS = ["show", "--property=Id,LoadState,ActiveState,SubState,Result", "--"];
function parseSystemctlShow(text) {
  return text.split(/\n\s*\n/).filter((block) => block.trim() !== "").map((block) => {
    let unit = {};
    for (let line of block.split(`
`)) {
      let eq = line.indexOf("=");
      eq > 0 && (unit[line.slice(0, eq).trim()] = line.slice(eq + 1).trim());
    }
    return unit;
  });
}
var unitName = (name) => /\.(service|socket|timer|target|mount|path|scope|slice|device|swap|automount)$/.test(name) ? name : `${name}.service`;
function unitVerdict(name, unit) {
  if (!unit) return undecided(`systemctl said nothing about ${name}`);
  let evidence = { unit: unit.Id ?? unitName(name), load: unit.LoadState ?? null, active: unit.ActiveState ?? null, sub: unit.SubState ?? null, result: unit.Result ?? null }, state = `${unit.ActiveState}${unit.SubState ? ` (${unit.SubState})` : ""}`;
  if (unit.LoadState === "not-found") return { outcome: "fail", severity: "P1", summary: `${evidence.unit} is not installed (LoadState not-found)`, evidence };
  if (unit.ActiveState === "active" || unit.ActiveState === "reloading") return { outcome: "pass", summary: `${evidence.unit} is ${state}`, evidence };
  if (unit.ActiveState === "activating" && unit.SubState !== "auto-restart") return { outcome: "warn", severity: "P4", summary: `${evidence.unit} is still starting: ${state}`, evidence };
  let why = unit.Result && unit.Result !== "success" ? `, result ${unit.Result}` : "";
  return { outcome: "fail", severity: "P1", summary: `${evidence.unit} is ${state}${why}`, evidence };
}
async function checkUnits(units, timeoutMs) {
  let run = await runTool2("systemctl", [...SYSTEMCTL_ARGS, ...units.map(unitName)], timeoutMs);
  if (!run.ran) return units.map(() => undecided(run.reason));
  if (run.code !== 0) return units.map(() => undecided(`systemctl show failed: ${firstLine(run)}`));
  let states = parseSystemctlShow(run.stdout);
  return units.map((name, i) => unitVerdict(name, states.find((s) => s.Id === unitName(name)) ?? states[i]));
}

// packages/status/src/host/journal.ts
var JOURNAL_PREFIX = "journal:", TOP = 5, journalArgs = (unit, since) => ["-u", unitName(unit), "--since", `@${Math.floor(since / 1e3)}`, "-p", "err", "-o", "json", "--no-pager", "-q"];
function parseJournalJson(text) {
  let entries = [];
  for (let line of text.split(`
`)) {
    if (!line.trim()) continue;
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      continue;
    }
    let raw = e.MESSAGE, message = typeof raw == "string" ? raw : Array.isArray(raw) ? Buffer.from(raw).toString("utf8") : "";
    entries.push({ message, priority: Number(e.PRIORITY ?? 3), time: Math.floor(Number(e.__REALTIME_TIMESTAMP ?? 0) / 1e3) });
  }
  return entries;
}
async function checkJournal(unit, windowMs, maxErrors, timeoutMs, now = Date.now()) {
  let run = await runTool2("journalctl", journalArgs(unit, now - windowMs), timeoutMs);
  if (!run.ran) return undecided(run.reason, { unit: unitName(unit) });
  if (run.code !== 0) return undecided(`journalctl failed: ${firstLine(run)}`, { unit: unitName(unit) });
  let entries = parseJournalJson(run.stdout), window = formatDuration(windowMs);
  if (entries.length === 0) {
    let any = await runTool2("journalctl", ["-u", unitName(unit), "-n", "1", "-o", "json", "--no-pager", "-q"], timeoutMs);
    if (any.ran && any.code === 0 && parseJournalJson(any.stdout).length === 0)
      return undecided(`the journal has no entries of ${unitName(unit)} at all: is it the unit's name, and does this machine keep a journal (journalctl --list-boots)?`, { unit: unitName(unit) });
  }
  let groups = /* @__PURE__ */ new Map();
  for (let e of entries) groups.set(messageKey(e.message), (groups.get(messageKey(e.message)) ?? 0) + 1);
  let top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, TOP), evidence = {
    unit: unitName(unit),
    window,
    "error lines": entries.length,
    "max errors": maxErrors,
    "top messages": top.map(([m, n]) => `${n}× ${m}`).join(`
`) || null,
    "see all": `journalctl -u ${unitName(unit)} --since "${Math.ceil(windowMs / 36e5)} hours ago" -p err --no-pager`
  }, counted = `${entries.length} error entr${entries.length === 1 ? "y" : "ies"} in the journal of ${unitName(unit)} in the last ${window}`;
  return entries.length > maxErrors ? { outcome: "fail", severity: "P3", summary: `${counted}, over ${maxErrors}; most common: ${top[0]?.[0] ?? ""}`, evidence } : { outcome: "pass", summary: `${counted} (at most ${maxErrors})`, evidence };
}

// packages/status/src/options.ts
var CHECKS = ["host", "status", "logs", "metrics"], DEFAULT_FILTER = "?ERROR ?CRITICAL ?FATAL", REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, LOCALES = ["en", "ja"], TOOL_TIMEOUT_MS = 3e4, MAX_WINDOW = 31 * 864e5;
function readDefaults(reader) {
  let percent = (name, fallback) => reader.parse(name, usagePercentValue, fallback), disk = { warn: percent("disk-warn", 80), critical: percent("disk-critical", 90) }, memory = { warn: percent("memory-warn", 80), critical: percent("memory-critical", 90) };
  for (let kind of ["disk", "memory"]) {
    let { warn, critical } = kind === "disk" ? disk : memory;
    thresholdPairProblem(warn, critical, `${kind}-warn`, `${kind}-critical`) && reader.fail(`${kind}-warn`, `expected at most ${kind}-critical (${critical}), got ${warn}`);
  }
  let runbook = reader.text("runbook"), composeFile = reader.text("compose-file"), accessLog = reader.text("access-log"), units = reader.list("systemd-units");
  units.forEach((u) => /^[\w@:.\\-]+$/.test(u) || reader.fail("systemd-units", `expected unit names like estimator or httpd.service, got ${JSON.stringify(u)}`));
  let errorLogs = reader.list("error-logs");
  for (let e of errorLogs)
    e.startsWith(JOURNAL_PREFIX) && !/^[\w@:.\\-]+$/.test(e.slice(JOURNAL_PREFIX.length)) && reader.fail("error-logs", `expected journal:UNIT with a unit name like journal:estimator, got ${JSON.stringify(e)}`);
  return {
    diskPaths: reader.list("disk-paths").length ? reader.list("disk-paths") : ["/"],
    disk,
    memory,
    systemdUnits: units,
    ...composeFile ? { composeFile } : {},
    logFiles: reader.list("log-files"),
    maxLogBytes: reader.parse("max-log-size", logSizeValue, 100 * 1024 * 1024),
    errorLogs,
    maxErrors: reader.parse("max-errors", (t) => integerValue(t, 0), 0),
    ...accessLog ? { accessLog } : {},
    windowMs: reader.parse("window", (t) => durationValue(t, { max: MAX_WINDOW }), 864e5),
    maxErrorRate: reader.parse("max-error-rate", rateValue, 0.01),
    maxP95Ms: reader.parse("max-p95", (t) => durationValue(t, { max: DURATION_MAX.request }), 3e3),
    toolTimeoutMs: TOOL_TIMEOUT_MS,
    ...runbook ? { runbook } : {}
  };
}
function fromConfig(name, h, d) {
  let pair = (kind) => ({ warn: h[`${kind}-warn`] ?? d[kind]?.warn ?? 80, critical: h[`${kind}-critical`] ?? d[kind]?.critical ?? 90 });
  return {
    ...d,
    name,
    ...h.hostname ? { hostname: h.hostname } : {},
    diskPaths: h["disk-paths"] ?? d.diskPaths,
    disk: pair("disk"),
    memory: pair("memory"),
    systemdUnits: h["systemd-units"] ?? d.systemdUnits,
    ...h["compose-file"] ? { composeFile: h["compose-file"] } : {},
    logFiles: h["log-files"] ?? d.logFiles,
    maxLogBytes: h["max-log-size"] ?? d.maxLogBytes,
    errorLogs: h["error-logs"] ?? d.errorLogs,
    maxErrors: h["max-errors"] ?? d.maxErrors,
    ...h["access-log"] ? { accessLog: h["access-log"] } : {},
    windowMs: h.window ?? d.windowMs,
    maxErrorRate: h["max-error-rate"] ?? d.maxErrorRate,
    maxP95Ms: h["max-p95"] ?? d.maxP95Ms,
    ...h.severity ? { severity: h.severity } : {},
    ...h.runbook ?? d.runbook ? { runbook: h.runbook ?? d.runbook } : {}
  };
}
function readChecks(reader) {
  let names = reader.text("checks").split(/[\s,]+/).filter(Boolean);
  if (names.length !== 0) {
    for (let name of names)
      CHECKS.includes(name) || reader.fail("checks", `expected any of ${CHECKS.join(", ")}, got ${JSON.stringify(name)}`);
    return new Set(names);
  }
}
function regionOf(reader, env, fromConfig2) {
  let region = fromConfig2 ?? (reader.text("region") || env.AWS_REGION || env.AWS_DEFAULT_REGION || "");
  return REGION.test(region) || reader.fail("region", region ? `expected an AWS region like ap-northeast-1, got ${JSON.stringify(region)}` : "expected an AWS region like ap-northeast-1 (or set AWS_REGION)"), region;
}
function serviceChecks(checks, svc = {}) {
  let keyed = ["status", "logs", "metrics"].some((c) => svc[c] !== void 0), configured = (c) => keyed ? svc[c] !== void 0 && svc[c] !== !1 : c === "status", on = (c) => checks ? checks.has(c) && (!keyed || configured(c)) : configured(c);
  return { status: on("status"), logs: on("logs"), metrics: on("metrics") };
}
var own = (t) => t || {};
function metricLimits(base, m) {
  let o = own(m);
  return { maxCpu: o["max-cpu"] ?? base.maxCpu, maxMemory: o["max-memory"] ?? base.maxMemory, maxErrorRate: o["max-error-rate"] ?? base.maxErrorRate, maxP95Ms: o["max-p95"] ?? base.maxP95Ms };
}
function ecsTarget(base, on, t) {
  let logs = own(t.svc?.logs), logGroup = logs["log-group"] ?? t.logGroup, runbook = t.runbook ?? base.runbook;
  return {
    environment: base.environment,
    locale: base.locale,
    key: t.key,
    cluster: t.cluster,
    service: t.service,
    region: t.region,
    limits: { maxRolloutMs: own(t.svc?.status)["max-rollout"] ?? base.maxRolloutMs, windowMs: base.windowMs },
    status: on.status,
    ...on.logs ? { logs: { filter: logs.filter ?? base.logFilter ?? DEFAULT_FILTER, maxErrors: logs["max-errors"] ?? base.maxErrors, ...logGroup ? { logGroup } : {} } } : {},
    ...on.metrics ? { metrics: metricLimits(base.metrics, t.svc?.metrics) } : {},
    ...runbook ? { runbook } : {}
  };
}
function cloudRunTarget(base, on, endpoints, t) {
  let logs = own(t.svc?.logs), runbook = t.runbook ?? base.runbook;
  return {
    environment: base.environment,
    locale: base.locale,
    key: t.key,
    project: t.project,
    region: t.region,
    service: t.service,
    windowMs: base.windowMs,
    endpoints,
    status: on.status,
    ...on.logs ? { logs: { filter: logs.filter ?? base.logFilter ?? DEFAULT_CLOUD_LOGGING_FILTER, maxErrors: logs["max-errors"] ?? base.maxErrors } } : {},
    ...on.metrics ? { metrics: metricLimits(base.metrics, t.svc?.metrics) } : {},
    ...runbook ? { runbook } : {}
  };
}
var PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, GCP_REGION = /^[a-z]+-[a-z]+\d{1,2}$/;
function gcpOf(reader, env, path, fromConfig2) {
  let project = fromConfig2.project ?? (reader.text("project") || env.GOOGLE_CLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT || "");
  PROJECT.test(project) || reader.fail("project", project ? `expected a Google Cloud project id like my-project-123, got ${JSON.stringify(project)}` : `expected the Google Cloud project of ${path} (or set GOOGLE_CLOUD_PROJECT)`);
  let region = fromConfig2.region ?? reader.text("region");
  return GCP_REGION.test(region) || reader.fail("region", region ? `expected a Cloud Run region like asia-northeast1, got ${JSON.stringify(region)}` : `expected the Cloud Run region of ${path}`), { project, region };
}
function endpointOf(reader, name) {
  let text = reader.text(name);
  if (!text) return;
  let url = reader.parse(name, httpUrlValue, new URL("https://invalid"));
  return (url.pathname !== "/" || url.search || url.username || url.password) && reader.fail(name, `expected an endpoint like http://127.0.0.1:8089 (scheme, host and port only), got ${JSON.stringify(withoutCredentials(text))}`), url.origin;
}
function serviceTargets(reader, env, config, checks, base) {
  let service = reader.text("service"), inlineLogGroup = reader.text("log-group"), endpoints = {};
  for (let [key, input] of [["run", "api-endpoint"], ["logging", "logging-endpoint"], ["monitoring", "monitoring-endpoint"]]) {
    let url = endpointOf(reader, input);
    url && (endpoints[key] = url);
  }
  if (service) {
    let on = serviceChecks(checks);
    if (!on.status && !on.logs && !on.metrics) return { ecs: [], cloudRun: [] };
    if (reader.choice("platform", ["ecs", "cloud-run"], "ecs") === "cloud-run")
      return inlineLogGroup && reader.fail("log-group", "a CloudWatch log group is for an ECS service: expected platform ecs"), { ecs: [], cloudRun: [cloudRunTarget(base, on, endpoints, { key: service, service, ...gcpOf(reader, env, `service ${JSON.stringify(service)}`, {}) })] };
    let cluster = reader.text("cluster");
    return cluster || reader.fail("cluster", `expected the ECS cluster of service ${JSON.stringify(service)}`), { ecs: [ecsTarget(base, on, { key: service, cluster, service, region: regionOf(reader, env), ...inlineLogGroup ? { logGroup: inlineLogGroup } : {} })], cloudRun: [] };
  }
  let ecs = [], cloudRun = [];
  for (let [key, svc] of Object.entries(config?.services ?? {})) {
    let path = `environments.${base.environment}.services.${key}`;
    if (svc.platform === "vm") continue;
    let on = serviceChecks(checks, svc);
    if (!on.status && !on.logs && !on.metrics) continue;
    if (svc.platform === "cloud-run") {
      cloudRun.push(cloudRunTarget(base, on, endpoints, { key, service: svc.service ?? key, ...gcpOf(reader, env, path, svc), ...svc.runbook ? { runbook: svc.runbook } : {}, svc }));
      continue;
    }
    let cluster = svc.cluster ?? reader.text("cluster");
    cluster || reader.fail("cluster", `expected a cluster: ${path}.cluster is not set`), ecs.push(ecsTarget(base, on, { key, cluster, service: svc.service ?? key, region: regionOf(reader, env, svc.region), ...svc.runbook ? { runbook: svc.runbook } : {}, svc, ...inlineLogGroup ? { logGroup: inlineLogGroup } : {} }));
  }
  return { ecs, cloudRun };
}
async function planStatusCheck(reader, env = process.env) {
  let checks = readChecks(reader), defaults = readDefaults(reader), maxRolloutMs = reader.parse("max-rollout", (t) => durationValue(t, { max: DURATION_MAX.waitTimeout }), 30 * 6e4), configPath = reader.text("config"), environment = reader.text("environment") || "default", inputLocale = reader.text("locale") ? reader.choice("locale", LOCALES, "en") : void 0, config, locale = inputLocale ?? "en";
  if (configPath) {
    reader.text("environment") || reader.fail("environment", "expected the environment whose hosts: and services: to check in the config");
    let { loadConfig, selectEnvironment } = await import("./config-QMXRFQLW.js"), file = loadConfig(configPath);
    config = selectEnvironment(file, environment, configPath), locale = inputLocale ?? file.locale;
  }
  let wants = (check, byDefault) => checks ? checks.has(check) : byDefault, logFilter = reader.text("log-filter"), base = {
    environment,
    locale,
    windowMs: defaults.windowMs,
    maxRolloutMs,
    ...logFilter ? { logFilter } : {},
    maxErrors: defaults.maxErrors,
    metrics: { maxCpu: reader.parse("max-cpu", usagePercentValue, 80), maxMemory: reader.parse("max-memory", usagePercentValue, 85), maxErrorRate: defaults.maxErrorRate, maxP95Ms: defaults.maxP95Ms },
    ...defaults.runbook ? { runbook: defaults.runbook } : {}
  }, { ecs, cloudRun } = serviceTargets(reader, env, config, checks, base), services = ecs.length + cloudRun.length, configHosts = Object.entries(config?.hosts ?? {}), inlineHost = !config && !reader.text("service"), hosts = wants("host", inlineHost || configHosts.length > 0) ? config ? configHosts.map(([name, h]) => ({ ...fromConfig(name, h, defaults), environment, locale })) : [{ ...defaults, environment, name: (0, import_node_os.hostname)(), locale }] : [];
  return ["status", "logs", "metrics"].some((c) => checks?.has(c)) && services === 0 && reader.fail("service", config ? `no ECS or Cloud Run services are configured for "${environment}" in ${configPath}` : "expected the service whose status to check (ECS with cluster, or platform cloud-run with project and region)"), checks?.has("host") && hosts.length === 0 && reader.fail("environment", `no hosts: are configured for "${environment}" in ${configPath}`), hosts.length + services === 0 && reader.fail("environment", `nothing to check for "${environment}" in ${configPath}: no hosts: and no ECS or Cloud Run services`), { hosts, ecs, cloudRun };
}

// packages/status/src/host/host-check.ts
var import_node_os2 = __toESM(require_node_os(), 1);

// packages/status/src/host/histogram.ts
var GROWTH = Math.log(1.01), BUCKETS = 2400, LatencyHistogram = class {
  counts = new Float64Array(BUCKETS);
  count = 0;
  add(micros) {
    let i = micros <= 1 ? 0 : Math.min(BUCKETS - 1, Math.ceil(Math.log(micros) / GROWTH));
    this.counts[i] = (this.counts[i] ?? 0) + 1, this.count++;
  }
  /** Nearest-rank percentile (p in 0..100) in microseconds, as the upper edge of its bucket; undefined when empty. */
  percentile(p) {
    if (this.count === 0) return;
    let rank = Math.max(1, Math.ceil(p / 100 * this.count)), seen = 0;
    for (let i = 0; i < BUCKETS; i++)
      if (seen += this.counts[i] ?? 0, seen >= rank) return Math.exp(i * GROWTH);
    return Math.exp((BUCKETS - 1) * GROWTH);
  }
};

// packages/status/src/host/access-log.ts
var REQUEST_END = /(?<!\\)" (\d{3}) \S+/g;
function parseAccessLine(line) {
  let open = line.indexOf("["), close = open < 0 ? -1 : line.indexOf("]", open);
  if (close < 0) return;
  let time = clfTime(line.slice(open + 1, close));
  if (time === void 0) return;
  REQUEST_END.lastIndex = close;
  let status = REQUEST_END.exec(line);
  if (!status) return;
  let lastSpace = line.lastIndexOf(" "), last = lastSpace >= REQUEST_END.lastIndex ? line.slice(lastSpace + 1) : "", micros = /^\d+$/.test(last) ? Number(last) : /^\d+\.\d+$/.test(last) ? Number(last) * 1e6 : void 0;
  return { time, status: Number(status[1]), ...micros === void 0 ? {} : { micros } };
}
async function summarizeAccessLog(file, since) {
  let latency = new LatencyHistogram(), sum = { requests: 0, errors: 0, unparsed: 0 };
  await eachLine(file, (text) => {
    let line = parseAccessLine(text);
    if (!line) return void (text.trim() === "" || sum.unparsed++);
    line.time < since || (sum.requests++, line.status >= 500 && sum.errors++, line.micros !== void 0 && latency.add(line.micros));
  });
  let p95 = latency.percentile(95);
  return { ...sum, ...p95 === void 0 ? {} : { p95Micros: p95 } };
}
var pct = (rate) => `${(rate * 100).toFixed(2).replace(/\.?0+$/, "")}%`;
async function checkAccessLog(file, limits, now = Date.now()) {
  let s;
  try {
    s = await summarizeAccessLog(file, now - limits.windowMs);
  } catch (error) {
    return undecided(fileError(file, error), { file });
  }
  let window = formatDuration(limits.windowMs), rate = s.requests === 0 ? 0 : s.errors / s.requests, p95Ms = s.p95Micros === void 0 ? void 0 : Math.round(s.p95Micros / 1e3), evidence = {
    file,
    window,
    requests: s.requests,
    "5xx": s.errors,
    "5xx rate": s.requests === 0 ? null : Math.round(rate * 1e6) / 1e6,
    "max error rate": limits.maxErrorRate,
    "p95 ms": p95Ms ?? null,
    "max p95 ms": limits.maxP95Ms,
    "unparsed lines": s.unparsed
  };
  if (s.requests === 0)
    return s.unparsed > 0 ? undecided(`${file} has ${s.unparsed} line(s), none in the common or combined log format`, evidence) : { outcome: "warn", severity: "P4", summary: `no requests in ${file} in the last ${window}: is the server receiving traffic, and writing this log?`, evidence };
  let over = [
    rate > limits.maxErrorRate ? `5xx rate ${pct(rate)} (${s.errors} of ${s.requests}) over ${pct(limits.maxErrorRate)}` : "",
    p95Ms !== void 0 && p95Ms > limits.maxP95Ms ? `p95 ${formatDuration(p95Ms)} over ${formatDuration(limits.maxP95Ms)}` : ""
  ].filter(Boolean), seen = `${s.requests} request(s) in the last ${window}, 5xx rate ${pct(rate)}, p95 ${p95Ms === void 0 ? "unknown (no %D or $request_time at the end of the lines)" : formatDuration(p95Ms)}`;
  return over.length > 0 ? { outcome: "fail", severity: "P3", summary: `${over.join("; ")} in the last ${window}`, evidence } : { outcome: "pass", summary: seen, evidence };
}

// packages/status/src/host/compose.ts
function parseComposePs(text) {
  let trimmed = text.trim();
  if (trimmed === "") return [];
  try {
    return trimmed.startsWith("[") ? JSON.parse(trimmed) : trimmed.split(`
`).filter((l) => l.trim() !== "").map((line) => JSON.parse(line));
  } catch {
    return;
  }
}
function containerVerdict(c) {
  let evidence = { container: c.Name ?? null, service: c.Service ?? null, state: c.State ?? null, health: c.Health || null, status: c.Status ?? null, "exit code": c.ExitCode ?? null }, name = c.Service ?? c.Name ?? "container";
  return c.State !== "running" ? { outcome: "fail", severity: "P1", summary: `${name} is ${c.State ?? "in an unknown state"}${c.Status ? ` (${c.Status})` : ""}`, evidence } : c.Health === "unhealthy" ? { outcome: "fail", severity: "P2", summary: `${name} is running but unhealthy (${c.Status ?? ""})`, evidence } : c.Health === "starting" ? { outcome: "warn", severity: "P4", summary: `${name} is running, health check still starting`, evidence } : { outcome: "pass", summary: `${name} is running${c.Health ? ` and ${c.Health}` : ""}`, evidence };
}
var composeArgs = (file) => ["compose", "--file", file, "ps", "--all", "--format", "json"];
function composeFailure(line) {
  return /unknown flag|is not a docker command|unknown command "compose"/.test(line) ? `docker compose is not installed (docker has no compose plugin: ${line})` : `docker compose ps failed: ${line}`;
}
async function listCompose(file, timeoutMs) {
  let run = await runTool2("docker", composeArgs(file), timeoutMs);
  if (!run.ran) return { ok: !1, verdict: undecided(run.reason, { file }) };
  if (run.code !== 0) return { ok: !1, verdict: undecided(composeFailure(firstLine(run)), { file }) };
  let containers = parseComposePs(run.stdout);
  return containers ? containers.length === 0 ? { ok: !1, verdict: { outcome: "fail", severity: "P1", summary: `no containers of ${file} exist (docker compose up was never run, or everything was removed)`, evidence: { file } } } : { ok: !0, containers } : { ok: !1, verdict: undecided("docker compose ps printed something that is not its JSON format", { file }) };
}

// packages/status/src/host/disk.ts
var import_promises = __toESM(require_promises(), 1);
function diskUsage(s) {
  let used = (s.blocks - s.bfree) * s.bsize, available = s.bavail * s.bsize;
  return { usedPercent: used + available === 0 ? 0 : Math.ceil(used * 100 / (used + available) * 10) / 10, sizeBytes: s.blocks * s.bsize, availableBytes: available };
}
var GIB = 1024 ** 3;
async function checkDisk(path, warn, critical) {
  let usage;
  try {
    usage = diskUsage(await (0, import_promises.statfs)(path));
  } catch (error) {
    return undecided(`cannot read the file system of ${path} (${error.code ?? "error"})`, { path });
  }
  return usageVerdict(`disk ${path}`, usage.usedPercent, warn, critical, {
    path,
    "used %": usage.usedPercent,
    "size GiB": Math.round(usage.sizeBytes / GIB * 10) / 10,
    "available GiB": Math.round(usage.availableBytes / GIB * 10) / 10
  });
}

// packages/status/src/host/log-size.ts
var import_promises2 = __toESM(require_promises(), 1), import_node_path = __toESM(require_node_path(), 1);
var MIB = 1024 * 1024, mib = (bytes) => `${(bytes / MIB).toFixed(1)} MiB`;
async function logFilesOf(path) {
  try {
    return (await (0, import_promises2.stat)(path)).isDirectory() ? { files: (await (0, import_promises2.readdir)(path, { withFileTypes: !0 })).filter((e) => e.isFile()).map((e) => (0, import_node_path.join)(path, e.name)).sort() } : { files: [path] };
  } catch (error) {
    return { error: `cannot read ${path} (${error.code ?? "error"})` };
  }
}
async function checkLogSize(file, maxBytes) {
  let size;
  try {
    size = (await (0, import_promises2.stat)(file)).size;
  } catch (error) {
    return undecided(`cannot read ${file} (${error.code ?? "error"})`, { file });
  }
  let evidence = { file, bytes: size, "max bytes": maxBytes };
  return size > maxBytes ? { outcome: "warn", severity: "P4", summary: `${file} is ${mib(size)}, over ${mib(maxBytes)}: rotate it`, evidence } : { outcome: "pass", summary: `${file} is ${mib(size)} (at most ${mib(maxBytes)})`, evidence };
}

// packages/status/src/host/memory.ts
var import_promises3 = __toESM(require_promises(), 1);
function parseMeminfo(text) {
  let fields = {};
  for (let m of text.matchAll(/^(\w+(?:\(\w+\))?):\s+(\d+)(?: kB)?$/gm)) fields[m[1]] = Number(m[2]);
  return fields;
}
async function checkMemory(warn, critical, meminfo = "/proc/meminfo") {
  let text;
  try {
    text = await (0, import_promises3.readFile)(meminfo, "utf8");
  } catch (error) {
    return undecided(`cannot read ${meminfo} (${error.code ?? "error"}): memory is only read on Linux`);
  }
  let { MemTotal: total, MemAvailable: available } = parseMeminfo(text);
  if (!total || available === void 0) return undecided(`${meminfo} has no MemTotal and MemAvailable (Linux 3.14 or newer has them)`);
  let usedPercent = Math.round((total - available) * 1e3 / total) / 10;
  return usageVerdict("memory", usedPercent, warn, critical, {
    "used %": usedPercent,
    "total MiB": Math.round(total / 1024),
    "available MiB": Math.round(available / 1024)
  });
}

// packages/status/src/host/steps.ts
var STEPS = {
  runner: {
    en: (host) => [`Give the job \`runs-on\` the labels of the self-hosted runner installed on ${host}, or correct \`hostname:\` in the config.`],
    ja: (host) => [`ジョブの \`runs-on\` を ${host} 上のセルフホストランナーのラベルにする、または設定の \`hostname:\` を修正`]
  },
  disk: {
    en: (path) => [
      `Runbook 001, disk usage (warn at 80 %, act at 90 %): see what fills it: \`df -h ${path}\`, \`sudo du -xh ${path} --max-depth=2 | sort -h | tail -20\`.`,
      "Clean up old logs: `sudo journalctl --vacuum-time=7d`.",
      "Delete uploads older than 30 days and backups older than 60 days (`find <dir> -type f -mtime +30 -delete`), after checking what they are."
    ],
    ja: (path) => [
      `Runbook 001 ディスク使用量（警告80%、危険90%）: 使用状況を確認: \`df -h ${path}\`、\`sudo du -xh ${path} --max-depth=2 | sort -h | tail -20\``,
      "ログファイルのクリーンアップ: `sudo journalctl --vacuum-time=7d`",
      "30日以前のアップロードファイル、60日以前のバックアップを確認のうえ削除（`find <dir> -type f -mtime +30 -delete`）"
    ]
  },
  memory: {
    en: () => [
      "Runbook 001, memory (warn at 80 %, critical at 90 %): `free -h`, then the heaviest processes: `ps aux --sort=-%mem | head -10`.",
      "A leak is likely: restart the process: `sudo systemctl restart estimator`.",
      "Stop processes that are not needed; if it keeps coming back, consider a larger instance."
    ],
    ja: () => [
      "Runbook 001 メモリ（警告80%、危険90%）: `free -h`、プロセス別: `ps aux --sort=-%mem | head -10`",
      "メモリリークの疑い: プロセス再起動 `sudo systemctl restart estimator`",
      "不要なプロセスを停止。繰り返す場合はスケールアップを検討"
    ]
  },
  systemd: {
    en: (unit) => [
      `Runbook 001: read the service's log: \`journalctl -u ${unit} -n 100\` and \`systemctl status ${unit} --no-pager\`.`,
      `Restart it: \`sudo systemctl restart ${unit}\`, wait 30 s, check \`systemctl status ${unit}\` and the health endpoint.`,
      "Apache: `sudo tail -50 /var/log/httpd/error_log`, `sudo systemctl restart httpd`."
    ],
    ja: (unit) => [
      `Runbook 001: サービスログ確認: \`journalctl -u ${unit} -n 100\`、\`systemctl status ${unit} --no-pager\``,
      `再起動: \`sudo systemctl restart ${unit}\`、30秒待って \`systemctl status ${unit}\` とヘルスチェックを確認`,
      "Apache: `sudo tail -50 /var/log/httpd/error_log`、`sudo systemctl restart httpd`"
    ]
  },
  compose: {
    en: (service) => [
      `Runbook 003: \`docker compose ps ${service}\` and its log: \`docker compose logs ${service} --tail 100 | grep -i error\`.`,
      `Restart it: \`docker compose restart ${service}\`, then check \`docker compose ps\` again.`,
      "Check the host: `docker stats --no-stream`, `df -h`."
    ],
    ja: (service) => [
      `Runbook 003: \`docker compose ps ${service}\`、ログ確認: \`docker compose logs ${service} --tail 100 | grep -i error\``,
      `再起動: \`docker compose restart ${service}\`、その後 \`docker compose ps\` で再確認`,
      "リソース確認: `docker stats --no-stream`、`df -h`"
    ]
  },
  "log-size": {
    en: (file) => [
      `Runbook 001, log rotation: \`ls -lh ${file}\`; a file over 100 MB is rotated by hand.`,
      "journald: `sudo journalctl --rotate && sudo journalctl --vacuum-size=100M`; other logs: check `/etc/logrotate.d/` and run `sudo logrotate -f /etc/logrotate.conf`."
    ],
    ja: (file) => [
      `Runbook 001 ログローテーション: \`ls -lh ${file}\`。100MBを超えるファイルは手動ローテーション`,
      "journald: `sudo journalctl --rotate && sudo journalctl --vacuum-size=100M`。その他のログ: `/etc/logrotate.d/` を確認し `sudo logrotate -f /etc/logrotate.conf`"
    ]
  },
  errors: {
    en: (file) => [
      `Runbook 001, error logs: read the latest: \`sudo tail -1000 ${file} | grep -i error\`; group them: \`grep -oP 'Error: \\K.*' ${file} | sort | uniq -c | sort -rn\`.`,
      "By kind: OpenAI API errors: API status and key; database lock: concurrency, long queries; memory errors: memory use, restart; timeouts: timeout settings, network."
    ],
    ja: (file) => [
      `Runbook 001 エラーログ確認: \`sudo tail -1000 ${file} | grep -i error\`、分類: \`grep -oP 'Error: \\K.*' ${file} | sort | uniq -c | sort -rn\``,
      "エラー分類: OpenAI API Error → API状態・APIキー確認、Database Lock → 同時実行数・長時間クエリ調査、Memory Error → メモリ使用量確認・プロセス再起動、Timeout → タイムアウト設定・ネットワーク確認"
    ]
  },
  journal: {
    en: (unit) => [
      `Runbook 001, error logs: read them: \`journalctl -u ${unit} --since "24 hours ago" -p err --no-pager\`, the latest: \`journalctl -u ${unit} -n 100\`.`,
      "By kind: OpenAI API errors: API status and key; database lock: concurrency, long queries; memory errors: memory use, restart; timeouts: timeout settings, network.",
      `If the errors keep coming, restart it: \`sudo systemctl restart ${unit}\` and check \`systemctl status ${unit}\`.`
    ],
    ja: (unit) => [
      `Runbook 001 エラーログ確認: \`journalctl -u ${unit} --since "24 hours ago" -p err --no-pager\`、最新: \`journalctl -u ${unit} -n 100\``,
      "エラー分類: OpenAI API Error → API状態・APIキー確認、Database Lock → 同時実行数・長時間クエリ調査、Memory Error → メモリ使用量確認・プロセス再起動、Timeout → タイムアウト設定・ネットワーク確認",
      `エラーが続く場合は再起動: \`sudo systemctl restart ${unit}\`、\`systemctl status ${unit}\` で確認`
    ]
  },
  "access-log": {
    en: (file) => [
      `Runbook 001, P3 (degraded performance), respond within 2 hours: the failing requests: \`awk '$9 >= 500' ${file} | tail -50\`.`,
      'Look at CPU, memory and disk I/O: `top -b -n 1 | head -20`, `free -h`, `iostat -x 1 5`; the service log: `journalctl -u estimator --since "1 hour ago" -p err`.',
      "If CPU or memory is high, restart the service: `sudo systemctl restart estimator`."
    ],
    ja: (file) => [
      `Runbook 001 P3（パフォーマンス劣化、2時間以内に対応）: 失敗したリクエスト: \`awk '$9 >= 500' ${file} | tail -50\``,
      'CPU・メモリ・ディスクI/O確認: `top -b -n 1 | head -20`、`free -h`、`iostat -x 1 5`、サービスログ: `journalctl -u estimator --since "1 hour ago" -p err`',
      "CPU・メモリが高い場合はプロセス再起動: `sudo systemctl restart estimator`"
    ]
  }
}, UNDECIDED = {
  en: "The check could not decide (see the reason): install or allow what it names, or remove the check from the config, so the host is not watched blind.",
  ja: "チェックが判定できませんでした（理由を参照）。必要なツールや権限を用意するか、設定からチェックを外してください（監視が盲目にならないように）。"
};
function hostSteps(check, what, locale, decided = !0) {
  let steps = STEPS[check][locale](what).map((s, i) => `${i + 1}. ${s}`);
  return (decided ? steps : [UNDECIDED[locale], ...steps]).join(`
`);
}

// packages/status/src/host/host-check.ts
var hostShardKey = (t) => `status:${t.environment}/${t.name}`, hostCheckId = (t, check, what) => `status:${t.environment}/${t.name}/${check}${what === void 0 ? "" : `:${what}`}`;
async function checkHost(t, onResult) {
  let results = [], emit = async ({ check, what, target, about, produce }) => {
    let startedAt = /* @__PURE__ */ new Date(), started = performance.now(), verdict = await produce().catch((error) => undecided(`the check failed unexpectedly: ${errorMessage(error)}`)), spec = {
      id: hostCheckId(t, check, what || void 0),
      subject: t.name,
      target,
      ...t.severity ? { severity: t.severity } : {},
      runbook: t.runbook ?? hostSteps(check, about ?? (what || target), t.locale, verdict.outcome !== "undecided")
    }, result = toResult(spec, verdict, startedAt, Math.round(performance.now() - started));
    results.push(result), onResult(result);
  }, here = (0, import_node_os2.hostname)(), expected = t.hostname;
  if (expected && expected !== here) {
    let reason = `this runner is ${here}, not ${expected}: run this job on a self-hosted runner on ${t.name}`;
    return await emit({ check: "runner", what: "", target: "runner", about: t.name, produce: async () => undecided(reason, { expected, runner: here }) }), results;
  }
  for (let path of t.diskPaths) await emit({ check: "disk", what: path, target: `disk ${path}`, produce: () => checkDisk(path, t.disk.warn, t.disk.critical) });
  if (t.memory) {
    let { warn, critical } = t.memory;
    await emit({ check: "memory", what: "", target: "memory", produce: () => checkMemory(warn, critical) });
  }
  if (t.systemdUnits.length > 0) {
    let verdicts = checkUnits(t.systemdUnits, t.toolTimeoutMs);
    for (let [i, unit] of t.systemdUnits.entries())
      await emit({ check: "systemd", what: unit, target: `systemd ${unit}`, produce: async () => (await verdicts)[i] ?? undecided(`no state for ${unit}`) });
  }
  t.composeFile && await composeChecks(t.composeFile, t.toolTimeoutMs, emit);
  for (let entry of t.logFiles) {
    let listed = await logFilesOf(entry);
    if ("error" in listed) await emit({ check: "log-size", what: entry, target: entry, produce: async () => undecided(listed.error, { file: entry }) });
    else for (let file of listed.files) await emit({ check: "log-size", what: file, target: file, produce: () => checkLogSize(file, t.maxLogBytes) });
  }
  for (let entry of t.errorLogs)
    if (entry.startsWith(JOURNAL_PREFIX)) {
      let unit = entry.slice(JOURNAL_PREFIX.length);
      await emit({ check: "journal", what: unit, target: `journal ${unit}`, produce: () => checkJournal(unit, t.windowMs, t.maxErrors, t.toolTimeoutMs) });
    } else await emit({ check: "errors", what: entry, target: entry, produce: () => checkErrorLines(entry, t.windowMs, t.maxErrors) });
  if (t.accessLog) {
    let file = t.accessLog;
    await emit({ check: "access-log", what: file, target: file, produce: () => checkAccessLog(file, t) });
  }
  return results;
}
async function composeChecks(file, timeoutMs, emit) {
  let listed = await listCompose(file, timeoutMs).catch((error) => ({ ok: !1, verdict: undecided(`the check failed unexpectedly: ${errorMessage(error)}`) }));
  if (!listed.ok) return emit({ check: "compose", what: file, target: `compose ${file}`, produce: async () => listed.verdict });
  for (let c of listed.containers) {
    let service = c.Service ?? c.Name ?? "container";
    await emit({ check: "compose", what: `${file}#${c.Name ?? service}`, target: `compose ${service}`, about: service, produce: async () => containerVerdict(c) });
  }
}

// packages/status/src/report.ts
function statusTable(results) {
  return {
    columns: ["host or service", "check", "result", "details"],
    rows: results.map((r) => [r.subject, r.target, resultCell(r), r.summary])
  };
}
async function runStatusCheck(plan, emitter) {
  let results = [], onResult = (r) => {
    results.push(r), emitter.record([...results]), emitter.progress(`${r.status === "pass" ? "ok  " : r.status === "warn" ? "WARN" : isUndecided(r) ? "UNDECIDED" : "FAIL"} ${r.target} — ${r.summary}`);
    let quoted = r.evidence["top messages"] ?? r.evidence.events;
    r.status !== "pass" && typeof quoted == "string" && emitter.untrusted(quoted.split(`
`));
  };
  for (let host of plan.hosts) await emitter.group(`Host ${host.name}`, () => checkHost(host, onResult));
  if (plan.ecs.length > 0) {
    let { checkEcsStatus } = await import("./ecs-check-HSCUDDR3.js");
    await emitter.group(`ECS services (${plan.ecs.length})`, () => checkEcsStatus(plan.ecs, onResult, (m) => emitter.progress(m)));
  }
  if (plan.cloudRun.length > 0) {
    let { checkCloudRunStatus } = await import("./cloud-run-check-FREDZBM3.js");
    await emitter.group(`Cloud Run services (${plan.cloudRun.length})`, () => checkCloudRunStatus(plan.cloudRun, onResult, (m) => emitter.progress(m)));
  }
  let failed = results.filter((r) => r.status === "fail");
  return await emitter.report({
    action: "status-check",
    headline: headline(results),
    results,
    table: statusTable(results),
    outputs: { status: statusOutput(results), failed: String(failed.length) }
  }), results;
}

export {
  planStatusCheck,
  hostShardKey,
  runStatusCheck
};
