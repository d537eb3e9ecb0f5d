import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  Timeline,
  restoreAndCheck,
  smokeCheckServices
} from "./chunk-YZA4PU4Z.js";
import {
  bestEffort,
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
  errorMessage,
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

// packages/platforms/src/deploy/verdict.ts
var mayHaveChanged = (d) => d.update !== void 0 && d.revision !== d.previous;
function deployVerdict(d, failed, words, run) {
  let { label } = words, took = formatDuration(d.rollout?.durationMs ?? 0);
  if (run.dryRun) return { status: "pass", summary: `dry run: ${label(d.previous)} → ${run.planned}` };
  if (!run.finished) {
    let why2 = d.failure ? `${d.failure.reason}; ` : "";
    return mayHaveChanged(d) ? { status: "fail", severity: "P1", summary: `${why2}the deploy stopped before the service was verified; ${words.unverifiedAdvice(d.target, d.previous, d.revision)}` } : { status: "fail", severity: "P3", summary: `${why2}the deploy stopped before the service was updated; it still runs ${label(d.previous)}` };
  }
  if (failed.length === 0)
    return { status: "pass", summary: `deployed ${label(d.revision)} in ${took}${d.smoke ? `; ${d.smoke.summary}` : ""}` };
  let restore = d.restore;
  if (d.failure) {
    let { stage, reason } = d.failure;
    if ((stage === "register" || stage === "update") && !restore) return { status: "fail", severity: "P3", summary: `${reason}; the service still runs ${label(d.previous)}` };
    if (stage === "migrate") return { status: "fail", severity: "P2", summary: reason };
    if (restore) return { status: "fail", severity: restore.ok ? "P2" : "P1", summary: `${reason}; ${restore.summary}` };
    let byPlatform = d.rollout?.state === "failed" && d.rollout.rolledBackByPlatform;
    return { status: "fail", severity: byPlatform ? "P2" : "P1", summary: `${reason}${byPlatform ? "" : "; not rolled back (rollback-on-failure is false)"}` };
  }
  let why = `${failed.join(", ")} failed`;
  return d.update !== "done" ? { status: "warn", severity: "P4", summary: `not deployed: ${why}` } : restore ? restore.ok ? { status: "warn", severity: "P4", summary: `${why}: ${restore.summary}` } : { status: "fail", severity: "P1", summary: `${why}: ${restore.summary}` } : { status: "warn", severity: "P4", summary: `${why}; left on ${label(d.revision)} (rollback-on-failure is false)` };
}
function stageTimes(d) {
  let smokeMs = d.smoke?.results.length ? Math.max(...d.smoke.results.map((r) => r.durationMs)) : void 0;
  return [["migrate", d.migration?.durationMs], ["rollout", d.rollout?.durationMs], ["smoke", smokeMs]].flatMap(([name, ms]) => ms === void 0 ? [] : [`${name} ${formatDuration(ms)}`]).join(", ") || "–";
}

// packages/platforms/src/deploy/report.ts
function deployResults(run) {
  let { plan, deploys, driver } = run, failed = deploys.filter((d) => d.failure).map((d) => d.target.key), durationMs = Math.round(run.timeline.elapsed());
  return deploys.map((d) => {
    let verdict = deployVerdict(d, failed, driver.words, { dryRun: plan.dryRun, finished: run.finished, ...plan.dryRun ? { planned: driver.planned(d) } : {} });
    return {
      id: `deploy:${plan.environment}/${d.target.key}`,
      kind: "deploy",
      subject: d.target.key,
      target: driver.words.targetId(d.target),
      status: verdict.status,
      ...verdict.severity ? { severity: verdict.severity } : {},
      summary: verdict.summary,
      evidence: driver.evidence(d),
      // An empty default leaves the steps to the incident's own, in the run's locale.
      ...d.target.runbook || driver.words.defaultRunbook ? { runbook: d.target.runbook ?? driver.words.defaultRunbook } : {},
      startedAt: run.startedAt,
      durationMs
    };
  });
}
function deployTable(run, results) {
  let { driver } = run, { label, where } = driver.words;
  return {
    columns: ["service", where.heading, "from", "to", driver.table.change, "result", "stages"],
    rows: run.deploys.map((d, i) => {
      let r = results[i];
      return [d.target.key, where.cell(d.target), label(d.previous), driver.table.to(d), driver.table.changes(d), `${r.status}${r.severity ? ` ${r.severity}` : ""}: ${r.summary}`, stageTimes(d)];
    })
  };
}
function failureSection(run) {
  let failed = run.deploys.filter((d) => d.failure);
  return failed.length === 0 ? void 0 : { heading: "Why it failed", body: failed.map((d) => [`**${d.target.key}**: ${d.failure?.reason}`, ...run.driver.failureLines(d)].join(`
`)).join(`

`) };
}
async function reportDeploy(run, emitter) {
  let { plan, deploys, driver } = run, failed = deploys.filter((d) => d.failure), durationMs = Math.round(run.timeline.elapsed()), results = deployResults(run), names = deploys.map((d) => d.target.key).join(", "), restores = deploys.flatMap((d) => d.restore ? [d.restore] : []), rolledBack = restores.length > 0 && restores.every((r) => r.back), failure = failureSection(run), plannedSection = { heading: "Plan (dry run: nothing was changed)", body: deploys.map((d) => driver.planBlock(d)).join(`

`) };
  return await emitter.report({
    action: "deploy",
    headline: plan.dryRun ? `dry run for ${names}: nothing changed` : failed.length ? `${headline(results, "services")}${rolledBack ? ", rolled back" : ""}` : `deployed ${names} in ${formatDuration(durationMs)}`,
    results,
    table: deployTable(run, results),
    sections: [...plan.dryRun ? [plannedSection] : [], ...failure ? [failure] : [], { heading: "Timeline", body: run.timeline.render() }, ...driver.sections()],
    outputs: {
      status: worstStatus(results),
      revision: perService(deploys, (d) => plan.dryRun ? "" : d.revision ?? ""),
      "previous-revision": perService(deploys, (d) => d.previous),
      ...driver.outputs(deploys),
      "rolled-back": String(rolledBack)
    }
  }), results;
}

// packages/platforms/src/deploy/orchestrator.ts
async function register(run) {
  let { driver } = run;
  for (let d of run.deploys)
    try {
      await driver.register?.(d);
    } catch (error) {
      return d.failure = { stage: "register", reason: `${driver.stages.register?.failure}: ${errorMessage(error)}` }, run.timeline.add(d.target.key, d.failure.reason), !1;
    }
  return !0;
}
async function migrate(run) {
  for (let d of run.deploys)
    if (!(!d.migrates || !run.driver.migrate) && (d.migration = await run.driver.migrate(d), !d.migration.ok))
      return d.failure = { stage: "migrate", reason: `${d.migration.summary}; the service was not updated` }, !1;
  return !0;
}
async function update(run) {
  let { driver } = run;
  for (let d of run.deploys)
    try {
      d.update = "sent", await driver.update(d), d.update = "done";
    } catch (error) {
      return driver.refused(error) && delete d.update, d.failure = { stage: "update", reason: `${driver.stages.update.failure}: ${errorMessage(error)}` }, run.timeline.add(d.target.key, d.failure.reason), !1;
    }
  return !0;
}
async function rollout(run) {
  let outcomes = await run.driver.follow(run.deploys);
  for (let [d, outcome] of outcomes)
    d.rollout = outcome, (outcome.state === "failed" || outcome.state === "timed-out") && (d.failure = { stage: "rollout", reason: outcome.reason });
  return run.deploys.every((d) => d.rollout?.state === "completed");
}
var probesOf = (run, deploys) => [...deploys.flatMap((d) => d.target.probes), ...run.plan.smokeProbes];
async function smokeCheck(run, probes, stage, prefix = "") {
  let outcomes = await smokeCheckServices(
    run.deploys.map((d) => d.target.key),
    probes,
    run.timeline
  );
  for (let d of run.deploys) {
    let outcome = outcomes.get(d.target.key);
    outcome && (d.smoke = outcome, outcome.ok || (d.failure = { stage, reason: `${prefix}${outcome.summary}` }));
  }
  return run.deploys.every((d) => !d.failure);
}
function smoke(run) {
  let probes = probesOf(run, run.deploys);
  return smokeCheck(run, run.driver.smokeProbes ? run.driver.smokeProbes(run.deploys, probes) : probes, "smoke");
}
async function promote(run) {
  let { driver } = run;
  if (!driver.promote) return !0;
  for (let d of run.deploys.filter((x) => x.promotes))
    await driver.promote(d), d.promoted = !0;
  return smokeCheck(run, probesOf(run, run.deploys), "promote", "after the promotion: ");
}
var failedOnPlatform = (d) => d.failure?.stage === "rollout" || d.failure?.stage === "smoke" || d.failure?.stage === "promote";
async function recover(run) {
  let { plan, timeline, driver } = run;
  for (let d of run.deploys)
    !failedOnPlatform(d) || !d.revision || await bestEffort(
      () => driver.diagnose(d),
      (reason) => d.notes.push(`no diagnosis: ${reason}`)
    );
  let updated = run.deploys.filter(mayHaveChanged);
  if (!plan.rollbackOnFailure) {
    for (let d of updated) d.notes.push("rollback-on-failure is false: not rolled back");
    return;
  }
  await bestEffort(
    async () => {
      let outcomes = await restoreAndCheck(updated, (items) => driver.restore(items), probesOf(run, updated), timeline);
      for (let [d, outcome] of outcomes) d.restore = outcome;
    },
    (reason) => {
      for (let d of updated) {
        if (d.restore) continue;
        let summary = `rollback to ${driver.words.label(d.previous)} broke off: ${reason}; ${driver.words.unverifiedAdvice(d.target, d.previous, d.revision)}`;
        d.restore = { back: !1, ok: !1, summary }, timeline.add(d.target.key, summary);
      }
    }
  );
  let { recovered } = driver;
  recovered && await bestEffort(() => recovered.call(driver, run.deploys), (reason) => run.deploys.forEach((d) => d.notes.push(reason)));
}
var STAGES = [
  ["register", register],
  ["migrate", migrate],
  ["update", update],
  ["rollout", rollout],
  ["smoke", smoke],
  ["promote", promote]
];
function stageDone(d, stage) {
  switch (stage) {
    case "register":
      return d.revision !== void 0;
    case "migrate":
      return !d.migrates || d.migration?.ok === !0;
    case "update":
      return d.update === "done";
    case "rollout":
      return d.rollout?.state === "completed";
    case "smoke":
      return d.smoke !== void 0;
    case "promote":
      return !d.promotes || d.promoted === !0;
  }
}
function failStage(run, stage, failure, message) {
  let open = run.deploys.filter((d) => !d.failure), unfinished = open.filter((d) => !stageDone(d, stage));
  for (let d of unfinished.length ? unfinished : open)
    d.failure = { stage, reason: `${failure}: ${message}` }, run.timeline.add(d.target.key, d.failure.reason);
}
async function orchestrateDeploy(plan, emitter, driverFor) {
  let clock = plan.clock ?? systemClock, startedAt = (/* @__PURE__ */ new Date()).toISOString(), timeline = new Timeline(emitter), driver = driverFor({ clock, timeline }), deploys = await emitter.group(driver.prepareTitle, async () => {
    let prepared = [];
    for (let target of plan.targets) prepared.push({ target, ...await driver.prepare(target), notes: [] });
    return prepared;
  }), run = { plan, driver, deploys, timeline, startedAt, clock, finished: plan.dryRun };
  if (!plan.dryRun) {
    emitter.record(deployResults(run));
    let stages = STAGES.flatMap(([stage, body]) => {
      let words = driver.stages[stage];
      return words ? [{ stage, body, ...words }] : [];
    }), ok = !0;
    for (let [i, { stage, body, title, failure }] of stages.entries())
      if (ok = await runStage(emitter, title, () => body(run), (message) => failStage(run, stage, failure, message)), ok && i === stages.length - 1 && (run.finished = !0), emitter.record(deployResults(run)), !ok) break;
    let { cleanup } = driver;
    ok ? cleanup && await emitter.group(cleanup.title, () => bestEffort(() => cleanup.run(run.deploys), (reason) => run.deploys.forEach((d) => d.notes.push(`${cleanup.title}: ${reason}`)))) : await emitter.group("recover: roll back, wait, smoke-check", () => recover(run)), run.finished = !0;
  }
  return reportDeploy(run, emitter);
}
export {
  orchestrateDeploy
};
