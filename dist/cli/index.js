import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_node_child_process
} from "../chunks/chunk-CSQLKDWK.js";
import {
  SMOKE_TEST_INPUTS,
  planSmokeTest,
  runSmokeTest
} from "../chunks/chunk-U4YKT6P6.js";
import {
  CERT_CHECK_INPUTS,
  planCertCheck,
  runCertCheck
} from "../chunks/chunk-6I7JAAUW.js";
import {
  InputReader,
  Redactor,
  neutraliseCommands,
  renderSummary,
  renderTextTable
} from "../chunks/chunk-VCBCEF3C.js";
import {
  FAIL_ON,
  UsageError,
  errorMessage,
  shouldFail
} from "../chunks/chunk-XY6IF37L.js";
import {
  formatDuration
} from "../chunks/chunk-LTW6ELEN.js";
import {
  require_node_path
} from "../chunks/chunk-EJSVMXJL.js";
import {
  require_node_fs
} from "../chunks/chunk-LWETLIYH.js";
import "../chunks/chunk-OYPEEOIT.js";
import {
  require_node_tls
} from "../chunks/chunk-RR7YO4TY.js";
import "../chunks/chunk-ZKYF5O3L.js";
import {
  require_node_http
} from "../chunks/chunk-EPIBC7KB.js";
import {
  __toESM
} from "../chunks/chunk-KBV2H3VL.js";

// packages/cli/src/args.ts
function flagReader(argv, known, aliases = {}) {
  let values = /* @__PURE__ */ new Map();
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (!arg.startsWith("--")) throw new UsageError(arg, `unexpected argument; flags look like --${known[0] ?? "name"} value`);
    let eq = arg.indexOf("="), flag = arg.slice(2, eq === -1 ? void 0 : eq), name = aliases[flag] ?? flag;
    if (!known.includes(name)) throw new UsageError(`--${flag}`, `unknown flag; known flags: ${known.map((k) => `--${k}`).join(" ")}`);
    let value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === void 0) throw new UsageError(`--${flag}`, "expected a value after the flag");
    values.set(name, [...values.get(name) ?? [], value]);
  }
  return new InputReader((name) => (values.get(name) ?? []).join(`
`), (name) => `--${name}`);
}

// packages/cli/src/terminal-emitter.ts
var TerminalEmitter = class {
  constructor(redactor = new Redactor(), out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
    this.redactor = redactor;
    this.out = out;
    this.err = err;
  }
  redactor;
  out;
  err;
  reports = [];
  recorded = [];
  progress(message) {
    this.err(this.safe(`  ${message}
`));
  }
  warning(message) {
    this.err(this.safe(`warning: ${message}
`));
  }
  untrusted(lines) {
    for (let line of lines) this.err(this.safe(`    ${line}
`));
  }
  async group(title, fn) {
    return this.err(this.safe(`${title}
`)), fn();
  }
  record(results) {
    this.recorded = results;
  }
  secret(value) {
    this.redactor.add(value);
  }
  async report(report) {
    this.reports.push(report);
    let sections = (report.sections ?? []).map((s) => `
${s.heading}
${s.body}
`).join("");
    this.out(this.safe(`
${report.action}: ${report.headline}

${renderTextTable(report.table)}
${sections}
`));
  }
  safe(text) {
    return neutraliseCommands(this.redactor.redact(text));
  }
};

// packages/cli/src/commands.ts
async function smokeTestCommand(argv) {
  let reader = flagReader(argv, [...SMOKE_TEST_INPUTS, "fail-on"], { url: "urls", header: "headers" }), emitter = new TerminalEmitter();
  emitter.secret(reader.text("basic-auth"));
  let failOn = reader.choice("fail-on", FAIL_ON, "fail"), plan = await planSmokeTest(reader, process.env);
  plan.secrets.forEach((s) => emitter.secret(s));
  let results = await runSmokeTest(plan, emitter);
  return shouldFail(results, failOn) ? 1 : 0;
}
async function certCheckCommand(argv) {
  let reader = flagReader(argv, [...CERT_CHECK_INPUTS, "fail-on"], { host: "hosts" }), failOn = reader.choice("fail-on", FAIL_ON, "fail"), results = await runCertCheck(await planCertCheck(reader), new TerminalEmitter());
  return shouldFail(results, failOn) ? 1 : 0;
}

// packages/cli/src/demo/demo.ts
var import_node_fs2 = __toESM(require_node_fs(), 1), import_node_path2 = __toESM(require_node_path(), 1);

// packages/cli/src/demo/ci-preview.ts
var SEVERITY_LEVELS = `Severities are runbook 001's incident levels:
  P1  the service is fully down               respond at once
  P2  partly down, or about to break          respond within 30 minutes
  P3  degraded: slow, an SLO missed           respond within 2 hours
  P4  minor: warnings, some errors            respond within 24 hours
`, mentions = (names) => names.map((n) => `@${n}`).join(" ");
function escalation(change, settings) {
  let rule = settings.escalate[change.severity];
  if (!rule) return `it would not escalate (incidents.escalate has no ${change.severity} rule)`;
  let who = [rule.mention.length ? `mention ${mentions(rule.mention)}` : "", rule.assignees.length ? `assign ${mentions(rule.assignees)}` : ""].filter(Boolean).join(" and ");
  return `a run that finds it still failing ${formatDuration(rule.afterMs)} after it began would escalate it${who ? ` (${who})` : ""}`;
}
async function ciPreview(results, config, environment, now) {
  let { planIncidents, resolveSettings } = await import("../chunks/src-ZYVTLHAP.js"), settings = resolveSettings(config, environment, void 0), plan = planIncidents({ issues: [], results, now, settings, environment }), lines = plan.changes.map(
    (change) => `  - in CI this would open the issue "${change.title}"; ${escalation(change, settings)}; it closes, with the downtime, when the check passes (and reopens if it fails again within ${formatDuration(settings.reopenWithinMs)})`
  );
  for (let result of plan.belowThreshold)
    lines.push(`  - ${result.subject}: a ${result.severity} warning, in the job summary only (no issue below incidents.warn-min-severity ${settings.warnMinSeverity})`);
  return lines.length === 0 && lines.push("  - every check passed: no issue would be opened, and open ones would be closed"), `
What would happen in CI (a job with open-issues on and permissions issues: write):
${lines.join(`
`)}

${SEVERITY_LEVELS}
`;
}

// packages/cli/src/demo/targets.ts
var import_node_http = __toESM(require_node_http(), 1), DEMO_BASIC_AUTH = "ops:demo-password", json = (res, status, body) => {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}, handlers = {
  backend: (_req, res) => json(res, 200, { status: "ok" }),
  ai: (_req, res) => json(res, 200, { status: "healthy", ollama_reachable: !1 }),
  estimator: (req, res) => {
    let expected = `Basic ${Buffer.from(DEMO_BASIC_AUTH).toString("base64")}`;
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { "www-authenticate": 'Basic realm="estimator"' }).end();
      return;
    }
    json(res, 200, { status: "healthy" });
  }
};
async function startDemoTargets() {
  let servers = [], targets = {};
  for (let [name, handler] of Object.entries(handlers)) {
    let server = import_node_http.default.createServer(handler);
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve)), servers.push(server), targets[name] = `http://127.0.0.1:${server.address().port}`;
  }
  return {
    targets,
    close: () => Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve())))).then(() => {
    })
  };
}

// packages/cli/src/demo/tls-target.ts
var import_node_child_process = __toESM(require_node_child_process(), 1), import_node_fs = __toESM(require_node_fs(), 1), import_node_path = __toESM(require_node_path(), 1), import_node_tls = __toESM(require_node_tls(), 1), DEMO_CERT_DAYS = 5;
async function startDemoTlsTarget(dir) {
  (0, import_node_fs.mkdirSync)(dir, { recursive: !0 });
  let keyFile = (0, import_node_path.join)(dir, "demo-tls.key"), certFile = (0, import_node_path.join)(dir, "demo-tls.pem"), args = [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-days",
    String(DEMO_CERT_DAYS),
    "-subj",
    "/O=runbook demo/CN=localhost",
    "-addext",
    "subjectAltName=DNS:localhost,IP:127.0.0.1",
    "-keyout",
    keyFile,
    "-out",
    certFile
  ];
  try {
    (0, import_node_child_process.execFileSync)("openssl", args, { stdio: "pipe" });
  } catch (error) {
    let code = error.code, why = code === "ENOENT" ? "the demo TLS target needs the openssl command, which was not found" : `openssl could not make the demo certificate: ${String(error.stderr ?? code).trim()}`;
    throw new Error(why, { cause: error });
  }
  let server = import_node_tls.default.createServer({ key: (0, import_node_fs.readFileSync)(keyFile), cert: (0, import_node_fs.readFileSync)(certFile) }, (socket) => socket.end());
  return server.on("tlsClientError", () => {
  }), await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve)), {
    address: `127.0.0.1:${server.address().port}`,
    caFile: certFile,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

// packages/cli/src/demo/demo.ts
var OUT_DIR = ".runbook-demo", DEMO_HELP = `runbook demo: try every check on this machine, with nothing to set up

Starts demo services on 127.0.0.1 (a healthy one, a degraded one, one behind basic auth, and a
TLS endpoint whose certificate expires in a few days), runs smoke-test and cert-check against
them with a built-in config, prints the results and what CI would do with them (the issues it
would open, when they would escalate, when they close), and writes the job summary and results
the actions would write to ${OUT_DIR}/. It opens no issue and sends nothing anywhere.

Usage: runbook demo
`;
function demoConfig(targets, tlsAddress) {
  return `version: 1
incidents:
  # runbook 001's escalation: a P1 not recovered within 30 minutes goes to the CTO, a P2 not
  # recovered within 2 hours to the infrastructure lead
  escalate:
    P1: { after: 30m, mention: [cto] }
    P2: { after: 2h, mention: [infra-lead] }
environments:
  demo:
    services:
      backend:
        health:
          - url: ${targets.backend}/api/health
            expect: { status: 200, json: { status: ok } }
      ai:
        runbook: "docker compose restart ollama; docker compose logs ollama --tail=50"
        health:
          - url: ${targets.ai}/api/v1/ai/health
            expect: { json: { status: healthy, ollama_reachable: true } }
      estimator:
        health:
          - url: ${targets.estimator}/api/v1/health
            basic-auth-env: DEMO_BASIC_AUTH
            expect: { json: { status: healthy } }
            samples: 5
            max-p95: 5s
    certs:
      - host: ${tlsAddress}
        warn-days: 30
        critical-days: 7
`;
}
async function demoCommand(argv = []) {
  if (argv.includes("--help") || argv.includes("-h"))
    return process.stdout.write(DEMO_HELP), 0;
  if (argv[0] !== void 0) throw new UsageError(argv[0], "runbook demo takes no arguments (see runbook demo --help)");
  let demo = await startDemoTargets(), tlsTarget;
  try {
    tlsTarget = await startDemoTlsTarget(OUT_DIR);
    let configPath = (0, import_node_path2.join)(OUT_DIR, "runbook.yml");
    (0, import_node_fs2.writeFileSync)(configPath, demoConfig(demo.targets, tlsTarget.address));
    let emitter = new TerminalEmitter();
    process.stdout.write(`runbook demo: targets on 127.0.0.1 (${Object.entries(demo.targets).map(([k, v]) => `${k} ${v}`).join(", ")}, tls ${tlsTarget.address})
`);
    let env = { ...process.env, DEMO_BASIC_AUTH }, settings = { config: configPath, environment: "demo", retries: "1", "retry-delay": "200ms", timeout: "3s" }, smoke = await planSmokeTest(new InputReader((name) => settings[name] ?? ""), env);
    smoke.secrets.forEach((s) => emitter.secret(s)), await runSmokeTest(smoke, emitter);
    let certSettings = { config: configPath, environment: "demo", "ca-file": tlsTarget.caFile, retries: "0", timeout: "3s" };
    await runCertCheck(await planCertCheck(new InputReader((name) => certSettings[name] ?? "")), emitter);
    let results = emitter.reports.flatMap((r) => r.results), { loadConfig } = await import("../chunks/config-2C72KTJG.js");
    return process.stdout.write(emitter.redactor.redact(await ciPreview(results, loadConfig(configPath), "demo", /* @__PURE__ */ new Date()))), (0, import_node_fs2.writeFileSync)((0, import_node_path2.join)(OUT_DIR, "results.json"), `${emitter.redactor.redact(JSON.stringify(results, null, 2))}
`), (0, import_node_fs2.writeFileSync)((0, import_node_path2.join)(OUT_DIR, "summary.md"), emitter.redactor.redact(emitter.reports.map(renderSummary).join(`
`))), process.stdout.write(`The job summary the actions would write: ${(0, import_node_path2.join)(OUT_DIR, "summary.md")}; results: ${(0, import_node_path2.join)(OUT_DIR, "results.json")}
`), 0;
  } finally {
    await Promise.all([demo.close(), tlsTarget?.close()]);
  }
}

// packages/cli/src/index.ts
var HELP = `runbook: the runbook-actions checks from a terminal

  runbook demo                         start demo targets on 127.0.0.1 and check them
  runbook smoke-test --url URL [...]   check URLs (flags are the action's inputs: --expect-json, --basic-auth, --samples, ...)
  runbook cert-check --host HOST [...] check TLS certificates (--warn-days, --critical-days, --servername, --ca-file, ...)
`, commands = {
  demo: demoCommand,
  "smoke-test": smokeTestCommand,
  "cert-check": certCheckCommand
};
async function main(argv) {
  let [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help")
    return process.stdout.write(HELP), 0;
  let command = commands[name];
  if (!command) throw new UsageError(name, `unknown command; try: ${Object.keys(commands).join(", ")}`);
  return command(rest);
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`runbook: ${error instanceof UsageError ? error.message : `failed: ${errorMessage(error)}`}
`), process.exitCode = 1;
}
