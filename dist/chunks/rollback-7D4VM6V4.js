import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  EcsError,
  apiCallsSection,
  bestEffort,
  captureService,
  describeChange,
  ecsTarget,
  perService,
  restoreServices,
  runStage,
  startOperation,
  unverifiedAdvice
} from "./chunk-L4MGDXVL.js";
import {
  applyImageChange,
  eventIds,
  parseTaskDefinitionRef,
  previousRevision,
  registrableInput,
  revisionLabel,
  rollbackTargetProblem
} from "./chunk-Q772C4W5.js";
import "./chunk-BMAHMR5P.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-YFBFQZ6W.js";
import "./chunk-P3M2E2G7.js";
import {
  UsageError,
  headline,
  worstStatus
} from "./chunk-XY6IF37L.js";
import {
  formatDuration
} from "./chunk-LTW6ELEN.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-DBRWWTRC.js";
import "./chunk-DPJSZJV7.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-KBV2H3VL.js";

// packages/platforms/src/ecs/rollback.ts
var DEFAULT_ROLLBACK_RUNBOOK = "The service may be running a broken revision: check its events and stopped tasks in the ECS console, then roll back by hand with aws ecs update-service --task-definition <family:revision>.";
async function resolve(plan, target, clients) {
  let ecs = clients.for(target.region), before = await captureService(target, ecs), from = before.taskDefinition, family = parseTaskDefinitionRef(from)?.family ?? "", base = { target, ecs, before, from, changes: [], seen: eventIds(before) }, label = plan.inputLabel("to"), { to } = plan;
  if (to.kind === "image-tag") {
    let current = await ecs.describeTaskDefinition(from), applied = applyImageChange(current.taskDefinition.containerDefinitions ?? [], { kind: "tag", tag: to.tag }, revisionLabel(from), target.containers?.names);
    if (!applied.ok) throw new UsageError(target.containers?.origin ?? label, applied.expected);
    return { ...base, register: registrableInput({ ...current.taskDefinition, containerDefinitions: applied.containerDefinitions }, current.tags), changes: applied.changes };
  }
  let arn;
  if (to.kind === "previous") {
    if (arn = previousRevision(before, await ecs.listActiveRevisions(family)), !arn) throw new UsageError(label, `${target.key}: no ACTIVE revision of ${family} older than ${revisionLabel(from)} to roll back to`);
  } else
    arn = to.text;
  let definition;
  try {
    definition = (await ecs.describeTaskDefinition(arn)).taskDefinition;
  } catch (error) {
    throw error instanceof EcsError && error.code === "ClientException" ? new UsageError(label, `${to.kind === "previous" ? revisionLabel(arn) : arn}: no such task definition`) : error;
  }
  let problem = rollbackTargetProblem(from, definition);
  if (problem) throw new UsageError(label, problem);
  return { ...base, to: definition.taskDefinitionArn };
}
function verdict(r) {
  return r.to === r.from && !r.restore ? { status: "pass", summary: `already on ${revisionLabel(r.to)}: nothing to roll back` } : r.problem ? { status: "fail", severity: "P1", summary: r.problem } : r.restore ? r.restore.ok ? { status: "pass", summary: `${revisionLabel(r.from)} → ${r.restore.summary}` } : { status: "fail", severity: "P1", summary: r.restore.summary } : { status: "pass", summary: `dry run: ${revisionLabel(r.from)} → ${r.to ? revisionLabel(r.to) : `a new revision with ${r.changes.map(describeChange).join(", ")}`}` };
}
function unfinishedVerdict(r) {
  return r.to === r.from || r.problem || !r.to ? verdict(r) : { status: "fail", severity: "P1", summary: `the rollback stopped before it was verified; ${unverifiedAdvice(r.target, r.to, r.from)}` };
}
function rollbackResults(plan, rollbacks, startedAt, timeline, finished) {
  let durationMs = Math.round(timeline.elapsed());
  return rollbacks.map((r) => {
    let v = finished ? verdict(r) : unfinishedVerdict(r);
    return {
      id: `rollback:${plan.environment}/${r.target.key}`,
      kind: "rollback",
      subject: r.target.key,
      target: ecsTarget(r.target),
      ...v,
      evidence: {
        cluster: r.target.cluster,
        service: r.target.service,
        region: r.target.region,
        from: revisionLabel(r.from),
        to: r.to ? revisionLabel(r.to) : null,
        deployment: r.restore?.deploymentId ?? null,
        images: r.changes.map(describeChange).join("; ") || null,
        "smoke checks": r.restore?.smoke?.summary ?? null
      },
      runbook: r.target.runbook ?? DEFAULT_ROLLBACK_RUNBOOK,
      startedAt,
      durationMs
    };
  });
}
async function registerTargets(rollbacks, timeline) {
  for (let r of rollbacks.filter((x) => x.register))
    await bestEffort(
      async () => {
        r.to = (await r.ecs.registerTaskDefinition(r.register)).taskDefinitionArn, timeline.add(r.target.key, `registered ${revisionLabel(r.to)}`);
      },
      (reason) => r.problem = `could not register the task definition: ${reason}`
    );
}
async function rollback(plan, emitter) {
  let { clock, startedAt, timeline, clients } = startOperation(plan, emitter), rollbacks = await emitter.group("resolve: read the services and the target revisions", async () => {
    let resolved = [];
    for (let target of plan.targets) {
      let r = await resolve(plan, target, clients);
      timeline.add(target.key, `running ${revisionLabel(r.from)}; target ${r.to ? revisionLabel(r.to) : `a new revision (${r.changes.map(describeChange).join(", ")})`}`), resolved.push(r);
    }
    return resolved;
  });
  if (!plan.dryRun) {
    await emitter.group("register: new task definition revisions", () => registerTargets(rollbacks, timeline));
    let todo = rollbacks.filter((r) => r.to && r.to !== r.from && !r.problem);
    emitter.record(rollbackResults(plan, rollbacks, startedAt, timeline, !1));
    let items = todo.map((r) => ({ target: r.target, ecs: r.ecs, to: r.to, from: r.from, seen: r.seen, rollback: r }));
    await runStage(
      emitter,
      "rollback: update, wait, smoke-check",
      async () => {
        let outcomes = await restoreServices(items, { timeoutMs: plan.waitTimeoutMs, pollIntervalMs: plan.pollIntervalMs, timeline, probes: [...todo.flatMap((r) => r.target.probes), ...plan.smokeProbes], clock });
        for (let [item, outcome] of outcomes) item.rollback.restore = outcome;
        return !0;
      },
      (reason) => {
        for (let { rollback: r, target, to, from } of items) r.restore || (r.problem = `rollback to ${revisionLabel(to)} broke off: ${reason}; ${unverifiedAdvice(target, to, from)}`);
      }
    );
  }
  let results = rollbackResults(plan, rollbacks, startedAt, timeline, !0), durationMs = Math.round(timeline.elapsed());
  return await emitter.report({
    action: "rollback",
    headline: plan.dryRun ? `dry run for ${rollbacks.map((r) => r.target.key).join(", ")}: nothing changed` : results.every((r) => r.status === "pass") ? `rolled back ${rollbacks.map((r) => r.target.key).join(", ")} in ${formatDuration(durationMs)}` : headline(results, "services"),
    results,
    table: {
      columns: ["service", "ECS service", "from", "to", "result", "time"],
      rows: rollbacks.map((r, i) => [r.target.key, `${r.target.cluster}/${r.target.service}`, revisionLabel(r.from), r.to ? revisionLabel(r.to) : "new revision", `${results[i]?.status}: ${results[i]?.summary}`, formatDuration(durationMs)])
    },
    sections: [{ heading: "Timeline", body: timeline.render() }, apiCallsSection(clients.log)],
    outputs: {
      status: worstStatus(results),
      from: perService(rollbacks, (r) => r.from),
      to: perService(rollbacks, (r) => r.to ?? "")
    }
  }), results;
}
export {
  rollback
};
