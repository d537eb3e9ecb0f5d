import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_node_os
} from "./chunk-GCOUB2B6.js";
import {
  InputReader,
  Redactor,
  renderSummary
} from "./chunk-56YOBN6L.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import {
  FAIL_ON,
  UsageError,
  errorMessage,
  headline,
  shouldFail
} from "./chunk-THZMKPOP.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/action-runtime/src/emitter.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);

// packages/action-runtime/src/runner.ts
var import_node_crypto = __toESM(require_node_crypto(), 1), import_node_fs = __toESM(require_node_fs(), 1), import_node_os = __toESM(require_node_os(), 1), escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(name, message, properties = {}) {
  let props = Object.entries(properties).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  process.stdout.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}${import_node_os.EOL}`);
}
function getInput(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function setOutput(name, value) {
  let file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(`${import_node_os.EOL}::set-output name=${name}::${escapeData(value)}${import_node_os.EOL}`);
    return;
  }
  let delimiter = `ghadelimiter_${(0, import_node_crypto.randomUUID)()}`;
  (0, import_node_fs.appendFileSync)(file, `${name}<<${delimiter}${import_node_os.EOL}${value}${import_node_os.EOL}${delimiter}${import_node_os.EOL}`);
}
function setSecret(value) {
  for (let part of /* @__PURE__ */ new Set([value, ...value.split(/\r?\n/)])) part.trim() && command("add-mask", part);
}
var info = (message) => {
  process.stdout.write(`${message}${import_node_os.EOL}`);
}, debug = (message) => command("debug", message), warning = (message, title) => command("warning", message, title ? { title } : {}), error = (message, title) => command("error", message, title ? { title } : {});
function untrusted(lines) {
  if (lines.length === 0) return;
  let token = (0, import_node_crypto.randomUUID)();
  process.stdout.write(`::stop-commands::${token}${import_node_os.EOL}${lines.join(import_node_os.EOL)}${import_node_os.EOL}::${token}::${import_node_os.EOL}`);
}
async function group(title, fn) {
  process.stdout.write(`::group::${escapeData(title)}${import_node_os.EOL}`);
  try {
    return await fn();
  } finally {
    process.stdout.write(`::endgroup::${import_node_os.EOL}`);
  }
}
function setFailed(message) {
  process.exitCode = 1, error(message);
}
function appendSummary(markdown) {
  let file = process.env.GITHUB_STEP_SUMMARY;
  file && (0, import_node_fs.appendFileSync)(file, markdown);
}

// packages/action-runtime/src/emitter.ts
var GitHubEmitter = class {
  constructor(redactor = new Redactor(), resultsFile = "") {
    this.redactor = redactor;
    this.resultsFile = resultsFile;
  }
  redactor;
  resultsFile;
  progress(message) {
    info(this.redactor.redact(message));
  }
  warning(message) {
    warning(this.redactor.redact(message));
  }
  error(message) {
    error(this.redactor.redact(message));
  }
  untrusted(lines) {
    untrusted(lines.map((line) => this.redactor.redact(line)));
  }
  group(title, fn) {
    return group(this.redactor.redact(title), fn);
  }
  /** Results found so far, written by the runtime if the operation throws before its report. */
  recorded = [];
  record(results) {
    this.recorded = results;
  }
  /** A section after the report in the job summary (the incidents written, for one). */
  section(heading, markdown) {
    appendSummary(this.redactor.redact(`
### ${heading}

${markdown}
`));
  }
  secret(value) {
    value && (setSecret(value), this.redactor.add(value));
  }
  async report(report) {
    let redact = (text) => this.redactor.redact(text);
    for (let result of report.results) this.annotate(result);
    let results = redact(JSON.stringify(report.results));
    setOutput("results", results);
    for (let [name, value] of Object.entries(report.outputs)) setOutput(name, redact(value));
    this.resultsFile && (0, import_node_fs2.writeFileSync)(this.resultsFile, `${results}
`), appendSummary(redact(renderSummary(report)));
  }
  annotate(result) {
    if (result.status === "pass") return;
    let title = this.redactor.redact(`${result.severity ? `[${result.severity}] ` : ""}${result.subject}: ${result.target}`), message = this.redactor.redact(result.summary);
    result.status === "fail" ? error(message, title) : warning(message, title);
  }
};

// packages/action-runtime/src/run.ts
function actionInputs() {
  return new InputReader((name) => getInput(name));
}
async function runAction(name, main, redactor = new Redactor()) {
  try {
    await main();
  } catch (error2) {
    let message = redactor.redact(errorMessage(error2)).replace(/\s*\n\s*/g, " ");
    !(error2 instanceof UsageError) && error2 instanceof Error && error2.stack && debug(redactor.redact(error2.stack)), setFailed(error2 instanceof UsageError ? `${name}: ${message}` : `${name} failed: ${message}`);
  }
}

// packages/action-runtime/src/check-action.ts
var LOCALES = ["en", "ja"];
async function runCheckAction(name, body) {
  let redactor = new Redactor();
  await runAction(
    name,
    async () => {
      let inputs = actionInputs(), emitter = new GitHubEmitter(redactor, inputs.text("results-file")), failOn = inputs.choice("fail-on", FAIL_ON, "fail"), incidents = await incidentWriter(inputs, emitter), results = await body({ inputs, emitter }), failing = shouldFail(results, failOn);
      await writeIncidents(name, incidents, results, emitter, failing), failing && setFailed(`${name}: ${headline(results)}`);
    },
    redactor
  );
}
async function incidentWriter(inputs, emitter) {
  let enabled = inputs.boolean("open-issues", !0), locale = inputs.text("locale") ? inputs.choice("locale", LOCALES, "en") : void 0, token = inputs.text("github-token") || (process.env.GITHUB_TOKEN ?? "").trim();
  if (emitter.secret(token), !enabled) return "`open-issues` is `false`";
  if (inputs.boolean("dry-run", !1)) return "`dry-run` is `true`";
  if (!token) return "no `github-token` (and no GITHUB_TOKEN)";
  let { prepareIncidents } = await import("./src-4RZ6EOI3.js");
  return prepareIncidents({ token, ...locale ? { locale } : {}, config: inputs.text("config"), environment: inputs.text("environment") });
}
async function writeIncidents(name, incidents, results, emitter, failing) {
  if (typeof incidents == "string") {
    emitter.section("Incidents", `Not written: ${incidents}.`);
    return;
  }
  let outcome = await incidents.sync(results, (text) => emitter.redactor.redact(text), (message) => emitter.progress(message));
  emitter.section("Incidents", incidents.summary(outcome));
  for (let warning2 of outcome.warnings) emitter.warning(`${name}: ${warning2}`);
  if (!outcome.error) return;
  let line = `${name}: the incident issues could not be written: ${outcome.error}`;
  failing ? emitter.error(line) : emitter.warning(line);
}

export {
  runCheckAction
};
