import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  GRPC_CODE,
  RetryAfter,
  codeOf,
  conditionState,
  failingCondition,
  googleCall,
  googleClientOptions,
  isMissingCredentials,
  isRefusedForNow,
  isTransient,
  missingCredentials,
  require_src2 as require_src,
  revisionReadiness,
  serviceReadiness,
  shortName,
  timestampMs
} from "./chunk-FEKIGYN4.js";
import "./chunk-CZL3FPTV.js";
import {
  perService
} from "./chunk-AN7563OR.js";
import {
  external_exports
} from "./chunk-7OELHKR5.js";
import "./chunk-3722WUKF.js";
import {
  CallLog,
  CallTimeoutError,
  backoffFor
} from "./chunk-YOQLGPVA.js";
import {
  locationPath,
  servicePath
} from "./chunk-VMTTS6GM.js";
import {
  poll,
  renderCodeSpan,
  systemClock
} from "./chunk-VSBUBHW6.js";
import {
  UsageError,
  errorMessage
} from "./chunk-YSQWLAFH.js";
import "./chunk-LWETLIYH.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/platforms/src/cloud-run/deploy.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);

// packages/platforms/src/cloud-run/client.ts
var import_run = __toESM(require_src(), 1);
var CloudRunError = class extends Error {
  constructor(operation, code, message, transient = !1) {
    super(`Cloud Run ${operation}: ${message}`);
    this.operation = operation;
    this.code = code;
    this.transient = transient;
    this.name = "CloudRunError";
  }
  operation;
  code;
  transient;
};
function cloudRunError(operation, error) {
  if (error instanceof CloudRunError) return error;
  let message = (error instanceof CallTimeoutError ? error.message.replace(/^Cloud Run [^:]+: /, "") : errorMessage(error)).replace(/^\d+ [A-Z_]+: /, "");
  return new CloudRunError(operation, codeOf(error), message, isTransient(error));
}
function makeClients(endpoint) {
  let retryAfter = new RetryAfter(), options = googleClientOptions(endpoint, retryAfter);
  return { services: new import_run.ServicesClient(options), revisions: new import_run.RevisionsClient(options), jobs: new import_run.JobsClient(options), executions: new import_run.ExecutionsClient(options), retryAfter };
}
var MAX_PAGES = 20, CloudRun = class _CloudRun {
  constructor(log, policy = { clock: systemClock }, clients = makeClients(void 0), pollIntervalMs = 1e3) {
    this.log = log;
    this.policy = policy;
    this.clients = clients;
    this.pollIntervalMs = pollIntervalMs;
  }
  log;
  policy;
  clients;
  pollIntervalMs;
  /** The same clients, calls retried until `deadline` and no longer; retries are told to `notify`. */
  within(deadline, notify) {
    return new _CloudRun(this.log, { ...this.policy, deadline, ...notify ? { notify } : {} }, this.clients, this.pollIntervalMs);
  }
  get clock() {
    return this.policy.clock;
  }
  async send(operation, attempt, transient = isTransient) {
    try {
      let { value, attempts } = await googleCall(
        { name: `Cloud Run ${operation}`, attempt, transient, retryAfter: this.clients.retryAfter, describe: (e) => cloudRunError(operation, e).message },
        this.policy
      );
      return this.log.count(operation, attempts), value;
    } catch (error) {
      throw this.log.count(operation, error.attempts), isMissingCredentials(error) ? new UsageError("Google credentials", `${missingCredentials("api-endpoint")} (${errorMessage(error)})`) : cloudRunError(operation, error);
    }
  }
  /** A service; NOT_FOUND is a CloudRunError with code 5. */
  async getService(name) {
    let [service] = await this.send("GetService", (o) => this.clients.services.getService({ name }, o));
    return service;
  }
  /**
   * PATCH with `updateMask` (and the service's `etag`, so that a concurrent change is ABORTED rather
   * than overwritten). Returns the long-running operation, to be followed with `wait`.
   */
  async updateService(service, paths) {
    let [op] = await this.send(
      "UpdateService",
      (o) => this.clients.services.updateService({ service, updateMask: { paths: [...paths] } }, o),
      isRefusedForNow
    );
    return { operation: "UpdateService", name: op.name ?? "", operations: this.clients.services.operationsClient };
  }
  /** Follows an operation to its end (GetOperation polled through `call`, until the deadline); an operation error throws with its code. */
  async wait(pending) {
    await this.waitFor(pending);
  }
  async getRevision(name) {
    let [revision] = await this.send("GetRevision", (o) => this.clients.revisions.getRevision({ name }, o));
    return revision;
  }
  /** A service's revisions, every page up to MAX_PAGES. */
  async listRevisions(parent) {
    let revisions = [], pageToken;
    for (let page = 1; page <= MAX_PAGES; page++) {
      let [items, , response] = await this.send(
        "ListRevisions",
        (o) => this.clients.revisions.listRevisions({ parent, pageSize: 100, ...pageToken ? { pageToken } : {} }, { ...o, autoPaginate: !1 })
      );
      if (revisions.push(...items), pageToken = response?.nextPageToken ?? void 0, !pageToken) return revisions;
    }
    throw new CloudRunError("ListRevisions", void 0, `still a nextPageToken after ${MAX_PAGES} pages (${revisions.length} revisions): stopped at the bound`);
  }
  /** A job, or undefined when there is none by that name. */
  async getJob(name) {
    try {
      let [job] = await this.send("GetJob", (o) => this.clients.jobs.getJob({ name }, o));
      return job;
    } catch (error) {
      if (error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND) return;
      throw error;
    }
  }
  async createJob(parent, jobId, job) {
    let [op] = await this.send("CreateJob", (o) => this.clients.jobs.createJob({ parent, jobId, job }, o), isRefusedForNow);
    await this.waitFor(this.jobOperation("CreateJob", op));
  }
  async updateJob(job) {
    let [op] = await this.send("UpdateJob", (o) => this.clients.jobs.updateJob({ job }, o), isRefusedForNow);
    await this.waitFor(this.jobOperation("UpdateJob", op));
  }
  /** Starts an execution of the job (only a refusal is retried: a migration never runs twice) and waits for it to end. */
  async runJob(name) {
    let [op] = await this.send("RunJob", (o) => this.clients.jobs.runJob({ name }, o), isRefusedForNow), value = (await this.waitFor(this.jobOperation("RunJob", op))).response?.value;
    return value ? import_run.protos.google.cloud.run.v2.Execution.toObject(import_run.protos.google.cloud.run.v2.Execution.decode(value), { enums: String, longs: String, defaults: !1 }) : {};
  }
  async getExecution(name) {
    let [execution] = await this.send("GetExecution", (o) => this.clients.executions.getExecution({ name }, o));
    return execution;
  }
  jobOperation(operation, op) {
    return { operation, name: op.name ?? "", operations: this.clients.jobs.operationsClient };
  }
  /**
   * Polls an operation by name (GetOperation through `call`, each poll with its own timeout) until
   * done or the deadline. gax's own poller is never used: it has no overall deadline of ours. An
   * operation that ended in error throws with its code, and is not polled again.
   */
  async waitFor({ operation, name, operations }) {
    let timeoutMs = this.policy.deadline === void 0 ? 6e5 : Math.max(0, this.policy.deadline - this.clock.now()), outcome = await poll(
      async () => {
        let [raw] = await this.send(`${operation} operation`, (options) => operations.getOperation({ name }, options));
        return raw.done ? { done: !0, value: raw } : { done: !1 };
      },
      { intervalMs: this.pollIntervalMs, timeoutMs, clock: this.clock }
    );
    if (!outcome.done) throw new CloudRunError(operation, GRPC_CODE.DEADLINE_EXCEEDED, `operation ${name} not done by the deadline`, !0);
    let { error } = outcome.value;
    if (error) throw new CloudRunError(operation, error.code ?? void 0, error.message ?? "the operation ended in error");
    return outcome.value;
  }
};

// packages/platforms/src/cloud-run/follow.ts
async function revisionReason(api, target, revision) {
  try {
    let rev = await api.getRevision(`${servicePath(target)}/revisions/${revision}`), reason = failingCondition(rev.conditions);
    return { revision: rev, ...reason ? { reason } : {} };
  } catch {
    return {};
  }
}
async function followUpdate(watch, options) {
  let { target, revision } = watch, { clock, timeline } = options, started = clock.now(), api = watch.api.within(options.deadline, (m) => timeline.add(target.key, m)), took = () => clock.now() - started, failed = async (why) => {
    let own = await revisionReason(api, target, revision), reason2 = `revision ${revision} did not become ready: ${own.reason ?? why}`;
    return timeline.add(target.key, reason2), { outcome: { state: "failed", reason: reason2, durationMs: took() }, ...own.revision ? { revision: own.revision } : {} };
  };
  try {
    await api.wait(watch.pending);
  } catch (error) {
    return error instanceof CloudRunError && error.transient ? { outcome: { state: "timed-out", reason: `${errorMessage(error)}`, durationMs: took() } } : failed(errorMessage(error));
  }
  let last, outcome = await poll(
    async () => {
      let service = await api.getService(servicePath(target)), state = serviceReadiness(service);
      if (state.state === "failed") return { done: !0, value: await failed(state.reason) };
      if (state.state === "pending") return { done: !1 };
      let rev = await api.getRevision(`${servicePath(target)}/revisions/${revision}`), ready = revisionReadiness(rev);
      return ready.state === "failed" ? { done: !0, value: await failed(ready.reason) } : (last = { outcome: { state: "completed", durationMs: took() }, service, revision: rev }, ready.state === "ready" ? { done: !0, value: last } : { done: !1 });
    },
    { intervalMs: options.pollIntervalMs, timeoutMs: Math.max(0, options.deadline - clock.now()), clock }
  );
  if (outcome.done)
    return outcome.value.outcome.state === "completed" && timeline.add(target.key, `${revision} is ready (${shortName(outcome.value.service?.latestReadyRevision)} latest ready)`), outcome.value;
  let reason = `revision ${revision} was not ready within the wait-timeout`;
  return timeline.add(target.key, reason), { outcome: { state: "timed-out", reason, durationMs: took() } };
}

// packages/platforms/src/cloud-run/migrate.ts
function taskTemplate(template, image, command) {
  let t = template ?? {}, container = t.containers?.[0] ?? {}, [entrypoint, ...args] = command;
  return {
    containers: [{ image, command: [entrypoint], args, env: container.env ?? [], ...container.resources ? { resources: container.resources } : {} }],
    maxRetries: 0,
    ...t.serviceAccount ? { serviceAccount: t.serviceAccount } : {},
    ...t.vpcAccess ? { vpcAccess: t.vpcAccess } : {}
  };
}
function executionVerdict(execution) {
  let failed = Number(execution.failedCount ?? 0), completed = (execution.conditions ?? []).find((c) => c.type === "Completed");
  return failed > 0 || conditionState(completed?.state ?? void 0) === "CONDITION_FAILED" ? { ok: !1, why: failingCondition(execution.conditions) ?? `${failed} task(s) failed` } : { ok: !0, why: `${Number(execution.succeededCount ?? 0)} task(s) succeeded` };
}
async function runMigration(options) {
  let { target, image, clock, timeline } = options, migrate = target.migrate, jobId = migrate.job ?? `${target.service}-migrate`, name = `${locationPath(target)}/jobs/${jobId}`, api = options.api.within(options.deadline, (m) => timeline.add(target.key, m)), started = clock.now(), end = (ok, summary, more = {}) => (timeline.add(target.key, summary), { ok, summary, durationMs: clock.now() - started, job: jobId, ...more });
  try {
    let template = taskTemplate(options.template, image, migrate.command), existing = await api.getJob(name);
    existing ? (await api.updateJob({ ...existing, template: { ...existing.template, template: { ...existing.template?.template, containers: template.containers ?? [] } } }), timeline.add(target.key, `job ${jobId}: image ${image}, command ${migrate.command.join(" ")}`)) : (await api.createJob(locationPath(target), jobId, { template: { taskCount: 1, parallelism: 1, template } }), timeline.add(target.key, `job ${jobId} created from the service's template (image ${image})`)), timeline.add(target.key, `migration: running job ${jobId}`);
    let result = await api.runJob(name), execution = result.name ? await api.getExecution(result.name) : result, verdict = executionVerdict(execution), more = { execution: shortName(execution.name), ...execution.logUri ? { logUri: execution.logUri } : {} };
    return verdict.ok ? end(!0, `migration ${more.execution} succeeded: ${verdict.why}`, more) : end(!1, `migration ${more.execution} failed: ${verdict.why}`, more);
  } catch (error) {
    return end(!1, `migration job ${jobId} failed: ${errorMessage(error)}`);
  }
}

// packages/platforms/src/cloud-run/report.ts
function cloudRunTarget(t) {
  return `cloud-run:${t.project}/${t.region}/${t.service}`;
}
function unverifiedAdvice(t, to, from) {
  return `${t.service} may serve ${from ?? "the new revision"} or ${to}: check its traffic (gcloud run services describe ${t.service} --project ${t.project} --region ${t.region}) and run the rollback workflow with to: ${to}`;
}
var cloudRunWords = {
  label: (revision) => revision ?? "–",
  unverifiedAdvice,
  targetId: cloudRunTarget,
  where: { heading: "Cloud Run service", cell: (t) => `${t.project}/${t.region}/${t.service}` }
};
function apiCallsSection(log) {
  return { heading: "API calls", body: `${log.total} Cloud Run Admin API calls: ${log.describe()}` };
}
var PINNED_NOTE = "traffic is pinned to these revisions: a new revision gets no traffic until a deploy routes to latest again (the next successful deploy does)";

// packages/platforms/src/cloud-run/traffic.ts
var LATEST = "TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST", REVISION = "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION", isLatest = (type) => type === LATEST || type === 1;
function statuses(svc) {
  let latest = shortName(svc.latestReadyRevision);
  return (svc.trafficStatuses ?? []).map((s) => ({
    revision: isLatest(s.type) ? latest : shortName(s.revision),
    percent: Number(s.percent ?? 0),
    ...s.tag ? { tag: s.tag } : {}
  }));
}
function servingSnapshot(svc) {
  return statuses(svc).filter((s) => s.percent > 0);
}
function taggedAtZero(svc) {
  return statuses(svc).filter((s) => s.percent === 0 && s.tag);
}
function pinned(svc) {
  return !(svc.traffic ?? []).some((t) => isLatest(t.type) && Number(t.percent ?? 0) > 0);
}
function canarySplit(serving2, revision, percent) {
  let others = serving2.filter((s) => s.revision !== revision && s.percent > 0), rest = 100 - percent, total = others.reduce((sum, s) => sum + s.percent, 0);
  if (others.length === 0 || total === 0 || rest === 0) return [{ revision, percent: 100 }];
  let exact = others.map((s) => s.percent * rest / total), shares = exact.map(Math.floor), byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i), lost = rest - shares.reduce((a, b) => a + b, 0);
  for (let { i } of byRemainder.slice(0, lost)) shares[i] = shares[i] + 1;
  let split = others.map((s, i) => ({ ...s, percent: shares[i] })).filter((s) => s.percent > 0 || s.tag);
  return [{ revision, percent }, ...split];
}
function keepTags(shares, tagged, newTag) {
  let carried = new Set(shares.flatMap((s) => s.tag ? [s.tag] : [])), kept = tagged.filter((t) => t.tag && t.tag !== newTag && !carried.has(t.tag)).map((t) => ({ revision: t.revision, percent: 0, tag: t.tag }));
  return [...shares.map((s) => s.tag && s.tag === newTag && s.revision !== void 0 ? { revision: s.revision, percent: s.percent } : s), ...kept];
}
function routeTraffic(svc, route) {
  let serving2 = servingSnapshot(svc), everyTag = statuses(svc).filter((s) => s.tag), shares;
  if (route.percent === 0 ? shares = serving2.map((s) => ({ ...s })) : route.percent === void 0 || route.percent === 100 ? shares = [{ percent: 100 }] : shares = canarySplit(serving2, route.revision, route.percent), shares = keepTags(shares, everyTag, route.tag), route.tag) {
    let own = shares.find((s) => s.revision === route.revision && !s.tag);
    own ? own.tag = route.tag : shares.push({ revision: route.revision, percent: 0, tag: route.tag });
  }
  return shares;
}
function restoreTraffic(snapshot, tagged) {
  return keepTags(
    snapshot.map((s) => ({ ...s })),
    tagged
  );
}
function toTargets(shares) {
  return shares.map(
    (s) => s.revision === void 0 ? { type: LATEST, percent: s.percent, ...s.tag ? { tag: s.tag } : {} } : { type: REVISION, revision: s.revision, percent: s.percent, ...s.tag ? { tag: s.tag } : {} }
  );
}
function describeTraffic(shares) {
  return shares.map((s) => `${s.revision ?? "LATEST"} ${s.percent} %${s.tag ? ` (tag ${s.tag})` : ""}`).join(", ") || "none";
}
function trafficJson(svc) {
  return JSON.stringify(statuses(svc).map((s) => ({ revision: s.revision, percent: s.percent, ...s.tag ? { tag: s.tag } : {} })));
}
function tagUri(svc, tag) {
  return (svc.trafficStatuses ?? []).find((s) => s.tag === tag)?.uri ?? void 0;
}
function serving(shares) {
  let byRevision = /* @__PURE__ */ new Map();
  for (let s of shares) s.revision && s.percent > 0 && byRevision.set(s.revision, (byRevision.get(s.revision) ?? 0) + s.percent);
  return [...byRevision].map(([revision, percent]) => ({ revision, percent })).sort((a, b) => b.percent - a.percent || (a.revision < b.revision ? -1 : 1));
}
function splitName(shares) {
  let [only, ...rest] = serving(shares);
  return only && rest.length === 0 && only.percent === 100 ? only.revision : serving(shares).map((s) => `${s.revision}=${s.percent}`).join(",");
}
var servesSplit = (svc, split) => splitName(servingSnapshot(svc)) === splitName(split);

// packages/platforms/src/cloud-run/restore.ts
async function writeTargets(api, target, current, to, waits) {
  let pending = await api.updateService({ name: current.name ?? servicePath(target), etag: current.etag ?? null, traffic: toTargets(to) }, ["traffic"]);
  try {
    await api.wait(pending);
  } catch (error) {
    return error instanceof CloudRunError && !error.transient ? { state: "failed", reason: errorMessage(error) } : { state: "unverified", reason: errorMessage(error) };
  }
  try {
    let outcome = await poll(
      async () => {
        let service = await api.getService(servicePath(target));
        return serviceReadiness(service).state !== "pending" && servesSplit(service, to) ? { done: !0, value: service } : { done: !1 };
      },
      { intervalMs: waits.pollIntervalMs, timeoutMs: Math.max(0, waits.deadline - waits.clock.now()), clock: waits.clock }
    );
    return outcome.done ? { state: "served", service: outcome.value } : { state: "unverified", reason: `the service did not serve ${describeTraffic(to)} by the deadline` };
  } catch (error) {
    return { state: "unverified", reason: errorMessage(error) };
  }
}
async function moveTraffic(move, options) {
  let { target, to, label } = move, api = move.api.within(options.deadline, (m) => options.timeline.add(target.key, m)), end = (back, summary, line = summary) => (options.timeline.add(target.key, line), { back, summary });
  try {
    let current = await api.getService(servicePath(target));
    if (servesSplit(current, to)) return end(!0, `traffic untouched: still ${describeTraffic(servingSnapshot(current))}`);
    options.timeline.add(target.key, `traffic → ${describeTraffic(to)}`);
    let outcome = await writeTargets(api, target, current, to, options);
    if (outcome.state === "failed") return end(!1, `traffic could not be moved to ${label}: ${outcome.reason}; ${unverifiedAdvice(target, label, move.from)}`);
    if (outcome.state === "unverified") return end(!1, `traffic to ${label} was written but not verified by the deadline (${outcome.reason}); ${unverifiedAdvice(target, label, move.from)}`);
    let now = describeTraffic(servingSnapshot(outcome.service));
    return end(!0, `traffic back on ${now} (${PINNED_NOTE})`, `traffic back on ${now}`);
  } catch (error) {
    return end(!1, `traffic could not be moved to ${label}: ${errorMessage(error)}; ${unverifiedAdvice(target, label, move.from)}`);
  }
}

// packages/platforms/src/cloud-run/deploy.ts
var PREVIOUS_TRAFFIC_ANNOTATION = "runbook-actions/previous-traffic", DEPLOYED_REVISION_ANNOTATION = "runbook-actions/deployed-revision", REPORT_READ_MS = 1e4;
function derivedSuffix(now, image) {
  return `${Math.floor(now.getTime() / 1e3).toString(36)}-${(0, import_node_crypto.createHash)("sha256").update(image).digest("hex").slice(0, 5)}`;
}
function revisionName(service, suffix) {
  return `${service}-${suffix}`;
}
function mergeEnv(current, given) {
  let merged = current.map((e) => ({ ...e })), changed = [];
  for (let { name, value } of given) {
    let at = merged.find((e) => e.name === name);
    if (at && "valueSource" in at && at.valueSource) throw new UsageError("env", `${name} is a secret reference on the service; set it with the service's secrets, not env`);
    at?.value !== value && (changed.push(name), at ? at.value = value : merged.push({ name, value }));
  }
  return { merged, changed };
}
var routeOf = (plan, revision) => ({
  revision,
  ...plan.noTraffic ? { percent: 0 } : plan.trafficPercent === void 0 ? {} : { percent: plan.trafficPercent },
  ...plan.tag ? { tag: plan.tag } : {}
});
async function prepare(plan, target, api, context) {
  let before;
  try {
    before = await api.getService(servicePath(target));
  } catch (error) {
    throw error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND ? new UsageError(target.origin.service, `service ${target.service} not found in project ${target.project}, region ${target.region}`) : error instanceof CloudRunError && error.code === GRPC_CODE.PERMISSION_DENIED ? new UsageError(target.origin.service, `no permission to read service ${target.service} in project ${target.project}, region ${target.region} (the deploy needs run.services.get and the other permissions of the custom role in docs/gcp-setup.md, or roles/run.developer): ${error.message}`) : error;
  }
  plan.noTraffic && refuseUncheckable(plan, target, before);
  let template = before.template ?? {}, container = template.containers?.[0];
  if (!container) throw new UsageError(target.origin.service, `service ${target.service} has no container in its template`);
  let image = plan.image ?? container.image ?? "", env = mergeEnv(container.env ?? [], plan.env), changes = [...image !== container.image ? [`image: ${container.image} → ${image}`] : [], ...env.changed.length ? [`env: ${env.changed.join(", ")}`] : []], newRevision = changes.length > 0 || plan.revisionSuffix !== void 0, revision = newRevision ? revisionName(target.service, plan.revisionSuffix ?? derivedSuffix(/* @__PURE__ */ new Date(), image)) : shortName(before.latestCreatedRevision), snapshot = servingSnapshot(before), previous = [...snapshot].sort((a, b) => b.percent - a.percent)[0]?.revision ?? shortName(before.latestReadyRevision), wasPinned = pinned(before);
  return context.timeline.add(target.key, `serving ${describeTraffic(snapshot)}${wasPinned ? " (pinned to revisions)" : ""}`), { state: {
    api,
    before,
    snapshot,
    tagged: taggedAtZero(before),
    ...newRevision ? { template: { ...template, revision, containers: [{ ...container, image, env: env.merged }, ...(template.containers ?? []).slice(1)] } } : {},
    image,
    changes,
    route: routeOf(plan, revision),
    wasPinned
  }, previous, migrates: target.migrate !== void 0, promotes: plan.noTraffic };
}
var ownOrigins = (service) => [service.uri, ...service.urls ?? []].flatMap((u) => u ? [new URL(u).origin] : []);
function onTagUrl(probe, service, tagUrl) {
  if (ownOrigins(service).includes(probe.url.origin))
    return { ...probe, url: new URL(`${probe.url.pathname}${probe.url.search}`, tagUrl) };
}
function refuseUncheckable(plan, target, before) {
  if (![...target.probes, ...plan.smokeProbes.filter((p) => p.service === target.key || !plan.targets.some((t) => t.key === p.service))].some((p) => ownOrigins(before).includes(p.url.origin)))
    throw new UsageError(
      plan.inputLabel("no-traffic"),
      `none of the health checks or smoke-urls of ${target.key} is on its run.app URL (${before.uri ?? "none"}), so none can check the new revision on its tag URL before it gets traffic`
    );
}
function cloudRunDeployDriver(plan, context) {
  let { clock, timeline } = context, log = new CallLog(), clients = makeClients(plan.apiEndpoint), base = new CloudRun(log, { clock, backoff: backoffFor(plan.pollIntervalMs), notify: (m) => timeline.add("api", m) }, clients, plan.pollIntervalMs), budget, deadline = () => budget ??= clock.now() + plan.waitTimeoutMs, waits = (by = deadline()) => ({ deadline: by, pollIntervalMs: plan.pollIntervalMs, clock, timeline }), shortRead = () => clock.now() + Math.min(REPORT_READ_MS, plan.waitTimeoutMs), updated = [], tagUrlOf = (d) => plan.tag && d.state.after ? tagUri(d.state.after, plan.tag) : void 0;
  async function writeTraffic(d, service, shares, template) {
    let { state, target } = d, annotations = { ...service.annotations ?? {}, [PREVIOUS_TRAFFIC_ANNOTATION]: JSON.stringify(state.snapshot), ...d.revision ? { [DEPLOYED_REVISION_ANNOTATION]: d.revision } : {} }, body = { name: service.name ?? servicePath(target), etag: service.etag ?? null, annotations, traffic: toTargets(shares), ...template && state.template ? { template: state.template } : {} };
    state.pending = await base.within(deadline()).updateService(body, [...template && state.template ? ["template"] : [], "traffic", "annotations"]), timeline.add(target.key, `update: ${template && state.template ? `new revision ${d.revision}, ` : ""}traffic → ${describeTraffic(shares)}`);
  }
  return {
    words: { ...cloudRunWords, defaultRunbook: "" },
    prepareTitle: "prepare: read the services and plan the change",
    stages: {
      ...plan.targets.some((t) => t.migrate) ? { migrate: { title: "migrate: Cloud Run job", failure: "the migration could not be run" } } : {},
      update: { title: "update: UpdateService (template, traffic)", failure: "could not update the service" },
      rollout: { title: "rollout: wait for the revision", failure: "could not follow the rollout" },
      smoke: { title: plan.noTraffic ? "smoke: check the new revision on its tag URL" : "smoke: check the service", failure: "the smoke checks could not run" },
      ...plan.noTraffic ? { promote: { title: "promote: give the new revision its traffic, smoke-check again", failure: "could not promote the revision" } } : {}
    },
    prepare: (target) => prepare(plan, target, base, context),
    async migrate(d) {
      return d.state.migration = await runMigration({ api: base, target: d.target, template: d.state.template ?? d.state.before.template, image: d.state.image, deadline: deadline(), clock, timeline }), d.state.migration;
    },
    async update(d) {
      d.revision = d.state.route.revision, updated.push(d);
      try {
        await writeTraffic(d, d.state.before, routeTraffic(d.state.before, d.state.route), !0);
      } catch (error) {
        throw error instanceof CloudRunError && error.code === GRPC_CODE.ABORTED ? new CloudRunError("UpdateService", GRPC_CODE.ABORTED, `${d.target.service} changed since it was read (its etag moved on: someone else deployed or changed it); nothing was overwritten, deploy again (${error.message})`) : error;
      }
    },
    // An etag conflict, a bad request, a refusal: nothing was written.
    refused: (error) => error instanceof CloudRunError && !error.transient && error.code !== void 0,
    async follow(deploys) {
      let outcomes = /* @__PURE__ */ new Map();
      return await Promise.all(
        deploys.map(async (d) => {
          let result = await followUpdate({ target: d.target, api: base, pending: d.state.pending, revision: d.revision }, waits());
          result.service && (d.state.after = result.service), result.revision && (d.state.revisionDetail = result.revision), outcomes.set(d, result.outcome);
        })
      ), outcomes;
    },
    // A probe that cannot be sent to the tag URL would check the old revision: it waits for the promotion.
    smokeProbes(deploys, probes) {
      return probes.flatMap((p) => {
        let d = deploys.find((x) => x.target.key === p.service && x.promotes) ?? (deploys.length === 1 && deploys[0]?.promotes ? deploys[0] : void 0), tagUrl = d && tagUrlOf(d);
        if (!d || !tagUrl || !d.state.after) return [p];
        let moved = onTagUrl(p, d.state.after, tagUrl);
        if (moved) return [moved];
        let note = `the check on ${p.url.origin} is not on the service's run.app URL and cannot reach the tag URL: it is checked after the traffic moves only`;
        return timeline.add(d.target.key, note), d.notes.push(note), [];
      });
    },
    async promote(d) {
      let current = await base.within(deadline()).getService(servicePath(d.target)), route = { revision: d.revision, ...plan.trafficPercent === void 0 ? {} : { percent: plan.trafficPercent }, ...plan.tag ? { tag: plan.tag } : {} };
      await writeTraffic(d, current, routeTraffic(current, route), !1);
      let result = await followUpdate({ target: d.target, api: base, pending: d.state.pending, revision: d.revision }, waits());
      if (result.outcome.state !== "completed") throw new Error("reason" in result.outcome ? result.outcome.reason : "interrupted");
      result.service && (d.state.after = result.service);
    },
    async diagnose(d) {
      d.state.revisionDetail || !d.revision || (d.state.revisionDetail = await base.within(shortRead()).getRevision(`${servicePath(d.target)}/revisions/${d.revision}`));
    },
    async restore(deploys) {
      let own = waits(clock.now() + plan.waitTimeoutMs), moves = /* @__PURE__ */ new Map();
      return await Promise.all(
        deploys.map(async (d) => {
          let to = restoreTraffic(d.state.snapshot, d.state.tagged);
          moves.set(d, await moveTraffic({ target: d.target, api: base, to, label: describeTraffic(d.state.snapshot), ...d.revision ? { from: d.revision } : {} }, own));
        })
      ), moves;
    },
    // The final split for the outputs, after a recovery as after a success.
    async recovered(deploys) {
      let by = shortRead();
      for (let d of deploys) d.state.after = await base.within(by).getService(servicePath(d.target));
    },
    cleanup: {
      title: "report: read the final traffic",
      async run(deploys) {
        let by = shortRead();
        for (let d of deploys)
          d.state.after = await base.within(by).getService(servicePath(d.target)), pinned(d.state.after) ? d.notes.push(`${PINNED_NOTE}: ${describeTraffic(servingSnapshot(d.state.after))}`) : d.state.wasPinned && d.notes.push("traffic was pinned to revisions before; this deploy routes to latest again");
      }
    },
    planned: (d) => `${d.state.route.revision}${d.state.template ? " (a new revision)" : " (no new revision: image and env unchanged)"}, traffic ${describeTraffic(routeTraffic(d.state.before, d.state.route))}`,
    evidence: (d) => deployEvidence(d),
    table: {
      change: "changes",
      to: (d) => d.revision ?? (d.state.template ? `new ${d.state.route.revision}` : "–"),
      changes: (d) => d.state.changes.join(`
`) || "traffic only"
    },
    planBlock: (d) => [
      `**${d.target.key}** (${servicePath(d.target)})`,
      `- serving: ${describeTraffic(d.state.snapshot)}`,
      ...d.state.changes.map((c) => `- ${c}`),
      `- revision: ${d.state.route.revision}${d.state.template ? "" : " (no new revision)"}`,
      `- traffic: ${describeTraffic(routeTraffic(d.state.before, d.state.route))}${plan.noTraffic ? `, then after the tag URL's smoke checks: ${plan.trafficPercent ?? 100} %` : ""}`,
      ...d.target.migrate ? [`- migration: job ${d.target.migrate.job ?? `${d.target.service}-migrate`}: ${d.target.migrate.command.join(" ")}`] : []
    ].join(`
`),
    failureLines: (d) => [...(d.state.revisionDetail?.conditions ?? []).filter((c) => c.message).map((c) => `- ${c.type}: ${renderCodeSpan(c.message)}`), ...d.state.migration?.logUri ? [`- migration logs: ${d.state.migration.logUri}`] : []],
    sections: () => [...updated.length ? [trafficSection(updated)] : [], apiCallsSection(log)],
    outputs: (deploys) => ({
      url: perService(deploys, (d) => d.state.after?.uri ?? d.state.before.uri ?? ""),
      "tag-url": perService(deploys, (d) => tagUrlOf(d) ?? ""),
      traffic: deploys.length === 1 ? trafficJson(deploys[0]?.state.after ?? deploys[0].state.before) : JSON.stringify(Object.fromEntries(deploys.map((d) => [d.target.key, JSON.parse(trafficJson(d.state.after ?? d.state.before))])))
    })
  };
}
function trafficSection(deploys) {
  return { heading: "Traffic", body: deploys.map((d) => {
    let now = d.state.after ?? d.state.before, where2 = `**${d.target.key}**: ${describeTraffic(servingSnapshot(now))}`;
    return pinned(now) ? `${where2}. Traffic is pinned to these revisions: a new revision gets no traffic until a deploy routes to latest again (the next successful deploy without traffic-percent or no-traffic does).` : `${where2}${d.state.wasPinned ? ". Traffic was pinned to revisions before; it follows the latest revision again." : "."}`;
  }).join(`
`) };
}
function deployEvidence(d) {
  let { state } = d, evidence = {
    project: d.target.project,
    region: d.target.region,
    service: d.target.service,
    from: d.previous,
    to: d.revision ?? null,
    "traffic before": describeTraffic(state.snapshot),
    changes: state.changes.join("; ") || "traffic only"
  };
  return state.after && (evidence["traffic now"] = describeTraffic(servingSnapshot(state.after))), d.failure && Object.assign(evidence, { stage: d.failure.stage, reason: d.failure.reason }), state.migration && Object.assign(evidence, { migration: state.migration.summary, "migration logs": state.migration.logUri ?? null }), state.revisionDetail?.conditions?.length && (evidence["revision conditions"] = state.revisionDetail.conditions.map((c) => `${c.type}: ${String(c.state)}${c.message ? ` ${c.message}` : ""}`).join(`
`)), d.smoke && (evidence["smoke checks"] = d.smoke.summary), d.restore && (evidence["rolled back"] = d.restore.summary), d.notes.length && (evidence.notes = d.notes.join("; ")), evidence;
}

// packages/platforms/src/cloud-run/rollback-target.ts
var REVISION_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/, previousTraffic = external_exports.array(external_exports.object({ revision: external_exports.string().regex(REVISION_NAME), percent: external_exports.number().int().min(0).max(100), tag: external_exports.string().optional() })).refine((shares) => shares.reduce((sum, s) => sum + s.percent, 0) === 100, "percents must sum to 100");
function recordedTraffic(svc) {
  let text = svc.annotations?.[PREVIOUS_TRAFFIC_ANNOTATION];
  if (text == null || text === "") return;
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: !1, reason: `${PREVIOUS_TRAFFIC_ANNOTATION} is not JSON` };
  }
  let parsed = previousTraffic.safeParse(json);
  return parsed.success ? { ok: !0, shares: serving(parsed.data.map(({ revision, percent }) => ({ revision, percent }))) } : { ok: !1, reason: `${PREVIOUS_TRAFFIC_ANNOTATION} is not a traffic split: ${parsed.error.issues[0]?.message ?? "invalid"}` };
}
var splitRevisions = (name) => name.split(",").map((part) => part.replace(/=\d+$/, ""));
function unusableRevision(rev, service) {
  let name = shortName(rev.name), owner = shortName(rev.service);
  if (owner && owner !== service) return `${name} is a revision of service ${owner}, not of ${service}`;
  let readiness = revisionReadiness(rev);
  if (readiness.state === "failed") return `${name} is not Ready (${readiness.reason}): it cannot serve`;
  if (readiness.state === "pending") return `${name} is not Ready yet (${readiness.why}): it cannot serve`;
}
function newestReadyBefore(revisions, servingNow, service) {
  let created = new Map(revisions.map((r) => [shortName(r.name), timestampMs(r.createTime)])), newestServing = Math.max(0, ...servingNow.map((name) => created.get(name) ?? 0));
  return revisions.filter((r) => !servingNow.includes(shortName(r.name)) && !r.deleteTime && unusableRevision(r, service) === void 0).filter((r) => newestServing === 0 || timestampMs(r.createTime) < newestServing).sort((a, b) => timestampMs(b.createTime) - timestampMs(a.createTime))[0];
}
function currentTags(svc) {
  return [...servingSnapshot(svc), ...taggedAtZero(svc)].flatMap((s) => s.tag && s.revision ? [{ revision: s.revision, tag: s.tag }] : []);
}
function withTags(split, tags) {
  let shares = serving(split);
  for (let { revision, tag } of tags) {
    let untagged = shares.find((s) => s.revision === revision && !s.tag);
    untagged ? untagged.tag = tag : shares.push({ revision, percent: 0, tag });
  }
  return shares;
}

// packages/platforms/src/cloud-run/rollback.ts
var where = (t) => `--project ${t.project} --region ${t.region}`, toRevisions = (split) => split.includes("=") ? split : `${split}=100`, words = {
  ...cloudRunWords,
  unverifiedAdvice: (t, to) => `check the traffic with gcloud run services describe ${t.service} ${where(t)}, and set it by hand if needed: gcloud run services update-traffic ${t.service} ${where(t)} --to-revisions ${toRevisions(to)}`
};
async function resolveSplit(plan, target, api, before, timeline) {
  let label = plan.inputLabel("to"), path = servicePath(target), check = async (revision) => {
    try {
      let problem = unusableRevision(await api.getRevision(`${path}/revisions/${revision}`), target.service);
      if (problem) throw new UsageError(label, problem);
    } catch (error) {
      throw error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND ? new UsageError(label, `${revision}: no such revision of service ${target.service}`) : error;
    }
  };
  if (plan.to.kind === "revision") {
    let { revision } = plan.to;
    return await check(revision), { split: [{ revision, percent: 100 }], source: "named by to" };
  }
  let recorded = recordedTraffic(before), servingNow = servingSnapshot(before).flatMap((s) => s.revision ? [s.revision] : []), deployed = before.annotations?.[DEPLOYED_REVISION_ANNOTATION];
  if (recorded?.ok && servesSplit(before, recorded.shares)) timeline.add(target.key, `ignoring the recorded split: it is what serves now (${splitName(recorded.shares)})`);
  else if (recorded?.ok && deployed && !servingNow.includes(deployed))
    timeline.add(target.key, `ignoring the recorded split: it was recorded when ${deployed} was deployed, and ${deployed} serves no traffic now (the service was changed since, not by this tool)`);
  else if (recorded?.ok) {
    for (let s of recorded.shares) await check(s.revision);
    return { split: recorded.shares, source: `recorded by the last deploy (${PREVIOUS_TRAFFIC_ANNOTATION})` };
  } else recorded && timeline.add(target.key, `ignoring the recorded split: ${recorded.reason}`);
  let previous = newestReadyBefore(await api.listRevisions(path), servingNow, target.service);
  if (!previous) throw new UsageError(label, `${target.key}: no Ready revision older than ${servingNow.join(", ") || "the serving one"} to roll back to`);
  return { split: [{ revision: shortName(previous.name), percent: 100 }], source: "the newest Ready revision before the serving one" };
}
async function resolve(plan, target, api, timeline) {
  let before;
  try {
    before = await api.getService(servicePath(target));
  } catch (error) {
    throw error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND ? new UsageError(target.origin.service, `no Cloud Run service ${servicePath(target)}`) : error;
  }
  let { split, source } = await resolveSplit(plan, target, api, before, timeline);
  return { from: splitName(servingSnapshot(before)), to: splitName(split), changes: "", state: { before, split, source } };
}
async function moveTraffic2(r, api, waits, timeline) {
  let written = withTags(r.state.split, currentTags(r.state.before));
  r.state.written = written, timeline.add(r.target.key, `setting traffic: ${describeTraffic(written)}`);
  let advice = words.unverifiedAdvice(r.target, r.to, r.from), outcome;
  try {
    outcome = await writeTargets(api, r.target, r.state.before, written, waits);
  } catch (error) {
    if (error instanceof CloudRunError && error.code === GRPC_CODE.ABORTED)
      return { back: !1, summary: `the service changed after it was read (its etag no longer matches), so nothing was written: run the rollback again (${error.message})` };
    let unsure = !(error instanceof CloudRunError) || error.transient;
    return { back: !1, summary: `could not set the traffic: ${errorMessage(error)}${unsure ? `; it may have been carried out: ${advice}` : ""}` };
  }
  return outcome.state === "failed" ? { back: !1, summary: `the traffic change ended in error: ${outcome.reason}; ${advice}` } : outcome.state === "unverified" ? { back: !1, summary: `the traffic was written but not verified by the deadline (${outcome.reason}); ${advice}` } : (timeline.add(r.target.key, `serving ${describeTraffic(servingSnapshot(outcome.service))}`), { back: !0, summary: `rolled back to ${r.to} (traffic pinned)` });
}
var toLatest = (t) => `gcloud run services update-traffic ${t.service} ${where(t)} --to-latest`;
function cloudRunRollbackDriver(plan, { clock, timeline }) {
  let log = new CallLog(), notify = (message) => timeline.add("api", message), api = new CloudRun(log, { clock, backoff: backoffFor(plan.pollIntervalMs), notify }, makeClients(plan.apiEndpoint)), moved = [];
  return {
    words,
    titles: { resolve: "resolve: read the services and the revisions to go back to", rollback: "rollback: set traffic, wait, smoke-check" },
    resolve: (target) => resolve(plan, target, api.within(clock.now() + plan.waitTimeoutMs, notify), timeline),
    async restore(rollbacks) {
      let deadline = clock.now() + plan.waitTimeoutMs, within = api.within(deadline, notify), moves = await Promise.all(rollbacks.map(async (r) => [r, await moveTraffic2(r, within, { deadline, pollIntervalMs: plan.pollIntervalMs, clock }, timeline)]));
      return moved.push(...moves.filter(([, m]) => m.back).map(([r]) => r)), new Map(moves);
    },
    evidence: (r) => ({
      project: r.target.project,
      region: r.target.region,
      service: r.target.service,
      from: r.from,
      to: r.to ?? null,
      source: r.state.source,
      "traffic before": describeTraffic(servingSnapshot(r.state.before)),
      "traffic written": r.state.written ? describeTraffic(r.state.written) : null,
      revisions: splitRevisions(r.to ?? "").join(", "),
      "smoke checks": r.restore?.smoke?.summary ?? null
    }),
    sections: () => [
      ...moved.length ? [
        {
          heading: "Traffic is pinned",
          body: `${moved.map((r) => `- ${r.target.key}: ${describeTraffic(r.state.written ?? [])}; to follow the latest revision again by hand: \`${toLatest(r.target)}\``).join(`
`)}

${PINNED_NOTE}.`
        }
      ] : [],
      apiCallsSection(log)
    ]
  };
}
export {
  cloudRunDeployDriver as deployDriver,
  cloudRunRollbackDriver as rollbackDriver
};
