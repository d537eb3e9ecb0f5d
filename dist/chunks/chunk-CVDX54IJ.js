import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  InputReader,
  Redactor,
  SUMMARY_LIMIT,
  SUMMARY_RESERVE,
  fitSummary,
  inShard,
  neutraliseCommands,
  postUrl,
  postWithRetry,
  renderSummaryWithin,
  shardValue
} from "./chunk-VSBUBHW6.js";
import {
  FAIL_ON,
  UsageError,
  errorMessage,
  headline,
  shouldFail
} from "./chunk-YSQWLAFH.js";
import {
  require_node_path
} from "./chunk-EJSVMXJL.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-HUYPKN5R.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/action-runtime/src/runner.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var getInput2 = (name) => getInput(name), setOutput2 = (name, value) => setOutput(name, value), setSecret2 = (value) => setSecret(value), info2 = (message) => info(neutraliseCommands(message)), debug2 = (message) => debug(neutraliseCommands(message)), annotation = (title) => title ? { title: neutraliseCommands(title) } : {}, warning2 = (message, title) => warning(neutraliseCommands(message), annotation(title)), error2 = (message, title) => error(neutraliseCommands(message), annotation(title));
function untrusted(lines) {
  if (lines.length === 0) return;
  let token = (0, import_node_crypto.randomUUID)();
  info(`::stop-commands::${token}`), info(lines.join(`
`)), info(`::${token}::`);
}
var group2 = (title, fn) => group(neutraliseCommands(title), fn);
function setFailed2(message) {
  setFailed(neutraliseCommands(message));
}
async function appendSummary(markdown) {
  process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(markdown).write();
}

// packages/action-runtime/src/emitter.ts
var import_node_fs = __toESM(require_node_fs(), 1), import_node_path = __toESM(require_node_path(), 1);
var GitHubEmitter = class {
  constructor(redactor = new Redactor(), resultsFile = "") {
    this.redactor = redactor;
    this.resultsFile = resultsFile;
  }
  redactor;
  resultsFile;
  /** UTF-8 bytes appended to the job summary so far: GitHub's 1 MiB limit counts all of them. */
  summaryBytes = 0;
  statusWritten = !1;
  summaryFailed = !1;
  /** Whether a report has been written (its outputs and summary). */
  reported = !1;
  /** This runner's `shard`: written into each result's evidence, so the report can tell a shard that is missing. */
  shard;
  progress(message) {
    info2(this.redactor.redact(message));
  }
  warning(message) {
    warning2(this.redactor.redact(message));
  }
  error(message) {
    error2(this.redactor.redact(message));
  }
  untrusted(lines) {
    untrusted(lines.map((line) => this.redactor.redact(line)));
  }
  group(title, fn) {
    return group2(this.redactor.redact(title), fn);
  }
  /** Results found so far, written by the runtime if the operation throws before its report. */
  recorded = [];
  record(results) {
    this.recorded = results;
  }
  /** A section after the report in the job summary (the incidents written, for one). */
  async section(heading, markdown) {
    let head = `
### ${heading}

`, room = SUMMARY_LIMIT - this.summaryBytes - Buffer.byteLength(head);
    await this.appendSummary(head + fitSummary(`${this.redactor.redact(markdown)}
`, room, "Every issue itself is complete."));
  }
  secret(value) {
    for (let part of this.redactor.add(value)) setSecret2(part);
  }
  async report(raw) {
    let redact = (text) => this.redactor.redact(text), report = this.redactor.redactStrings(raw);
    for (let result of report.results) this.annotate(result);
    let shard = this.shard ? `${this.shard.index}/${this.shard.total}` : void 0, results = redact(JSON.stringify(shard ? report.results.map((r) => ({ ...r, evidence: { ...r.evidence, shard } })) : report.results));
    setOutput2("results", results);
    for (let [name, value] of Object.entries(report.outputs)) setOutput2(name, redact(value));
    this.statusWritten ||= "status" in report.outputs, this.reported = !0, this.recorded = report.results, this.writeResultsFile(results), await this.appendSummary(redact(renderSummaryWithin(report, SUMMARY_LIMIT - SUMMARY_RESERVE - this.summaryBytes)));
  }
  /** Writes the `status` output unless a report already did. */
  status(value) {
    this.statusWritten || (setOutput2("status", value), this.statusWritten = !0);
  }
  /** A summary that cannot be written (a full disk, a bad GITHUB_STEP_SUMMARY) is said once and stops nothing else. */
  async appendSummary(markdown) {
    this.summaryBytes += Buffer.byteLength(markdown);
    try {
      await appendSummary(markdown);
    } catch (error3) {
      this.summaryFailed || warning2(`the job summary could not be written: ${this.redactor.redact(errorMessage(error3))}`), this.summaryFailed = !0;
    }
  }
  /** A failed write fails the step but stops nothing: the incidents are still written. */
  writeResultsFile(json) {
    if (this.resultsFile)
      try {
        (0, import_node_fs.writeFileSync)(this.resultsFile, `${json}
`);
      } catch (error3) {
        setFailed2(`results-file: cannot write ${this.resultsFile} (${error3.code ?? "error"})`);
      }
  }
  annotate(result) {
    if (result.status === "pass") return;
    let title = this.redactor.redact(`${result.severity ? `[${result.severity}] ` : ""}${result.subject}: ${result.target}`), message = this.redactor.redact(result.summary);
    result.status === "fail" ? error2(message, title) : warning2(message, title);
  }
};
function prepareResultsFile(path, fail) {
  if (!path) return "";
  (0, import_node_fs.existsSync)(path) && (0, import_node_fs.statSync)(path).isDirectory() && fail(`expected a file path, got the directory ${path}`);
  try {
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: !0 }), (0, import_node_fs.accessSync)((0, import_node_fs.existsSync)(path) ? path : (0, import_node_path.dirname)(path), import_node_fs.constants.W_OK);
  } catch (error3) {
    fail(`cannot write ${path} (${error3.code ?? "error"})`);
  }
  return path;
}

// packages/action-runtime/src/run.ts
function actionInputs(declared) {
  return new InputReader((name) => getInput2(name), void 0, declared);
}
var oneLine = (text) => text.replace(/\s*\n\s*/g, " ");
async function runAction(name, main, emitter = new GitHubEmitter()) {
  try {
    await main(emitter);
  } catch (error3) {
    let usage = error3 instanceof UsageError, message = oneLine(emitter.redactor.redact(errorMessage(error3)));
    !usage && error3 instanceof Error && error3.stack && debug2(emitter.redactor.redact(error3.stack));
    let line = usage ? `${name}: ${message}` : `${name} failed: ${message}`;
    emitter.status("error"), emitter.reported || await emitter.appendSummary(`## ❌ ${name}: ${usage ? "bad input, nothing was checked or sent" : "stopped by an error"}

${line}
`), setFailed2(line);
  }
}

// packages/action-runtime/src/check-action.ts
var LOCALES = ["en", "ja"];
async function runCheckAction(name, body, declared) {
  await runAction(name, async (emitter) => {
    let inputs = actionInputs(declared);
    emitter.resultsFile = prepareResultsFile(inputs.text("results-file"), (expected) => inputs.fail("results-file", expected));
    let failOn = inputs.choice("fail-on", FAIL_ON, "fail"), shard = inputs.declares("shard") ? inputs.parse("shard", shardValue) : void 0;
    emitter.shard = shard;
    let heartbeat = heartbeatUrl(inputs, emitter), incidents = await incidentWriter(inputs, emitter), { results, error: error3 } = await settle(name, () => body({ inputs, emitter, shard: (items, key) => inShard(items, shard, key ?? ((item) => item.id)) }), emitter), failing = error3 !== void 0 || shouldFail(results, failOn);
    if (await writeIncidents(name, incidents, results, emitter, failing), heartbeat && await ping(name, heartbeat, failing, error3 === void 0 ? headline(results) : oneLine(errorMessage(error3)), emitter), error3 !== void 0) throw error3;
    failing && setFailed2(`${name}: ${headline(results)}`);
  });
}
function heartbeatUrl(inputs, emitter) {
  let text = inputs.text("heartbeat-url");
  if (emitter.secret(text), !!text)
    return postUrl(text) ?? inputs.fail("heartbeat-url", "expected an https:// URL (the value is not shown: it is a secret)");
}
async function ping(name, url, failing, text, emitter) {
  let target = new URL(url);
  failing && (target.pathname = `${target.pathname.replace(/\/$/, "")}/fail`);
  try {
    await postWithRetry("the heartbeat URL", target, { text: emitter.redactor.redact(`${name}: ${text}`), contentType: "text/plain; charset=utf-8" }, { retries: 2, onRetry: (m) => emitter.progress(`heartbeat: ${m}`) }), emitter.progress(`heartbeat: pinged${failing ? " /fail" : ""}`);
  } catch (error3) {
    emitter.warning(`${name}: the heartbeat ping failed: ${errorMessage(error3)}`);
  }
}
async function settle(name, body, emitter) {
  try {
    return { results: await body() };
  } catch (error3) {
    let results = [...emitter.recorded];
    if (error3 instanceof UsageError || results.length === 0) throw error3;
    return emitter.reported || await emitter.report(partialReport(name, results, error3)), { results, error: error3 };
  }
}
function partialReport(name, results, error3) {
  return {
    action: name,
    headline: `stopped by an error after ${results.length} result(s): ${oneLine(errorMessage(error3))}; ${headline(results)} before it`,
    results,
    table: resultsTable(results),
    outputs: { status: "error" }
  };
}
function resultsTable(results) {
  return {
    columns: ["check", "target", "result", "reason"],
    rows: results.map((r) => [r.subject, r.target, `${r.status}${r.severity ? ` ${r.severity}` : ""}`, r.status === "pass" ? "" : r.summary])
  };
}
async function incidentWriter(inputs, emitter) {
  let enabled = inputs.boolean("open-issues", !0), locale = inputs.text("locale") ? inputs.choice("locale", LOCALES, "en") : void 0, token = inputs.text("github-token") || (process.env.GITHUB_TOKEN ?? "").trim();
  if (emitter.secret(token), !enabled) return "`open-issues` is `false`";
  if (inputs.declares("dry-run") && inputs.boolean("dry-run", !1)) return "`dry-run` is `true`";
  if (!token) return "no `github-token` (and no GITHUB_TOKEN)";
  let { prepareIncidents } = await import("./src-XPHFQD6Y.js");
  return prepareIncidents({ token, ...locale ? { locale } : {}, config: inputs.text("config"), environment: inputs.text("environment") });
}
async function writeIncidents(name, incidents, results, emitter, failing) {
  if (typeof incidents == "string") {
    await emitter.section("Incidents", `Not written: ${incidents}.`);
    return;
  }
  let outcome = await incidents.sync(results, (text) => emitter.redactor.redact(text), (message) => emitter.progress(message));
  await emitter.section("Incidents", incidents.summary(outcome));
  for (let warning3 of outcome.warnings) emitter.warning(`${name}: ${warning3}`);
  if (!outcome.error) return;
  let line = `${name}: the incident issues could not be written: ${outcome.error}`;
  failing ? emitter.error(line) : emitter.warning(line);
}

export {
  setOutput2 as setOutput,
  setFailed2 as setFailed,
  actionInputs,
  runAction,
  runCheckAction
};
