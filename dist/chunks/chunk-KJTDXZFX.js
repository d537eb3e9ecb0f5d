import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  quote
} from "./chunk-ZC7J5IS5.js";

// packages/platforms/src/ecs/images.ts
var REFERENCE = /^[a-z0-9][a-z0-9._\-/:]*(@[a-z0-9]+:[a-f0-9]{32,})?$/i, TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function parseImageRef(image) {
  let at = image.indexOf("@"), name = at === -1 ? image : image.slice(0, at), digest = at === -1 ? void 0 : image.slice(at + 1), colon = name.lastIndexOf(":"), hasTag = colon > name.lastIndexOf("/");
  return {
    repository: hasTag ? name.slice(0, colon) : name,
    ...hasTag ? { tag: name.slice(colon + 1) } : {},
    ...digest ? { digest } : {}
  };
}
function withTag(image, tag) {
  return `${parseImageRef(image).repository}:${tag}`;
}
function imageValue(text) {
  let image = text.trim(), ref = parseImageRef(image);
  return !REFERENCE.test(image) || ref.repository === "" || ref.tag !== void 0 && !TAG.test(ref.tag) ? { ok: !1, expected: `expected an image like 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:main-abc1234, got ${quote(text)}` } : { ok: !0, value: image };
}
function imageTagValue(text) {
  let tag = text.trim();
  return TAG.test(tag) ? { ok: !0, value: tag } : { ok: !1, expected: `expected an image tag like main-abc1234 (letters, digits, _ . -, at most 128), got ${quote(text)}` };
}
function imagesValue(lines) {
  let images = {};
  for (let [i, line] of lines.entries()) {
    let eq = line.indexOf("="), container = eq > 0 ? line.slice(0, eq).trim() : "";
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(container)) return { ok: !1, expected: `line ${i + 1} is not "container=image"` };
    if (container in images) return { ok: !1, expected: `container "${container}" is given twice` };
    let image = imageValue(line.slice(eq + 1));
    if (!image.ok) return { ok: !1, expected: `line ${i + 1}: ${image.expected}` };
    images[container] = image.value;
  }
  return { ok: !0, value: images };
}

// packages/platforms/src/ecs/task-definition.ts
var READ_ONLY_FIELDS = /* @__PURE__ */ new Set([
  "taskDefinitionArn",
  "revision",
  "status",
  "requiresAttributes",
  "compatibilities",
  "registeredAt",
  "registeredBy",
  "deregisteredAt",
  "deleteRequestedAt"
]);
function registrableInput(definition, tags = []) {
  return { ...Object.fromEntries(Object.entries(definition).filter(([key, value]) => !READ_ONLY_FIELDS.has(key) && value !== void 0)), ...tags.length ? { tags: [...tags] } : {} };
}
var FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
function parseTaskDefinitionRef(text) {
  let arn = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/(.+)$/.exec(text.trim()), name = arn ? arn[1] : text.trim(), [family = "", revision, ...rest] = name.split(":");
  if (!(!FAMILY.test(family) || rest.length > 0))
    return revision === void 0 ? arn ? void 0 : { family } : /^[1-9]\d*$/.test(revision) ? { family, revision: Number(revision) } : void 0;
}
function revisionLabel(arn) {
  if (!arn) return "–";
  let ref = parseTaskDefinitionRef(arn);
  return ref?.revision ? `${ref.family}:${ref.revision}` : arn;
}
function applyImageChange(containers, change, label, selected) {
  let names = containers.map((c) => c.name ?? ""), known = `containers: ${names.join(", ")}`, missing = (selected ?? []).find((name) => !names.includes(name));
  if (missing !== void 0) return { ok: !1, field: "containers", expected: `container "${missing}" is not in ${label} (${known})` };
  let target = {};
  if (change.kind === "images") {
    let unknown = Object.keys(change.images).find((name) => !names.includes(name));
    if (unknown !== void 0) return { ok: !1, field: "images", expected: `container "${unknown}" is not in ${label} (${known})` };
    target = change.images;
  } else if (change.kind === "image") {
    let chosen = selected ?? names;
    if (chosen.length !== 1)
      return { ok: !1, field: "image", expected: `${label} has ${chosen.length} containers (${chosen.join(", ")}): name the one to change with containers, or use images` };
    target = { [chosen[0]]: change.image };
  } else if (change.kind === "tag")
    for (let c of containers) (!selected || selected.includes(c.name ?? "")) && (target[c.name ?? ""] = withTag(c.image ?? "", change.tag));
  let changes = [];
  return { ok: !0, containerDefinitions: containers.map((c) => {
    let image = target[c.name ?? ""];
    return image === void 0 ? c : (changes.push({ container: c.name ?? "", from: c.image ?? "", to: image }), { ...c, image });
  }), changes };
}
function taskDefinitionFileValue(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: !1, expected: `expected task definition JSON (${error.message})` };
  }
  let record = (v) => !!v && typeof v == "object" && !Array.isArray(v);
  if (!record(data)) return { ok: !1, expected: "expected a JSON object with family and containerDefinitions" };
  let wrapped = record(data.taskDefinition) ? data.taskDefinition : data, tags = Array.isArray(data.tags) ? data.tags : [];
  if (typeof wrapped.family != "string" || !FAMILY.test(wrapped.family)) return { ok: !1, expected: 'expected a "family" of letters, digits, _ and -' };
  let defs = wrapped.containerDefinitions;
  return !Array.isArray(defs) || defs.length === 0 || !defs.every((c) => record(c) && typeof c.name == "string" && typeof c.image == "string") ? { ok: !1, expected: 'expected "containerDefinitions" with a name and an image for each container' } : { ok: !0, value: registrableInput(wrapped, tags) };
}

// packages/platforms/src/ecs/service-state.ts
function capturedRevision(service) {
  let deployments = service.deployments ?? [], completed = deployments.find((d) => d.rolloutState === "COMPLETED");
  if (completed?.taskDefinition) return completed.taskDefinition;
  if (deployments.length > 1) {
    let serving = deployments.filter((d) => d.status === "ACTIVE").sort((a, b) => (b.runningCount ?? 0) - (a.runningCount ?? 0))[0];
    if (serving?.taskDefinition) return serving.taskDefinition;
  }
  return deployments.find((d) => d.status === "PRIMARY")?.taskDefinition ?? service.taskDefinition;
}
function progressOf(d) {
  let failed = d.failedTasks ? `, ${d.failedTasks} failed` : "";
  return `${d.rolloutState ?? d.status ?? "?"}: ${d.runningCount ?? 0}/${d.desiredCount ?? 0} running, ${d.pendingCount ?? 0} pending${failed}`;
}
function assessDeployment(service, deploymentId, taskDefinition, previous) {
  let deployments = service.deployments ?? [], deployment = deployments.find((d) => d.id === deploymentId), primary = deployments.find((d) => d.status === "PRIMARY"), takeover = taskDefinition !== previous ? ecsRollbackOf(service, taskDefinition, deploymentId) : void 0;
  if (takeover?.id) {
    let assessment = assessDeployment(service, takeover.id, taskDefinition, previous);
    return assessment.state === "failed" ? assessment : { ...assessment, progress: `via ${takeover.id}: ${assessment.progress}` };
  }
  let rollback = previous ? ecsRollbackOf(service, previous, deploymentId) : void 0, ecsRollback = rollback ? { ecsRollback: rollback } : {};
  if (!deployment) {
    let why = service.events?.find((e) => e.message?.includes(`(deployment ${deploymentId}) deployment failed`))?.message?.replace(/^.*deployment failed: /, "");
    return { state: "failed", reason: `deployment ${deploymentId} is gone${why ? `: it failed (${why.replace(/\.$/, "")})` : ""}`, ...ecsRollback };
  }
  if (deployment.rolloutState === "FAILED") return { state: "failed", reason: (deployment.rolloutStateReason ?? "the rollout failed").replace(/\.$/, ""), ...ecsRollback };
  if (primary && primary.id !== deploymentId)
    return { state: "failed", reason: `deployment ${deploymentId} was replaced by ${primary.id} on ${revisionLabel(primary.taskDefinition)}`, ...ecsRollback };
  let progress = progressOf(deployment);
  return deployment.rolloutState === "COMPLETED" ? { state: "completed", progress } : { state: deployment.rolloutState === void 0 && deployments.length === 1 && deployment.taskDefinition === taskDefinition && service.taskDefinition === taskDefinition && (deployment.runningCount ?? 0) === (deployment.desiredCount ?? -1) ? "completed" : "in-progress", progress };
}
function ecsRollbackOf(service, to, failedDeploymentId) {
  let primary = service.deployments?.find((d) => d.status === "PRIMARY");
  return primary?.id && primary.id !== failedDeploymentId && primary.taskDefinition === to ? primary : void 0;
}
function ecsRollbackExpected(service, failedDeploymentId) {
  if (!service.deploymentConfiguration?.deploymentCircuitBreaker?.rollback) return !1;
  let failed = service.deployments?.find((d) => d.id === failedDeploymentId);
  return !failed || failed.rolloutState === "FAILED";
}
function eventIds(service) {
  return new Set((service.events ?? []).flatMap((e) => e.id ? [e.id] : []));
}
function newEvents(service, seen) {
  let fresh = (service.events ?? []).filter((e) => e.id && !seen.has(e.id));
  for (let e of fresh) seen.add(e.id);
  return fresh.reverse();
}

// packages/platforms/src/ecs/revisions.ts
function revisionsToDeregister(activeNewestFirst, keep, protectedArns) {
  return activeNewestFirst.slice(keep).filter((arn) => !protectedArns.has(arn));
}
function previousRevision(service, activeNewestFirst) {
  let current = service.taskDefinition, older = (service.deployments ?? []).find((d) => d.status !== "PRIMARY" && d.taskDefinition && d.taskDefinition !== current);
  if (older?.taskDefinition) return older.taskDefinition;
  let ref = current ? parseTaskDefinitionRef(current) : void 0;
  if (ref?.revision)
    return activeNewestFirst.find((arn) => {
      let other = parseTaskDefinitionRef(arn);
      return other?.family === ref.family && (other.revision ?? 0) < (ref.revision ?? 0);
    });
}
function rollbackTargetProblem(currentArn, target) {
  let current = currentArn ? parseTaskDefinitionRef(currentArn) : void 0, label = revisionLabel(target.taskDefinitionArn);
  if (current && target.family !== current.family)
    return `${label} is of family ${target.family}, but the service runs family ${current.family}; roll back within the family`;
  if (target.status !== "ACTIVE") return `${label} is ${target.status ?? "not ACTIVE"} (deregistered): ECS cannot start it; choose an ACTIVE revision`;
}

export {
  parseImageRef,
  imageValue,
  imageTagValue,
  imagesValue,
  registrableInput,
  parseTaskDefinitionRef,
  revisionLabel,
  applyImageChange,
  taskDefinitionFileValue,
  capturedRevision,
  progressOf,
  assessDeployment,
  ecsRollbackOf,
  ecsRollbackExpected,
  eventIds,
  newEvents,
  revisionsToDeregister,
  previousRevision,
  rollbackTargetProblem
};
