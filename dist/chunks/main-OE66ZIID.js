import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  planReport
} from "./chunk-EJTJQJZW.js";
import {
  actionInputs,
  runAction,
  setFailed,
  setOutput
} from "./chunk-CVDX54IJ.js";
import {
  REPORT,
  inputNames
} from "./chunk-YHYKWZMY.js";
import {
  SUMMARY_LIMIT,
  fitSummary
} from "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";

// actions/report/src/main.ts
async function ports(request, token, emitter) {
  let { postToSlack } = await import("./src-PNAFWXG7.js"), redact = (text) => emitter.redactor.redact(text), base = {
    summary: (markdown) => emitter.appendSummary(fitSummary(redact(markdown), SUMMARY_LIMIT - 4096, "The report issue is complete.")),
    log: (message) => emitter.progress(message),
    ...request.slackWebhook ? { slack: (text) => postToSlack(request.slackWebhook, redact(text), { onRetry: (m) => emitter.progress(`slack: ${m}`) }) } : {}
  };
  if (!token) return base;
  let { githubTarget, reportApi } = await import("./src-XPHFQD6Y.js"), api = reportApi({ ...githubTarget(process.env), token, onRetry: (m) => emitter.progress(`github: ${m}`) });
  return {
    ...base,
    incidents: { read: (period) => api.readIncidents(period) },
    runs: { read: (workflows, period) => api.readWorkflowRuns(workflows, period) },
    issues: {
      list: (period, since) => api.reports.list(period, since),
      publish: (issue, known) => api.reports.publish({ ...issue, title: redact(issue.title), body: redact(issue.body), footer: redact(issue.footer) }, known)
    }
  };
}
async function run() {
  await runAction("report", async (emitter) => {
    let inputs = actionInputs(inputNames(REPORT)), token = inputs.text("github-token") || (process.env.GITHUB_TOKEN ?? "").trim();
    emitter.secret(token), emitter.secret(inputs.text("slack-webhook"));
    let request = await planReport(inputs), [{ runLinkFrom }, { runReport }] = await Promise.all([import("./src-XPHFQD6Y.js"), import("./src-PNAFWXG7.js")]), outcome = await runReport(request, await ports(request, token, emitter), /* @__PURE__ */ new Date(), process.cwd(), runLinkFrom(process.env)?.url);
    emitter.status(outcome.status), setOutput("availability", JSON.stringify(outcome.rendered.availability)), setOutput("issue-url", outcome.issueUrl ?? "");
    for (let warning of outcome.warnings) emitter.warning(`report: ${warning}`);
    let errors = outcome.errors.map((error) => emitter.redactor.redact(`report: ${error}`));
    errors.slice(0, -1).forEach((line) => emitter.error(line)), errors.length && setFailed(errors.at(-1));
  });
}
export {
  run
};
