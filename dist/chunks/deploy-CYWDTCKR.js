import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  EcsClients,
  Timeline,
  captureService,
  followDeployments,
  reportDeploy,
  restoreServices,
  smokeCheckServices
} from "./chunk-IIX46AKT.js";
import "./chunk-EGBHNPUB.js";
import {
  applyImageChange,
  capturedRevision,
  eventIds,
  progressOf,
  registrableInput,
  revisionLabel,
  revisionsToDeregister
} from "./chunk-YUHMSK3F.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-2TMFHLKP.js";
import "./chunk-RR7YO4TY.js";
import {
  sleep
} from "./chunk-ZCZEAFV6.js";
import "./chunk-ZKYF5O3L.js";
import {
  UsageError,
  errorMessage,
  formatDuration
} from "./chunk-THZMKPOP.js";
import "./chunk-LWETLIYH.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-KBV2H3VL.js";

// packages/platforms/src/ecs/diagnose.ts
var MAX_TASKS = 5, MAX_EVENTS = 8, shortId = (arn) => arn?.split("/").pop()?.slice(0, 12) ?? "?";
function describeStoppedTask(task) {
  let containers = (task.containers ?? []).filter((c) => c.exitCode !== void 0 && c.exitCode !== 0 || c.reason).map((c) => `container ${c.name}: ${c.exitCode === void 0 ? "no exit code" : `exit ${c.exitCode}`}${c.reason ? ` (${c.reason})` : ""}`);
  return [`task ${shortId(task.taskArn)}: ${task.stoppedReason ?? task.stopCode ?? "stopped"}`, ...containers].join("; ");
}
async function diagnose(ecs, cluster, serviceName, taskDefinition, service) {
  let events = (service?.events ?? []).slice(0, MAX_EVENTS).map((e) => e.message ?? "").reverse();
  try {
    let arns = await ecs.listTasks({ cluster, serviceName, desiredStatus: "STOPPED" }, 100);
    return { stoppedTasks: (arns.length ? await ecs.describeTasks(cluster, arns) : []).filter((t) => t.taskDefinitionArn === taskDefinition).sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0)).slice(0, MAX_TASKS).map(describeStoppedTask), events };
  } catch (error) {
    return { stoppedTasks: [`(could not list stopped tasks: ${errorMessage(error)})`], events };
  }
}

// packages/platforms/src/ecs/migrate.ts
function migrationTaskInput(request) {
  let { service } = request;
  return {
    cluster: service.clusterArn,
    taskDefinition: request.taskDefinition.taskDefinitionArn,
    count: 1,
    startedBy: "runbook-migrate",
    ...service.capacityProviderStrategy?.length ? { capacityProviderStrategy: service.capacityProviderStrategy } : service.launchType ? { launchType: service.launchType } : {},
    ...service.platformVersion ? { platformVersion: service.platformVersion } : {},
    ...service.networkConfiguration ? { networkConfiguration: service.networkConfiguration } : {},
    overrides: { containerOverrides: [{ name: request.container, command: request.command }] }
  };
}
function logsCommand(taskDefinition, container, taskArn, region) {
  let log = taskDefinition.containerDefinitions?.find((c) => c.name === container)?.logConfiguration, group = log?.options?.["awslogs-group"], prefix = log?.options?.["awslogs-stream-prefix"];
  if (!(log?.logDriver !== "awslogs" || !group || !prefix))
    return `aws logs tail ${group} --region ${log.options?.["awslogs-region"] ?? region} --log-stream-names ${prefix}/${container}/${taskArn.split("/").pop()}`;
}
async function stopTimedOut(request, taskArn) {
  try {
    return await request.ecs.stopTask(request.service.clusterArn, taskArn, `runbook deploy: migration not done within ${formatDuration(request.timeoutMs)}`), "stopped it";
  } catch (error) {
    return `could not stop it (${errorMessage(error)}): stop it by hand`;
  }
}
async function runMigration(request) {
  let { ecs, timeline, key, container } = request, started = performance.now(), elapsed = () => Math.round(performance.now() - started), task;
  try {
    task = await ecs.runTask(migrationTaskInput(request));
  } catch (error) {
    return { ok: !1, summary: `could not start the migration task: ${errorMessage(error)}`, durationMs: elapsed() };
  }
  let taskArn = task.taskArn, logs = logsCommand(request.taskDefinition, container, taskArn, ecs.region);
  timeline.add(key, `migration task ${taskArn.split("/").pop()} started: ${request.command.join(" ")}`);
  let cluster = request.service.clusterArn, lastStatus = task.lastStatus;
  for (; task.lastStatus !== "STOPPED"; ) {
    if (elapsed() >= request.timeoutMs) {
      let stopped = await stopTimedOut(request, taskArn), summary2 = `migration task still ${task.lastStatus} after ${formatDuration(request.timeoutMs)}; ${stopped}`;
      return timeline.add(key, summary2), { ok: !1, summary: summary2, taskArn, ...logs ? { logs } : {}, durationMs: elapsed() };
    }
    await sleep(Math.min(request.pollIntervalMs, Math.max(0, request.timeoutMs - elapsed())));
    let [current] = await ecs.describeTasks(cluster, [taskArn]);
    current && (task = current), task.lastStatus !== lastStatus && timeline.add(key, `migration task ${task.lastStatus}`), lastStatus = task.lastStatus;
  }
  let exitCode = task.containers?.find((c) => c.name === container)?.exitCode, ok = exitCode === 0, summary = ok ? `migration exited 0 in ${formatDuration(elapsed())}` : `migration failed: ${describeStoppedTask(task)}`;
  return timeline.add(key, summary), { ok, summary, taskArn, ...exitCode === void 0 ? {} : { exitCode }, ...logs ? { logs } : {}, durationMs: elapsed() };
}

// packages/platforms/src/ecs/deploy.ts
async function prepare(plan, target, clients, timeline) {
  let ecs = clients.for(target.region), before = await captureService(target, ecs), previous = capturedRevision(before);
  if (!previous) throw new UsageError(target.origin.service, `service ${target.service} has no task definition`);
  let deployments = before.deployments ?? [], primary = deployments.find((d) => d.status === "PRIMARY");
  timeline.add(target.key, `running ${revisionLabel(previous)}${primary ? ` (${progressOf(primary)})` : ""}`), deployments.length > 1 && timeline.add(target.key, `note: ${deployments.length} deployments are on the service; a failure rolls back to ${revisionLabel(previous)}, the one that last completed`);
  let base = plan.taskDefinition ? { taskDefinition: plan.taskDefinition, tags: plan.taskDefinition.tags ?? [] } : await ecs.describeTaskDefinition(previous), label = plan.taskDefinition ? `the task-definition file (${plan.taskDefinition.family})` : revisionLabel(previous), applied = applyImageChange(base.taskDefinition.containerDefinitions ?? [], plan.change, label, target.containers?.names);
  if (!applied.ok) throw new UsageError(applied.field === "containers" ? target.containers?.origin ?? plan.inputLabel("containers") : plan.inputLabel(applied.field), applied.expected);
  let register2 = plan.change.kind === "none" && !plan.taskDefinition ? void 0 : registrableInput({ ...base.taskDefinition, containerDefinitions: applied.containerDefinitions }, base.tags), migrateContainer;
  if (target.migrate) {
    let names = applied.containerDefinitions.map((c) => c.name);
    if (migrateContainer = target.migrate.container ?? applied.changes[0]?.container ?? names[0], !migrateContainer || !names.includes(migrateContainer)) throw new UsageError(target.migrate.origin, `container "${migrateContainer}" is not in ${label} (containers: ${names.join(", ")})`);
  }
  let planned = { deregister: plan.dryRun && plan.keepRevisions && register2 ? await deregisterable(ecs, target, register2.family ?? "", plan.keepRevisions - 1, [previous]) : [] };
  return { target, ecs, before, previous, ...register2 ? { register: register2 } : {}, changes: applied.changes, ...migrateContainer ? { migrateContainer } : {}, seen: eventIds(before), planned, deregistered: [], notes: [] };
}
async function deregisterable(ecs, target, family, keep, protectedArns) {
  let active = await ecs.listActiveRevisions(family), running = await ecs.listTasks({ cluster: target.cluster, family, desiredStatus: "RUNNING" }), tasks = running.length ? await ecs.describeTasks(target.cluster, running) : [], service = await ecs.describeService(target.cluster, target.service), inUse = /* @__PURE__ */ new Set([...protectedArns, ...tasks.map((t) => t.taskDefinitionArn ?? ""), ...(service.deployments ?? []).map((d) => d.taskDefinition ?? "")]);
  return revisionsToDeregister(active, keep, inUse);
}
async function register(run) {
  for (let d of run.deploys) {
    if (!d.register) {
      d.newArn = d.previous;
      continue;
    }
    try {
      d.registered = await d.ecs.registerTaskDefinition(d.register), d.newArn = d.registered.taskDefinitionArn;
      let images = d.changes.map((c) => `${c.container}=${c.to}`).join(", ");
      run.timeline.add(d.target.key, `registered ${revisionLabel(d.newArn)}${images ? ` (${images})` : ""}`);
    } catch (error) {
      return d.failure = { stage: "register", reason: `could not register the task definition: ${errorMessage(error)}` }, run.timeline.add(d.target.key, d.failure.reason), !1;
    }
  }
  return !0;
}
async function migrate(run) {
  let { plan } = run;
  for (let d of run.deploys) {
    if (!d.target.migrate || !d.migrateContainer) continue;
    let taskDefinition = d.registered ?? (await d.ecs.describeTaskDefinition(d.newArn)).taskDefinition;
    if (d.migration = await runMigration({
      ecs: d.ecs,
      key: d.target.key,
      service: d.before,
      taskDefinition,
      container: d.migrateContainer,
      command: d.target.migrate.command,
      timeoutMs: plan.waitTimeoutMs,
      pollIntervalMs: plan.pollIntervalMs,
      timeline: run.timeline
    }), !d.migration.ok)
      return d.failure = { stage: "migrate", reason: `${d.migration.summary}; the service was not updated` }, !1;
  }
  return !0;
}
async function update(run) {
  let { plan } = run;
  for (let d of run.deploys)
    try {
      let primary = (await d.ecs.updateService({
        cluster: d.target.cluster,
        service: d.target.service,
        taskDefinition: d.newArn,
        // The same revision only rolls out again when forced.
        forceNewDeployment: plan.forceNewDeployment || d.newArn === d.before.taskDefinition,
        ...plan.desiredCount === void 0 ? {} : { desiredCount: plan.desiredCount }
      })).deployments?.find((x) => x.status === "PRIMARY");
      if (!primary?.id) throw new Error("UpdateService returned no PRIMARY deployment");
      d.deploymentId = primary.id, run.timeline.add(d.target.key, `update-service: deployment ${d.deploymentId} (${revisionLabel(d.previous)} → ${revisionLabel(d.newArn)})`);
    } catch (error) {
      return d.failure = { stage: "update", reason: `could not update the service: ${errorMessage(error)}` }, run.timeline.add(d.target.key, d.failure.reason), !1;
    }
  return !0;
}
async function rollout(run) {
  let watches = /* @__PURE__ */ new Map();
  for (let d of run.deploys)
    watches.set({ target: d.target, ecs: d.ecs, deploymentId: d.deploymentId, taskDefinition: d.newArn, previous: d.previous, seen: d.seen }, d);
  let outcomes = await followDeployments([...watches.keys()], {
    timeoutMs: run.plan.waitTimeoutMs,
    pollIntervalMs: run.plan.pollIntervalMs,
    timeline: run.timeline,
    stopOnFailure: !0
  });
  for (let [watch, outcome] of outcomes) {
    let d = watches.get(watch);
    d.rollout = outcome, (outcome.state === "failed" || outcome.state === "timed-out") && (d.failure = { stage: "rollout", reason: outcome.reason });
  }
  return run.deploys.every((d) => d.rollout?.state === "completed");
}
async function smoke(run) {
  let probes = [...run.deploys.flatMap((d) => d.target.probes), ...run.plan.smokeProbes], outcomes = await smokeCheckServices(
    run.deploys.map((d) => d.target.key),
    probes,
    run.timeline
  );
  for (let d of run.deploys) {
    let outcome = outcomes.get(d.target.key);
    outcome && (d.smoke = outcome, outcome.ok || (d.failure = { stage: "smoke", reason: outcome.summary }));
  }
  return run.deploys.every((d) => !d.failure);
}
async function recover(run) {
  let { plan, timeline } = run;
  for (let d of run.deploys)
    if (!(d.failure?.stage !== "rollout" && d.failure?.stage !== "smoke" || !d.newArn)) {
      d.diagnosis = await diagnose(d.ecs, d.target.cluster, d.target.service, d.newArn, d.rollout?.service);
      for (let line of d.diagnosis.stoppedTasks) timeline.add(d.target.key, `stopped: ${line}`);
    }
  let updated = run.deploys.filter((d) => d.deploymentId && d.newArn !== d.previous);
  if (!plan.rollbackOnFailure) {
    for (let d of updated) d.notes.push("rollback-on-failure is false: not rolled back");
    return;
  }
  let items = updated.map((d) => ({
    target: d.target,
    ecs: d.ecs,
    to: d.previous,
    failedDeploymentId: d.deploymentId,
    ...plan.desiredCount === void 0 ? {} : { desiredCount: d.before.desiredCount ?? 0 },
    seen: d.seen,
    deploy: d
  })), outcomes = await restoreServices(items, {
    timeoutMs: plan.waitTimeoutMs,
    pollIntervalMs: plan.pollIntervalMs,
    timeline,
    probes: [...updated.flatMap((d) => d.target.probes), ...plan.smokeProbes]
  });
  for (let [item, outcome] of outcomes) item.deploy.restore = outcome;
  await retireFailedRevisions(run);
}
async function retireFailedRevisions(run) {
  let failed = run.deploys.filter((d) => d.registered && d.newArn && d.restore?.back && (d.failure?.stage === "rollout" || d.failure?.stage === "smoke"));
  if (failed.length === 0) return;
  let inUse;
  try {
    inUse = await revisionsInUse(run.deploys);
  } catch (error) {
    for (let d of failed) d.notes.push(`the failed revision was not deregistered: ${errorMessage(error)}`);
    return;
  }
  for (let d of failed) {
    let arn = d.newArn;
    if (!inUse.has(arn))
      try {
        await d.ecs.deregisterTaskDefinition(arn), d.deregistered.push(revisionLabel(arn)), run.timeline.add(d.target.key, `deregistered ${revisionLabel(arn)}, which failed: rollback to: previous will not pick it`);
      } catch (error) {
        d.notes.push(`${revisionLabel(arn)} was not deregistered: ${errorMessage(error)}`);
      }
  }
}
async function revisionsInUse(deploys) {
  let inUse = /* @__PURE__ */ new Set();
  for (let { ecs, target } of deploys) {
    let service = await ecs.describeService(target.cluster, target.service);
    for (let d of service.deployments ?? []) d.taskDefinition && inUse.add(d.taskDefinition);
    let running = await ecs.listTasks({ cluster: target.cluster, serviceName: target.service, desiredStatus: "RUNNING" }), tasks = running.length ? await ecs.describeTasks(target.cluster, running) : [];
    for (let t of tasks) t.taskDefinitionArn && inUse.add(t.taskDefinitionArn);
  }
  return inUse;
}
async function cleanup(run, keep) {
  for (let d of run.deploys)
    if (d.registered?.family)
      try {
        let stale = await deregisterable(d.ecs, d.target, d.registered.family, keep, [d.newArn, d.previous]);
        for (let arn of stale)
          await d.ecs.deregisterTaskDefinition(arn), d.deregistered.push(revisionLabel(arn));
        stale.length && run.timeline.add(d.target.key, `keep-revisions ${keep}: deregistered ${d.deregistered.join(", ")}`);
      } catch (error) {
        d.notes.push(`keep-revisions: ${errorMessage(error)}`), run.timeline.add(d.target.key, `keep-revisions failed: ${errorMessage(error)}`);
      }
}
async function deploy(plan, emitter) {
  let startedAt = (/* @__PURE__ */ new Date()).toISOString(), timeline = new Timeline(emitter), clients = new EcsClients(), deploys = [];
  for (let target of plan.targets) deploys.push(await prepare(plan, target, clients, timeline));
  let run = { plan, deploys, timeline, clients, startedAt };
  return plan.dryRun || (await register(run) && await migrate(run) && await update(run) && await rollout(run) && await smoke(run) ? plan.keepRevisions && await cleanup(run, plan.keepRevisions) : await recover(run)), reportDeploy(run, emitter);
}
export {
  deploy
};
