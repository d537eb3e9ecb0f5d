import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_node_https
} from "./chunk-4PA6XSPO.js";
import {
  mapLimit,
  parseRetryAfter,
  percentile,
  retryWhile
} from "./chunk-VSBUBHW6.js";
import {
  UsageError,
  errorMessage,
  headline,
  worstStatus
} from "./chunk-YSQWLAFH.js";
import {
  require_node_tls
} from "./chunk-RR7YO4TY.js";
import {
  require_node_http
} from "./chunk-EPIBC7KB.js";
import {
  DURATION_MAX,
  durationValue,
  formatDuration,
  formatStatusSpec,
  headerNameValue,
  headerValueValue,
  httpUrlValue,
  integerValue,
  jsonObjectValue,
  quote,
  rateValue,
  statusSpecValue,
  truncate
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/http-probe/src/request.ts
var import_node_http = __toESM(require_node_http(), 1), import_node_https = __toESM(require_node_https(), 1), import_node_tls = __toESM(require_node_tls(), 1);
function shownUrl(url) {
  if (!url.username && !url.password) return url.href;
  let shown = new URL(url.href);
  return shown.username = "", shown.password = "", shown.href;
}
var SENSITIVE_HEADER = /auth|token|key|secret|cookie|session|passw/i;
function headersFor(request, url) {
  return url.origin === request.url.origin ? request.headers : Object.fromEntries(Object.entries(request.headers).filter(([name]) => !SENSITIVE_HEADER.test(name)));
}
var RequestError = class extends Error {
  constructor(reason, retryAfterMs) {
    super(reason);
    this.reason = reason;
    this.retryAfterMs = retryAfterMs;
    this.name = "RequestError";
  }
  reason;
  retryAfterMs;
}, MAX_BODY_BYTES = 1024 * 1024, networkReasons = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  EPIPE: "connection closed by the server",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed (temporary DNS failure)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  CERT_HAS_EXPIRED: "TLS certificate has expired",
  CERT_NOT_YET_VALID: "TLS certificate is not yet valid",
  DEPTH_ZERO_SELF_SIGNED_CERT: "TLS certificate is self-signed and not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "TLS certificate chain ends in an untrusted self-signed root",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS certificate not trusted (unable to verify the issuer; missing intermediate?)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "TLS certificate not trusted (issuer unknown)",
  ERR_TLS_CERT_ALTNAME_INVALID: "TLS certificate does not match the host name",
  HPE_INVALID_CONSTANT: "the server did not answer with valid HTTP"
};
function describeNetworkError(error) {
  let code = error.code, known = code ? networkReasons[code] : void 0;
  return known || (code ? `${code}: ${error.message}` : error.message);
}
function once(request, url, remainingMs, started) {
  let transport = url.protocol === "https:" ? import_node_https.default : import_node_http.default;
  return new Promise((resolve, reject) => {
    let req = transport.request(
      url,
      {
        method: request.method,
        headers: request.body === void 0 ? headersFor(request, url) : { "content-length": Buffer.byteLength(request.body), ...headersFor(request, url) },
        agent: !1,
        ...url.protocol === "https:" && request.ca ? { ca: [...import_node_tls.rootCertificates, request.ca] } : {}
      },
      (res) => {
        let chunks = [], size = 0;
        res.on("data", (chunk) => {
          size < MAX_BODY_BYTES && chunks.push(chunk), size += chunk.length;
        }), res.on("end", () => {
          clearTimeout(timer), resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString("utf8"),
            latencyMs: performance.now() - started
          });
        }), res.on("error", (error) => {
          clearTimeout(timer), reject(new RequestError(describeNetworkError(error)));
        });
      }
    ), timer = setTimeout(() => {
      req.destroy(), reject(new RequestError(`timed out after ${formatDuration(request.timeoutMs)}`));
    }, remainingMs);
    req.on("error", (error) => {
      clearTimeout(timer), reject(new RequestError(describeNetworkError(error)));
    }), req.end(request.body);
  });
}
async function send(request) {
  let started = performance.now(), visited = [shownUrl(request.url)], url = request.url;
  for (let redirects = 0; ; redirects++) {
    let remaining = request.timeoutMs - (performance.now() - started);
    if (remaining <= 0) throw new RequestError(`timed out after ${formatDuration(request.timeoutMs)}`);
    let response = await once(request, url, remaining, started), location = response.headers.location;
    if (!(response.status >= 300 && response.status < 400 && location !== void 0) || request.maxRedirects === 0) return { ...response, url: url.href, redirects };
    let next = new URL(location, url);
    if (visited.includes(shownUrl(next))) throw new RequestError(`redirect loop (${[...visited, shownUrl(next)].slice(-3).join(" → ")})`);
    if (redirects + 1 > request.maxRedirects) throw new RequestError(`too many redirects (more than ${request.maxRedirects})`);
    visited.push(shownUrl(next)), url = next;
  }
}
function retryAfterOf(response) {
  if (response.status !== 429 && response.status !== 503) return;
  let header = response.headers["retry-after"];
  return parseRetryAfter(Array.isArray(header) ? header[0] : header);
}

// packages/http-probe/src/expect.ts
function isSubset(expected, actual) {
  return Array.isArray(expected) ? Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => isSubset(e, actual[i])) : expected && typeof expected == "object" ? !actual || typeof actual != "object" || Array.isArray(actual) ? !1 : Object.entries(expected).every(([k, v]) => isSubset(v, actual[k])) : Object.is(expected, actual);
}
function project(expected, actual) {
  if (expected && typeof expected == "object" && !Array.isArray(expected) && actual && typeof actual == "object" && !Array.isArray(actual)) {
    let out = {};
    for (let key of Object.keys(expected))
      key in actual && (out[key] = project(expected[key], actual[key]));
    return out;
  }
  return actual;
}
function mismatch(expectation, response) {
  if (!expectation.status.some((r) => response.status >= r.min && response.status <= r.max)) {
    let hint = response.status === 401 ? " (unauthorized: check basic-auth or headers)" : "";
    return `expected status ${formatStatusSpec(expectation.status)}, got ${response.status}${hint}`;
  }
  if (expectation.json) {
    let wanted = JSON.stringify(expectation.json), body;
    try {
      body = JSON.parse(response.body);
    } catch {
      return `expected JSON ${wanted}, got a body that is not JSON: ${quote(response.body.trim())}`;
    }
    if (!isSubset(expectation.json, body))
      return `expected ${wanted}, got ${truncate(JSON.stringify(project(expectation.json, body)) ?? "null", 300)}`;
  }
  if (expectation.body && !expectation.body.test(response.body))
    return `expected the body to match /${expectation.body.source}/, got ${quote(response.body.trim())}`;
}

// packages/http-probe/src/probe.ts
var RETRY_AFTER_CAP_MS = 6e4;
async function attempt(spec) {
  try {
    let response = await send({
      url: spec.url,
      method: spec.method,
      headers: spec.headers,
      timeoutMs: spec.timeoutMs,
      maxRedirects: spec.maxRedirects,
      ...spec.body === void 0 ? {} : { body: spec.body },
      ...spec.ca === void 0 ? {} : { ca: spec.ca }
    }), reason = mismatch(spec.expect, response);
    if (!reason) return { ok: !0, response };
    let final = response.status >= 400 && response.status < 500 && ![408, 425, 429].includes(response.status), retryAfterMs = retryAfterOf(response);
    return { ok: !1, reason, status: response.status, final, ...retryAfterMs === void 0 ? {} : { retryAfterMs } };
  } catch (error) {
    if (error instanceof RequestError) return { ok: !1, reason: error.reason, final: !1 };
    throw error;
  }
}
async function firstSample(spec, options) {
  return retryWhile(
    () => attempt(spec),
    (result) => !result.ok && !result.final,
    {
      retries: spec.retries,
      baseMs: spec.retryDelayMs,
      retryAfterMs: (result) => result.ok || result.retryAfterMs === void 0 ? void 0 : Math.min(result.retryAfterMs, RETRY_AFTER_CAP_MS),
      ...options.sleep ? { sleep: options.sleep } : {},
      ...options.random ? { random: options.random } : {}
    }
  );
}
async function probe(spec, options = {}) {
  let startedAt = (/* @__PURE__ */ new Date()).toISOString(), started = performance.now(), latenciesMs = [], unsent = spec.problem === void 0 ? void 0 : { ok: !1, reason: spec.problem, final: !0 }, { result: last, attempts } = unsent ? { result: unsent, attempts: 0 } : await firstSample(spec, options), durationMs = () => Math.round(performance.now() - started);
  if (!last.ok)
    return {
      spec,
      up: !1,
      reason: last.reason,
      sloMissed: !1,
      attempts,
      ...last.status === void 0 ? {} : { status: last.status },
      latenciesMs,
      // Further samples are not sent to a URL that is down; none of them would have passed.
      failedSamples: spec.samples,
      startedAt,
      durationMs: durationMs()
    };
  latenciesMs.push(last.response.latencyMs);
  let failedSamples = 0;
  for (let sample = 1; sample < spec.samples; sample++) {
    let result = await attempt(spec);
    result.ok ? latenciesMs.push(result.response.latencyMs) : failedSamples++;
  }
  let p95 = percentile(latenciesMs, 95) ?? 0, errorRate = failedSamples / spec.samples, sloReasons = [];
  return spec.maxP95Ms !== void 0 && p95 > spec.maxP95Ms && sloReasons.push(`p95 ${Math.round(p95)}ms is over the ${spec.maxP95Ms}ms limit`), spec.maxErrorRate !== void 0 && errorRate > spec.maxErrorRate && sloReasons.push(`error rate ${formatRate(errorRate)} is over the ${formatRate(spec.maxErrorRate)} limit (${failedSamples} of ${spec.samples} requests failed)`), {
    spec,
    up: !0,
    ...sloReasons.length ? { reason: sloReasons.join("; ") } : {},
    sloMissed: sloReasons.length > 0,
    attempts,
    status: last.response.status,
    latenciesMs,
    failedSamples,
    startedAt,
    durationMs: durationMs()
  };
}
function formatRate(rate) {
  return `${Number((rate * 100).toFixed(2))}%`;
}

// packages/http-probe/src/smoke-test.ts
function probeId(environment, service, url) {
  return `http:${environment}/${service}/${url}`;
}
function severityOf(outcome, serviceFullyDown) {
  if (!(outcome.up && !outcome.sloMissed))
    return outcome.spec.severity ? outcome.spec.severity : outcome.up ? "P3" : serviceFullyDown ? "P1" : "P2";
}
function toResult(outcome, serviceFullyDown) {
  let { spec } = outcome, severity = severityOf(outcome, serviceFullyDown), p50 = percentile(outcome.latenciesMs, 50), p95 = percentile(outcome.latenciesMs, 95), max = outcome.latenciesMs.length ? Math.max(...outcome.latenciesMs) : void 0, ms2 = (v) => v === void 0 ? null : Math.round(v), passed = outcome.up && !outcome.sloMissed, summary = passed ? `HTTP ${outcome.status} in ${ms2(p95)}ms${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ""}` : outcome.reason ?? "failed";
  return {
    id: spec.id,
    kind: "smoke-test",
    subject: spec.service,
    target: shownUrl(spec.url),
    status: passed ? "pass" : "fail",
    ...severity ? { severity } : {},
    summary,
    evidence: {
      method: spec.method,
      url: shownUrl(spec.url),
      status: outcome.status ?? null,
      attempts: outcome.attempts,
      samples: spec.samples,
      "p50 ms": ms2(p50),
      "p95 ms": ms2(p95),
      "max ms": ms2(max),
      "error rate": formatRate(outcome.failedSamples / spec.samples),
      reason: outcome.reason ?? null
    },
    ...spec.runbook ? { runbook: spec.runbook } : {},
    startedAt: outcome.startedAt,
    durationMs: outcome.durationMs
  };
}
function resultsOf(outcomes) {
  let serviceKey = (o) => `${o.spec.environment}/${o.spec.service}`, downByService = /* @__PURE__ */ new Map();
  for (let o of outcomes) downByService.set(serviceKey(o), (downByService.get(serviceKey(o)) ?? !0) && !o.up);
  return outcomes.map((o) => toResult(o, downByService.get(serviceKey(o)) ?? !1));
}
async function probeSafely(spec, options) {
  let startedAt = (/* @__PURE__ */ new Date()).toISOString(), started = performance.now();
  try {
    return await probe(spec, options);
  } catch (error) {
    let reason = `the check failed unexpectedly: ${errorMessage(error)}`;
    return { spec, up: !1, reason, sloMissed: !1, attempts: 1, latenciesMs: [], failedSamples: spec.samples, startedAt, durationMs: Math.round(performance.now() - started) };
  }
}
async function smokeTest(request, options = {}) {
  let done = 0, outcomes = await mapLimit(request.probes, request.concurrency, async (spec) => {
    let outcome = await probeSafely(spec, options);
    return request.onProgress?.(outcome, ++done, request.probes.length), outcome;
  });
  return resultsOf(outcomes);
}

// packages/http-probe/src/targets.ts
function basicAuthHeader(userPassword) {
  return `Basic ${Buffer.from(userPassword).toString("base64")}`;
}
function basicAuthSecrets(userPassword) {
  let colon = userPassword.indexOf(":");
  return colon < 0 ? [userPassword] : [userPassword, userPassword.slice(colon + 1)];
}
function urlSecrets(url) {
  if (!url.password) return [];
  let decode = (part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  }, [user, password] = [decode(url.username), decode(url.password)];
  return [.../* @__PURE__ */ new Set([`${user}:${password}`, password, `${url.username}:${url.password}`, url.password])];
}
function probesFromUrls(urls, environment, service, defaults) {
  return urls.map((url) => {
    let subject = service ?? url.host;
    return { ...defaults, id: probeId(environment, subject, shownUrl(url)), environment, service: subject, url };
  });
}
var VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function probesFromConfig(env, environment, defaults, readEnv, options = {}) {
  let { source, refuseUnset = !1 } = options, secrets = [], probes = [];
  for (let [service, svc] of Object.entries(env.services))
    svc.health.forEach((check, i) => {
      let path = `${source ? `${source}: ` : ""}environments.${environment}.services.${service}.health[${i}]`, problems = [], fromEnv = (name, at) => {
        let value = readEnv(name);
        if (value !== void 0 && value !== "")
          return secrets.push(value), value;
        let problem = `${name} is ${value === void 0 ? "not set" : "empty"}`;
        if (refuseUnset) throw new UsageError(`${path}.${at}`, `environment variable ${problem}`);
        return problems.push(`${at}: ${problem}`), "";
      }, headers = { ...defaults.headers };
      for (let [name, template] of Object.entries(check.headers ?? {})) {
        let missing = problems.length, value = template.replace(VARIABLE, (_, v) => fromEnv(v, `headers.${name}`));
        if (headers[name.toLowerCase()] = value, value === template || problems.length > missing) continue;
        secrets.push(value);
        let valid = headerValueValue(value);
        if (!valid.ok) throw new UsageError(`${path}.headers.${name}`, `${valid.expected}, once its variables were filled in`);
      }
      let auth = check["basic-auth-env"];
      if (auth) {
        let userPassword = fromEnv(auth, "basic-auth-env");
        secrets.push(...userPassword ? basicAuthSecrets(userPassword) : []), headers.authorization = basicAuthHeader(userPassword);
      }
      let url = new URL(check.url);
      secrets.push(...urlSecrets(url));
      let runbook = check.runbook ?? svc.runbook ?? defaults.runbook, maxP95Ms = check["max-p95"] ?? defaults.maxP95Ms, maxErrorRate = check["max-error-rate"] ?? defaults.maxErrorRate, json = check.expect?.json ?? defaults.expect.json, body = check.expect?.body ?? defaults.expect.body;
      probes.push({
        ...defaults,
        id: probeId(environment, service, shownUrl(url)),
        environment,
        service,
        url,
        method: check.method,
        headers,
        ...check.body === void 0 ? {} : { body: check.body },
        expect: { status: check.expect?.status ?? defaults.expect.status, ...json ? { json } : {}, ...body ? { body } : {} },
        timeoutMs: check.timeout ?? defaults.timeoutMs,
        retries: check.retries ?? defaults.retries,
        samples: check.samples ?? defaults.samples,
        ...maxP95Ms === void 0 ? {} : { maxP95Ms },
        ...maxErrorRate === void 0 ? {} : { maxErrorRate },
        ...check.severity ? { severity: check.severity } : {},
        ...runbook ? { runbook } : {},
        ...problems.length ? { problem: problems.join("; ") } : {}
      });
    });
  return { probes, secrets };
}

// packages/http-probe/src/options.ts
var PROBE_DEFAULTS = {
  method: "GET",
  headers: {},
  expect: { status: [{ min: 200, max: 200 }] },
  timeoutMs: 1e4,
  retries: 2,
  retryDelayMs: 2e3,
  samples: 1,
  maxRedirects: 5
}, DEFAULT_CONCURRENCY = 16;
function parseHeaders(reader, name) {
  let headers = {}, secrets = [];
  return reader.list(name).forEach((line, i) => {
    let colon = line.indexOf(":");
    colon <= 0 && reader.fail(name, `line ${i + 1} is not a "Name: value" header (a name, then a colon)`);
    let key = line.slice(0, colon).trim(), value = line.slice(colon + 1).trim(), problem = [headerNameValue(key), headerValueValue(value)].find((r) => !r.ok);
    problem && !problem.ok && reader.fail(name, `line ${i + 1}: ${problem.expected}`), headers[key.toLowerCase()] = value, SENSITIVE_HEADER.test(key) && secrets.push(value);
  }), { headers, secrets };
}
async function planSmokeTest(reader, env) {
  let method = reader.choice("method", ["GET", "HEAD", "POST"], PROBE_DEFAULTS.method), { headers, secrets } = parseHeaders(reader, "headers"), basicAuth = reader.text("basic-auth");
  basicAuth !== "" && (basicAuth.includes(":") || reader.fail("basic-auth", "expected user:password"), secrets.push(...basicAuthSecrets(basicAuth)), headers.authorization = basicAuthHeader(basicAuth));
  let json = reader.parse("expect-json", jsonObjectValue), body = reader.text("expect-body") ? reader.parse("expect-body", (await import("./pattern-EFOIMBMG.js")).patternValue) : void 0;
  method === "HEAD" && (json || body) && reader.fail(json ? "expect-json" : "expect-body", "expected no body check with method HEAD (a HEAD answer has no body)");
  let maxP95Ms = reader.parse("max-p95", (t) => durationValue(t, { max: DURATION_MAX.request })), maxErrorRate = reader.parse("max-error-rate", rateValue), ca = reader.pemCertificates("ca-file"), runbook = reader.text("runbook"), defaults = {
    method,
    headers,
    expect: {
      status: reader.parse("expect-status", statusSpecValue, PROBE_DEFAULTS.expect.status),
      ...json ? { json } : {},
      ...body ? { body } : {}
    },
    timeoutMs: reader.parse("timeout", (t) => durationValue(t, { max: DURATION_MAX.request }), PROBE_DEFAULTS.timeoutMs),
    retries: reader.parse("retries", (t) => integerValue(t, 0, 10), PROBE_DEFAULTS.retries),
    retryDelayMs: reader.parse("retry-delay", (t) => durationValue(t, { allowZero: !0, max: DURATION_MAX.retryDelay }), PROBE_DEFAULTS.retryDelayMs),
    samples: reader.parse("samples", (t) => integerValue(t, 1, 1e3), PROBE_DEFAULTS.samples),
    ...maxP95Ms === void 0 ? {} : { maxP95Ms },
    ...maxErrorRate === void 0 ? {} : { maxErrorRate },
    maxRedirects: reader.boolean("follow-redirects", !0) ? PROBE_DEFAULTS.maxRedirects : 0,
    ...ca ? { ca } : {},
    ...runbook ? { runbook } : {}
  }, concurrency = reader.parse("concurrency", (t) => integerValue(t, 1, 1e3), DEFAULT_CONCURRENCY), urls = reader.list("urls").map((line) => {
    let parsed = httpUrlValue(line);
    return parsed.ok ? parsed.value : reader.fail("urls", parsed.expected);
  });
  secrets.push(...urls.flatMap(urlSecrets));
  let configPath = reader.text("config"), environment = reader.text("environment"), probes = [], plan = { probes, concurrency, environment: environment || "default", secrets };
  if (urls.length > 0 && (probes.push(...probesFromUrls(urls, plan.environment, reader.text("service") || void 0, defaults)), !configPath))
    return plan;
  environment === "" && reader.fail(urls.length ? "environment" : "urls", urls.length ? "expected the environment to read from the config" : "expected at least one URL, or config and environment to take the health checks from");
  let { DEFAULT_CONFIG_PATH, loadEnvironment } = await import("./config-QMXRFQLW.js"), path = configPath || DEFAULT_CONFIG_PATH, fromConfig = probesFromConfig(loadEnvironment(path, environment), environment, defaults, (name) => env[name], { source: path });
  return fromConfig.probes.length === 0 && probes.length === 0 && reader.fail("environment", `no health checks are configured for "${environment}" in ${path}`), probes.push(...fromConfig.probes), { ...plan, secrets: [...secrets, ...fromConfig.secrets], configPath: path };
}

// packages/http-probe/src/report.ts
var order = { fail: 0, warn: 1, pass: 2 }, ms = (v) => typeof v == "number" ? `${v}ms` : "–";
function smokeTestTable(results) {
  let rows = [...results].sort((a, b) => order[a.status] - order[b.status]).map((r) => [
    r.subject,
    r.target,
    `${r.status}${r.severity ? ` ${r.severity}` : ""}`,
    String(r.evidence.status ?? "–"),
    String(r.evidence.attempts),
    ms(r.evidence["p50 ms"]),
    ms(r.evidence["p95 ms"]),
    ms(r.evidence["max ms"]),
    String(r.evidence["error rate"]),
    r.status === "pass" ? "" : r.summary
  ]);
  return { columns: ["service", "url", "result", "http", "attempts", "p50", "p95", "max", "errors", "reason"], rows };
}
async function runSmokeTest(plan, emitter) {
  emitter.progress(`Checking ${plan.probes.length} URL(s), ${plan.concurrency} at a time`);
  let done = [], results = await smokeTest({
    probes: plan.probes,
    concurrency: plan.concurrency,
    onProgress: (o, count, total) => {
      done.push(o), emitter.record(resultsOf(done)), emitter.progress(`[${count}/${total}] ${o.up && !o.sloMissed ? "ok  " : "FAIL"} ${shownUrl(o.spec.url)}${o.reason ? ` — ${o.reason}` : ""}`);
    }
  }), latencies = results.flatMap((r) => typeof r.evidence["p95 ms"] == "number" ? [r.evidence["p95 ms"]] : []);
  return await emitter.report({
    action: "smoke-test",
    headline: headline(results, "URLs"),
    results,
    table: smokeTestTable(results),
    outputs: {
      status: worstStatus(results),
      failed: String(results.filter((r) => r.status === "fail").length),
      "p95-ms": String(percentile(latencies, 95) ?? "")
    }
  }), results;
}

export {
  smokeTest,
  probesFromUrls,
  probesFromConfig,
  PROBE_DEFAULTS,
  DEFAULT_CONCURRENCY,
  planSmokeTest,
  runSmokeTest
};
