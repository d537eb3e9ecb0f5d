import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  bestEffort
} from "./chunk-2QV2XZFC.js";
import {
  require_dist_cjs
} from "./chunk-GSMVHUU6.js";
import {
  CONNECT_TIMEOUT_MS,
  EcsClients,
  EcsError,
  NotFoundError,
  SDK_MAX_ATTEMPTS,
  isTransient
} from "./chunk-G4ULEBZX.js";
import {
  perService
} from "./chunk-AN7563OR.js";
import "./chunk-TGPQD75Y.js";
import "./chunk-2GPSWFVH.js";
import "./chunk-KKXO3SMY.js";
import {
  ATTEMPT_TIMEOUT_MS,
  backoffFor,
  call,
  checkDeadline
} from "./chunk-YOQLGPVA.js";
import "./chunk-MGNG25PH.js";
import {
  applyImageChange,
  assessDeployment,
  capturedRevision,
  ecsRollbackExpected,
  ecsRollbackOf,
  eventIds,
  newEvents,
  parseImageRef,
  parseTaskDefinitionRef,
  previousRevision,
  progressOf,
  registrableInput,
  revisionLabel,
  revisionsToDeregister,
  rollbackTargetProblem
} from "./chunk-KJTDXZFX.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-CSQLKDWK.js";
import {
  poll,
  renderCodeBlock,
  renderCodeSpan
} from "./chunk-VSBUBHW6.js";
import {
  UsageError,
  errorMessage
} from "./chunk-YSQWLAFH.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LZNI6XJR.js";
import "./chunk-CKBTBYET.js";
import "./chunk-3RSG6H7J.js";
import "./chunk-BDZWO5TC.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import {
  formatDuration
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/platforms/src/ecs/capture.ts
async function captureService(target, ecs) {
  let service;
  try {
    service = await ecs.describeService(target.cluster, target.service);
  } catch (error) {
    throw error instanceof NotFoundError ? new UsageError(target.origin.service, error.message) : error instanceof EcsError && error.code === "ClusterNotFoundException" ? new UsageError(target.origin.cluster, `cluster ${target.cluster} not found in ${ecs.region}`) : error;
  }
  if (service.status !== "ACTIVE") throw new UsageError(target.origin.service, `service ${target.service} is ${service.status}, not ACTIVE`);
  let controller = service.deploymentController?.type ?? "ECS";
  if (controller !== "ECS") throw new UsageError(target.origin.service, `service ${target.service} uses the ${controller} deployment controller; only ECS rolling deployments are supported`);
  return service;
}

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

// packages/platforms/src/ecs/follow.ts
async function followDeployments(watches, options) {
  let { timeline, clock } = options, started = clock.now(), outcomes = /* @__PURE__ */ new Map(), last = /* @__PURE__ */ new Map(), pending = new Set(watches), unreadable = /* @__PURE__ */ new Map(), elapsed = () => Math.round(clock.now() - started), check = async (deadline) => {
    let groups = /* @__PURE__ */ new Map();
    for (let w of pending) {
      let key = `${w.ecs.region}
${w.target.cluster}`;
      groups.set(key, [...groups.get(key) ?? [], w]);
    }
    for (let group of groups.values()) {
      let { ecs, target } = group[0], subject = group.map((w) => w.target.key).join(", "), services;
      try {
        services = await ecs.within(checkDeadline(deadline, clock, options.pollIntervalMs), (message) => timeline.add(subject, message)).describeServices(target.cluster, group.map((w) => w.target.service));
      } catch (error) {
        let reason = `cannot read the service: ${errorMessage(error)}`;
        timeline.add(subject, reason);
        for (let w of group) {
          if (error instanceof EcsError && error.transient) {
            unreadable.set(w, reason);
            continue;
          }
          let service = last.get(w)?.service;
          outcomes.set(w, { state: "failed", reason, unread: !0, ...service ? { service } : {}, durationMs: elapsed() }), pending.delete(w);
        }
        continue;
      }
      for (let w of group) {
        let service = services.find((s) => s.serviceName === w.target.service);
        if (!service) continue;
        unreadable.delete(w);
        for (let event of newEvents(service, w.seen)) timeline.add(w.target.key, event.message ?? "");
        let assessment = assessDeployment(service, w.deploymentId, w.taskDefinition, w.previous);
        if (assessment.state === "in-progress") {
          assessment.progress !== last.get(w)?.progress && timeline.add(w.target.key, `${w.deploymentId} ${assessment.progress}`), last.set(w, { service, progress: assessment.progress });
          continue;
        }
        pending.delete(w), assessment.state === "completed" ? (timeline.add(w.target.key, `${w.deploymentId} COMPLETED on ${revisionLabel(w.taskDefinition)} (${assessment.progress})`), outcomes.set(w, { state: "completed", service, durationMs: elapsed() })) : (timeline.add(w.target.key, `${w.deploymentId} FAILED: ${assessment.reason}`), outcomes.set(w, {
          state: "failed",
          reason: assessment.reason,
          ...assessment.ecsRollback?.id ? { ecsRollback: { deploymentId: assessment.ecsRollback.id } } : {},
          service,
          durationMs: elapsed()
        }));
      }
    }
  };
  if (!(await poll(
    async ({ deadline }) => {
      pending.size > 0 && await check(deadline);
      let failed = [...outcomes.values()].some((o) => o.state === "failed");
      return pending.size === 0 || failed && options.stopOnFailure ? { done: !0, value: void 0 } : { done: !1 };
    },
    { intervalMs: options.pollIntervalMs, timeoutMs: options.timeoutMs, clock }
  )).done) {
    for (let w of pending) {
      let progress = last.get(w)?.progress ?? "no progress seen", service = last.get(w)?.service;
      timeline.add(w.target.key, `${w.deploymentId} not stable after ${formatDuration(options.timeoutMs)}`);
      let unread = unreadable.get(w);
      outcomes.set(w, { state: "timed-out", reason: `not stable after ${formatDuration(options.timeoutMs)} (${progress})${unread ? `; then ${unread}` : ""}`, ...service ? { service } : {}, durationMs: elapsed() });
    }
    pending.clear();
  }
  for (let w of pending) {
    let service = last.get(w)?.service;
    outcomes.set(w, { state: "interrupted", ...service ? { service } : {}, durationMs: elapsed() });
  }
  return outcomes;
}

// packages/platforms/src/ecs/logs.ts
var import_client_cloudwatch_logs = __toESM(require_dist_cjs(), 1);
function logStreamOf(taskDefinition, container, taskArn, region) {
  let log = taskDefinition.containerDefinitions?.find((c) => c.name === container)?.logConfiguration, group = log?.options?.["awslogs-group"], prefix = log?.options?.["awslogs-stream-prefix"];
  if (!(log?.logDriver !== "awslogs" || !group || !prefix))
    return { group, stream: `${prefix}/${container}/${taskArn.split("/").pop()}`, region: log.options?.["awslogs-region"] ?? region };
}
var logsCommand = (s) => `aws logs tail ${s.group} --region ${s.region} --log-stream-names ${s.stream}`;
async function readLogTail(s, log, lines = 30) {
  let client = new import_client_cloudwatch_logs.CloudWatchLogsClient({
    region: s.region,
    maxAttempts: SDK_MAX_ATTEMPTS,
    requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS }
  });
  try {
    let { value: out, attempts } = await call({
      name: "CloudWatch Logs GetLogEvents",
      attempt: (abortSignal) => client.send(new import_client_cloudwatch_logs.GetLogEventsCommand({ logGroupName: s.group, logStreamName: s.stream, limit: lines, startFromHead: !1 }), { abortSignal }),
      transient: isTransient,
      describe: errorMessage
    });
    return log.count("GetLogEvents", attempts), { ok: !0, lines: (out.events ?? []).map((e) => (e.message ?? "").replace(/\s+$/, "")) };
  } catch (error) {
    return log.count("GetLogEvents", error.attempts), { ok: !1, reason: errorMessage(error) };
  } finally {
    client.destroy();
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
async function stopTimedOut(request, taskArn) {
  try {
    return await request.ecs.stopTask(request.service.clusterArn, taskArn, `runbook deploy: migration not done within ${formatDuration(request.timeoutMs)}`), "stopped it";
  } catch (error) {
    return `could not stop it (${errorMessage(error)}): stop it by hand`;
  }
}
async function tailOf(request, stream) {
  if (!stream) return {};
  let tail = await readLogTail(stream, request.ecs.log);
  return request.timeline.add(request.key, tail.ok ? `migration output, last ${tail.lines.length} lines:` : `could not read the migration output: ${tail.reason}`), tail.ok && request.timeline.print(tail.lines), { tail };
}
async function runMigration(request) {
  let { timeline, key, container, clock } = request, started = clock.now(), deadline = started + request.timeoutMs, notify = (message) => timeline.add(key, message), ecs = request.ecs.within(deadline, notify), elapsed = () => Math.round(clock.now() - started), task;
  try {
    task = await ecs.runTask(migrationTaskInput(request));
  } catch (error) {
    return { ok: !1, summary: `could not start the migration task: ${errorMessage(error)}`, durationMs: elapsed() };
  }
  let taskArn = task.taskArn, stream = logStreamOf(request.taskDefinition, container, taskArn, ecs.region), logs = stream ? { logs: logsCommand(stream) } : {};
  timeline.add(key, `migration task ${taskArn.split("/").pop()} started: ${request.command.join(" ")}`);
  let cluster = request.service.clusterArn, lastStatus = task.lastStatus;
  if (!(await poll(
    async ({ attempt }) => {
      if (attempt > 1) {
        let [current] = await request.ecs.within(checkDeadline(deadline, clock, request.pollIntervalMs), notify).describeTasks(cluster, [taskArn]).catch((error) => {
          if (!(error instanceof EcsError && error.transient)) throw error;
          return notify(`cannot read the migration task: ${errorMessage(error)}`), [];
        });
        current && (task = current), task.lastStatus !== lastStatus && timeline.add(key, `migration task ${task.lastStatus}`), lastStatus = task.lastStatus;
      }
      return task.lastStatus === "STOPPED" ? { done: !0, value: task } : { done: !1 };
    },
    { intervalMs: request.pollIntervalMs, timeoutMs: request.timeoutMs, clock }
  )).done) {
    let stop = await stopTimedOut(request, taskArn), summary2 = `migration task still ${task.lastStatus} after ${formatDuration(request.timeoutMs)}; ${stop}`;
    return timeline.add(key, summary2), { ok: !1, summary: summary2, taskArn, ...logs, ...await tailOf(request, stream), durationMs: elapsed() };
  }
  let exitCode = task.containers?.find((c) => c.name === container)?.exitCode, ok = exitCode === 0, summary = ok ? `migration exited 0 in ${formatDuration(elapsed())}` : `migration failed: ${describeStoppedTask(task)}`;
  return timeline.add(key, summary), { ok, summary, taskArn, ...exitCode === void 0 ? {} : { exitCode }, ...logs, ...ok ? {} : await tailOf(request, stream), durationMs: elapsed() };
}

// packages/platforms/src/ecs/restore.ts
function unverifiedAdvice(target, to, from) {
  let where = from && from !== to ? `it may be on ${from} or ${to}` : `it may not be on ${to}`, command = `aws ecs update-service --region ${target.region} --cluster ${target.cluster} --service ${target.service} --task-definition ${to}`;
  return `${where}: run \`${command}\` and wait for it, or the rollback workflow with to: ${revisionLabel(to)}`;
}
var ECS_ROLLBACK_GRACE_MS = 3e4;
async function start(item, options, deadline) {
  let { target } = item, { timeline, clock } = options, notify = (message) => timeline.add(target.key, message);
  if (item.failedDeploymentId) {
    let look = item.ecs.within(clock.now() + Math.max(0, deadline - clock.now()) / 2, notify), ecsRollback = await waitForEcsRollback(item, look, options).catch((error) => {
      timeline.add(target.key, `cannot see whether ECS rolls back by itself (${errorMessage(error)}): rolling back`);
    });
    if (ecsRollback)
      return timeline.add(target.key, `ECS's circuit breaker is already rolling back to ${revisionLabel(item.to)} (${ecsRollback}); not rolling back twice`), { watch: { target, ecs: item.ecs, deploymentId: ecsRollback, taskDefinition: item.to, seen: item.seen }, by: "ecs" };
  }
  let deploymentId = (await item.ecs.within(Math.max(deadline, clock.now() + ATTEMPT_TIMEOUT_MS), notify).updateService({
    cluster: target.cluster,
    service: target.service,
    taskDefinition: item.to,
    ...item.desiredCount === void 0 ? {} : { desiredCount: item.desiredCount }
  })).deployments?.find((d) => d.status === "PRIMARY")?.id ?? "?";
  return timeline.add(target.key, `rolling back to ${revisionLabel(item.to)}: deployment ${deploymentId}`), { watch: { target, ecs: item.ecs, deploymentId, taskDefinition: item.to, seen: item.seen }, by: "us" };
}
async function waitForEcsRollback(item, ecs, options) {
  let { target, to } = item, failedId = item.failedDeploymentId, service = await ecs.describeService(target.cluster, target.service);
  if (!ecsRollbackOf(service, to, failedId) && ecsRollbackExpected(service, failedId)) {
    let graceMs = Math.min(ECS_ROLLBACK_GRACE_MS, Math.max(options.timeoutMs, 3 * options.pollIntervalMs));
    options.timeline.add(target.key, `the circuit breaker rolls back by itself: waiting up to ${formatDuration(graceMs)} for ECS's rollback before starting ours`), await poll(
      async ({ attempt }) => (attempt > 1 && (service = await ecs.describeService(target.cluster, target.service)), ecsRollbackOf(service, to, failedId) ? { done: !0, value: void 0 } : { done: !1 }),
      { intervalMs: options.pollIntervalMs, timeoutMs: graceMs, clock: options.clock }
    );
  }
  return ecsRollbackOf(service, to, failedId)?.id;
}
async function restoreServices(items, options) {
  let { clock } = options, deadline = clock.now() + options.timeoutMs, outcomes = /* @__PURE__ */ new Map(), started = /* @__PURE__ */ new Map();
  for (let item of items)
    try {
      let { watch, by } = await start(item, options, deadline);
      started.set(watch, { item, by });
    } catch (error) {
      let summary = `rollback to ${revisionLabel(item.to)} could not start: ${errorMessage(error)}; ${unverifiedAdvice(item.target, item.to, item.from)}`;
      options.timeline.add(item.target.key, summary), outcomes.set(item, { by: "us", back: !1, summary });
    }
  let timeoutMs = Math.max(options.pollIntervalMs, deadline - clock.now()), followed = await followDeployments([...started.keys()], { ...options, timeoutMs, stopOnFailure: !1 });
  for (let [watch, outcome] of followed) {
    let { item, by } = started.get(watch), who = by === "ecs" ? " by ECS's circuit breaker" : "", base = { by, deploymentId: watch.deploymentId };
    if (outcome.state !== "completed") {
      let reason = "reason" in outcome ? outcome.reason : outcome.state, unknown = outcome.state !== "failed" || outcome.unread;
      outcomes.set(item, { ...base, back: !1, summary: `rollback to ${revisionLabel(item.to)}${who} failed: ${reason}${unknown ? `; ${unverifiedAdvice(item.target, item.to, item.from)}` : ""}` });
      continue;
    }
    outcomes.set(item, { ...base, back: !0, summary: `rolled back to ${revisionLabel(item.to)}${who}` });
  }
  return outcomes;
}

// packages/platforms/src/ecs/report.ts
function describeChange(c) {
  let from = parseImageRef(c.from), to = parseImageRef(c.to);
  if (from.repository === to.repository) {
    let name = from.repository.split("/").pop();
    return `${c.container}: ${name}:${from.tag ?? from.digest ?? "latest"} → ${to.tag ?? to.digest ?? "latest"}`;
  }
  return `${c.container}: ${c.from} → ${c.to}`;
}
function apiCallsSection(log) {
  return { heading: "API calls", body: `${log.total} ECS calls: ${log.describe()}` };
}
function ecsTarget(t) {
  return `ecs:${t.region}/${t.cluster}/${t.service}`;
}
var ecsWords = {
  label: revisionLabel,
  unverifiedAdvice,
  targetId: ecsTarget,
  where: { heading: "ECS service", cell: (t) => `${t.cluster}/${t.service}` }
};
function deployEvidence(d) {
  let { state } = d, evidence = {
    cluster: d.target.cluster,
    service: d.target.service,
    region: d.target.region,
    from: revisionLabel(d.previous),
    to: d.revision ? revisionLabel(d.revision) : null,
    deployment: state.deploymentId ?? null,
    images: state.changes.map(describeChange).join("; ") || null
  };
  return d.failure && Object.assign(evidence, { stage: d.failure.stage, reason: d.failure.reason }), state.migration && Object.assign(evidence, { migration: state.migration.summary, "migration logs": state.migration.logs ?? null }), state.migration?.tail && (evidence["migration output"] = state.migration.tail.ok ? state.migration.tail.lines.slice(-10).join(`
`) : `not readable: ${state.migration.tail.reason}`), state.diagnosis && Object.assign(evidence, { "stopped tasks": state.diagnosis.stoppedTasks.join(`
`) || "none found", "last events": state.diagnosis.events.join(`
`) }), d.smoke && (evidence["smoke checks"] = d.smoke.summary), d.restore && (evidence["rolled back"] = d.restore.summary), state.deregistered.length && (evidence.deregistered = state.deregistered.join(", ")), d.notes.length && (evidence.notes = d.notes.join("; ")), evidence;
}
function deployPlanBlock(plan, d) {
  let { target: t, state } = d, lines = [
    `**${t.key}** (${t.cluster}/${t.service}, ${t.region})`,
    `- revision: ${revisionLabel(d.previous)} → ${state.register ? `a new revision of ${state.register.family}` : `${revisionLabel(d.previous)} again (force-new-deployment)`}`,
    ...state.changes.map((c) => `- ${describeChange(c)}`)
  ];
  t.migrate && lines.push(`- migrate first: \`${t.migrate.command.join(" ")}\` in container ${state.migrateContainer} (exit 0 required)`), plan.desiredCount !== void 0 && lines.push(`- desired count: ${state.before.desiredCount ?? 0} → ${plan.desiredCount}`), lines.push(`- wait up to ${formatDuration(plan.waitTimeoutMs)}; on failure ${plan.rollbackOnFailure ? `roll back to ${revisionLabel(d.previous)}` : "do not roll back"}`);
  let probes = t.probes.length + plan.smokeProbes.length;
  return probes && lines.push(`- smoke checks: ${probes} URL(s)`), plan.keepRevisions && lines.push(`- keep-revisions ${plan.keepRevisions}: ${state.planned.deregister.length ? `would deregister ${state.planned.deregister.map(revisionLabel).join(", ")}` : "nothing to deregister"}`), lines.join(`
`);
}
function deployFailureLines(d) {
  let { state } = d, lines = [];
  state.migration?.logs && lines.push(`- migration output: \`${state.migration.logs}\``);
  let tail = state.migration?.tail;
  tail?.ok ? lines.push("", renderCodeBlock(tail.lines), "") : tail && lines.push(`- its last lines could not be read: ${tail.reason}`);
  for (let t of state.diagnosis?.stoppedTasks ?? []) lines.push(`- stopped ${renderCodeSpan(t)}`);
  return state.diagnosis?.events.length && lines.push("- last events:", ...state.diagnosis.events.map((e) => `  - ${renderCodeSpan(e)}`)), d.restore && lines.push(`- ${d.restore.summary}`), state.deregistered.length && lines.push(`- deregistered ${state.deregistered.join(", ")}, which failed: rollback to: previous will not pick it`), lines;
}

// packages/platforms/src/ecs/deploy.ts
var DEFAULT_DEPLOY_RUNBOOK = "Read the stopped tasks and service events in the evidence; fix the image or task definition and deploy again. To go back by hand, run the rollback workflow with to: previous.";
async function prepare(plan, target, clients, timeline) {
  let ecs = clients.for(target.region), before = await captureService(target, ecs), previous = capturedRevision(before);
  if (!previous) throw new UsageError(target.origin.service, `service ${target.service} has no task definition`);
  let deployments = before.deployments ?? [], primary = deployments.find((d) => d.status === "PRIMARY");
  timeline.add(target.key, `running ${revisionLabel(previous)}${primary ? ` (${progressOf(primary)})` : ""}`), deployments.length > 1 && timeline.add(target.key, `note: ${deployments.length} deployments are on the service; a failure rolls back to ${revisionLabel(previous)}, the one that last completed`);
  let base = plan.taskDefinition ? { taskDefinition: plan.taskDefinition, tags: plan.taskDefinition.tags ?? [] } : await ecs.describeTaskDefinition(previous), label = plan.taskDefinition ? `the task-definition file (${plan.taskDefinition.family})` : revisionLabel(previous), applied = applyImageChange(base.taskDefinition.containerDefinitions ?? [], plan.change, label, target.containers?.names);
  if (!applied.ok) throw new UsageError(applied.field === "containers" ? target.containers?.origin ?? plan.inputLabel("containers") : plan.inputLabel(applied.field), applied.expected);
  let register = plan.change.kind === "none" && !plan.taskDefinition ? void 0 : registrableInput({ ...base.taskDefinition, containerDefinitions: applied.containerDefinitions }, base.tags), migrateContainer;
  if (target.migrate) {
    let names = applied.containerDefinitions.map((c) => c.name);
    if (migrateContainer = target.migrate.container ?? applied.changes[0]?.container ?? names[0], !migrateContainer || !names.includes(migrateContainer)) throw new UsageError(target.migrate.origin, `container "${migrateContainer}" is not in ${label} (containers: ${names.join(", ")})`);
  }
  let planned = { deregister: plan.dryRun && plan.keepRevisions && register ? await deregisterable(ecs, target, register.family ?? "", plan.keepRevisions - 1, [previous]) : [] };
  return { state: { ecs, before, ...register ? { register } : {}, changes: applied.changes, ...migrateContainer ? { migrateContainer } : {}, seen: eventIds(before), planned, deregistered: [] }, previous, migrates: migrateContainer !== void 0 };
}
async function runningRevisions(ecs, target, tasks) {
  let service = await ecs.describeService(target.cluster, target.service), running = await ecs.listTasks({ cluster: target.cluster, ...tasks, desiredStatus: "RUNNING" }), described = running.length ? await ecs.describeTasks(target.cluster, running) : [];
  return [...(service.deployments ?? []).map((d) => d.taskDefinition), ...described.map((t) => t.taskDefinitionArn)].filter((arn) => arn !== void 0);
}
async function deregisterable(ecs, target, family, keep, protectedArns) {
  let active = await ecs.listActiveRevisions(family), inUse = /* @__PURE__ */ new Set([...protectedArns, ...await runningRevisions(ecs, target, { family })]);
  return revisionsToDeregister(active, keep, inUse);
}
async function revisionsInUse(deploys) {
  let inUse = /* @__PURE__ */ new Set();
  for (let { state, target } of deploys) for (let arn of await runningRevisions(state.ecs, target, { serviceName: target.service })) inUse.add(arn);
  return inUse;
}
async function retireFailedRevisions(deploys, timeline) {
  let failed = deploys.filter((d) => d.state.registered && d.revision && d.restore?.back && (d.failure?.stage === "rollout" || d.failure?.stage === "smoke"));
  if (failed.length === 0) return;
  let inUse;
  try {
    inUse = await revisionsInUse(deploys);
  } catch (error) {
    for (let d of failed) d.notes.push(`the failed revision was not deregistered: ${errorMessage(error)}`);
    return;
  }
  for (let d of failed) {
    let arn = d.revision;
    if (!inUse.has(arn))
      try {
        await d.state.ecs.deregisterTaskDefinition(arn), d.state.deregistered.push(revisionLabel(arn)), timeline.add(d.target.key, `deregistered ${revisionLabel(arn)}, which failed: rollback to: previous will not pick it`);
      } catch (error) {
        d.notes.push(`${revisionLabel(arn)} was not deregistered: ${errorMessage(error)}`);
      }
  }
}
async function cleanup(deploys, keep, timeline) {
  for (let d of deploys) {
    let { state } = d;
    if (state.registered?.family)
      try {
        let stale = await deregisterable(state.ecs, d.target, state.registered.family, keep, [d.revision, d.previous]);
        for (let arn of stale)
          await state.ecs.deregisterTaskDefinition(arn), state.deregistered.push(revisionLabel(arn));
        stale.length && timeline.add(d.target.key, `keep-revisions ${keep}: deregistered ${state.deregistered.join(", ")}`);
      } catch (error) {
        d.notes.push(`keep-revisions: ${errorMessage(error)}`), timeline.add(d.target.key, `keep-revisions failed: ${errorMessage(error)}`);
      }
  }
}
function neutralOutcome(outcome) {
  switch (outcome.state) {
    case "completed":
    case "interrupted":
      return { state: outcome.state, durationMs: outcome.durationMs };
    case "timed-out":
      return { state: outcome.state, reason: outcome.reason, durationMs: outcome.durationMs };
    case "failed":
      return { state: "failed", reason: outcome.reason, ...outcome.ecsRollback ? { rolledBackByPlatform: !0 } : {}, durationMs: outcome.durationMs };
  }
}
function ecsDeployDriver(plan, { clock, timeline }) {
  let clients = new EcsClients(clock, backoffFor(plan.pollIntervalMs)), waits = { timeoutMs: plan.waitTimeoutMs, pollIntervalMs: plan.pollIntervalMs, timeline, clock }, keep = plan.keepRevisions;
  return {
    words: { ...ecsWords, defaultRunbook: DEFAULT_DEPLOY_RUNBOOK },
    prepareTitle: "prepare: read the services and plan the change",
    stages: {
      register: { title: "register: new task definition revisions", failure: "could not register the task definition" },
      migrate: { title: "migrate: one-off task", failure: "the migration could not be run" },
      update: { title: "update: UpdateService", failure: "could not update the service" },
      rollout: { title: "rollout: follow the deployments", failure: "could not follow the rollout" },
      smoke: { title: "smoke: check the new revisions", failure: "the smoke checks could not run" }
    },
    prepare: (target) => prepare(plan, target, clients, timeline),
    async register(d) {
      let { state } = d;
      if (!state.register) {
        d.revision = d.previous;
        return;
      }
      state.registered = await state.ecs.registerTaskDefinition(state.register), d.revision = state.registered.taskDefinitionArn;
      let images = state.changes.map((c) => `${c.container}=${c.to}`).join(", ");
      timeline.add(d.target.key, `registered ${revisionLabel(d.revision)}${images ? ` (${images})` : ""}`);
    },
    async migrate(d) {
      let { state, target } = d, migrate = target.migrate, taskDefinition = state.registered ?? (await state.ecs.describeTaskDefinition(d.revision)).taskDefinition;
      return state.migration = await runMigration({ ecs: state.ecs, key: target.key, service: state.before, taskDefinition, container: state.migrateContainer, command: migrate.command, ...waits }), state.migration;
    },
    async update(d) {
      let { state, target } = d, primary = (await state.ecs.updateService({
        cluster: target.cluster,
        service: target.service,
        taskDefinition: d.revision,
        // The same revision only rolls out again when forced.
        forceNewDeployment: plan.forceNewDeployment || d.revision === state.before.taskDefinition,
        ...plan.desiredCount === void 0 ? {} : { desiredCount: plan.desiredCount }
      })).deployments?.find((x) => x.status === "PRIMARY");
      if (!primary?.id) throw new Error("UpdateService returned no PRIMARY deployment");
      state.deploymentId = primary.id, timeline.add(target.key, `update-service: deployment ${state.deploymentId} (${revisionLabel(d.previous)} → ${revisionLabel(d.revision)})`);
    },
    refused: (error) => error instanceof EcsError && !error.transient,
    async follow(deploys) {
      let watches = /* @__PURE__ */ new Map();
      for (let d of deploys) watches.set({ target: d.target, ecs: d.state.ecs, deploymentId: d.state.deploymentId, taskDefinition: d.revision, previous: d.previous, seen: d.state.seen }, d);
      let outcomes = await followDeployments([...watches.keys()], { ...waits, stopOnFailure: !0 }), neutral = /* @__PURE__ */ new Map();
      for (let [watch, outcome] of outcomes) {
        let d = watches.get(watch);
        outcome.service && (d.state.service = outcome.service), neutral.set(d, neutralOutcome(outcome));
      }
      return neutral;
    },
    async diagnose(d) {
      let { state, target } = d;
      state.diagnosis = await diagnose(state.ecs, target.cluster, target.service, d.revision, state.service);
      for (let line of state.diagnosis.stoppedTasks) timeline.add(target.key, `stopped: ${line}`);
    },
    async restore(deploys) {
      let items = deploys.map((d) => ({
        target: d.target,
        ecs: d.state.ecs,
        to: d.previous,
        ...d.revision ? { from: d.revision } : {},
        ...d.state.deploymentId ? { failedDeploymentId: d.state.deploymentId } : {},
        ...plan.desiredCount === void 0 ? {} : { desiredCount: d.state.before.desiredCount ?? 0 },
        seen: d.state.seen,
        deploy: d
      })), moves = await restoreServices(items, waits);
      return new Map([...moves].map(([item, move]) => [item.deploy, move]));
    },
    recovered: (deploys) => retireFailedRevisions(deploys, timeline),
    ...keep ? { cleanup: { title: "keep-revisions: deregister old revisions", run: (deploys) => cleanup(deploys, keep, timeline) } } : {},
    planned: (d) => d.state.register ? `a new revision of ${d.state.register.family}` : "the same revision, restarted",
    evidence: deployEvidence,
    table: {
      change: "images",
      to: (d) => d.revision ? revisionLabel(d.revision) : d.state.register ? `new ${d.state.register.family}` : "–",
      changes: (d) => d.state.changes.map(describeChange).join(`
`) || "–"
    },
    planBlock: (d) => deployPlanBlock(plan, d),
    failureLines: deployFailureLines,
    sections: () => [apiCallsSection(clients.log)],
    outputs: (deploys) => ({
      "task-definition-arn": perService(deploys, (d) => plan.dryRun ? "" : d.revision ?? ""),
      "previous-task-definition-arn": perService(deploys, (d) => d.previous),
      "deployment-id": perService(deploys, (d) => d.state.deploymentId ?? "")
    })
  };
}

// packages/platforms/src/ecs/rollback.ts
var DEFAULT_ROLLBACK_RUNBOOK = "The service may be running a broken revision: check its events and stopped tasks in the ECS console, then roll back by hand with aws ecs update-service --task-definition <family:revision>.";
async function resolve(plan, target, clients) {
  let ecs = clients.for(target.region), before = await captureService(target, ecs), from = before.taskDefinition, family = parseTaskDefinitionRef(from)?.family ?? "", base = { from, changes: "", state: { ecs, before, changes: [], seen: eventIds(before) } }, label = plan.inputLabel("to"), { to } = plan;
  if (to.kind === "image-tag") {
    let current = await ecs.describeTaskDefinition(from), applied = applyImageChange(current.taskDefinition.containerDefinitions ?? [], { kind: "tag", tag: to.tag }, revisionLabel(from), target.containers?.names);
    if (!applied.ok) throw new UsageError(target.containers?.origin ?? label, applied.expected);
    let register = registrableInput({ ...current.taskDefinition, containerDefinitions: applied.containerDefinitions }, current.tags);
    return { from, changes: applied.changes.map(describeChange).join(", "), state: { ...base.state, register, changes: applied.changes } };
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
function ecsRollbackDriver(plan, { clock, timeline }) {
  let clients = new EcsClients(clock, backoffFor(plan.pollIntervalMs));
  return {
    words: { ...ecsWords, defaultRunbook: DEFAULT_ROLLBACK_RUNBOOK },
    titles: { resolve: "resolve: read the services and the target revisions", register: "register: new task definition revisions", rollback: "rollback: update, wait, smoke-check" },
    resolve: (target) => resolve(plan, target, clients),
    async register(rollbacks) {
      for (let r of rollbacks) {
        let input = r.state.register;
        input && await bestEffort(
          async () => {
            r.to = (await r.state.ecs.registerTaskDefinition(input)).taskDefinitionArn, timeline.add(r.target.key, `registered ${revisionLabel(r.to)}`);
          },
          (reason) => r.problem = `could not register the task definition: ${reason}`
        );
      }
    },
    async restore(rollbacks) {
      let items = rollbacks.map((r) => ({ target: r.target, ecs: r.state.ecs, to: r.to, from: r.from, seen: r.state.seen, rollback: r })), moves = await restoreServices(items, { timeoutMs: plan.waitTimeoutMs, pollIntervalMs: plan.pollIntervalMs, timeline, clock });
      return new Map(
        [...moves].map(([item, move]) => (move.deploymentId && (item.rollback.state.deploymentId = move.deploymentId), [item.rollback, move]))
      );
    },
    evidence: (r) => ({
      cluster: r.target.cluster,
      service: r.target.service,
      region: r.target.region,
      from: revisionLabel(r.from),
      to: r.to ? revisionLabel(r.to) : null,
      deployment: r.state.deploymentId ?? null,
      images: r.state.changes.map(describeChange).join("; ") || null,
      "smoke checks": r.restore?.smoke?.summary ?? null
    }),
    sections: () => [apiCallsSection(clients.log)]
  };
}
export {
  ecsDeployDriver as deployDriver,
  ecsRollbackDriver as rollbackDriver
};
