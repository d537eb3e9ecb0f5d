import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  Timeline,
  restoreAndCheck
} from "./chunk-YZA4PU4Z.js";
import {
  runStage
} from "./chunk-2QV2XZFC.js";
import {
  perService
} from "./chunk-AN7563OR.js";
import "./chunk-HNTLRPCU.js";
import "./chunk-4PA6XSPO.js";
import {
  systemClock
} from "./chunk-VSBUBHW6.js";
import {
  headline,
  worstStatus
} from "./chunk-YSQWLAFH.js";
import "./chunk-LWETLIYH.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import {
  formatDuration
} from "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";

// packages/platforms/src/rollback/orchestrator.ts
var target = (r, label) => r.to ? label(r.to) : `a new revision with ${r.changes}`;
function verdict(r, { label }) {
  return r.to === r.from && !r.restore ? { status: "pass", summary: `already on ${label(r.to)}: nothing to roll back` } : r.problem ? { status: "fail", severity: "P1", summary: r.problem } : r.restore ? r.restore.ok ? { status: "pass", summary: `${label(r.from)} → ${r.restore.summary}` } : { status: "fail", severity: "P1", summary: r.restore.summary } : { status: "pass", summary: `dry run: ${label(r.from)} → ${target(r, label)}` };
}
function unfinishedVerdict(r, words) {
  return r.to === r.from || r.problem || !r.to ? verdict(r, words) : { status: "fail", severity: "P1", summary: `the rollback stopped before it was verified; ${words.unverifiedAdvice(r.target, r.to, r.from)}` };
}
function rollbackResults({ plan, driver, rollbacks, startedAt, timeline }, finished) {
  let durationMs = Math.round(timeline.elapsed());
  return rollbacks.map((r) => ({
    id: `rollback:${plan.environment}/${r.target.key}`,
    kind: "rollback",
    subject: r.target.key,
    target: driver.words.targetId(r.target),
    ...finished ? verdict(r, driver.words) : unfinishedVerdict(r, driver.words),
    evidence: driver.evidence(r),
    runbook: r.target.runbook ?? driver.words.defaultRunbook,
    startedAt,
    durationMs
  }));
}
async function report(run, emitter) {
  let { plan, driver, rollbacks, timeline } = run, { label, where } = driver.words, results = rollbackResults(run, !0), durationMs = Math.round(timeline.elapsed()), names = rollbacks.map((r) => r.target.key).join(", ");
  return await emitter.report({
    action: "rollback",
    headline: plan.dryRun ? `dry run for ${names}: nothing changed` : results.every((r) => r.status === "pass") ? `rolled back ${names} in ${formatDuration(durationMs)}` : headline(results, "services"),
    results,
    table: {
      columns: ["service", where.heading, "from", "to", "result", "time"],
      rows: rollbacks.map((r, i) => [r.target.key, where.cell(r.target), label(r.from), r.to ? label(r.to) : "new revision", `${results[i]?.status}: ${results[i]?.summary}`, formatDuration(durationMs)])
    },
    sections: [{ heading: "Timeline", body: timeline.render() }, ...driver.sections()],
    outputs: {
      status: worstStatus(results),
      from: perService(rollbacks, (r) => r.from),
      to: perService(rollbacks, (r) => r.to ?? ""),
      revision: perService(rollbacks, (r) => r.to ?? ""),
      "previous-revision": perService(rollbacks, (r) => r.from)
    }
  }), results;
}
async function orchestrateRollback(plan, emitter, driverFor) {
  let clock = plan.clock ?? systemClock, startedAt = (/* @__PURE__ */ new Date()).toISOString(), timeline = new Timeline(emitter), driver = driverFor({ clock, timeline }), { label } = driver.words, rollbacks = await emitter.group(driver.titles.resolve, async () => {
    let resolved = [];
    for (let t of plan.targets) {
      let r = { target: t, ...await driver.resolve(t) };
      timeline.add(t.key, `running ${label(r.from)}; target ${r.to ? label(r.to) : `a new revision (${r.changes})`}`), resolved.push(r);
    }
    return resolved;
  }), run = { plan, driver, rollbacks, startedAt, timeline };
  if (!plan.dryRun) {
    let { register } = driver;
    register && driver.titles.register && await emitter.group(driver.titles.register, () => register.call(driver, rollbacks));
    let todo = rollbacks.filter((r) => r.to && r.to !== r.from && !r.problem);
    emitter.record(rollbackResults(run, !1)), await runStage(
      emitter,
      driver.titles.rollback,
      async () => {
        let outcomes = await restoreAndCheck(todo, (items) => driver.restore(items), [...todo.flatMap((r) => r.target.probes), ...plan.smokeProbes], timeline);
        for (let [r, outcome] of outcomes) r.restore = outcome;
        return !0;
      },
      (reason) => {
        for (let r of todo) r.restore || (r.problem = `rollback to ${label(r.to)} broke off: ${reason}; ${driver.words.unverifiedAdvice(r.target, r.to, r.from)}`);
      }
    );
  }
  return report(run, emitter);
}
export {
  orchestrateRollback
};
